import type { LoaderFunctionArgs } from "@remix-run/node";
import { cacheHeaders, NO_STORE, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { jsonAnswer, toResponse, type JsonAnswer } from "~/http/json-api";
import { parseSuggestQuery } from "~/search/suggest";
import { suggest } from "~/search/suggest.server";

// Public JSON API for the search box. Field names are part of the contract: add fields, never rename them.
export async function answer(query: URLSearchParams): Promise<JsonAnswer> {
  const parsed = parseSuggestQuery(query);
  if (!parsed.ok) {
    return jsonAnswer({ error: parsed.error }, cacheHeaders(NO_STORE), 400);
  }
  const outcome = await suggest(parsed.query);
  if (outcome.status === "degraded") {
    return jsonAnswer({ error: outcome.message }, cacheHeaders(NO_STORE, { "Retry-After": "30" }), 503);
  }
  return jsonAnswer(outcome.suggestions, cacheHeaders(SEARCH_CACHE_CONTROL, { "Access-Control-Allow-Origin": "*" }));
}

export async function loader({ request }: LoaderFunctionArgs) {
  return toResponse(await answer(new URL(request.url).searchParams));
}
