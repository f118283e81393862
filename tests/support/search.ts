// Runs a search the way /suche does (parameters → plan → engine), on a test catalogue and index.
import { placesForSearch } from "~/catalogue/places.server";
import type { CatalogueDb } from "~/catalogue/db.server";
import type { EngineConfig } from "~/search/meili.server";
import { DEFAULT_SEARCH_PARAMS, type SearchParams } from "~/search/params";
import { buildGazetteer, type Gazetteer } from "~/search/places";
import { planSearch } from "~/search/plan";
import { searchCatalogue, type SearchOutcome, type SearchResult } from "~/search/search.server";

const gazetteers = new WeakMap<CatalogueDb, Gazetteer>();

export function gazetteerOf(db: CatalogueDb): Gazetteer {
  let gazetteer = gazetteers.get(db);
  if (!gazetteer) {
    gazetteer = buildGazetteer(placesForSearch(db));
    gazetteers.set(db, gazetteer);
  }
  return gazetteer;
}

export function searchWith(db: CatalogueDb, config: EngineConfig, params: Partial<SearchParams>): Promise<SearchOutcome> {
  return searchCatalogue(planSearch({ ...DEFAULT_SEARCH_PARAMS, ...params }, gazetteerOf(db)), config);
}

export function answered(outcome: SearchOutcome): SearchResult {
  if (outcome.status === "degraded") throw new Error(`Suche nicht verfügbar: ${outcome.message}`);
  return outcome;
}
