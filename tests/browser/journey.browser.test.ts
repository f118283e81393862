// A person looks for a grammar school in Marbach: types into the search box, picks the
// result, reads the address. Runs the built app with scripts/serve.ts against the real seed
// catalogue and the shared Meilisearch, in Chromium from @sparticuz/chromium.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { serveWithoutEngine, serverErrors, seriousViolations, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";
import type { ServedApp } from "../support/server";

const SCHOOL = "Friedrich-Schiller-Gymnasium";
let site: BrowserApp;
let detailPath: string;

beforeAll(async () => {
  site = await startBrowserApp("browser");
  detailPath = `/angebote/${findInstitution(site.catalogue.db, SCHOOL, "marbach-am-neckar").institution.slug}`;
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

const openPage = (options: { javaScriptEnabled: boolean }) => site.openPage(options);

/** The result card of the school in Marbach (there is one of the same name in Ludwigsburg). */
function marbachSchoolLink(page: Page) {
  return page
    .locator("article")
    .filter({ hasText: "Marbach am Neckar" })
    .getByRole("link", { name: SCHOOL, exact: true });
}

async function searchAndOpenSchool(page: Page, submit: "button" | "enter") {
  await page.goto(`${site.url}/`);
  expect(await page.title()).toBe("Bildungsportal Landkreis Ludwigsburg");
  const box = page.getByLabel("Suchbegriff");
  await box.fill("Gymnasium Marbach");
  if (submit === "button") await page.getByRole("button", { name: "Suchen" }).click();
  else await box.press("Enter");

  await page.waitForURL((url) => url.pathname === "/suche" && url.searchParams.get("q") === "Gymnasium Marbach");
  const resultsHeading = page.locator("#ergebnisse");
  await resultsHeading.filter({ hasText: "für „Gymnasium Marbach“" }).waitFor();
  expect(await resultsHeading.innerText()).toMatch(/^\d+ Treffer für „Gymnasium Marbach“$/);
  expect(await page.getByLabel("Suchbegriff").inputValue()).toBe("Gymnasium Marbach");

  const link = marbachSchoolLink(page);
  expect(await link.count()).toBe(1);
  await link.click();

  await page.waitForURL((url) => url.pathname === detailPath);
  await page.getByRole("heading", { level: 1, name: SCHOOL }).waitFor();
  const address = await page.locator("main address").innerText();
  expect(address).toContain("Schulstraße 34");
  expect(address).toContain("71672 Marbach am Neckar");
  expect(await page.title()).toBe(`${SCHOOL} – Bildungsportal Landkreis Ludwigsburg`);
}

describe("search journey in the browser", () => {
  it("finds the Friedrich-Schiller-Gymnasium in Marbach and shows its address", async () => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: true });
    try {
      await searchAndOpenSchool(page, "button");
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("works the same without JavaScript, through the plain GET form", async () => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: false });
    try {
      await searchAndOpenSchool(page, "enter");
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it.each(["/", "/suche?q=gymnasium", "detail"])("%s has no serious or critical accessibility violations", async (target) => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: true });
    try {
      const response = await page.goto(`${site.url}${target === "detail" ? detailPath : target}`);
      expect(response?.status()).toBe(200);
      await page.locator("main h1").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("the server logged no errors along the way", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});

describe("the served app over HTTP", () => {
  async function get(pathname: string) {
    const response = await fetch(`${site.url}${pathname}`);
    return { response, body: await response.text() };
  }

  it("answers the JSON search API with the Marbach school and cacheable headers", async () => {
    const { response, body } = await get("/api/v1/search?q=Gymnasium+Marbach");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const data = JSON.parse(body) as { query: string; total: number; hits: { title: string; address: string | null }[] };
    expect(data.query).toBe("Gymnasium Marbach");
    expect(data.total).toBeGreaterThan(0);
    expect(data.hits.slice(0, 3)).toContainEqual(
      expect.objectContaining({ title: SCHOOL, address: "Schulstraße 34, 71672 Marbach am Neckar" }),
    );
  });

  it("answers 400 with German issues for bad API parameters", async () => {
    const { response, body } = await get("/api/v1/search?kategorie=schwimmbad&seite=0");
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(JSON.parse(body)).toEqual({
      error: "Ungültige Parameter",
      issues: [
        { param: "kategorie", message: "Die Kategorie „schwimmbad“ gibt es nicht." },
        { param: "seite", message: "„0“ ist keine gültige Seitenzahl (1 bis 100)." },
      ],
    });
  });

  it("shows a notice instead of an error page for a bad page number", async () => {
    const { response, body } = await get("/suche?q=Kita&seite=zwei");
    expect(response.status).toBe(200);
    expect(body).toContain("„zwei“ ist keine gültige Seitenzahl (1 bis 100).");
  });

  it("answers 404, not cached, for an entry that does not exist", async () => {
    const { response } = await get("/angebote/gibt-es-nicht");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("lists the school on the page of its Gemeinde", async () => {
    const { response, body } = await get("/gemeinden/marbach-am-neckar");
    expect(response.status).toBe(200);
    expect(body).toContain(SCHOOL);
    expect(body).toContain("Marbach am Neckar");
  });

  it("reports health with the number of indexed entries", async () => {
    const { response, body } = await get("/healthz");
    expect(response.status).toBe(200);
    const health = JSON.parse(body) as { db: boolean; search: boolean; documents: number };
    expect(health).toMatchObject({ db: true, search: true });
    expect(health.documents).toBeGreaterThan(400);
  });

  it("never sends the master key to the browser", async () => {
    for (const pathname of ["/", "/suche?q=gymnasium", detailPath, "/api/v1/search?q=kita", "/healthz"]) {
      const { body } = await get(pathname);
      expect(body).not.toContain(inject("meili").masterKey);
    }
  });
});

describe("the served app when the search engine is down", () => {
  let down: ServedApp | undefined;

  beforeAll(async () => {
    down = await serveWithoutEngine(site);
  }, 120_000);

  afterAll(async () => {
    await down?.stop();
  });

  it("shows the German degraded notice with 503 and keeps the Gemeinde pages working", async () => {
    const search = await fetch(`${down?.url}/suche?q=Kita`);
    expect(search.status).toBe(503);
    expect(search.headers.get("cache-control")).toBe("no-store");
    expect(await search.text()).toContain(
      "Die Suche ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.",
    );

    const api = await fetch(`${down?.url}/api/v1/search?q=Kita`);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("30");

    const health = await fetch(`${down?.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ db: true, search: false, documents: null });

    const municipality = await fetch(`${down?.url}/gemeinden/marbach-am-neckar`);
    expect(municipality.status).toBe(200);
    expect(await municipality.text()).toContain(SCHOOL);
  });
});
