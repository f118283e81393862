import type { CatalogueDb } from "~/catalogue/db.server";
import { loadAllEntrySources } from "~/catalogue/entries.server";
import { toAudienceEntry, type AudienceEntry } from "./entries";

const TTL_MS = 60_000;
const cache = new WeakMap<CatalogueDb, { entries: AudienceEntry[]; at: number }>();

/**
 * Every published institution and offer of the catalogue, in the shape the audience rules
 * read. Read at most once a minute per catalogue, like the search context: the audience
 * pages would otherwise load the whole catalogue on every request.
 */
export function loadAudienceEntries(db: CatalogueDb): AudienceEntry[] {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.entries;
  // The same entries, read by the same queries, as a full build of the search index.
  const entries = loadAllEntrySources(db).map(toAudienceEntry);
  cache.set(db, { entries, at: Date.now() });
  return entries;
}
