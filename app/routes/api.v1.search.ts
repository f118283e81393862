import type { LoaderFunctionArgs } from "@remix-run/node";
import { cacheHeaders, NO_STORE, PRIVATE_SEARCH_CACHE_CONTROL, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { jsonAnswer, toResponse, type JsonAnswer } from "~/http/json-api";
import { highlightToHtml } from "~/search/highlight";
import { runSearch } from "~/search/page.server";

// Public JSON API. Field names are part of the contract: add fields, never rename them.
export async function answer(query: URLSearchParams): Promise<JsonAnswer> {
  const { params, issues, plan, outcome, suggestion } = await runSearch(query);
  if (issues.length > 0) {
    return jsonAnswer({ error: "Ungültige Parameter", issues }, cacheHeaders(NO_STORE), 400);
  }
  if (outcome.status === "degraded") {
    return jsonAnswer({ error: outcome.message }, cacheHeaders(NO_STORE, { "Retry-After": "30" }), 503);
  }
  return jsonAnswer(
    {
      query: params.q,
      total: outcome.total,
      page: outcome.page,
      pageSize: outcome.pageSize,
      sort: plan.sort,
      location: plan.origin ? { ...plan.origin, radiusKm: plan.radiusKm } : null,
      recognised: plan.recognised,
      suggestion,
      ortChoices: plan.ortChoices,
      // Spread and replace rather than `({ highlight, ...hit })`: V8's object rest is several
      // times slower, and this runs for every hit of every search.
      hits: outcome.hits.map((hit) => ({
        ...hit,
        highlight: {
          title: highlightToHtml(hit.highlight.title),
          snippet: hit.highlight.snippet === null ? null : highlightToHtml(hit.highlight.snippet),
        },
      })),
      facets: outcome.facets,
    },
    cacheHeaders(params.lat !== null ? PRIVATE_SEARCH_CACHE_CONTROL : SEARCH_CACHE_CONTROL, {
      "Access-Control-Allow-Origin": "*",
    }),
  );
}

export async function loader({ request }: LoaderFunctionArgs) {
  return toResponse(await answer(new URL(request.url).searchParams));
}
