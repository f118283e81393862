import { getDb } from "~/catalogue/db.server";
import { catalogueTypes, municipalityNames, placesForSearch } from "~/catalogue/places.server";
import type { ParseContext } from "./params";
import { buildGazetteer, type Gazetteer } from "./places";

export type SearchContext = {
  parse: ParseContext;
  gazetteer: Gazetteer;
  municipalityNames: Record<string, string>;
};

const TTL_MS = 60_000;
let cached: { context: SearchContext; at: number } | undefined;

/**
 * What the search needs to know about the catalogue: Gemeinden, postcodes and types. Read
 * once a minute at most, not on every request; the Gemeinden never change and new types
 * appear only through editing.
 */
export function searchContext(): SearchContext {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.context;
  const db = getDb();
  const names = municipalityNames(db);
  const context: SearchContext = {
    parse: { municipalities: new Set(names.keys()), types: new Set(catalogueTypes(db)) },
    gazetteer: buildGazetteer(placesForSearch(db)),
    municipalityNames: Object.fromEntries(names),
  };
  cached = { context, at: Date.now() };
  return context;
}
