import type { CatalogueDb } from "~/catalogue/db.server";
import { publishedInstitutionRows, publishedOfferRows } from "~/catalogue/entries.server";
import type { AudienceEntry } from "./entries";

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
  const institutionRows = publishedInstitutionRows(db).map(({ institution: row, municipality }): AudienceEntry => ({
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
  const offerRows = publishedOfferRows(db).map(({ offer: row, municipality }): AudienceEntry => ({
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
