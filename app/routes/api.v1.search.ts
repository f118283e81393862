import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { cacheHeaders, NO_STORE, PRIVATE_SEARCH_CACHE_CONTROL, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { highlightToHtml } from "~/search/highlight";
import { runSearch } from "~/search/page.server";

// Public JSON API. Field names are part of the contract: add fields, never rename them.
export async function loader({ request }: LoaderFunctionArgs) {
  const { params, issues, plan, outcome, suggestion } = await runSearch(new URL(request.url).searchParams);
  if (issues.length > 0) {
    return json({ error: "Ungültige Parameter", issues }, { status: 400, headers: cacheHeaders(NO_STORE) });
  }
  if (outcome.status === "degraded") {
    return json({ error: outcome.message }, { status: 503, headers: cacheHeaders(NO_STORE, { "Retry-After": "30" }) });
  }
  return json(
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
      hits: outcome.hits.map(({ highlight, ...hit }) => ({
        ...hit,
        highlight: {
          title: highlightToHtml(highlight.title),
          snippet: highlight.snippet === null ? null : highlightToHtml(highlight.snippet),
        },
      })),
      facets: outcome.facets,
    },
    {
      headers: cacheHeaders(params.lat !== null ? PRIVATE_SEARCH_CACHE_CONTROL : SEARCH_CACHE_CONTROL, {
        "Access-Control-Allow-Origin": "*",
      }),
    },
  );
}
