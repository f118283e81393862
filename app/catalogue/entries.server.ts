import { and, asc, eq, inArray } from "drizzle-orm";
import { institutions, municipalities, offers, type OutboxEntity } from "../../db/schema";
import type { CatalogueDb } from "./db.server";
import type { EntrySource } from "~/search/documents";

// Reads published catalogue entries in one shape for the search documents and the audience pages.

const municipalityColumns = { slug: municipalities.slug, name: municipalities.name };

/** Published institutions with their Gemeinde, by id; all of them without `ids`. */
export function publishedInstitutionRows(db: CatalogueDb, ids?: number[]) {
  return db
    .select({ institution: institutions, municipality: municipalityColumns })
    .from(institutions)
    .leftJoin(municipalities, eq(institutions.municipalityAgs, municipalities.ags))
    .where(and(eq(institutions.status, "published"), ids ? inArray(institutions.id, ids) : undefined))
    .orderBy(asc(institutions.id))
    .all();
}

/** Published offers with their Gemeinde and published host, by id; all of them without `ids`. */
export function publishedOfferRows(db: CatalogueDb, ids?: number[]) {
  return db
    .select({ offer: offers, municipality: municipalityColumns, institutionName: institutions.name })
    .from(offers)
    .leftJoin(municipalities, eq(offers.municipalityAgs, municipalities.ags))
    // A host that is only a draft is not named publicly.
    .leftJoin(institutions, and(eq(offers.institutionId, institutions.id), eq(institutions.status, "published")))
    .where(and(eq(offers.status, "published"), ids ? inArray(offers.id, ids) : undefined))
    .orderBy(asc(offers.id))
    .all();
}

function institutionSources(db: CatalogueDb, ids?: number[]): EntrySource[] {
  const rows = publishedInstitutionRows(db, ids);
  return rows.map(({ institution: row, municipality }) => ({
    kind: "einrichtung",
    id: row.id,
    slug: row.slug,
    title: row.name,
    sector: row.sector,
    type: row.type,
    types: row.types,
    typeDetail: row.typeDetail,
    topics: [],
    audiences: [],
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    municipality,
    institutionName: null,
    street: row.street,
    postcode: row.postcode,
    town: row.town,
    description: row.description,
    targetGroup: row.targetGroup,
    lat: row.lat,
    lng: row.lng,
    geoPrecision: row.geoPrecision,
    website: row.website,
    phone: row.phone,
    sourceUrls: row.sourceUrls,
    stand: row.stand,
    updatedAt: row.updatedAt,
  }));
}

function offerSources(db: CatalogueDb, ids?: number[]): EntrySource[] {
  const rows = publishedOfferRows(db, ids);
  return rows.map(({ offer: row, municipality, institutionName }) => ({
    kind: "angebot",
    id: row.id,
    slug: row.slug,
    title: row.title,
    sector: row.sector,
    type: row.type,
    types: [row.type],
    typeDetail: null,
    topics: row.topics,
    audiences: row.audiences,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    municipality,
    institutionName,
    street: row.street,
    postcode: row.postcode,
    town: row.town,
    description: row.description,
    targetGroup: row.targetGroup,
    lat: row.lat,
    lng: row.lng,
    geoPrecision: row.geoPrecision,
    website: row.website,
    phone: row.phone,
    sourceUrls: row.sourceUrls,
    stand: row.stand,
    updatedAt: row.updatedAt,
  }));
}

/** Every published entry; what a full index build contains. */
export function loadAllEntrySources(db: CatalogueDb): EntrySource[] {
  return [...institutionSources(db), ...offerSources(db)];
}

/** The published entries among the given ids; ids missing from the result are gone or drafts. */
export function loadEntrySources(db: CatalogueDb, entity: OutboxEntity, ids: number[]): EntrySource[] {
  if (ids.length === 0) return [];
  return entity === "institution" ? institutionSources(db, ids) : offerSources(db, ids);
}
