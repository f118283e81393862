import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { cacheHeaders, NO_STORE, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { runSearch } from "~/search/page.server";

// Public JSON API. Field names are part of the contract: add fields, never rename them.
export async function loader({ request }: LoaderFunctionArgs) {
  const { params, issues, outcome } = await runSearch(new URL(request.url).searchParams);
  if (issues.length > 0) {
    return json(
      { error: "Ungültige Parameter", issues },
      { status: 400, headers: cacheHeaders(NO_STORE) },
    );
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
      hits: outcome.hits,
      facets: outcome.facets,
    },
    { headers: cacheHeaders(SEARCH_CACHE_CONTROL, { "Access-Control-Allow-Origin": "*" }) },
  );
}
