import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { cacheHeaders, NO_STORE, PRIVATE_SEARCH_CACHE_CONTROL, SEARCH_CACHE_CONTROL } from "~/http/headers";
import type { PinsResponse } from "~/map/types";
import { runPinSearch } from "~/search/page.server";

// Public JSON API for the map: every hit of the search with the same parameters as
// /api/v1/search. Field names are part of the contract: add fields, never rename them.
export async function loader({ request }: LoaderFunctionArgs) {
  const cors = { "Access-Control-Allow-Origin": "*" };
  const { params, issues, outcome } = await runPinSearch(new URL(request.url).searchParams);
  if (issues.length > 0 || !outcome) {
    return json({ error: "Ungültige Parameter", issues }, { status: 400, headers: cacheHeaders(NO_STORE, cors) });
  }
  if (outcome.status === "degraded") {
    return json({ error: outcome.message }, { status: 503, headers: cacheHeaders(NO_STORE, { ...cors, "Retry-After": "30" }) });
  }
  const body: PinsResponse = { total: outcome.total, pins: outcome.pins };
  return json(body, {
    headers: cacheHeaders(params.lat !== null ? PRIVATE_SEARCH_CACHE_CONTROL : SEARCH_CACHE_CONTROL, cors),
  });
}
