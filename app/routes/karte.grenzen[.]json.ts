import type { LoaderFunctionArgs } from "@remix-run/node";
import { boundariesJson } from "~/catalogue/map.server";
import { getDb } from "~/catalogue/db.server";
import { BASEMAP_CACHE_CONTROL, cacheHeaders, etagMatches } from "~/http/headers";

// The private basemap: district and Gemeinde boundaries from the catalogue (Boundaries in
// app/map/types.ts). The same body for every request, so a strong ETag lets browsers revalidate.
export async function loader({ request }: LoaderFunctionArgs) {
  const { body, etag } = boundariesJson(getDb());
  const headers = cacheHeaders(BASEMAP_CACHE_CONTROL, { ETag: etag });
  if (etagMatches(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
