import { searchContext } from "./context.server";
import { parseSearchParams } from "./params";
import { planSearch } from "./plan";
import { searchCatalogue } from "./search.server";
import { didYouMean } from "./spelling.server";

/** Everything /suche and /api/v1/search need for one request. */
export async function runSearch(query: URLSearchParams) {
  const context = searchContext();
  const { params, issues } = parseSearchParams(query, context.parse);
  const plan = planSearch(params, context.gazetteer);
  const outcome = await searchCatalogue(plan);
  // "Meinten Sie …?" when the words found little: a known spelling of them, if there is one.
  const fewHits = outcome.status === "no-results" || (outcome.status === "ok" && outcome.total < 3);
  const suggestion = params.q && fewHits ? didYouMean(params.q) : null;
  return { params, issues, plan, outcome, suggestion, municipalityNames: context.municipalityNames };
}
