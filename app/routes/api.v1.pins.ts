import type { LoaderFunctionArgs } from "@remix-run/node";
import { cacheHeaders, NO_STORE, PRIVATE_SEARCH_CACHE_CONTROL, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { jsonAnswer, toResponse, type JsonAnswer } from "~/http/json-api";
import type { PinsResponse } from "~/map/types";
import { runPinSearch } from "~/search/page.server";

// Public JSON API for the map: every hit of the search with the same parameters as
// /api/v1/search. Field names are part of the contract: add fields, never rename them.
export async function answer(query: URLSearchParams): Promise<JsonAnswer> {
  const cors = { "Access-Control-Allow-Origin": "*" };
  const { params, issues, outcome } = await runPinSearch(query);
  if (issues.length > 0 || !outcome) {
    return jsonAnswer({ error: "Ungültige Parameter", issues }, cacheHeaders(NO_STORE, cors), 400);
  }
  if (outcome.status === "degraded") {
    return jsonAnswer({ error: outcome.message }, cacheHeaders(NO_STORE, { ...cors, "Retry-After": "30" }), 503);
  }
  const body: PinsResponse = { total: outcome.total, pins: outcome.pins };
  return jsonAnswer(body, cacheHeaders(params.lat !== null ? PRIVATE_SEARCH_CACHE_CONTROL : SEARCH_CACHE_CONTROL, cors));
}

export async function loader({ request }: LoaderFunctionArgs) {
  return toResponse(await answer(new URL(request.url).searchParams));
}
