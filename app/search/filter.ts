// Builds Meilisearch filter expressions from already-parsed search parameters. User input
// never becomes part of the expression's syntax: attribute names come from an allow-list and
// every value is quoted and escaped.
import type { BBox } from "~/map/types";

/** URL parameter → index attribute. Only these attributes can ever be filtered on. */
export const FILTER_ATTRIBUTES = {
  kategorie: "category",
  gemeinde: "municipalitySlug",
  typ: "types",
  thema: "topics",
  zielgruppe: "audiences",
  art: "kind",
} as const;

export type FilterKey = keyof typeof FILTER_ATTRIBUTES;
export const FILTER_KEYS: FilterKey[] = ["kategorie", "gemeinde", "typ", "thema", "zielgruppe", "art"];
export type FilterSelection = Partial<Record<FilterKey, readonly string[]>>;

/** Quotes a value as a Meilisearch string literal. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function group(attribute: string, values: readonly string[]): string {
  const terms = values.map((value) => `${attribute} = ${quoteFilterValue(value)}`);
  return terms.length === 1 ? (terms[0] ?? "") : `(${terms.join(" OR ")})`;
}

/**
 * Values of one parameter are alternatives (OR); different parameters all apply (AND).
 * Returns the AND-ed expressions as an array, the form Meilisearch accepts directly.
 * `except` leaves out one group, for disjunctive facet counts.
 */
export function buildFilter(selection: FilterSelection, options: { except?: FilterKey } = {}): string[] {
  const expressions: string[] = [];
  for (const key of FILTER_KEYS) {
    if (key === options.except) continue;
    const values = [...new Set(selection[key] ?? [])].filter((value) => value.length > 0);
    if (values.length > 0) expressions.push(group(FILTER_ATTRIBUTES[key], values));
  }
  return expressions;
}

/** Entries whose age range contains `age` (documents carry 0 and 99 for open ends). */
export function ageFilter(age: number | null): string[] {
  if (age === null || !Number.isInteger(age)) return [];
  return [`ageMin <= ${age}`, `ageMax >= ${age}`];
}

/** Entries within `km` of a point; the numbers come from validated parameters only. */
export function radiusFilter(origin: { lat: number; lng: number } | null, km: number | null): string[] {
  if (!origin || km === null || ![origin.lat, origin.lng, km].every(Number.isFinite)) return [];
  return [`_geoRadius(${origin.lat.toFixed(6)}, ${origin.lng.toFixed(6)}, ${Math.round(km * 1000)})`];
}

/**
 * Entries inside a map section. Meilisearch 1.21 takes the north-east corner first, then the
 * south-west one, each as [lat, lng]. The numbers come from validated parameters only.
 */
export function boundingBoxFilter(bbox: BBox | null): string[] {
  if (!bbox) return [];
  const { west, south, east, north } = bbox;
  if (![west, south, east, north].every(Number.isFinite)) return [];
  const f = (value: number) => value.toFixed(6);
  return [`_geoBoundingBox([${f(north)}, ${f(east)}], [${f(south)}, ${f(west)}])`];
}
