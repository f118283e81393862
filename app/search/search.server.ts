import type { MultiSearchQuery } from "meilisearch";
import type { EntryKind, GeoPrecision, Sector } from "~/catalogue/vocabulary";
import type { SearchDocument } from "./documents";
import { buildFilter, type FilterKey, type FilterSelection } from "./filter";
import { engineConfigFromEnv, searchClient, type EngineConfig } from "./meili.server";
import { hasCriteria, type SearchParams } from "./params";
import { PAGE_SIZE, QUERY_LOCALES } from "./settings";

export type SearchHit = {
  id: string;
  slug: string;
  kind: EntryKind;
  title: string;
  category: Sector;
  type: string;
  municipality: { slug: string; name: string } | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  geoPrecision: GeoPrecision | null;
  stand: string;
};

export type FacetCounts = { kategorie: Record<string, number>; gemeinde: Record<string, number> };

export type SearchResult = {
  /** `empty`: nothing asked yet, every entry is listed; `no-results`: asked, nothing found. */
  status: "ok" | "empty" | "no-results";
  query: string;
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  hits: SearchHit[];
  facets: FacetCounts;
};

export type SearchOutcome = SearchResult | { status: "degraded"; message: string };

export const DEGRADED_MESSAGE =
  "Die Suche ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.";

const RETRIEVED: (keyof SearchDocument)[] = [
  "id", "slug", "kind", "title", "category", "type", "municipalitySlug", "municipalityName",
  "address", "lat", "lng", "geoPrecision", "stand",
];

/** Facet groups: URL parameter and index attribute. Each is counted disjunctively. */
const FACETS: { key: FilterKey & keyof FacetCounts; attribute: string }[] = [
  { key: "kategorie", attribute: "category" },
  { key: "gemeinde", attribute: "municipalitySlug" },
];

function toHit(document: SearchDocument): SearchHit {
  return {
    id: document.id,
    slug: document.slug,
    kind: document.kind,
    title: document.title,
    category: document.category,
    type: document.type,
    municipality:
      document.municipalitySlug && document.municipalityName
        ? { slug: document.municipalitySlug, name: document.municipalityName }
        : null,
    address: document.address,
    lat: document.lat,
    lng: document.lng,
    geoPrecision: document.geoPrecision,
    stand: document.stand,
  };
}

export async function searchCatalogue(
  params: SearchParams,
  config: EngineConfig = engineConfigFromEnv(),
): Promise<SearchOutcome> {
  const selection: FilterSelection = { kategorie: params.kategorie, gemeinde: params.gemeinde };
  const criteria = hasCriteria(params);
  const main: MultiSearchQuery = {
    indexUid: config.indexUid,
    q: params.q,
    locales: QUERY_LOCALES,
    filter: buildFilter(selection),
    page: params.seite,
    hitsPerPage: PAGE_SIZE,
    attributesToRetrieve: RETRIEVED,
    // A selected facet group is counted without its own filter, so choosing "Kita"
    // still shows how many entries the other sectors have.
    facets: FACETS.filter(({ key }) => (selection[key] ?? []).length === 0).map(({ attribute }) => attribute),
    ...(criteria && params.q ? {} : { sort: ["title:asc"] }),
  };
  const disjunctive: MultiSearchQuery[] = FACETS.filter(({ key }) => (selection[key] ?? []).length > 0).map(
    ({ key, attribute }) => ({
      indexUid: config.indexUid,
      q: params.q,
      locales: QUERY_LOCALES,
      filter: buildFilter(selection, { except: key }),
      limit: 0,
      facets: [attribute],
    }),
  );

  try {
    const client = await searchClient(config);
    const { results } = await client.multiSearch({ queries: [main, ...disjunctive] });
    const [first, ...rest] = results;
    if (!first) throw new Error("leere Antwort");
    const distribution = Object.assign({}, first.facetDistribution, ...rest.map((r) => r.facetDistribution));
    const total = first.totalHits ?? first.estimatedTotalHits ?? 0;
    const hits = (first.hits as SearchDocument[]).map(toHit);
    return {
      status: !criteria ? "empty" : total === 0 ? "no-results" : "ok",
      query: params.q,
      total,
      page: params.seite,
      pageSize: PAGE_SIZE,
      totalPages: Math.ceil(total / PAGE_SIZE),
      hits,
      facets: {
        kategorie: distribution.category ?? {},
        gemeinde: distribution.municipalitySlug ?? {},
      },
    };
  } catch (error) {
    console.error(`[search] Suche fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "degraded", message: DEGRADED_MESSAGE };
  }
}

/** Whether the engine answers and how many documents the index holds. */
export async function engineStatus(config: EngineConfig = engineConfigFromEnv()) {
  try {
    const client = await searchClient(config);
    const result = await client.index(config.indexUid).search("", { limit: 0 });
    return { ok: true as const, documents: result.estimatedTotalHits ?? 0 };
  } catch {
    return { ok: false as const, documents: null };
  }
}
