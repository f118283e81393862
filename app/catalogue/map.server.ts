// What the maps read from the catalogue: the basemap (district and Gemeinde boundaries), the
// pins of one Gemeinde, coverage per Gemeinde and the entries near an entry.
import crypto from "node:crypto";
import { and, asc, between, eq, inArray, isNotNull, ne, type SQL } from "drizzle-orm";
import { datasets, district, institutions, municipalities, offers } from "../../db/schema";
import type { Boundaries, MapPin } from "~/map/types";
import { documentId, formatAddress } from "~/search/documents";
import { distanceKm } from "~/search/places";
import type { CatalogueDb } from "./db.server";
import { emptyCounts, listMunicipalities } from "./places.server";
import { SECTORS, type EntryKind, type GeoPrecision, type Sector } from "./vocabulary";

// The boundaries only change with a new seed, which means a new catalogue: caching per
// connection keeps them for the life of the process and apart between test catalogues.
const boundariesCache = new WeakMap<CatalogueDb, Boundaries>();
const boundariesJsonCache = new WeakMap<CatalogueDb, { body: string; etag: string }>();
const neighbourCache = new WeakMap<CatalogueDb, Map<string, string[]>>();

/** The district outline, the 39 Gemeinden and the attribution their licence requires. */
export function mapBoundaries(db: CatalogueDb): Boundaries {
  const cached = boundariesCache.get(db);
  if (cached) return cached;
  const outline = db.select().from(district).get();
  if (!outline) throw new Error("[map] Der Katalog hat keine Kreisgrenze (Tabelle district ist leer).");
  const rows = db
    .select({
      slug: municipalities.slug,
      name: municipalities.name,
      labelLat: municipalities.labelLat,
      labelLng: municipalities.labelLng,
      boundary: municipalities.boundary,
      datasetId: municipalities.datasetId,
    })
    .from(municipalities)
    .orderBy(asc(municipalities.name))
    .all();
  // The attribution of the dataset the shapes come from (BKG VG250-EW), as stored with it.
  const sourceIds = [...new Set([outline.datasetId, ...rows.map((row) => row.datasetId)])];
  const attributions = db
    .select({ attribution: datasets.attribution })
    .from(datasets)
    .where(inArray(datasets.id, sourceIds))
    .orderBy(asc(datasets.id))
    .all()
    .map((row) => row.attribution);
  const boundaries: Boundaries = {
    district: { name: outline.name, boundary: outline.boundary },
    municipalities: rows.map(({ datasetId: _datasetId, ...row }) => row),
    attribution: [...new Set(attributions)].join(" · "),
  };
  boundariesCache.set(db, boundaries);
  return boundaries;
}

/** mapBoundaries as the JSON the basemap is served as, with a strong ETag (hash of the body). */
export function boundariesJson(db: CatalogueDb): { body: string; etag: string } {
  let cached = boundariesJsonCache.get(db);
  if (!cached) {
    const body = JSON.stringify(mapBoundaries(db));
    const hash = crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32);
    cached = { body, etag: `"${hash}"` };
    boundariesJsonCache.set(db, cached);
  }
  return cached;
}

type Geometry = Boundaries["municipalities"][number]["boundary"];

function positionsOf(geometry: Geometry): number[][] {
  return geometry.type === "Polygon" ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/** The source and the simplified boundaries are rounded to 4 decimals (about 10 m). */
const VERTEX_DECIMALS = 4;

/**
 * Gemeinden whose boundaries touch, by slug (both directions, sorted). Neighbours share the
 * vertices of their common border (the source was built from one topology, and
 * simplification keeps each border's corners on both sides), so one hash set of rounded
 * vertices finds every pair in O(total vertices).
 */
export function neighbourSlugs(db: CatalogueDb): Map<string, string[]> {
  const cached = neighbourCache.get(db);
  if (cached) return cached;
  const factor = 10 ** VERTEX_DECIMALS;
  const owners = new Map<string, Set<string>>();
  for (const { slug, boundary } of mapBoundaries(db).municipalities) {
    for (const [lng, lat] of positionsOf(boundary)) {
      if (lng === undefined || lat === undefined) continue;
      const key = `${Math.round(lng * factor)},${Math.round(lat * factor)}`;
      const set = owners.get(key) ?? new Set<string>();
      set.add(slug);
      owners.set(key, set);
    }
  }
  const neighbours = new Map<string, Set<string>>(
    mapBoundaries(db).municipalities.map(({ slug }) => [slug, new Set<string>()]),
  );
  for (const set of owners.values()) {
    if (set.size < 2) continue;
    for (const a of set) for (const b of set) if (a !== b) neighbours.get(a)?.add(b);
  }
  const result = new Map([...neighbours].map(([slug, set]) => [slug, [...set].sort()]));
  neighbourCache.set(db, result);
  return result;
}

type EntryTable = typeof institutions | typeof offers;

/** The columns a pin is made of; institutions call their title `name`. */
function pinColumns(table: EntryTable) {
  return {
    id: table.id,
    slug: table.slug,
    title: table === institutions ? institutions.name : offers.title,
    type: table.type,
    sector: table.sector,
    lat: table.lat,
    lng: table.lng,
    geoPrecision: table.geoPrecision,
    street: table.street,
    postcode: table.postcode,
    town: table.town,
  };
}

type PinRow = {
  id: number;
  slug: string;
  title: string;
  type: string;
  sector: Sector;
  lat: number | null;
  lng: number | null;
  geoPrecision: GeoPrecision | null;
  street: string | null;
  postcode: string | null;
  town: string | null;
};

/** Published entries of both tables matching `where`, as pins; rows without a position are left out. */
function selectPins(db: CatalogueDb, where: (table: EntryTable) => SQL | undefined): MapPin[] {
  const toPins = (kind: EntryKind) => (row: PinRow): MapPin[] =>
    row.lat === null || row.lng === null
      ? []
      : [
          {
            id: documentId(kind, row.id),
            slug: row.slug,
            title: row.title,
            type: row.type,
            category: row.sector,
            lat: row.lat,
            lng: row.lng,
            approximate: row.geoPrecision !== "exact",
            address: formatAddress(row),
          },
        ];
  const published = (table: EntryTable) =>
    and(eq(table.status, "published"), isNotNull(table.lat), isNotNull(table.lng), where(table));
  return [
    ...db.select(pinColumns(institutions)).from(institutions).where(published(institutions)).all().flatMap(toPins("einrichtung")),
    ...db.select(pinColumns(offers)).from(offers).where(published(offers)).all().flatMap(toPins("angebot")),
  ];
}

const byTitle = (a: MapPin, b: MapPin) => a.title.localeCompare(b.title, "de") || a.id.localeCompare(b.id);

/**
 * Published institutions and offers of one Gemeinde that have a position, as pins, by
 * title; empty for an unknown Gemeinde. `sectors` narrows them down; empty or missing
 * means every sector.
 */
export function municipalityPins(db: CatalogueDb, slug: string, sectors?: Sector[]): MapPin[] {
  const municipality = db.select({ ags: municipalities.ags }).from(municipalities).where(eq(municipalities.slug, slug)).get();
  if (!municipality) return [];
  const only = sectors && sectors.length > 0 ? sectors : null;
  return selectPins(db, (table) =>
    and(eq(table.municipalityAgs, municipality.ags), only ? inArray(table.sector, only) : undefined),
  ).sort(byTitle);
}

export type CoverageFigures = {
  population: number;
  /** Published entries per sector (institutions and offers placed in the Gemeinde). */
  counts: Record<Sector, number>;
  total: number;
  /** Entries per 1,000 inhabitants, rounded to 2 decimals. */
  perThousand: Record<Sector, number>;
  totalPerThousand: number;
};

export type SectorCoverage = {
  municipalities: ({ slug: string; name: string } & CoverageFigures)[];
  /** The sum over the Gemeinden; district-wide entries without a place are in no Gemeinde and not here. */
  district: CoverageFigures;
};

function perThousand(count: number, population: number) {
  return population > 0 ? Math.round((count * 100_000) / population) / 100 : 0;
}

function figures(population: number, counts: Record<Sector, number>): CoverageFigures {
  const total = SECTORS.reduce((sum, sector) => sum + counts[sector], 0);
  const rates = emptyCounts();
  for (const sector of SECTORS) rates[sector] = perThousand(counts[sector], population);
  return { population, counts, total, perThousand: rates, totalPerThousand: perThousand(total, population) };
}

/** Entries per sector and per 1,000 inhabitants for every Gemeinde and the district. */
export function sectorCoverage(db: CatalogueDb): SectorCoverage {
  const rows = listMunicipalities(db);
  const sums = emptyCounts();
  for (const row of rows) for (const sector of SECTORS) sums[sector] += row.counts[sector];
  return {
    municipalities: rows.map((row) => ({ slug: row.slug, name: row.name, ...figures(row.population, { ...row.counts }) })),
    district: figures(
      rows.reduce((sum, row) => sum + row.population, 0),
      sums,
    ),
  };
}

export const NEARBY_LIMIT = 10;

/** A pin (so the detail map can draw it; always exact) with its distance from the entry. */
export type NearbyEntry = MapPin & {
  /** Straight-line distance, rounded to 10 m. */
  distanceKm: number;
};

export type NearbyResult =
  | { status: "ok"; entries: NearbyEntry[] }
  /** The entry is placed at its Gemeinde only: distances from it would mean nothing. */
  | { status: "approximate" }
  | { status: "no-position" }
  | { status: "not-found" };

/** Kilometres per degree of latitude on the sphere distanceKm uses (radius 6371.0088 km). */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/**
 * Published entries with an exact position within `radiusKm` of a published entry with an
 * exact position, nearest first, at most ten, without the entry itself. Entries placed at
 * their Gemeinde's point are left out: all of a Gemeinde's share one point, so "140 m" to a
 * Kita at the other end of town would push the real neighbours off the list. A bounding box
 * narrows the candidates in SQL (a little wider than the circle); the great-circle distance
 * decides.
 */
export function nearbyEntries(db: CatalogueDb, entrySlug: string, radiusKm = 2): NearbyResult {
  if (!(Number.isFinite(radiusKm) && radiusKm > 0)) throw new RangeError(`radiusKm must be a positive number, got ${radiusKm}`);
  const positionOf = (table: EntryTable) =>
    db
      .select({ lat: table.lat, lng: table.lng, geoPrecision: table.geoPrecision })
      .from(table)
      .where(and(eq(table.slug, entrySlug), eq(table.status, "published")))
      .get();
  // Slugs are unique across institutions and offers (the /angebote/:slug pages).
  const entry = positionOf(institutions) ?? positionOf(offers);
  if (!entry) return { status: "not-found" };
  if (entry.lat === null || entry.lng === null) return { status: "no-position" };
  if (entry.geoPrecision !== "exact") return { status: "approximate" };
  const origin = { lat: entry.lat, lng: entry.lng };

  const margin = 1.01;
  const dLat = (radiusKm / KM_PER_DEGREE) * margin;
  const poleward = Math.min(89, Math.abs(origin.lat) + dLat);
  const dLng = dLat / Math.cos((poleward * Math.PI) / 180);
  const entries = selectPins(db, (table) =>
    and(
      ne(table.slug, entrySlug),
      eq(table.geoPrecision, "exact"),
      between(table.lat, origin.lat - dLat, origin.lat + dLat),
      between(table.lng, origin.lng - dLng, origin.lng + dLng),
    ),
  )
    .flatMap((pin): NearbyEntry[] => {
      const km = distanceKm(origin, pin);
      return km <= radiusKm ? [{ ...pin, distanceKm: km }] : [];
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || byTitle(a, b))
    .slice(0, NEARBY_LIMIT)
    .map((entry) => ({ ...entry, distanceKm: Math.round(entry.distanceKm * 100) / 100 }));
  return { status: "ok", entries };
}
