import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { cacheHeaders, NO_STORE, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { parseSuggestQuery } from "~/search/suggest";
import { suggest } from "~/search/suggest.server";

// Public JSON API for the search box. Field names are part of the contract: add fields, never rename them.
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseSuggestQuery(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return json({ error: parsed.error }, { status: 400, headers: cacheHeaders(NO_STORE) });
  }
  const outcome = await suggest(parsed.query);
  if (outcome.status === "degraded") {
    return json({ error: outcome.message }, { status: 503, headers: cacheHeaders(NO_STORE, { "Retry-After": "30" }) });
  }
  return json(outcome.suggestions, {
    headers: cacheHeaders(SEARCH_CACHE_CONTROL, { "Access-Control-Allow-Origin": "*" }),
  });
}
