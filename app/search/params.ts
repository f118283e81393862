// The URL is the state of a search. One parser turns query parameters into SearchParams;
// one serializer turns them back into a canonical URL: defaults left out, stable order.
import { z } from "zod";
import { search as germanTexts } from "~/i18n/de/search";
import { search as englishTexts } from "~/i18n/en/search";
import type { Locale } from "~/i18n/locale";
import type { BBox } from "~/map/types";
import {
  AUDIENCES,
  ENTRY_KINDS,
  SECTORS,
  TOPICS,
  type Audience,
  type EntryKind,
  type Sector,
  type Topic,
} from "~/catalogue/vocabulary";

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 100;
export const RADII_KM = [1, 2, 5, 10, 20] as const;
export const SORTS = ["relevanz", "entfernung", "name"] as const;
export type Sort = (typeof SORTS)[number];

/** Coordinates accepted for `lat`/`lng`: the district with a margin of about 30 km. */
export const LOCATION_BOUNDS = { minLat: 48.5, maxLat: 49.3, minLng: 8.6, maxLng: 9.8 } as const;
/** The largest map section `bbox` accepts, in degrees each way: the district fits about twice. */
export const MAX_BBOX_SPAN_DEG = 1.5;
export const VIEWS = ["liste", "karte"] as const;
export type View = (typeof VIEWS)[number];

export type SearchParams = {
  q: string;
  kategorie: Sector[];
  typ: string[];
  thema: Topic[];
  zielgruppe: Audience[];
  /** Institutions (einrichtung) or programmes (angebot). */
  art: EntryKind[];
  /** Age of the child or young person in years; entries whose age range contains it. */
  alter: number | null;
  gemeinde: string[];
  /** A postcode or Gemeinde (slug or name) to search around. */
  ort: string;
  lat: number | null;
  lng: number | null;
  umkreis: number | null;
  /** Only entries inside this map section (west, south, east, north in degrees). */
  bbox: BBox | null;
  sort: Sort;
  seite: number;
  /** Take place names in `q` as words instead of turning them into a Gemeinde filter. */
  woertlich: boolean;
  /** Results as a list or on the map; changes what the page shows, not the query. */
  ansicht: View;
};

export type ParamIssue = { param: string; message: string };

export const DEFAULT_SEARCH_PARAMS: SearchParams = {
  q: "",
  kategorie: [],
  typ: [],
  thema: [],
  zielgruppe: [],
  art: [],
  alter: null,
  gemeinde: [],
  ort: "",
  lat: null,
  lng: null,
  umkreis: null,
  bbox: null,
  sort: "relevanz",
  seite: 1,
  woertlich: false,
  ansicht: "liste",
};

export type ParseContext = {
  /** Slugs of the Gemeinden; `gemeinde` accepts nothing else. */
  municipalities: ReadonlySet<string>;
  /** Types present in the catalogue; `typ` accepts nothing else. */
  types: ReadonlySet<string>;
};

const page = z.coerce.number().int().min(1).max(MAX_PAGE);
const age = z.coerce.number().int().min(0).max(99);
const coordinate = z.coerce.number().finite();
const radius = z.coerce.number().refine((value) => (RADII_KM as readonly number[]).includes(value));
const sort = z.enum(SORTS);
const view = z.enum(VIEWS);
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\uE000-\uF8FF]/g;

function clean(value: string) {
  return value.replace(CONTROL_CHARACTERS, " ").replace(/\s+/g, " ").trim();
}

function shown(value: string, max = 40) {
  const text = clean(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Parses every value of a repeatable parameter against an allow-list. */
function allowed<T extends string>(
  url: URLSearchParams,
  name: string,
  accepts: (value: string) => value is T,
  message: (value: string) => string,
  issues: ParamIssue[],
): T[] {
  const values: T[] = [];
  for (const raw of url.getAll(name)) {
    const value = clean(raw);
    if (!value) continue;
    if (accepts(value)) values.push(value);
    else issues.push({ param: name, message: message(raw) });
  }
  return [...new Set(values)];
}

function single<T>(
  url: URLSearchParams,
  name: string,
  schema: z.ZodType<T>,
  message: (value: string) => string,
  issues: ParamIssue[],
): T | null {
  const raw = url.get(name);
  if (raw === null || clean(raw) === "") return null;
  const parsed = schema.safeParse(clean(raw));
  if (parsed.success) return parsed.data;
  issues.push({ param: name, message: message(raw) });
  return null;
}

/** A plain decimal number as people and Leaflet's toBBoxString() write it; no hex, no "Infinity". */
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const bboxCorners = z
  .string()
  .transform((value) => value.split(","))
  .pipe(z.tuple([z.string(), z.string(), z.string(), z.string()]))
  .pipe(z.array(z.string().trim().regex(DECIMAL).transform(Number).pipe(z.number().finite())))
  .transform((values) => values.map((value) => Math.round(value * 1e5) / 1e5));

type IssueTexts = typeof germanTexts.issues;
const ISSUE_TEXTS: Record<Locale, IssueTexts> = { de: germanTexts.issues, en: englishTexts.issues };

/**
 * `bbox=west,south,east,north`. Returns the section, or the reason it is ignored: malformed,
 * outside valid coordinates, inverted, larger than MAX_BBOX_SPAN_DEG or nowhere near the
 * district. Checked after rounding, so the filter never gets an empty box.
 */
function parseBBox(raw: string, say: IssueTexts): { bbox: BBox } | { message: string } {
  const corners = bboxCorners.safeParse(raw);
  const [west, south, east, north] = corners.success ? corners.data : [];
  if (west === undefined || south === undefined || east === undefined || north === undefined) {
    return { message: say.bboxMalformed(shown(raw, 60)) };
  }
  if ([west, east].some((lng) => lng < -180 || lng > 180) || [south, north].some((lat) => lat < -90 || lat > 90)) {
    return { message: say.bboxInvalid };
  }
  if (west >= east || south >= north) {
    return { message: say.bboxInverted };
  }
  if (east - west > MAX_BBOX_SPAN_DEG || north - south > MAX_BBOX_SPAN_DEG) {
    return { message: say.bboxTooLarge(MAX_BBOX_SPAN_DEG) };
  }
  const b = LOCATION_BOUNDS;
  if (east < b.minLng || west > b.maxLng || north < b.minLat || south > b.maxLat) {
    return { message: say.bboxOutside };
  }
  return { bbox: { west, south, east, north } };
}

const inList =
  <T extends string>(list: readonly T[]) =>
  (value: string): value is T =>
    (list as readonly string[]).includes(value);

/** The longest `ort` accepted: a Gemeinde name or a postcode, with room to spare. */
const MAX_ORT_LENGTH = 60;

/**
 * Parses search parameters. Bad values fall back to their default and are reported as
 * issues in the page's language (German by default, and always for the JSON API), so a
 * page can show a notice and an API can answer 400.
 */
export function parseSearchParams(
  url: URLSearchParams,
  context: ParseContext,
  locale: Locale = "de",
): { params: SearchParams; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  const say = ISSUE_TEXTS[locale];

  let q = clean(url.get("q") ?? "");
  if (q.length > MAX_QUERY_LENGTH) {
    issues.push({ param: "q", message: say.queryTooLong(MAX_QUERY_LENGTH) });
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }

  const kategorie = allowed(url, "kategorie", inList(SECTORS), (v) => say.kategorie(shown(v)), issues);
  const typ = allowed(url, "typ", (value): value is string => context.types.has(value), (v) => say.typ(shown(v)), issues);
  const thema = allowed(url, "thema", inList(TOPICS), (v) => say.thema(shown(v)), issues);
  const zielgruppe = allowed(url, "zielgruppe", inList(AUDIENCES), (v) => say.zielgruppe(shown(v)), issues);
  const art = allowed(url, "art", inList(ENTRY_KINDS), (v) => say.art(shown(v)), issues);
  const gemeinde = allowed(
    url,
    "gemeinde",
    (value): value is string => context.municipalities.has(value),
    (v) => say.gemeinde(shown(v, 60)),
    issues,
  );

  const alter = single(url, "alter", age, (v) => say.alter(shown(v, 20)), issues);
  const seite = single(url, "seite", page, (v) => say.seite(shown(v, 20), MAX_PAGE), issues) ?? 1;
  let umkreis = single(url, "umkreis", radius, (v) => say.umkreis(shown(v, 20), RADII_KM), issues);
  let chosenSort = single(url, "sort", sort, (v) => say.sort(shown(v, 20)), issues) ?? "relevanz";

  let ort = clean(url.get("ort") ?? "");
  if (ort.length > MAX_ORT_LENGTH) {
    issues.push({ param: "ort", message: say.ortTooLong(MAX_ORT_LENGTH) });
    ort = "";
  }

  let lat = single(url, "lat", coordinate, (v) => say.coordinate(shown(v, 20)), issues);
  let lng = single(url, "lng", coordinate, (v) => say.coordinate(shown(v, 20)), issues);
  if ((lat === null) !== (lng === null)) {
    issues.push({ param: lat === null ? "lat" : "lng", message: say.latLngPair });
    lat = lng = null;
  } else if (
    lat !== null &&
    lng !== null &&
    (lat < LOCATION_BOUNDS.minLat || lat > LOCATION_BOUNDS.maxLat || lng < LOCATION_BOUNDS.minLng || lng > LOCATION_BOUNDS.maxLng)
  ) {
    issues.push({ param: "lat", message: say.locationOutside });
    lat = lng = null;
  }

  let bbox: BBox | null = null;
  const rawBBox = url.get("bbox");
  if (rawBBox !== null && clean(rawBBox) !== "") {
    const parsed = parseBBox(clean(rawBBox), say);
    if ("bbox" in parsed) bbox = parsed.bbox;
    else issues.push({ param: "bbox", message: parsed.message });
  }
  const ansicht = single(url, "ansicht", view, (v) => say.ansicht(shown(v, 20)), issues) ?? "liste";

  const hasLocation = ort !== "" || lat !== null;
  if (!hasLocation && umkreis !== null) {
    issues.push({ param: "umkreis", message: say.radiusNeedsPlace });
    umkreis = null;
  }
  if (!hasLocation && chosenSort === "entfernung") {
    issues.push({ param: "sort", message: say.distanceNeedsPlace });
    chosenSort = "relevanz";
  }

  return {
    params: {
      q,
      kategorie,
      typ,
      thema,
      zielgruppe,
      art,
      alter,
      gemeinde,
      ort,
      lat: lat === null ? null : Math.round(lat * 1e5) / 1e5,
      lng: lng === null ? null : Math.round(lng * 1e5) / 1e5,
      umkreis,
      bbox,
      sort: chosenSort,
      seite,
      woertlich: url.get("woertlich") === "1",
      ansicht,
    },
    issues,
  };
}

/** Serializes params for links: canonical order, defaults left out. */
export function toSearchQuery(params: Partial<SearchParams>): string {
  const url = new URLSearchParams();
  const p = { ...DEFAULT_SEARCH_PARAMS, ...params };
  if (p.q) url.set("q", p.q);
  for (const value of p.kategorie) url.append("kategorie", value);
  for (const value of p.typ) url.append("typ", value);
  for (const value of p.thema) url.append("thema", value);
  for (const value of p.zielgruppe) url.append("zielgruppe", value);
  for (const value of p.art) url.append("art", value);
  if (p.alter !== null) url.set("alter", String(p.alter));
  for (const value of p.gemeinde) url.append("gemeinde", value);
  if (p.ort) url.set("ort", p.ort);
  if (p.lat !== null && p.lng !== null) {
    url.set("lat", String(p.lat));
    url.set("lng", String(p.lng));
  }
  if (p.umkreis !== null) url.set("umkreis", String(p.umkreis));
  // Rounded like the parser does (about 1 m): a section straight from the map has more digits.
  if (p.bbox) url.set("bbox", [p.bbox.west, p.bbox.south, p.bbox.east, p.bbox.north].map((value) => Math.round(value * 1e5) / 1e5).join(","));
  if (p.sort !== "relevanz") url.set("sort", p.sort);
  if (p.woertlich) url.set("woertlich", "1");
  if (p.ansicht !== "liste") url.set("ansicht", p.ansicht);
  if (p.seite > 1) url.set("seite", String(p.seite));
  // The commas of a bbox (numbers only) stay readable, as Leaflet writes them.
  const query = url.toString().replace(/(^|&)bbox=[^&]*/, (part) => part.replace(/%2C/g, ","));
  return query ? `?${query}` : "";
}
