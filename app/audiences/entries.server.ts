import { asc, eq } from "drizzle-orm";
import { institutions, municipalities, offers } from "../../db/schema";
import type { CatalogueDb } from "~/catalogue/db.server";
import type { AudienceEntry } from "./entries";

const municipalityColumns = { slug: municipalities.slug, name: municipalities.name };

const TTL_MS = 60_000;
const cache = new WeakMap<CatalogueDb, { entries: AudienceEntry[]; at: number }>();

/**
 * Every published institution and offer of the catalogue, in the shape the audience rules
 * read. Read at most once a minute per catalogue, like the search context: the audience
 * pages would otherwise load the whole catalogue on every request.
 */
export function loadAudienceEntries(db: CatalogueDb): AudienceEntry[] {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.entries;
  const entries = readAudienceEntries(db);
  cache.set(db, { entries, at: Date.now() });
  return entries;
}

function readAudienceEntries(db: CatalogueDb): AudienceEntry[] {
  const institutionRows = db
    .select({ row: institutions, municipality: municipalityColumns })
    .from(institutions)
    .leftJoin(municipalities, eq(institutions.municipalityAgs, municipalities.ags))
    .where(eq(institutions.status, "published"))
    .orderBy(asc(institutions.id))
    .all()
    .map(({ row, municipality }): AudienceEntry => ({
      kind: "einrichtung",
      slug: row.slug,
      title: row.name,
      sector: row.sector,
      type: row.type,
      types: row.types.length > 0 ? row.types : [row.type],
      typeDetail: row.typeDetail,
      topics: [],
      audiences: [],
      description: row.description,
      targetGroup: row.targetGroup,
      municipality,
      lat: row.lat,
      lng: row.lng,
      geoPrecision: row.lat !== null && row.lng !== null ? row.geoPrecision : null,
      website: row.website,
      phone: row.phone,
      sourceUrls: row.sourceUrls,
      stand: row.stand,
    }));
  const offerRows = db
    .select({ row: offers, municipality: municipalityColumns })
    .from(offers)
    .leftJoin(municipalities, eq(offers.municipalityAgs, municipalities.ags))
    .where(eq(offers.status, "published"))
    .orderBy(asc(offers.id))
    .all()
    .map(({ row, municipality }): AudienceEntry => ({
      kind: "angebot",
      slug: row.slug,
      title: row.title,
      sector: row.sector,
      type: row.type,
      types: [row.type],
      typeDetail: null,
      topics: row.topics,
      audiences: row.audiences,
      description: row.description,
      targetGroup: row.targetGroup,
      municipality,
      lat: row.lat,
      lng: row.lng,
      geoPrecision: row.lat !== null && row.lng !== null ? row.geoPrecision : null,
      website: row.website,
      phone: row.phone,
      sourceUrls: row.sourceUrls,
      stand: row.stand,
    }));
  return [...institutionRows, ...offerRows];
}
