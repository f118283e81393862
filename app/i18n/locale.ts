// Which language a URL is in, and the same page in the other language. German pages live at
// their plain paths, English ones under /en with the same German slugs, so switching keeps
// the page and its query.

export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

const EN_PREFIX = "/en";

export function localeFromPath(pathname: string): Locale {
  return pathname === EN_PREFIX || pathname.startsWith(`${EN_PREFIX}/`) ? "en" : "de";
}

/** The path without a language prefix: "/en/suche" → "/suche", "/en" → "/". */
export function withoutLocale(pathname: string): string {
  if (localeFromPath(pathname) === "de") return pathname;
  return pathname.slice(EN_PREFIX.length) || "/";
}

/**
 * An internal path for a language: "/suche?q=kita" → "/en/suche?q=kita". Paths that are
 * not pages (the JSON API, assets, the basemap) and anything external stay as they are.
 */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  if (/^\/(?:api|build|karte|healthz)(?:[/?#.]|$)/.test(path)) return path;
  const [pathname = "/", rest = ""] = splitPath(path);
  const plain = withoutLocale(pathname);
  if (locale === "de") return `${plain}${rest}`;
  return `${EN_PREFIX}${plain === "/" ? "" : plain}${rest}`;
}

function splitPath(path: string): [string, string] {
  const index = path.search(/[?#]/);
  return index === -1 ? [path, ""] : [path.slice(0, index), path.slice(index)];
}
