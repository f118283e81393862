import { getDb } from "~/catalogue/db.server";
import { municipalityNames } from "~/catalogue/places.server";
import { parseSearchParams } from "./params";
import { searchCatalogue } from "./search.server";

/** Everything /suche and /api/v1/search need for one request. */
export async function runSearch(query: URLSearchParams) {
  const names = municipalityNames(getDb());
  const { params, issues } = parseSearchParams(query, new Set(names.keys()));
  const outcome = await searchCatalogue(params);
  return { params, issues, outcome, municipalityNames: Object.fromEntries(names) };
}
