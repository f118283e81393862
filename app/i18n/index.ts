// The UI language of the current page (from its URL) and its texts.
import { useLocation } from "@remix-run/react";
import { de, type Messages } from "./de";
import { en } from "./en";
import { localeFromPath, localizePath, type Locale } from "./locale";

export type { Messages } from "./de";
export { LOCALES, localeFromPath, localizePath, withoutLocale, type Locale } from "./locale";

const CATALOGUES: Record<Locale, Messages> = { de, en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** The language of a request, for loaders and meta functions. */
export function localeOfRequest(request: Request): Locale {
  return localeFromPath(new URL(request.url).pathname);
}

export function useLocale(): Locale {
  return localeFromPath(useLocation().pathname);
}

export function useMessages(): Messages {
  return CATALOGUES[useLocale()];
}

/** Turns an internal path into the same path in the current language. */
export function useLocalize(): (path: string) => string {
  const locale = useLocale();
  return (path) => localizePath(path, locale);
}
