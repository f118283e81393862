// How entries look on a map, as plain functions: no Leaflet here, so the server and tests
// can use them too. Texts come from the `map` catalogue, German unless a locale is given.
import { SECTORS, type Sector } from "~/catalogue/vocabulary";
import { map as germanTexts } from "~/i18n/de/map";
import { map as englishTexts } from "~/i18n/en/map";
import type { Locale } from "~/i18n/locale";
import type { MapPin } from "./types";

const TEXTS: Record<Locale, typeof germanTexts> = { de: germanTexts, en: englishTexts };

/** Class names of a pin's marker element: filled for a known position, hollow when approximate. */
export function pinClassName(pin: Pick<MapPin, "category" | "approximate">): string {
  return `pin pin--${pin.category}${pin.approximate ? " pin--approx" : ""}`;
}

/** What a screen reader says for a marker, and its tooltip. */
export function pinLabel(pin: Pick<MapPin, "title" | "type" | "approximate">, locale: Locale = "de"): string {
  return TEXTS[locale].pinLabel(pin.title, pin.type, pin.approximate);
}

/** "12 Einträge": the accessible name of a cluster. */
export function clusterLabel(count: number, locale: Locale = "de"): string {
  return TEXTS[locale].clusterLabel(count);
}

/** The size class of a cluster bubble: more entries, bigger bubble. */
export function clusterSize(count: number): "s" | "m" | "l" {
  return count < 10 ? "s" : count < 100 ? "m" : "l";
}

/** Counts per sector of the pins, for the legend. */
export function countBySector(pins: readonly Pick<MapPin, "category">[]): Record<Sector, number> {
  const counts = Object.fromEntries(SECTORS.map((sector) => [sector, 0])) as Record<Sector, number>;
  for (const pin of pins) counts[pin.category] += 1;
  return counts;
}

/** "Alle 32 Treffer auf der Karte" or "30 von 32 Treffern auf der Karte (2 ohne Lage)". */
export function mapCoverageText(onMap: number, total: number, locale: Locale = "de"): string {
  return TEXTS[locale].coverage(onMap, total);
}
