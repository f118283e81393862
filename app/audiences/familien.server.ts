import type { CatalogueDb } from "~/catalogue/db.server";
import { loadAudienceEntries } from "./entries.server";
import { familyServices } from "./familien";

/** What /familien shows from the catalogue: the counselling services, grouped. */
export function loadFamilyPage(db: CatalogueDb) {
  return { services: familyServices(loadAudienceEntries(db)) };
}
