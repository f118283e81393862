// Educational places from an OpenStreetMap export (Overpass API JSON): tags → sector, type,
// address and contact; only places inside the district. Pure: the caller reads the file and
// the catalogue.
//
// The export comes from this Overpass query (https://overpass-turbo.eu or
// `curl --data-urlencode data@query.overpassql https://overpass-api.de/api/interpreter`):
//
//   [out:json][timeout:180];
//   area["boundary"="administrative"]["admin_level"="6"]["name"="Landkreis Ludwigsburg"]->.kreis;
//   (
//     nwr["amenity"~"^(kindergarten|childcare|school|music_school|library|arts_centre|community_centre|youth_centre|college|language_school|university)$"](area.kreis);
//     nwr["tourism"="museum"](area.kreis);
//   );
//   out center;
//
// `out center` gives ways and relations a centre point; nodes have their own.
import { z } from "zod";
import { duplicateKey, sameStreet } from "../../app/admin/csv-import";
import type { Carrier, Sector } from "../../app/catalogue/vocabulary";
import type { NewInstitution } from "../../db/schema";
import { isHttpUrl } from "./csv";
import { type PolygonGeometry, pointInGeometry } from "./geo";
import type { Gazetteer } from "./municipalities";

export const OSM_DATASET_ID = "osm-einrichtungen";
export const OSM_LICENCE = "ODbL 1.0, © OpenStreetMap-Mitwirkende";
export const OSM_GEO_SOURCE = { node: "OpenStreetMap", area: "OpenStreetMap (Mitte der Fläche)" } as const;

const element = z.object({
  type: z.enum(["node", "way", "relation"]),
  id: z.number().int().positive(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  center: z.object({ lat: z.number(), lon: z.number() }).optional(),
  tags: z.record(z.string()).default({}),
});
export type OsmElement = z.infer<typeof element>;

const overpassExport = z.object({
  osm3s: z.object({ timestamp_osm_base: z.string().datetime({ offset: true }) }),
  elements: z.array(element),
});
export type OverpassExport = z.infer<typeof overpassExport>;

export function parseOverpassExport(text: string): { ok: true; value: OverpassExport } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "keine JSON-Datei (Overpass-Abfrage mit [out:json] exportieren)" };
  }
  const parsed = overpassExport.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `kein Overpass-Export: ${issue?.path.join(".") || "(Wurzel)"}: ${issue?.message ?? "ungültig"}` };
}

/** "2026-03-01T04:12:00Z" → "OpenStreetMap-Datenstand 01.03.2026". */
export function osmStand(timestamp: string): string {
  const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date(timestamp));
  return `OpenStreetMap-Datenstand ${date}`;
}

export const osmRef = (el: Pick<OsmElement, "type" | "id">) => `osm:${el.type}/${el.id}`;
export const osmUrl = (el: Pick<OsmElement, "type" | "id">) => `https://www.openstreetmap.org/${el.type}/${el.id}`;

// ---------------------------------------------------------------------------------------
// Classification

export type Classification = { sector: Sector; type: string; types: string[] } | { skip: string };

const firstMatch = (rules: ReadonlyArray<[RegExp, string]>, text: string, fallback: string) =>
  rules.find(([match]) => match.test(text))?.[1] ?? fallback;

const KITA_TYPES: ReadonlyArray<[RegExp, string]> = [
  [/Schulkindergarten/i, "Schulkindergarten"],
  [/(?:Wald|Natur)kindergarten|Naturgruppe/i, "Natur- und Waldkindergarten"],
  [/Familienzentrum/i, "Kinder- und Familienzentrum"],
  [/Kinderhaus/i, "Kinderhaus"],
  [/Krippe/i, "Krippe"],
  [/Kindergarten/i, "Kindergarten"],
];

/** School forms as the seed's school list names them; a school can have several. */
const SCHOOL_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/Gemeinschaftsschule/i, "Gemeinschaftsschule"],
  [/Grundschule|Grund- und/i, "Grundschule"],
  [/Gymnasium/i, "Gymnasium"],
  [/(?<!Werk)[Rr]ealschule/, "Realschule"],
  [/Werkrealschule/i, "Werkrealschule"],
  [/SBBZ|Förderschule|Sonderpädagogisch/i, "SBBZ"],
  [/Waldorfschule/i, "Freie Waldorfschule"],
  [/Berufs(?:schul|kolleg)|Berufliche|Gewerbliche|Kaufmännische|Hauswirtschaftliche/i, "Berufliche Schule"],
];

const COLLEGE_TYPES: ReadonlyArray<[RegExp, string]> = [
  [/Volkshochschule|\bVHS\b/i, "Volkshochschule"],
  [/Familienbildung/i, "Familienbildung"],
  [/Hochschule|Akademie/i, "Hochschule"],
];

const one = (sector: Sector, type: string): Classification => ({ sector, type, types: [type] });

/** Sector and type from the tags; places without an educational purpose are skipped with a reason. */
export function classify(tags: Record<string, string>): Classification {
  const name = tags.name ?? "";
  const amenity = tags.amenity;
  if (tags.tourism === "museum") return one("kultur", "Museum");
  switch (amenity) {
    case "kindergarten":
      return one("kita", firstMatch(KITA_TYPES, name, "Kita"));
    case "childcare":
      return one("kita", /Tagespflege|Tagesm(?:u|ü)tter|Tageseltern/i.test(name) ? "Kindertagespflege" : "Kinderbetreuung");
    case "school": {
      const forms = SCHOOL_FORMS.filter(([match]) => match.test(name)).map(([, form]) => form);
      if (forms.length === 0) return one("schule", "Schule");
      const types = [...new Set(forms)].sort((a, b) => a.localeCompare(b, "de"));
      return { sector: "schule", type: types.join(", "), types };
    }
    case "music_school":
      return one("kultur", "Musikschule");
    case "library":
      return one("kultur", "Bibliothek");
    case "arts_centre":
      return one("kultur", "Kulturzentrum");
    case "youth_centre":
      return one("jugendhilfe", "Jugendhaus");
    case "community_centre":
      if (tags.community_centre === "youth_centre") return one("jugendhilfe", "Jugendhaus");
      if (tags.community_centre === "family_centre") return one("jugendhilfe", "Familienzentrum");
      return { skip: `Gemeinschaftshaus ohne Bildungsbezug (community_centre=${tags.community_centre ?? "–"})` };
    case "college":
      return one("weiterbildung", firstMatch(COLLEGE_TYPES, name, "Weiterbildungseinrichtung"));
    case "language_school":
      return one("weiterbildung", "Sprachschule");
    case "university":
      return one("weiterbildung", "Hochschule");
    default:
      return { skip: `nicht abgefragter Typ (amenity=${amenity ?? "–"})` };
  }
}

const OPERATOR_TYPES: Readonly<Record<string, Carrier>> = {
  public: "oeffentlich",
  government: "oeffentlich",
  municipal: "oeffentlich",
  private: "privat",
  religious: "kirchlich",
  church: "kirchlich",
  community: "frei",
  ngo: "frei",
  association: "frei",
  cooperative: "frei",
};

/** Church words before the others: "Evangelische Kirchengemeinde" is no Gemeinde administration. */
const OPERATOR_RULES: ReadonlyArray<[RegExp, Carrier]> = [
  [/kirch|evangel|kathol|diakon|caritas|pfarr/i, "kirchlich"],
  [/\be\.\s?V\.|verein|\bAWO\b|\bDRK\b|stiftung|gGmbH|elterninitiative/i, "frei"],
  [/^(?:Stadt|Gemeinde|Große Kreisstadt)\b|Landkreis|Landratsamt|Land Baden-Württemberg/i, "oeffentlich"],
  [/\bGmbH\b|privat/i, "privat"],
];

export function carrierOf(tags: Record<string, string>): Carrier | null {
  const byType = OPERATOR_TYPES[tags["operator:type"] ?? ""];
  if (byType) return byType;
  const operator = tags.operator;
  return operator ? (OPERATOR_RULES.find(([match]) => match.test(operator))?.[1] ?? null) : null;
}

// ---------------------------------------------------------------------------------------
// Conversion

const emailAddress = z.string().email();
const firstValue = (value: string | undefined) => value?.split(";")[0]?.trim() || null;

/** As the entry form accepts it (app/admin/entry-form.ts), so editors can save the entry again. */
function phone(tags: Record<string, string>): string | null {
  const value = firstValue(tags["contact:phone"] ?? tags.phone);
  return value && value.length <= 40 && /^\+?[\d\s()/.-]+$/.test(value) ? value : null;
}

function website(tags: Record<string, string>): string | null {
  const value = firstValue(tags["contact:website"] ?? tags.website ?? tags.url);
  if (!value) return null;
  const url = /^www\./i.test(value) ? `https://${value}` : value;
  return isHttpUrl(url) ? url : null;
}

function age(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,2}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** The catalogue fields an OSM element provides; the import overwrites exactly these. */
export const OSM_FIELDS = [
  "name",
  "sector",
  "type",
  "types",
  "carrier",
  "street",
  "postcode",
  "town",
  "municipalityAgs",
  "lat",
  "lng",
  "geoPrecision",
  "geoSource",
  "phone",
  "email",
  "website",
  "description",
  "ageMin",
  "ageMax",
  "sourceUrls",
  "licence",
] as const satisfies ReadonlyArray<keyof NewInstitution>;

export type OsmValues = Required<Pick<NewInstitution, (typeof OSM_FIELDS)[number]>>;

export interface OsmEntry {
  sourceRef: string;
  values: OsmValues;
  municipalitySlug: string | null;
}

export interface OsmSkip {
  sourceRef: string;
  name: string;
  reason: string;
}

export interface OsmConversion {
  entries: OsmEntry[];
  skipped: OsmSkip[];
  /** Elements outside the district (the query's area can reach a little beyond it). */
  outside: number;
  stand: string;
}

export interface DistrictShapes {
  district: PolygonGeometry;
  gazetteer: Gazetteer;
}

/**
 * Every element inside the district that has a name and an educational tag, as catalogue
 * values. `onProgress` is called every `every` elements (long exports print progress).
 */
export function convertOverpass(
  data: OverpassExport,
  shapes: DistrictShapes,
  onProgress?: (done: number, total: number) => void,
  every = 1000,
): OsmConversion {
  const entries: OsmEntry[] = [];
  const skipped: OsmSkip[] = [];
  let outside = 0;
  const municipalities = [...shapes.gazetteer.byAgs.values()];
  data.elements.forEach((el, index) => {
    if (onProgress && index > 0 && index % every === 0) onProgress(index, data.elements.length);
    const sourceRef = osmRef(el);
    const name = el.tags.name?.trim() ?? "";
    const point = el.type === "node" ? (el.lat !== undefined && el.lon !== undefined ? { lat: el.lat, lon: el.lon } : null) : (el.center ?? null);
    if (!point) return void skipped.push({ sourceRef, name, reason: "ohne Koordinate (Abfrage mit „out center“ exportieren)" });
    if (!pointInGeometry(point.lon, point.lat, shapes.district)) return void (outside += 1);
    if (name === "") return void skipped.push({ sourceRef, name, reason: "ohne Namen" });
    if (name.length > 200) return void skipped.push({ sourceRef, name, reason: "Name länger als 200 Zeichen" });
    const classification = classify(el.tags);
    if ("skip" in classification) return void skipped.push({ sourceRef, name, reason: classification.skip });

    const municipality = municipalities.find((m) => pointInGeometry(point.lon, point.lat, m.boundary)) ?? null;
    const street = el.tags["addr:street"]?.trim();
    const houseNumber = el.tags["addr:housenumber"]?.trim();
    const postcode = el.tags["addr:postcode"]?.trim();
    const email = firstValue(el.tags["contact:email"] ?? el.tags.email);
    entries.push({
      sourceRef,
      municipalitySlug: municipality?.slug ?? null,
      values: {
        name,
        sector: classification.sector,
        type: classification.type,
        types: classification.types,
        carrier: carrierOf(el.tags),
        street: street ? (houseNumber ? `${street} ${houseNumber}` : street) : null,
        postcode: postcode && /^\d{5}$/.test(postcode) ? postcode : null,
        town: el.tags["addr:city"]?.trim() || municipality?.name || null,
        municipalityAgs: municipality?.ags ?? null,
        lat: point.lat,
        lng: point.lon,
        geoPrecision: "exact",
        geoSource: el.type === "node" ? OSM_GEO_SOURCE.node : OSM_GEO_SOURCE.area,
        phone: phone(el.tags),
        email: email && emailAddress.safeParse(email).success ? email : null,
        website: website(el.tags),
        description: (el.tags["description:de"] ?? el.tags.description)?.trim().slice(0, 1000) || null,
        ageMin: age(el.tags.min_age),
        ageMax: age(el.tags.max_age),
        sourceUrls: [osmUrl(el)],
        licence: OSM_LICENCE,
      },
    });
  });
  return { entries, skipped, outside, stand: osmStand(data.osm3s.timestamp_osm_base) };
}

// ---------------------------------------------------------------------------------------
// Plan against the catalogue

/** An institution in the catalogue as the plan needs it. */
export type CatalogueInstitution = OsmValues & {
  id: number;
  slug: string;
  sourceRef: string;
  stand: string;
};

export interface OsmUpdate {
  id: number;
  sourceRef: string;
  name: string;
  /** Only the fields that change, before and after. */
  before: Partial<OsmValues>;
  after: Partial<OsmValues> & { stand: string };
}

export interface OsmPlan {
  inserts: OsmEntry[];
  updates: OsmUpdate[];
  unchanged: number;
  /**
   * New elements that look like an entry of another source (`match` is its path) or like an
   * earlier element of the export (`match` is its source reference): not imported, listed.
   */
  duplicates: Array<{ sourceRef: string; name: string; match: string; matchName: string }>;
  /** OSM entries of the catalogue that the export no longer has: kept, listed for review. */
  missing: Array<{ sourceRef: string; slug: string; name: string }>;
  stand: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function copy<K extends keyof OsmValues>(target: Partial<OsmValues>, source: OsmValues, field: K) {
  target[field] = source[field];
}

/**
 * New elements become inserts; known ones (same source reference) updates of the OSM fields
 * that changed. A field OSM leaves empty keeps what the catalogue has, so an editor's
 * additions survive the next import. Stand moves only with a change.
 */
export function planOsmImport(conversion: OsmConversion, catalogue: readonly CatalogueInstitution[]): OsmPlan {
  const byRef = new Map(catalogue.map((entry) => [entry.sourceRef, entry]));
  const others = new Map<string, CatalogueInstitution[]>();
  for (const entry of catalogue) {
    if (entry.sourceRef.startsWith("osm:")) continue;
    const key = duplicateKey(entry);
    others.set(key, [...(others.get(key) ?? []), entry]);
  }
  const plan: OsmPlan = { inserts: [], updates: [], unchanged: 0, duplicates: [], missing: [], stand: conversion.stand };
  const seen = new Set<string>();
  const newKeys = new Map<string, OsmEntry[]>();
  for (const entry of conversion.entries) {
    seen.add(entry.sourceRef);
    const existing = byRef.get(entry.sourceRef);
    if (existing) {
      const before: Partial<OsmValues> = {};
      const after: Partial<OsmValues> = {};
      for (const field of OSM_FIELDS) {
        if (entry.values[field] === null || same(existing[field], entry.values[field])) continue;
        copy(before, existing, field);
        copy(after, entry.values, field);
      }
      if (Object.keys(after).length === 0) plan.unchanged += 1;
      else plan.updates.push({ id: existing.id, sourceRef: entry.sourceRef, name: entry.values.name, before, after: { ...after, stand: conversion.stand } });
      continue;
    }
    const key = duplicateKey(entry.values);
    const match = (others.get(key) ?? []).find((other) => sameStreet(other.street, entry.values.street));
    const twin = (newKeys.get(key) ?? []).find((other) => sameStreet(other.values.street, entry.values.street));
    if (match) plan.duplicates.push({ sourceRef: entry.sourceRef, name: entry.values.name, match: `/angebote/${match.slug}`, matchName: match.name });
    else if (twin) plan.duplicates.push({ sourceRef: entry.sourceRef, name: entry.values.name, match: twin.sourceRef, matchName: twin.values.name });
    else {
      plan.inserts.push(entry);
      newKeys.set(key, [...(newKeys.get(key) ?? []), entry]);
    }
  }
  for (const entry of catalogue) {
    if (entry.sourceRef.startsWith("osm:") && !seen.has(entry.sourceRef)) {
      plan.missing.push({ sourceRef: entry.sourceRef, slug: entry.slug, name: entry.name });
    }
  }
  return plan;
}

/** The dataset row of the OSM import; its stand follows the newest export. */
export function osmDataset(stand: string) {
  return {
    id: OSM_DATASET_ID,
    title: "Bildungseinrichtungen aus OpenStreetMap (Kitas, Schulen, Bibliotheken, Musikschulen, Jugendhäuser, Museen …)",
    publisher: "OpenStreetMap-Mitwirkende",
    licence: "Open Database License (ODbL) 1.0",
    licenceUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
    attribution: "© OpenStreetMap-Mitwirkende (ODbL 1.0)",
    stand,
    sourceUrls: ["https://www.openstreetmap.org/copyright", "https://overpass-api.de"],
    caveats:
      "Über die Overpass API abgefragt; nur Orte innerhalb der Kreisgrenze. Neue Orte werden als Entwurf angelegt und erst nach Prüfung durch die Redaktion veröffentlicht; Orte, die wie ein Eintrag aus einer anderen Quelle aussehen, werden nicht übernommen. Korrekturen bitte in OpenStreetMap eintragen: der nächste Import übernimmt sie. Die Share-alike-Pflicht der ODbL gilt für abgeleitete Datenbanken.",
  };
}
