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
