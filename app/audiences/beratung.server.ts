import type { CatalogueDb } from "~/catalogue/db.server";
import { groupBySituation } from "./beratung";
import { loadAudienceEntries } from "./entries.server";

/** What /beratung shows: the catalogue's entries grouped by situation. */
export function loadCounsellingPage(db: CatalogueDb) {
  return { parts: groupBySituation(loadAudienceEntries(db)) };
}
