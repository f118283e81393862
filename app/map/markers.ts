// How entries look on a map, as plain functions: no Leaflet here, so the server and tests
// can use them too.
import { SECTOR_SHORT_LABELS, SECTORS, type Sector } from "~/catalogue/vocabulary";
import type { MapPin } from "./types";

/** Legend entries in the order of the sectors; colours come from the CSS (--kita …). */
export const LEGEND = SECTORS.map((sector) => ({ sector, label: SECTOR_SHORT_LABELS[sector] }));

/** Class names of a pin's marker element: filled for a known position, hollow when approximate. */
export function pinClassName(pin: Pick<MapPin, "category" | "approximate">): string {
  return `pin pin--${pin.category}${pin.approximate ? " pin--approx" : ""}`;
}

/** What a screen reader says for a marker, and its tooltip. */
export function pinLabel(pin: Pick<MapPin, "title" | "type" | "approximate">): string {
  return `${pin.title} (${pin.type})${pin.approximate ? ", Lage ungefähr" : ""}`;
}

/** "12 Einträge": the accessible name of a cluster. */
export function clusterLabel(count: number): string {
  return `${count.toLocaleString("de-DE")} Einträge – zum Vergrößern auswählen`;
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
export function mapCoverageText(onMap: number, total: number): string {
  const n = (value: number) => value.toLocaleString("de-DE");
  if (total === 0) return "Keine Treffer auf der Karte.";
  if (onMap === total) return total === 1 ? "Der Treffer ist auf der Karte." : `Alle ${n(total)} Treffer auf der Karte.`;
  const missing = total - onMap;
  return `${n(onMap)} von ${n(total)} Treffern auf der Karte (${n(missing)} ohne bekannte Lage, nur in der Liste).`;
}
