import type { HeadersFunction } from "@remix-run/node";

export const SEARCH_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
/** Searches around a person's own position are not kept in shared caches. */
export const PRIVATE_SEARCH_CACHE_CONTROL = "private, max-age=60";
export const PAGE_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";
export const NO_STORE = "no-store";

/** Route `headers` export: pass on the loader's Cache-Control; errors are never cached. */
export const reuseLoaderHeaders: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  const headers = new Headers();
  const cacheControl = errorHeaders ? NO_STORE : loaderHeaders.get("Cache-Control");
  if (cacheControl) headers.set("Cache-Control", cacheControl);
  return headers;
};

export function cacheHeaders(cacheControl: string, init: Record<string, string> = {}) {
  return { ...init, "Cache-Control": cacheControl };
}

/** The basemap changes only with a new seed: an hour fresh, a day served while revalidating. */
export const BASEMAP_CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

/**
 * Whether an If-None-Match header names this ETag. The comparison is weak, as RFC 9110
 * requires for If-None-Match: `W/"x"` matches `"x"`, and `*` matches anything.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
