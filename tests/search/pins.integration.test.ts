// The map's endpoints over HTTP, on the built app served by scripts/serve.ts with the seed
// catalogue and the test run's Meilisearch: GET /api/v1/pins (every hit of a search as a
// pin, with map sections) and GET /karte/grenzen.json (the basemap).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BBox, Boundaries, MapPin, PinsResponse } from "~/map/types";
import { BASEMAP_CACHE_CONTROL, NO_STORE, PRIVATE_SEARCH_CACHE_CONTROL, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { DEFAULT_SEARCH_PARAMS, type SearchParams } from "~/search/params";
import { planSearch } from "~/search/plan";
import { buildPinsQuery, buildQueries, DEGRADED_MESSAGE, MAX_PINS, searchPins } from "~/search/search.server";
import { gazetteerOf } from "../support/search";
import { serveSearch, type ServedSearch } from "../support/served-search";

let served: ServedSearch;
let catalogue: ServedSearch["catalogue"];
let app: ServedSearch["app"];
let down: ServedSearch["down"];

beforeAll(async () => {
  served = await serveSearch("pins");
  ({ catalogue, app, down } = served);
}, 180_000);

afterAll(async () => {
  await served?.stop();
});

type SearchHit = { id: string; slug: string; title: string; category: string; lat: number | null; lng: number | null; geoPrecision: string | null; address: string | null };
type SearchBody = { total: number; hits: SearchHit[] };

async function getJson<T>(path: string, base = app.url) {
  const response = await fetch(`${base}${path}`);
  return { response, body: (await response.json()) as T };
}

/** Every hit of /api/v1/search, page by page, the way a person would page through the list. */
async function allSearchHits(query: string) {
  const first = await getJson<SearchBody>(`/api/v1/search?${query}`);
  const hits = [...first.body.hits];
  for (let page = 2; page <= Math.ceil(first.body.total / 20); page += 1) {
    hits.push(...(await getJson<SearchBody>(`/api/v1/search?${query}&seite=${page}`)).body.hits);
  }
  return { total: first.body.total, hits };
}

const inside = (bbox: BBox) => (pin: { lat: number; lng: number }) =>
  pin.lng >= bbox.west && pin.lng <= bbox.east && pin.lat >= bbox.south && pin.lat <= bbox.north;

/** Around Marbach am Neckar's centre and the Schillerhöhe, leaving out Rielingshausen. */
const MARBACH: BBox = { west: 9.245, south: 48.925, east: 9.275, north: 48.945 };
const marbachQuery = `bbox=${MARBACH.west},${MARBACH.south},${MARBACH.east},${MARBACH.north}`;

describe("GET /api/v1/pins", () => {
  it("pins every hit of a search that has a position, with the same total as the search", async () => {
    const { response, body } = await getJson<PinsResponse>("/api/v1/pins?q=schule");
    expect(response.status).toBe(200);
    const search = await allSearchHits("q=schule");
    expect(search.total).toBeGreaterThan(20);
    expect(body.total).toBe(search.total);
    const positioned = search.hits.filter((hit) => hit.lat !== null && hit.lng !== null);
    expect(positioned.length).toBeLessThan(search.hits.length);
    expect(body.pins).toHaveLength(positioned.length);
    expect(new Set(body.pins.map((pin) => pin.id))).toEqual(new Set(positioned.map((hit) => hit.id)));
  });

  it("gives each pin what its marker and popup show", async () => {
    const { body } = await getJson<PinsResponse>("/api/v1/pins?q=Friedrich-Schiller-Gymnasium&gemeinde=marbach-am-neckar");
    expect(body.pins).toEqual<MapPin[]>([
      {
        id: expect.stringMatching(/^einrichtung-\d+$/),
        slug: "friedrich-schiller-gymnasium-marbach-am-neckar",
        title: "Friedrich-Schiller-Gymnasium",
        type: "Gymnasium",
        category: "schule",
        lat: 48.934816,
        lng: 9.263506,
        approximate: false,
        address: "Schulstraße 34, 71672 Marbach am Neckar",
      },
    ]);
  });

  it("marks entries placed at their Gemeinde as approximate", async () => {
    const { body } = await getJson<PinsResponse>("/api/v1/pins?q=Musikschule+Marbach-Bottwartal");
    expect(body.pins.find((pin) => pin.slug === "musikschule-marbach-bottwartal")).toMatchObject({ approximate: true });
  });

  it("pins the whole catalogue without criteria: more than one page, every positioned entry", async () => {
    const { body } = await getJson<PinsResponse>("/api/v1/pins");
    expect(body.total).toBeGreaterThan(400);
    expect(body.total).toBeLessThanOrEqual(MAX_PINS);
    // Seven district-wide programmes have no place.
    expect(body.pins).toHaveLength(body.total - 7);
  });

  it("returns only pins inside a map section around Marbach, all of them", async () => {
    const all = (await getJson<PinsResponse>("/api/v1/pins")).body.pins;
    const expected = all.filter(inside(MARBACH));
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(all.length);

    const { response, body } = await getJson<PinsResponse>(`/api/v1/pins?${marbachQuery}`);
    expect(response.status).toBe(200);
    expect(body.pins.every(inside(MARBACH))).toBe(true);
    expect(new Set(body.pins.map((pin) => pin.id))).toEqual(new Set(expected.map((pin) => pin.id)));
    expect(body.pins.map((pin) => pin.title)).toContain("Friedrich-Schiller-Gymnasium");
    // Entries placed in Rielingshausen, outside the section, are not there.
    expect(body.pins.map((pin) => pin.title)).not.toContain("Quellen-Grundschule Rielingshausen");

    const search = await getJson<SearchBody>(`/api/v1/search?${marbachQuery}`);
    expect(search.body.total).toBe(body.total);
    expect(body.total).toBe(expected.length);
  });

  it("combines a map section with words and filters", async () => {
    const { body } = await getJson<PinsResponse>(`/api/v1/pins?kategorie=schule&${marbachQuery}`);
    expect(body.pins.length).toBeGreaterThan(0);
    expect(body.pins.every((pin) => pin.category === "schule" && inside(MARBACH)(pin))).toBe(true);
    const narrower = await getJson<PinsResponse>(`/api/v1/pins?q=Gymnasium&kategorie=schule&${marbachQuery}`);
    expect(narrower.body.pins.map((pin) => pin.title)).toEqual(["Friedrich-Schiller-Gymnasium"]);
  });

  it("takes a place in the words as a Gemeinde filter, like the search", async () => {
    const pins = await getJson<PinsResponse>("/api/v1/pins?q=Kita+Tamm");
    const search = await allSearchHits("q=Kita+Tamm");
    expect(pins.body.total).toBe(search.total);
    expect(new Set(pins.body.pins.map((pin) => pin.id))).toEqual(new Set(search.hits.filter((hit) => hit.lat !== null).map((hit) => hit.id)));
  });

  it("is cacheable like the search and open to other origins", async () => {
    const { response } = await getJson<PinsResponse>("/api/v1/pins?kategorie=kita");
    expect(response.headers.get("cache-control")).toBe(SEARCH_CACHE_CONTROL);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toContain("application/json");
    const own = await getJson<PinsResponse>("/api/v1/pins?lat=48.9&lng=9.2&umkreis=2");
    expect(own.response.headers.get("cache-control")).toBe(PRIVATE_SEARCH_CACHE_CONTROL);
  });

  it.each([
    ["bbox=-180,-90,180,90", "Der Kartenausschnitt ist zu groß (höchstens 1,5 Grad in jede Richtung)."],
    ["bbox=9.3,48.9,9.2,49", "Im Kartenausschnitt muss West kleiner als Ost und Süd kleiner als Nord sein."],
    ["bbox=1,2,3", "„1,2,3“ ist kein Kartenausschnitt (bbox=West,Süd,Ost,Nord in Grad)."],
    ["kategorie=schwimmbad", "Die Kategorie „schwimmbad“ gibt es nicht."],
  ])("answers %s with 400 and the German issue, like the search", async (query, message) => {
    const pins = await getJson<{ error: string; issues: unknown[] }>(`/api/v1/pins?${query}`);
    const search = await getJson<{ error: string; issues: unknown[] }>(`/api/v1/search?${query}`);
    expect(pins.response.status).toBe(400);
    expect(pins.body).toEqual({ error: "Ungültige Parameter", issues: [{ param: expect.any(String), message }] });
    expect(pins.body).toEqual(search.body);
    expect(pins.response.headers.get("cache-control")).toBe(NO_STORE);
  });

  it("answers 503 with a German message when the search engine is down", async () => {
    const { response, body } = await getJson<{ error: string }>("/api/v1/pins?q=schule", down.url);
    expect(response.status).toBe(503);
    expect(body).toEqual({ error: DEGRADED_MESSAGE });
    expect(response.headers.get("cache-control")).toBe(NO_STORE);
    expect(response.headers.get("retry-after")).toBe("30");
  });
});

describe("buildPinsQuery", () => {
  const plan = (params: Partial<SearchParams>) => planSearch({ ...DEFAULT_SEARCH_PARAMS, ...params }, gazetteerOf(catalogue.db));

  it.each<[string, Partial<SearchParams>]>([
    ["words", { q: "schule" }],
    ["a place in the words", { q: "Kita Tamm" }],
    ["filters, age and a map section", { kategorie: ["kita"], alter: 4, bbox: MARBACH }],
    ["a radius around a postcode", { q: "Kita", ort: "71634", umkreis: 2 }],
    ["a chosen order (every word must match)", { q: "Kita Schule", sort: "name" }],
  ])("asks for the same hits as the results with %s, all of them, only what a pin needs", (_name, params) => {
    const [main] = buildQueries(plan(params), "entries");
    const pins = buildPinsQuery(plan(params), "entries");
    for (const key of ["indexUid", "q", "locales", "filter", "matchingStrategy"] as const) expect(pins[key]).toEqual(main?.[key]);
    expect(pins).toMatchObject({ page: 1, hitsPerPage: MAX_PINS });
    expect(MAX_PINS).toBeGreaterThanOrEqual(5000);
    expect(pins).not.toHaveProperty("facets");
    expect(pins).not.toHaveProperty("attributesToHighlight");
    expect(pins).not.toHaveProperty("sort");
  });

  it("reports degraded when the engine cannot be reached", async () => {
    expect(await searchPins(plan({ q: "schule" }), { url: "http://127.0.0.1:9", indexUid: "x" })).toEqual({
      status: "degraded",
      message: DEGRADED_MESSAGE,
    });
  });
});

describe("GET /karte/grenzen.json", () => {
  it("serves the district and the 39 Gemeinden with the BKG attribution, cacheable for an hour", async () => {
    const response = await fetch(`${app.url}/karte/grenzen.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe(BASEMAP_CACHE_CONTROL);
    expect(BASEMAP_CACHE_CONTROL).toBe("public, max-age=3600, stale-while-revalidate=86400");
    expect(response.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const body = (await response.json()) as Boundaries;
    expect(body.district.name).toBe("Landkreis Ludwigsburg");
    expect(body.municipalities).toHaveLength(39);
    expect(body.municipalities.map((m) => m.name)).toContain("Marbach am Neckar");
    expect(body.attribution).toContain("© GeoBasis-DE / BKG (2025), Daten verändert");
  });

  it("answers 304 without a body when the browser has the same version", async () => {
    const etag = (await fetch(`${app.url}/karte/grenzen.json`)).headers.get("etag") ?? "";
    for (const ifNoneMatch of [etag, `W/${etag}`, `"anders", ${etag}`, "*"]) {
      const response = await fetch(`${app.url}/karte/grenzen.json`, { headers: { "If-None-Match": ifNoneMatch } });
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.headers.get("cache-control")).toBe(BASEMAP_CACHE_CONTROL);
      expect(await response.text()).toBe("");
    }
    const changed = await fetch(`${app.url}/karte/grenzen.json`, { headers: { "If-None-Match": '"eine-alte-fassung"' } });
    expect(changed.status).toBe(200);
  });
});
