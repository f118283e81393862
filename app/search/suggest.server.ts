import { getDb, type CatalogueDb } from "~/catalogue/db.server";
import { municipalityNames } from "~/catalogue/places.server";
import { municipalityOf, type SearchDocument } from "./documents";
import { engineConfigFromEnv, searchClient, type EngineConfig } from "./meili.server";
import { DEGRADED_MESSAGE } from "./search.server";
import { QUERY_LOCALES } from "./settings";
import {
  matchMunicipalities,
  matchSectors,
  MAX_ENTRY_SUGGESTIONS,
  type SuggestedEntry,
  type SuggestedMunicipality,
  type Suggestions,
} from "./suggest";

export type SuggestOutcome = { status: "ok"; suggestions: Suggestions } | { status: "degraded"; message: string };

/** Just what an option shows; suggestions are asked for on every pause in typing. */
const RETRIEVED = [
  "slug", "title", "category", "type", "municipalitySlug", "municipalityName",
] satisfies (keyof SearchDocument)[];

type RetrievedDocument = Pick<SearchDocument, (typeof RETRIEVED)[number]>;

function toEntry(document: RetrievedDocument): SuggestedEntry {
  return {
    slug: document.slug,
    title: document.title,
    category: document.category,
    type: document.type,
    municipality: municipalityOf(document),
  };
}

function message(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Suggestions for a query already parsed with `parseSuggestQuery`: entries from the search
 * index (the whole query), Gemeinden from the catalogue (any typed word), sectors from the
 * vocabulary. The engine being unavailable makes the outcome `degraded`; the catalogue
 * failing only leaves out the Gemeinden.
 */
export async function suggest(
  query: string,
  options: { config?: EngineConfig; db?: CatalogueDb } = {},
): Promise<SuggestOutcome> {
  let gemeinden: SuggestedMunicipality[] = [];
  try {
    const names = municipalityNames(options.db ?? getDb());
    gemeinden = matchMunicipalities(query, [...names].map(([slug, name]) => ({ slug, name })));
  } catch (error) {
    console.error(`[search] Gemeinden für Vorschläge nicht lesbar: ${message(error)}`);
  }

  try {
    const config = options.config ?? engineConfigFromEnv();
    const client = await searchClient(config);
    const { results } = await client.multiSearch<SearchDocument>([
      { indexUid: config.indexUid, q: query, limit: MAX_ENTRY_SUGGESTIONS, attributesToRetrieve: RETRIEVED, locales: QUERY_LOCALES },
    ]);
    const hits = results[0]?.hits ?? [];
    return {
      status: "ok",
      suggestions: { query, entries: hits.map(toEntry), gemeinden, kategorien: matchSectors(query) },
    };
  } catch (error) {
    console.error(`[search] Vorschläge fehlgeschlagen: ${message(error)}`);
    return { status: "degraded", message: DEGRADED_MESSAGE };
  }
}
