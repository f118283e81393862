import { searchContext } from "./context.server";
import { parseSearchParams } from "./params";
import { planSearch } from "./plan";
import { searchCatalogue, searchPins } from "./search.server";
import { didYouMean } from "./spelling.server";

/** Query parameters → parameters, their issues and the plan; the same for results and pins. */
function prepareSearch(query: URLSearchParams) {
  const context = searchContext();
  const { params, issues } = parseSearchParams(query, context.parse);
  const plan = planSearch(params, context.gazetteer);
  return { context, params, issues, plan };
}

/** Everything /suche and /api/v1/search need for one request. */
export async function runSearch(query: URLSearchParams) {
  const { context, params, issues, plan } = prepareSearch(query);
  const outcome = await searchCatalogue(plan);
  // "Meinten Sie …?" when the words found little: a known spelling of them, if there is one.
  const fewHits = outcome.status === "no-results" || (outcome.status === "ok" && outcome.total < 3);
  const suggestion = params.q && fewHits ? didYouMean(params.q) : null;
  return { params, issues, plan, outcome, suggestion, municipalityNames: context.municipalityNames };
}

/** Every hit of the same search as a map pin, for /api/v1/pins. */
export async function runPinSearch(query: URLSearchParams) {
  const { params, issues, plan } = prepareSearch(query);
  // Parameters with issues answer 400 without asking the engine.
  const outcome = issues.length > 0 ? null : await searchPins(plan);
  return { params, issues, outcome };
}
