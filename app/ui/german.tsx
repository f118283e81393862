// The catalogue's data stays German in the English UI (names, descriptions, types,
// addresses, sources). On English pages it is marked lang="de", so screen readers and
// hyphenation treat it as German; German pages need no mark and get none.
import type { ReactNode } from "react";
import { useLocale } from "~/i18n";

/** Props for an element that holds German data: `{ lang: "de" }` on English pages, else none. */
export function useGermanData(): { lang?: "de" } {
  return useLocale() === "en" ? { lang: "de" } : {};
}

/** German data inline: a <span lang="de"> on English pages, the bare text on German ones. */
export function German({ children }: { children: ReactNode }) {
  const marked = useGermanData();
  return marked.lang ? <span lang={marked.lang}>{children}</span> : <>{children}</>;
}
