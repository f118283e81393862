import { and, asc, eq, sql } from "drizzle-orm";
import { institutions, municipalities, offers, postcodes } from "../../db/schema";
import type { CatalogueDb } from "./db.server";
import { SECTORS, type Sector } from "./vocabulary";

export type MunicipalitySummary = {
  ags: string;
  slug: string;
  name: string;
  population: number;
  areaKm2: number;
  labelLat: number;
  labelLng: number;
  postcodes: string[];
  counts: Record<Sector, number>;
  total: number;
};

export function emptyCounts(): Record<Sector, number> {
  return Object.fromEntries(SECTORS.map((sector) => [sector, 0])) as Record<Sector, number>;
}

/** Published entries per Gemeinde and sector (institutions and offers together). */
function sectorCounts(db: CatalogueDb) {
  const counts = new Map<string, Record<Sector, number>>();
  const add = (rows: { ags: string | null; sector: Sector; count: number }[]) => {
    for (const row of rows) {
      if (!row.ags) continue;
      const entry = counts.get(row.ags) ?? emptyCounts();
      entry[row.sector] += row.count;
      counts.set(row.ags, entry);
    }
  };
  add(
    db
      .select({ ags: institutions.municipalityAgs, sector: institutions.sector, count: sql<number>`count(*)` })
      .from(institutions)
      .where(eq(institutions.status, "published"))
      .groupBy(institutions.municipalityAgs, institutions.sector)
      .all(),
  );
  add(
    db
      .select({ ags: offers.municipalityAgs, sector: offers.sector, count: sql<number>`count(*)` })
      .from(offers)
      .where(eq(offers.status, "published"))
      .groupBy(offers.municipalityAgs, offers.sector)
      .all(),
  );
  return counts;
}

export function listMunicipalities(db: CatalogueDb): MunicipalitySummary[] {
  const counts = sectorCounts(db);
  const codes = new Map<string, string[]>();
  for (const row of db.select().from(postcodes).orderBy(asc(postcodes.postcode)).all()) {
    codes.set(row.municipalityAgs, [...(codes.get(row.municipalityAgs) ?? []), row.postcode]);
  }
  return db
    .select({
      ags: municipalities.ags,
      slug: municipalities.slug,
      name: municipalities.name,
      population: municipalities.population,
      areaKm2: municipalities.areaKm2,
      labelLat: municipalities.labelLat,
      labelLng: municipalities.labelLng,
    })
    .from(municipalities)
    .orderBy(asc(municipalities.name))
    .all()
    .map((row) => {
      const perSector = counts.get(row.ags) ?? emptyCounts();
      return {
        ...row,
        postcodes: codes.get(row.ags) ?? [],
        counts: perSector,
        total: Object.values(perSector).reduce((sum, value) => sum + value, 0),
      };
    });
}

/** Slug → name of every Gemeinde; small and fixed, so it is read once per process. */
let nameCache: Map<string, string> | undefined;
export function municipalityNames(db: CatalogueDb): Map<string, string> {
  nameCache ??= new Map(
    db
      .select({ slug: municipalities.slug, name: municipalities.name })
      .from(municipalities)
      .orderBy(asc(municipalities.name))
      .all()
      .map((row) => [row.slug, row.name]),
  );
  return nameCache;
}

export type MunicipalityEntry = {
  slug: string;
  title: string;
  kind: "einrichtung" | "angebot";
  sector: Sector;
  type: string;
  street: string | null;
  postcode: string | null;
  town: string | null;
};

export function getMunicipalityPage(db: CatalogueDb, slug: string) {
  const municipality = db.select().from(municipalities).where(eq(municipalities.slug, slug)).get();
  if (!municipality) return null;
  const summary = listMunicipalities(db).find((row) => row.slug === slug);
  const entries: MunicipalityEntry[] = [
    ...db
      .select({
        slug: institutions.slug,
        title: institutions.name,
        sector: institutions.sector,
        type: institutions.type,
        street: institutions.street,
        postcode: institutions.postcode,
        town: institutions.town,
      })
      .from(institutions)
      .where(and(eq(institutions.municipalityAgs, municipality.ags), eq(institutions.status, "published")))
      .all()
      .map((row) => ({ ...row, kind: "einrichtung" as const })),
    ...db
      .select({
        slug: offers.slug,
        title: offers.title,
        sector: offers.sector,
        type: offers.type,
        street: offers.street,
        postcode: offers.postcode,
        town: offers.town,
      })
      .from(offers)
      .where(and(eq(offers.municipalityAgs, municipality.ags), eq(offers.status, "published")))
      .all()
      .map((row) => ({ ...row, kind: "angebot" as const })),
  ];
  entries.sort((a, b) => a.title.localeCompare(b.title, "de"));
  const bySector = SECTORS.map((sector) => ({
    sector,
    entries: entries.filter((entry) => entry.sector === sector),
  })).filter((group) => group.entries.length > 0);
  return {
    municipality: {
      ags: municipality.ags,
      slug: municipality.slug,
      name: municipality.name,
      population: municipality.population,
      areaKm2: municipality.areaKm2,
      labelLat: municipality.labelLat,
      labelLng: municipality.labelLng,
      postcodes: summary?.postcodes ?? [],
    },
    counts: summary?.counts ?? emptyCounts(),
    total: entries.length,
    bySector,
  };
}

/** Every Gemeinde with its label point and postcodes, for understanding places in searches. */
export function placesForSearch(db: CatalogueDb) {
  return listMunicipalities(db).map(({ slug, name, labelLat, labelLng, postcodes: codes }) => ({
    slug,
    name,
    lat: labelLat,
    lng: labelLng,
    postcodes: codes,
  }));
}

/** The types that published entries have, for the `typ` filter. */
export function catalogueTypes(db: CatalogueDb): string[] {
  const types = new Set<string>();
  for (const row of db.select({ types: institutions.types }).from(institutions).where(eq(institutions.status, "published")).all()) {
    for (const type of row.types) types.add(type);
  }
  for (const row of db.select({ type: offers.type }).from(offers).where(eq(offers.status, "published")).all()) {
    types.add(row.type);
  }
  return [...types].sort((a, b) => a.localeCompare(b, "de"));
}
