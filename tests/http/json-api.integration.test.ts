// The public JSON API over HTTP, on the built app served by scripts/serve.ts: the web server
// answers GET and HEAD for /api/v1/search, /suggest and /pins straight from the route
// modules' `answer`, and Remix answers everything else. A path with a trailing slash takes
// Remix's way to the same route, so both ways are compared answer for answer.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_STORE, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { DEGRADED_MESSAGE } from "~/search/search.server";
import { serveSearch, type ServedSearch } from "../support/served-search";

let served: ServedSearch;
let app: ServedSearch["app"];
let down: ServedSearch["down"];

beforeAll(async () => {
  served = await serveSearch("json-api");
  ({ app, down } = served);
}, 180_000);

afterAll(async () => {
  await served?.stop();
});

/** The headers a client of the API relies on. */
const HEADERS = ["content-type", "cache-control", "access-control-allow-origin", "retry-after", "x-content-type-options", "referrer-policy"];

async function get(base: string, path: string, init?: RequestInit) {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(HEADERS.map((name) => [name, response.headers.get(name)])),
    text,
  };
}

/** `/api/v1/search?x` → `/api/v1/search/?x`: the same route, reached through Remix. */
const throughRemix = (path: string) => path.replace(/(\/api\/v1\/\w+)/, "$1/");

const LONG_QUERY = "a".repeat(201);

describe("the direct answers and Remix's agree", () => {
  it.each([
    ["/api/v1/search?q=Gymnasium+Asperg", 200],
    ["/api/v1/search?kategorie=kita&gemeinde=kornwestheim&seite=2", 200],
    ["/api/v1/search?ort=71672&sort=entfernung", 200],
    ["/api/v1/search", 200],
    [`/api/v1/search?q=${LONG_QUERY}`, 400],
    ["/api/v1/search?umkreis=7&ort=Marbach", 400],
    ["/api/v1/suggest?q=kita+korn", 200],
    ["/api/v1/suggest", 400],
    ["/api/v1/pins?kategorie=schule&gemeinde=asperg", 200],
    ["/api/v1/pins?kategorie=unbekannt", 400],
  ])("GET %s → %i, the same status, headers and body both ways", async (path, status) => {
    const direct = await get(app.url, path);
    const remix = await get(app.url, throughRemix(path));
    expect(direct.status).toBe(status);
    expect(remix.status).toBe(status);
    expect(direct.headers).toEqual(remix.headers);
    expect(JSON.parse(direct.text)).toEqual(JSON.parse(remix.text));
  });

  it("answers a search with the hits a person expects, as JSON with the search's caching", async () => {
    const direct = await get(app.url, "/api/v1/search?q=Gymnasium+Asperg");
    expect(direct.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(direct.headers["cache-control"]).toBe(SEARCH_CACHE_CONTROL);
    expect(direct.headers["access-control-allow-origin"]).toBe("*");
    expect(direct.headers["x-content-type-options"]).toBe("nosniff");
    const body = JSON.parse(direct.text) as { hits: { title: string }[] };
    expect(body.hits[0]?.title).toBe("Friedrich-List-Gymnasium Asperg");
  });

  it("names the broken parameter in German", async () => {
    const direct = await get(app.url, `/api/v1/search?q=${LONG_QUERY}`);
    expect(direct.headers["cache-control"]).toBe(NO_STORE);
    expect(JSON.parse(direct.text)).toMatchObject({ error: "Ungültige Parameter", issues: [expect.objectContaining({ param: "q" })] });
  });
});

describe("methods and encodings", () => {
  it("answers HEAD with the headers of GET and no body", async () => {
    const response = await fetch(`${app.url}/api/v1/search?q=musikschule`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe(SEARCH_CACHE_CONTROL);
    expect(await response.text()).toBe("");
  });

  it("leaves other methods to Remix: 405, not a server error", async () => {
    for (const path of ["/api/v1/search?q=kita", "/api/v1/suggest?q=kita", "/api/v1/pins"]) {
      const response = await fetch(`${app.url}${path}`, { method: "POST", body: "q=kita" });
      expect(response.status, path).toBe(405);
    }
  });

  it("states the length of an uncompressed answer; Remix's way streams it (so the comparisons above compare two ways)", async () => {
    const identity = { headers: { "Accept-Encoding": "identity" } };
    const direct = await fetch(`${app.url}/api/v1/search?q=kita`, identity);
    const body = Buffer.from(await direct.arrayBuffer());
    expect(Number(direct.headers.get("content-length"))).toBe(body.length);
    const remix = await fetch(`${app.url}/api/v1/search/?q=kita`, identity);
    expect(remix.headers.get("content-length")).toBeNull();
    expect(JSON.parse(await remix.text())).toEqual(JSON.parse(body.toString("utf8")));
  });

  it("compresses a large answer for clients that accept gzip", async () => {
    const response = await fetch(`${app.url}/api/v1/search`, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    // fetch decompresses: the body is the same JSON.
    expect((await response.json()) as { total: number }).toMatchObject({ total: expect.any(Number) });
  });

  it("reads dot segments and absolute-form targets as Remix does", async () => {
    const plain = JSON.parse((await get(app.url, "/api/v1/search?q=AVdual")).text) as { total: number };
    expect(plain.total).toBeGreaterThan(0);
    const dotted = await get(app.url, "/api/v1/./search?q=AVdual");
    expect(dotted.status).toBe(200);
    expect(JSON.parse(dotted.text)).toEqual(plain);
    // As a forward proxy would send it: the whole URL in the request line.
    const absolute = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const { hostname, port } = new URL(app.url);
      http
        .get({ hostname, port, path: `${app.url}/api/v1/search?q=AVdual` }, (response) => {
          let text = "";
          response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        })
        .on("error", reject);
    });
    expect(absolute.status).toBe(200);
    expect(JSON.parse(absolute.text)).toEqual(plain);
  });
});

describe("with the search engine down", () => {
  it.each(["/api/v1/search?q=kita", "/api/v1/suggest?q=kita", "/api/v1/pins?q=kita"])(
    "%s answers 503 with the German notice, not cached, both ways",
    async (path) => {
      for (const target of [path, throughRemix(path)]) {
        const answer = await get(down.url, target);
        expect(answer.status, target).toBe(503);
        expect(answer.headers["cache-control"]).toBe(NO_STORE);
        expect(answer.headers["retry-after"]).toBe("30");
        expect(JSON.parse(answer.text)).toEqual({ error: DEGRADED_MESSAGE });
      }
    },
  );
});
