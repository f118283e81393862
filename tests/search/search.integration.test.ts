// Real queries against the real seed catalogue, indexed into the shared Meilisearch of this
// test run. Each case checks what a person searching the portal would see first.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions, offers } from "../../db/schema";
import type { Sector } from "~/catalogue/vocabulary";
import { getMunicipalityPage } from "~/catalogue/places.server";
import { adminClient } from "~/search/meili.server";
import { DEFAULT_SEARCH_PARAMS, type SearchParams } from "~/search/params";
import { planSearch } from "~/search/plan";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "~/search/highlight";
import { buildQueries, DEGRADED_MESSAGE, engineStatus, searchCatalogue } from "~/search/search.server";
import { PAGE_SIZE } from "~/search/settings";
import { rebuildIndex } from "~/search/sync.server";
import { createTempCatalogue, type TempCatalogue } from "../support/catalogue";
import { answered, gazetteerOf, searchWith } from "../support/search";
import { dropTestIndex, testEngineConfig } from "../support/engine";

const config = testEngineConfig("search");
let catalogue: TempCatalogue;
let indexed = 0;

beforeAll(async () => {
  catalogue = createTempCatalogue("search");
  indexed = (await rebuildIndex(catalogue.db, config)).documents;
});

afterAll(async () => {
  await dropTestIndex(config);
  catalogue?.cleanup();
});

function search(params: Partial<SearchParams>) {
  return searchWith(catalogue.db, config, params);
}

/** Published institutions plus offers of one sector: what a category filter must find. */
function publishedInSector(sector: Sector) {
  const count = (table: typeof institutions | typeof offers) =>
    catalogue.db
      .select({ count: sql<number>`count(*)` })
      .from(table)
      .where(and(eq(table.sector, sector), eq(table.status, "published")))
      .get()?.count ?? 0;
  return count(institutions) + count(offers);
}

describe("searchCatalogue on the seed catalogue", () => {
  it("indexes every published institution and offer", async () => {
    expect(indexed).toBeGreaterThan(400);
    expect(await engineStatus(config)).toEqual({ ok: true, documents: indexed });
  });

  it.each<[string, Partial<SearchParams>, string, string, number]>([
    // [what a person types, filters, expected title, its Gemeinde, must be within the first n]
    ["Gymnasium Marbach", {}, "Friedrich-Schiller-Gymnasium", "Marbach am Neckar", 3],
    ["Friedrich-Schiller-Gymnasium", { gemeinde: ["marbach-am-neckar"] }, "Friedrich-Schiller-Gymnasium", "Marbach am Neckar", 1],
    ["Friedrich-Schiller-Gymnasium", { gemeinde: ["ludwigsburg"] }, "Friedrich-Schiller-Gymnasium", "Ludwigsburg", 1],
    ["Mörike-Gymnasium", {}, "Mörike-Gymnasium", "Ludwigsburg", 3],
    ["Pädagogische Hochschule", {}, "Pädagogische Hochschule Ludwigsburg", "Ludwigsburg", 3],
    ["Volkshochschule", { gemeinde: ["gerlingen"] }, "Volkshochschule Gerlingen", "Gerlingen", 1],
    ["vhs", { gemeinde: ["korntal-muenchingen"] }, "Volkshochschule Korntal-Münchingen", "Korntal-Münchingen", 1],
    ["Musikschule", { gemeinde: ["marbach-am-neckar"] }, "Musikschule Marbach-Bottwartal", "Marbach am Neckar", 1],
    ["Jugendhaus", { gemeinde: ["gerlingen"] }, "Jugendhaus Gerlingen", "Gerlingen", 1],
    ["Jugendzentrum", { gemeinde: ["ditzingen"] }, "Jugendhaus Ditzingen", "Ditzingen", 3],
    ["Filmakademie", {}, "Filmakademie Baden-Württemberg", "Ludwigsburg", 1],
    ["Robert-Franck-Schule", {}, "Robert-Franck-Schule Ludwigsburg", "Ludwigsburg", 1],
    ["AVdual", {}, "Ausbildungsvorbereitung dual (AVdual) im Landkreis Ludwigsburg", "Ludwigsburg", 3],
    ["Staatsarchiv", {}, "Staatsarchiv Ludwigsburg (Landesarchiv Baden-Württemberg) – Archivpädagogik", "Ludwigsburg", 1],
    ["Gymnasim Marbach", {}, "Friedrich-Schiller-Gymnasium", "Marbach am Neckar", 3],
  ])("%j %j finds %j (%s) among the first %i", async (q, filters, title, municipality, within) => {
    const result = answered(await search({ q, ...filters }));
    expect(result.status).toBe("ok");
    const top = result.hits.slice(0, within).map((hit) => [hit.title, hit.municipality?.name]);
    expect(top).toContainEqual([title, municipality]);
  });

  it("shows the address a person needs on the result", async () => {
    const result = answered(await search({ q: "Friedrich-Schiller-Gymnasium", gemeinde: ["marbach-am-neckar"] }));
    expect(result.hits[0]).toMatchObject({
      title: "Friedrich-Schiller-Gymnasium",
      kind: "einrichtung",
      category: "schule",
      type: "Gymnasium",
      municipality: { slug: "marbach-am-neckar", name: "Marbach am Neckar" },
      address: "Schulstraße 34, 71672 Marbach am Neckar",
      geoPrecision: "exact",
    });
  });

  it("a category filter lists only that category, all of it", async () => {
    const result = answered(await search({ kategorie: ["kita"] }));
    expect(result.status).toBe("ok");
    expect(result.total).toBe(publishedInSector("kita"));
    expect(result.total).toBeGreaterThan(PAGE_SIZE);
    expect(result.hits).toHaveLength(PAGE_SIZE);
    expect(new Set(result.hits.map((hit) => hit.category))).toEqual(new Set(["kita"]));
  });

  it("a Gemeinde filter lists only entries of that Gemeinde, as many as its page counts", async () => {
    const result = answered(await search({ gemeinde: ["marbach-am-neckar"] }));
    const page = getMunicipalityPage(catalogue.db, "marbach-am-neckar");
    expect(result.total).toBe(page?.total);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(new Set(result.hits.map((hit) => hit.municipality?.name))).toEqual(new Set(["Marbach am Neckar"]));
  });

  it("two Gemeinden are alternatives, a category narrows them down", async () => {
    const either = answered(await search({ gemeinde: ["gerlingen", "ditzingen"] }));
    const gerlingen = answered(await search({ gemeinde: ["gerlingen"] }));
    const ditzingen = answered(await search({ gemeinde: ["ditzingen"] }));
    expect(either.total).toBe(gerlingen.total + ditzingen.total);
    const youth = answered(await search({ gemeinde: ["gerlingen", "ditzingen"], kategorie: ["jugendhilfe"] }));
    expect(youth.total).toBeGreaterThan(0);
    expect(youth.total).toBeLessThan(either.total);
    for (const hit of youth.hits) {
      expect(hit.category).toBe("jugendhilfe");
      expect(["Gerlingen", "Ditzingen"]).toContain(hit.municipality?.name);
    }
  });

  it("page 2 continues page 1 without repeating it", async () => {
    const first = answered(await search({ kategorie: ["kita"] }));
    const second = answered(await search({ kategorie: ["kita"], seite: 2 }));
    expect(second.page).toBe(2);
    expect(second.total).toBe(first.total);
    expect(second.totalPages).toBe(Math.ceil(first.total / PAGE_SIZE));
    expect(second.hits).toHaveLength(PAGE_SIZE);
    const firstIds = new Set(first.hits.map((hit) => hit.id));
    expect(second.hits.filter((hit) => firstIds.has(hit.id))).toEqual([]);

    const last = answered(await search({ kategorie: ["kita"], seite: first.totalPages }));
    expect(last.hits).toHaveLength(first.total - PAGE_SIZE * (first.totalPages - 1));
  });

  it("counts the other categories while one is selected (disjunctive facets)", async () => {
    const all = answered(await search({ gemeinde: ["ludwigsburg"] }));
    const kita = answered(await search({ gemeinde: ["ludwigsburg"], kategorie: ["kita"] }));
    expect(kita.facets.kategorie.schule).toBeGreaterThan(0);
    expect(kita.facets.kategorie).toEqual(all.facets.kategorie);
    expect(kita.facets.kategorie.kita).toBe(kita.total);
    // The Gemeinde facet is narrowed by the category, and still lists the other Gemeinden.
    expect(kita.facets.gemeinde.ludwigsburg).toBe(kita.total);
    expect(Object.keys(kita.facets.gemeinde).length).toBeGreaterThan(10);
  });

  it("without criteria lists everything with status empty", async () => {
    const result = answered(await search({}));
    expect(result.status).toBe("empty");
    expect(result.total).toBe(indexed);
    expect(result.hits).toHaveLength(PAGE_SIZE);
    const sectorTotal = Object.values(result.facets.kategorie).reduce((sum, count) => sum + count, 0);
    expect(sectorTotal).toBe(indexed);
  });

  it("marks matched words only when there are words; a filter alone lists plain titles", async () => {
    const browsed = answered(await search({ kategorie: ["kita"], gemeinde: ["ludwigsburg"] }));
    expect(browsed.hits.length).toBeGreaterThan(0);
    for (const hit of browsed.hits) expect(hit.highlight).toEqual({ title: hit.title, snippet: null });
    const [browseQuery] = buildQueries(planSearch({ ...DEFAULT_SEARCH_PARAMS, kategorie: ["kita"] }, gazetteerOf(catalogue.db)), "entries");
    expect(browseQuery).not.toHaveProperty("attributesToHighlight");

    const searched = answered(await search({ q: "Gymnasium", gemeinde: ["asperg"] }));
    expect(searched.hits[0]?.highlight.title).toBe(`Friedrich-List-${HIGHLIGHT_START}Gymnasium${HIGHLIGHT_END} Asperg`);
  });

  it("answers no-results for nonsense", async () => {
    const result = answered(await search({ q: "Xylophonquastenflosser" }));
    expect(result).toMatchObject({ status: "no-results", total: 0, totalPages: 0, hits: [] });
  });

  it.each([
    'x" OR category = "kita',
    '" OR category = "kita',
    'x\\" OR category = "kita',
    "x\\",
  ])("a filter value %j cannot widen the search", async (value) => {
    // Written into the filter unescaped, the first two would match every Kita.
    const raw = await adminClient(config).index(config.indexUid).search("", {
      filter: 'municipalitySlug = "x" OR category = "kita"',
      limit: 0,
    });
    expect(raw.estimatedTotalHits).toBe(publishedInSector("kita"));

    const result = await search({ gemeinde: [value] });
    expect(result).toMatchObject({ status: "no-results", total: 0, hits: [] });
  });

  it("reports degraded with a German message when the engine cannot be reached", async () => {
    const plan = planSearch({ ...DEFAULT_SEARCH_PARAMS, q: "Kita" }, gazetteerOf(catalogue.db));
    const outcome = await searchCatalogue(plan, { url: "http://127.0.0.1:9", indexUid: "x" });
    expect(outcome).toEqual({ status: "degraded", message: DEGRADED_MESSAGE });
    expect(DEGRADED_MESSAGE).toBe(
      "Die Suche ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.",
    );
    expect(await engineStatus({ url: "http://127.0.0.1:9", indexUid: "x" })).toEqual({ ok: false, documents: null });
  });
});
