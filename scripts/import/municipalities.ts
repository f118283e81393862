// Gemeinden and the district outline (BKG VG250-EW) and the PLZ ↔ Gemeinde table (OSM via
// suche-postleitzahl.org).
import { z } from "zod";
import { slugify } from "../../app/catalogue/slug";
import type { SeedDistrict, SeedMunicipality, SeedPostcode } from "../../db/seed-format";
import { cell, parseCsv } from "./csv";
import { DATASET_IDS } from "./datasets";
import { countVertices, type PolygonGeometry, simplifyGeometry } from "./geo";

export const EXPECTED_MUNICIPALITIES = 39;
/** The source is rounded to 4 decimals; simplifying below that precision changes nothing visible. */
export const BOUNDARY_TOLERANCE_DEG = 0.0001;

const position = z.array(z.number()).min(2);
const polygonGeometry = z.union([
  z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(position))) }),
]);
const featureCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({
        ags: z.string(),
        name: z.string(),
        einwohner: z.number(),
        flaeche_km2: z.number(),
        osm_relation_id: z.number().nullable(),
        label_lon: z.number(),
        label_lat: z.number(),
      }),
      geometry: polygonGeometry,
    }),
  ),
});

export interface MunicipalityResult {
  municipalities: SeedMunicipality[];
  verticesBefore: number;
  verticesAfter: number;
  /** Dataset-level problems: any entry stops the import. */
  errors: string[];
}

/** Reads the GeoJSON (geometry and facts) and cross-checks it against the CSV of the same properties. */
export function parseMunicipalities(geojsonText: string, csvText: string): MunicipalityResult {
  const errors: string[] = [];
  const parsed = featureCollection.safeParse(JSON.parse(geojsonText));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      municipalities: [],
      verticesBefore: 0,
      verticesAfter: 0,
      errors: [`gemeinden_ludwigsburg.geojson: ${issue?.path.join(".")}: ${issue?.message}`],
    };
  }
  const features = parsed.data.features;
  if (features.length !== EXPECTED_MUNICIPALITIES) {
    errors.push(`gemeinden_ludwigsburg.geojson: ${features.length} Gemeinden statt ${EXPECTED_MUNICIPALITIES}`);
  }

  const csvByAgs = new Map(parseCsv(csvText).map((row) => [cell(row, "ags") ?? "", row]));
  if (csvByAgs.size !== features.length) {
    errors.push(`gemeinden_ludwigsburg.csv: ${csvByAgs.size} Zeilen, GeoJSON hat ${features.length} Gemeinden`);
  }

  let verticesBefore = 0;
  let verticesAfter = 0;
  const municipalities = features.map(({ properties: p, geometry }): SeedMunicipality => {
    const csvRow = csvByAgs.get(p.ags);
    if (!csvRow) {
      errors.push(`Gemeinde ${p.ags} ${p.name} fehlt in gemeinden_ludwigsburg.csv`);
    } else if (cell(csvRow, "name") !== p.name || Number(cell(csvRow, "einwohner")) !== p.einwohner) {
      errors.push(`Gemeinde ${p.ags}: Name oder Einwohnerzahl in CSV und GeoJSON verschieden`);
    }
    const boundary: PolygonGeometry = simplifyGeometry(geometry, BOUNDARY_TOLERANCE_DEG);
    verticesBefore += countVertices(geometry);
    verticesAfter += countVertices(boundary);
    return {
      ags: p.ags,
      slug: slugify(p.name),
      name: p.name,
      population: p.einwohner,
      areaKm2: p.flaeche_km2,
      labelLat: p.label_lat,
      labelLng: p.label_lon,
      boundary,
      osmRelationId: p.osm_relation_id,
      datasetId: DATASET_IDS.municipalities,
    };
  });

  for (const key of ["ags", "slug", "name"] as const) {
    const seen = new Set<string>();
    for (const m of municipalities) {
      if (seen.has(m[key])) errors.push(`Gemeinde doppelt (${key}): ${m[key]}`);
      seen.add(m[key]);
    }
  }
  return { municipalities, verticesBefore, verticesAfter, errors };
}

export const DISTRICT_AGS = "08118";

const districtCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        properties: z.object({
          ags: z.string(),
          name: z.string(),
          einwohner: z.number(),
          flaeche_km2: z.number(),
          gemeinden: z.number(),
        }),
        geometry: polygonGeometry,
      }),
    )
    .length(1, "genau ein Landkreis erwartet"),
});

export interface DistrictResult {
  district: SeedDistrict | null;
  verticesBefore: number;
  verticesAfter: number;
  /** Dataset-level problems: any entry stops the import. */
  errors: string[];
}

/**
 * Reads the district outline and checks it against the Gemeinden it was dissolved from:
 * same count, the same population and area in sum. Simplified exactly like the Gemeinden.
 */
export function parseDistrict(geojsonText: string, municipalities: SeedMunicipality[]): DistrictResult {
  const file = "landkreis_ludwigsburg.geojson";
  const parsed = districtCollection.safeParse(JSON.parse(geojsonText));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { district: null, verticesBefore: 0, verticesAfter: 0, errors: [`${file}: ${issue?.path.join(".")}: ${issue?.message}`] };
  }
  const [feature] = parsed.data.features;
  if (!feature) return { district: null, verticesBefore: 0, verticesAfter: 0, errors: [`${file}: kein Landkreis`] };
  const { properties: p, geometry } = feature;
  const errors: string[] = [];
  if (p.ags !== DISTRICT_AGS) errors.push(`${file}: AGS ${p.ags} statt ${DISTRICT_AGS}`);
  if (p.gemeinden !== municipalities.length) {
    errors.push(`${file}: ${p.gemeinden} Gemeinden, gemeinden_ludwigsburg.geojson hat ${municipalities.length}`);
  }
  const population = municipalities.reduce((sum, m) => sum + m.population, 0);
  if (p.einwohner !== population) errors.push(`${file}: ${p.einwohner} Einwohner, die Gemeinden haben zusammen ${population}`);
  const area = municipalities.reduce((sum, m) => sum + m.areaKm2, 0);
  if (Math.abs(p.flaeche_km2 - area) > 0.01) {
    errors.push(`${file}: ${p.flaeche_km2} km², die Gemeinden haben zusammen ${area.toFixed(2)} km²`);
  }
  const boundary: PolygonGeometry = simplifyGeometry(geometry, BOUNDARY_TOLERANCE_DEG);
  return {
    district: {
      ags: p.ags,
      name: p.name,
      population: p.einwohner,
      areaKm2: p.flaeche_km2,
      boundary,
      datasetId: DATASET_IDS.municipalities,
    },
    verticesBefore: countVertices(geometry),
    verticesAfter: countVertices(boundary),
    errors,
  };
}

export interface PostcodeResult {
  postcodes: SeedPostcode[];
  errors: string[];
}

export function parsePostcodes(csvText: string, municipalities: SeedMunicipality[]): PostcodeResult {
  const errors: string[] = [];
  const byAgs = new Map(municipalities.map((m) => [m.ags, m]));
  const seen = new Set<string>();
  const postcodes: SeedPostcode[] = [];
  parseCsv(csvText).forEach((row, index) => {
    const line = `plz_gemeinden_ludwigsburg.csv Zeile ${index + 1}`;
    const postcode = cell(row, "plz") ?? "";
    const ags = cell(row, "ags") ?? "";
    const municipality = byAgs.get(ags);
    if (!/^\d{5}$/.test(postcode)) errors.push(`${line}: ungültige PLZ "${postcode}"`);
    if (!municipality) errors.push(`${line}: unbekannte Gemeinde ${ags}`);
    else if (municipality.name !== cell(row, "gemeinde")) errors.push(`${line}: Gemeindename passt nicht zu ${ags}`);
    if (seen.has(`${postcode} ${ags}`)) errors.push(`${line}: doppelt ${postcode} ${ags}`);
    seen.add(`${postcode} ${ags}`);
    postcodes.push({ postcode, municipalityAgs: ags, datasetId: DATASET_IDS.postcodes });
  });
  return { postcodes, errors };
}

/** What the row parsers need to know about the Gemeinden. */
export interface Gazetteer {
  byAgs: ReadonlyMap<string, SeedMunicipality>;
  byName: ReadonlyMap<string, SeedMunicipality>;
  postcodesByAgs: ReadonlyMap<string, readonly string[]>;
}

export function buildGazetteer(municipalities: SeedMunicipality[], postcodes: SeedPostcode[]): Gazetteer {
  const postcodesByAgs = new Map<string, string[]>();
  for (const { postcode, municipalityAgs } of postcodes) {
    const list = postcodesByAgs.get(municipalityAgs) ?? [];
    if (!list.includes(postcode)) list.push(postcode);
    postcodesByAgs.set(municipalityAgs, list);
  }
  return {
    byAgs: new Map(municipalities.map((m) => [m.ags, m])),
    byName: new Map(municipalities.map((m) => [m.name, m])),
    postcodesByAgs,
  };
}

/**
 * A stated postcode is kept. Otherwise one is derived only when the Gemeinde has exactly one
 * postcode: then every address in it has that postcode, even if the postcode is shared with a
 * neighbour (Murr → 71711). Gemeinden with several postcodes (Ludwigsburg, Marbach) get none.
 */
export function derivePostcode(
  stated: string | null,
  ags: string | null,
  postcodesByAgs: Gazetteer["postcodesByAgs"],
): string | null {
  if (stated !== null) return stated;
  if (ags === null) return null;
  const candidates = postcodesByAgs.get(ags) ?? [];
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}
