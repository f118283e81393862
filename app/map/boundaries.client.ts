// The private basemap's shapes, fetched once per page load from the portal itself.
import type { Boundaries } from "./types";

let boundaries: Promise<Boundaries> | undefined;

export function loadBoundaries(): Promise<Boundaries> {
  boundaries ??= fetch("/karte/grenzen.json", { headers: { Accept: "application/json" } }).then((response) => {
    if (!response.ok) throw new Error(`Grenzen: HTTP ${response.status}`);
    return response.json() as Promise<Boundaries>;
  });
  // A failed load may be retried by the next map.
  boundaries.catch(() => (boundaries = undefined));
  return boundaries;
}
