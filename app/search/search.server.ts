import type { MultiSearchQuery } from "meilisearch";
import type { EntryKind, GeoPrecision, Sector } from "~/catalogue/vocabulary";
import type { MapPin } from "~/map/types";
import { municipalityOf, type SearchDocument } from "./documents";
import {
  ageFilter,
  boundingBoxFilter,
  buildFilter,
  FILTER_ATTRIBUTES,
  FILTER_KEYS,
  radiusFilter,
  type FilterKey,
} from "./filter";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./highlight";
import { engineConfigFromEnv, searchClient, type EngineConfig } from "./meili.server";
import { distanceKm } from "./places";
import type { SearchPlan } from "./plan";
import { INDEX_SETTINGS, PAGE_SIZE, QUERY_LOCALES } from "./settings";

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
  /** Kilometres from the search's origin (postcode, Gemeinde or own position); null without one. */
  distanceKm: number | null;
  /** Title and a description snippet with matches between HIGHLIGHT_START and HIGHLIGHT_END. */
  highlight: { title: string; snippet: string | null };
};

/** Facet groups: every filterable parameter, counted disjunctively on its index attribute. */
export const FACET_GROUPS = FILTER_KEYS.map((key) => ({ key, attribute: FILTER_ATTRIBUTES[key] }));

export type FacetKey = FilterKey;
export type FacetCounts = Record<FacetKey, Record<string, number>>;

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

type Formatted = SearchDocument & { _formatted?: { title?: string; description?: string | null } };

function toHit(document: Formatted, plan: SearchPlan): SearchHit {
  const { origin } = plan;
  return {
    id: document.id,
    slug: document.slug,
    kind: document.kind,
    title: document.title,
    category: document.category,
    type: document.type,
    municipality: municipalityOf(document),
    address: document.address,
    lat: document.lat,
    lng: document.lng,
    geoPrecision: document.geoPrecision,
    stand: document.stand,
    distanceKm:
      origin && document.lat !== null && document.lng !== null
        ? Math.round(distanceKm(origin, { lat: document.lat, lng: document.lng }) * 100) / 100
        : null,
    highlight: {
      title: document._formatted?.title ?? document.title,
      snippet: plan.q && document._formatted?.description?.includes(HIGHLIGHT_START) ? document._formatted.description : null,
    },
  };
}

function sortOf(plan: SearchPlan): string[] | undefined {
  if (plan.sort === "entfernung" && plan.origin) {
    return [`_geoPoint(${plan.origin.lat.toFixed(6)}, ${plan.origin.lng.toFixed(6)}):asc`];
  }
  if (plan.sort === "name" || !plan.q) return ["sortTitle:asc"];
  return undefined;
}

export function hasCriteria(plan: SearchPlan): boolean {
  return (
    plan.q !== "" ||
    Object.values(plan.selection).some((values) => (values ?? []).length > 0) ||
    plan.alter !== null ||
    plan.origin !== null ||
    plan.bbox !== null
  );
}

/** Filters every query of a plan shares, besides the facet selection: age, radius, map section. */
function commonFilters(plan: SearchPlan): string[] {
  return [...ageFilter(plan.alter), ...radiusFilter(plan.origin, plan.radiusKm), ...boundingBoxFilter(plan.bbox)];
}

// With an order other than relevance, every hit must contain all the words.
function matchingOf(plan: SearchPlan) {
  return plan.sort !== "relevanz" && plan.q ? { matchingStrategy: "all" as const } : {};
}

/** What decides which documents are hits: the same for the page of results and the pins. */
function hitsQuery(plan: SearchPlan, indexUid: string) {
  return {
    indexUid,
    q: plan.q,
    locales: QUERY_LOCALES,
    filter: [...buildFilter(plan.selection), ...commonFilters(plan)],
    ...matchingOf(plan),
  } satisfies MultiSearchQuery;
}

/**
 * Matched words marked in the title and a description snippet around them. Only with words:
 * without them nothing can match, and the engine would send every hit a second time as
 * `_formatted` for nothing.
 */
const MARKED_MATCHES = {
  attributesToHighlight: ["title"],
  attributesToCrop: ["description"],
  cropLength: 24,
  highlightPreTag: HIGHLIGHT_START,
  highlightPostTag: HIGHLIGHT_END,
} satisfies Partial<MultiSearchQuery>;

/** The engine queries for a plan: the page of hits, and one count query per selected facet group. */
export function buildQueries(plan: SearchPlan, indexUid: string): MultiSearchQuery[] {
  const common = commonFilters(plan);
  const matching = matchingOf(plan);
  const selected = (key: FacetKey) => (plan.selection[key] ?? []).length > 0;
  const main: MultiSearchQuery = {
    ...hitsQuery(plan, indexUid),
    page: plan.page,
    hitsPerPage: PAGE_SIZE,
    attributesToRetrieve: RETRIEVED,
    ...(plan.q ? MARKED_MATCHES : {}),
    // A selected facet group is counted without its own filter (below), so choosing
    // "Kita" still shows how many entries the other sectors have.
    facets: FACET_GROUPS.filter(({ key }) => !selected(key)).map(({ attribute }) => attribute),
    sort: sortOf(plan),
  };
  const disjunctive = FACET_GROUPS.filter(({ key }) => selected(key)).map(({ key, attribute }) => ({
    indexUid,
    q: plan.q,
    locales: QUERY_LOCALES,
    filter: [...buildFilter(plan.selection, { except: key }), ...common],
    limit: 0,
    facets: [attribute],
    ...matching,
  }));
  return [main, ...disjunctive];
}

export async function searchCatalogue(
  plan: SearchPlan,
  config: EngineConfig = engineConfigFromEnv(),
): Promise<SearchOutcome> {
  try {
    const client = await searchClient(config);
    const { results } = await client.multiSearch(buildQueries(plan, config.indexUid));
    const [first, ...rest] = results;
    if (!first) throw new Error("leere Antwort");
    const distribution: Record<string, Record<string, number> | undefined> = Object.assign(
      {},
      first.facetDistribution,
      ...rest.map((result) => result.facetDistribution),
    );
    const total = first.totalHits ?? first.estimatedTotalHits ?? 0;
    const facets = Object.fromEntries(
      FACET_GROUPS.map(({ key, attribute }) => [key, distribution[attribute] ?? {}]),
    ) as FacetCounts;
    return {
      status: !hasCriteria(plan) ? "empty" : total === 0 ? "no-results" : "ok",
      query: plan.q,
      total,
      page: plan.page,
      pageSize: PAGE_SIZE,
      totalPages: Math.ceil(total / PAGE_SIZE),
      hits: (first.hits as Formatted[]).map((hit) => toHit(hit, plan)),
      facets,
    };
  } catch (error) {
    console.error(`[search] Suche fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "degraded", message: DEGRADED_MESSAGE };
  }
}

/** Every hit of a plan, not one page: as many as the index counts at all (`maxTotalHits`). */
export const MAX_PINS = INDEX_SETTINGS.pagination.maxTotalHits;

const PIN_FIELDS: (keyof SearchDocument)[] = ["id", "slug", "title", "type", "category", "lat", "lng", "geoPrecision", "address"];

/** The query for the pins of a plan: the same hits as the results, every one, only what a pin needs. */
export function buildPinsQuery(plan: SearchPlan, indexUid: string): MultiSearchQuery {
  // Page-based, so `totalHits` is exact, like the results' total.
  return { ...hitsQuery(plan, indexUid), page: 1, hitsPerPage: MAX_PINS, attributesToRetrieve: PIN_FIELDS };
}

export type PinsOutcome = { status: "ok"; total: number; pins: MapPin[] } | { status: "degraded"; message: string };

/** Every hit of a search that has a position, as a map pin; `total` counts the hits without one too. */
export async function searchPins(plan: SearchPlan, config: EngineConfig = engineConfigFromEnv()): Promise<PinsOutcome> {
  try {
    const client = await searchClient(config);
    const { results } = await client.multiSearch([buildPinsQuery(plan, config.indexUid)]);
    const [result] = results;
    if (!result) throw new Error("leere Antwort");
    const pins = (result.hits as SearchDocument[]).flatMap((hit): MapPin[] =>
      hit.lat === null || hit.lng === null
        ? []
        : [
            {
              id: hit.id,
              slug: hit.slug,
              title: hit.title,
              type: hit.type,
              category: hit.category,
              lat: hit.lat,
              lng: hit.lng,
              approximate: hit.geoPrecision !== "exact",
              address: hit.address,
            },
          ],
    );
    return { status: "ok", total: result.totalHits ?? result.estimatedTotalHits ?? 0, pins };
  } catch (error) {
    console.error(`[search] Kartenpunkte fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "degraded", message: DEGRADED_MESSAGE };
  }
}

/** Whether the engine answers and how many documents the index holds. */
export async function engineStatus(config: EngineConfig = engineConfigFromEnv()) {
  try {
    const client = await searchClient(config);
    const { results } = await client.multiSearch([{ indexUid: config.indexUid, q: "", limit: 0 }]);
    return { ok: true as const, documents: results[0]?.estimatedTotalHits ?? 0 };
  } catch {
    return { ok: false as const, documents: null };
  }
}
