import type { Locale } from "~/i18n/locale";
import { searchContext } from "./context.server";
import { parseSearchParams } from "./params";
import { planSearch } from "./plan";
import { searchCatalogue, searchPins } from "./search.server";
import { didYouMean } from "./spelling.server";
import { countSearch } from "./stats.server";

/**
 * Query parameters → parameters, their issues and the plan; the same for results and pins.
 * `locale` is the language of the messages: the page's, German for the JSON API.
 */
function prepareSearch(query: URLSearchParams, locale: Locale = "de") {
  const context = searchContext();
  const { params, issues } = parseSearchParams(query, context.parse, locale);
  const plan = planSearch(params, context.gazetteer, locale);
  return { context, params, issues, plan };
}

/**
 * Everything /suche and /api/v1/search need for one request. `statistics`: count the search
 * for the planning page (/suche only; the JSON API serves machines).
 */
export async function runSearch(query: URLSearchParams, locale: Locale = "de", { statistics = false } = {}) {
  const { context, params, issues, plan } = prepareSearch(query, locale);
  const outcome = await searchCatalogue(plan);
  if (statistics) countSearch(params, outcome);
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
