// The maps in a real browser: every Gemeinde page draws its boundary and its entries, the
// results map shows every hit of a query, markers lead to detail pages, "In diesem
// Kartenausschnitt suchen" narrows the search, and in the default configuration no request
// leaves the portal.
import http from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { municipalityPins } from "~/catalogue/map.server";
import { listMunicipalities } from "~/catalogue/places.server";
import { seriousViolations, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { serveApp } from "../support/server";
import { findInstitution } from "../support/catalogue";

let site: BrowserApp;

beforeAll(async () => {
  site = await startBrowserApp("map");
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

/** Opens a page with JavaScript and records every request that goes anywhere but the portal. */
async function openMapPage(viewport = { width: 1400, height: 900 }) {
  const opened = await site.openPage({ javaScriptEnabled: true });
  await opened.page.setViewportSize(viewport);
  const external: string[] = [];
  opened.page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(site.url) && !url.startsWith("data:")) external.push(url);
  });
  return { ...opened, external };
}

/** Waits until the basemap is drawn and the markers are clustered; returns the pin count. */
async function mapReady(page: Page, scope = "") {
  const map = page.locator(`${scope} .map`.trim());
  await map.and(page.locator("[data-basemap-ready='true']")).waitFor();
  await map.and(page.locator("[data-pins-ready]")).waitFor();
  return Number(await map.getAttribute("data-pins-ready"));
}

/** What the map shows: single markers plus the entries inside the cluster bubbles. */
async function shownOnMap(page: Page) {
  return page.evaluate(() => {
    const singles = document.querySelectorAll(".leaflet-marker-icon.pin").length;
    const clustered = [...document.querySelectorAll(".leaflet-marker-icon.cluster [aria-hidden='true']")].reduce(
      (sum, element) => sum + Number((element.textContent ?? "0").replace(/\./g, "")),
      0,
    );
    return singles + clustered;
  });
}

describe("maps in the browser", () => {
  it("draws the boundary and every entry with a position on all 39 Gemeinde pages", async () => {
    const { context, page, problems, external } = await openMapPage();
    const municipalities = listMunicipalities(site.catalogue.db);
    expect(municipalities).toHaveLength(39);
    for (const municipality of municipalities) {
      const expected = municipalityPins(site.catalogue.db, municipality.slug).length;
      await page.goto(`${site.url}/gemeinden/${municipality.slug}`);
      await page.getByRole("heading", { level: 1, name: municipality.name }).waitFor();
      expect(await mapReady(page), municipality.slug).toBe(expected);
      expect(await page.locator("path.map-municipality--focus").count(), municipality.slug).toBeGreaterThan(0);
      expect(await page.locator("path.map-municipality").count(), municipality.slug).toBeGreaterThanOrEqual(39);
      expect(await shownOnMap(page), municipality.slug).toBe(expected);
    }
    expect(external).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  }, 240_000);

  it("shows every hit of /suche?q=schule&ansicht=karte as clustered markers, privately", async () => {
    const { context, page, problems, external } = await openMapPage({ width: 390, height: 844 });
    await page.goto(`${site.url}/suche?q=schule&ansicht=karte`);
    const pins = await mapReady(page);
    const heading = await page.locator("#ergebnisse").innerText();
    const total = Number(/^([\d.]+) Treffer/.exec(heading)?.[1]?.replace(/\./g, ""));
    expect(total).toBeGreaterThan(100);
    const status = await page.locator(".map-status").innerText();
    const [onMap, ofTotal] = (/^([\d.]+) von ([\d.]+) Treffern/.exec(status) ?? []).slice(1).map((n) => Number(n.replace(/\./g, "")));
    expect(ofTotal).toBe(total);
    expect(onMap).toBe(pins);
    expect(await shownOnMap(page)).toBe(pins);
    expect(await page.locator(".leaflet-marker-icon.cluster").count()).toBeGreaterThan(0);
    // The narrow view shows the map instead of the list, and says how to get back.
    expect(await page.getByRole("link", { name: "Liste", exact: true }).isVisible()).toBe(true);
    expect(await page.locator(".result-list").isVisible()).toBe(false);
    // Attributions are always there; no tiles are configured, so nothing else is loaded.
    expect(await page.locator(".leaflet-control-attribution").innerText()).toContain("GeoBasis-DE / BKG");
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
    expect(external).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("opens a marker's popup by keyboard and by click, and its link leads to the detail page", async () => {
    const school = findInstitution(site.catalogue.db, "Friedrich-List-Gymnasium Asperg", "asperg").institution;
    const { context, page, problems } = await openMapPage();
    await page.goto(`${site.url}/suche?q=${encodeURIComponent("Friedrich-List-Gymnasium Asperg")}`);
    expect(await mapReady(page)).toBe(1);
    const marker = page.getByRole("button", { name: /^Friedrich-List-Gymnasium Asperg/ });
    await marker.focus();
    await page.keyboard.press("Enter");
    const popup = page.locator(".leaflet-popup");
    await popup.waitFor();
    expect(await popup.innerText()).toContain("Gymnasium");
    await page.locator(".leaflet-popup-close-button").click();
    await popup.waitFor({ state: "detached" });

    await marker.click();
    await popup.getByRole("link", { name: school.name }).click();
    await page.waitForURL((url) => url.pathname === `/angebote/${school.slug}`);
    await page.getByRole("heading", { level: 1, name: school.name }).waitFor();
    // The detail page has its own small map and the entries nearby.
    await mapReady(page);
    expect(await page.getByRole("heading", { name: /In der Nähe/ }).isVisible()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("searches the visible map section: bbox in the URL, fewer results, a removable chip", async () => {
    const { context, page, problems } = await openMapPage();
    await page.goto(`${site.url}/suche?q=schule`);
    await mapReady(page);
    const before = await page.locator("#ergebnisse").innerText();
    const zoomIn = page.getByRole("button", { name: "Vergrößern", exact: true });
    for (let i = 0; i < 3; i++) {
      await zoomIn.click();
      await page.waitForTimeout(400);
    }
    await page.getByRole("button", { name: "In diesem Kartenausschnitt suchen" }).click();
    await page.waitForURL((url) => url.searchParams.has("bbox"));
    const bbox = new URL(page.url()).searchParams.get("bbox") ?? "";
    expect(bbox.split(",").map(Number).every(Number.isFinite)).toBe(true);
    const chip = page.getByRole("link", { name: "Filter Kartenausschnitt entfernen" });
    await chip.waitFor();
    const after = await page.locator("#ergebnisse").innerText();
    const count = (text: string) => Number(/^([\d.]+)/.exec(text)?.[1]?.replace(/\./g, "") ?? "0");
    expect(count(after)).toBeGreaterThan(0);
    expect(count(after)).toBeLessThan(count(before));
    expect(await mapReady(page)).toBeLessThanOrEqual(count(after));
    await chip.click();
    await page.waitForURL((url) => !url.searchParams.has("bbox"));
    await page.locator("#ergebnisse").filter({ hasText: before }).waitFor();
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("searches around a postcode within a radius, nearest first, and draws the radius", async () => {
    const { context, page, problems } = await openMapPage();
    await page.goto(`${site.url}/suche?q=schule`);
    await page.getByText("Ort, Umkreis, Sortierung und Alter").click();
    await page.getByLabel("Ort oder Postleitzahl").fill("71679");
    await page.locator("select#umkreis").selectOption("5");
    await page.locator("select#sort").selectOption("entfernung");
    await page.getByRole("button", { name: "Anwenden" }).click();
    await page.waitForURL((url) => url.searchParams.get("sort") === "entfernung");
    // The page may still show the previous search for a moment: wait for the radius first.
    await page.locator("path.map-radius").waitFor();
    await page.locator(".hint").filter({ hasText: "Entfernungen ab 71679" }).waitFor();
    await mapReady(page);
    // Approximate positions show a rounded "ca." distance; the exact ones must be in order.
    const texts = await page.locator(".result-list .distance").allInnerTexts();
    const distances = texts.filter((text) => !text.includes("ca.")).map((text) =>
      Number(/([\d,]+) (k?m)/.exec(text)?.[1]?.replace(",", ".")) * (/ km/.test(text) ? 1 : 0.001),
    );
    expect(distances.length).toBeGreaterThan(1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((km) => km <= 5.5)).toBe(true);
    expect(await page.locator("path.map-radius").count()).toBe(1);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("draws the overview of all Gemeinden, and a click opens the Gemeinde", async () => {
    const { context, page, problems, external } = await openMapPage();
    await page.goto(`${site.url}/gemeinden`);
    await page.locator(".map[data-basemap-ready='true']").waitFor();
    expect(await page.locator("path.map-municipality").count()).toBeGreaterThanOrEqual(39);
    expect(await page.locator(".map-label").filter({ hasText: "Freiberg am Neckar" }).count()).toBe(1);
    expect(await page.getByRole("columnheader", { name: "Einwohner" }).count()).toBe(1);
    await page.locator("path[data-slug='tamm']").dispatchEvent("click");
    await page.waitForURL((url) => url.pathname === "/gemeinden/tamm");
    await page.getByRole("heading", { level: 1, name: "Tamm" }).waitFor();
    expect(external).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("draws raster tiles from the configured server, with its attribution, when PUBLIC_TILE_URL is set", async () => {
    // A stand-in tile server on this machine: every tile is the same 1 × 1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
    const requested: string[] = [];
    const tiles = http.createServer((request, response) => {
      requested.push(request.url ?? "");
      response.writeHead(200, { "Content-Type": "image/png" }).end(png);
    });
    await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
    const address = tiles.address();
    const tileUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/{z}/{x}/{y}.png`;
    const withTiles = await serveApp({
      ...site.appEnv,
      extraEnv: { PUBLIC_TILE_URL: tileUrl, PUBLIC_TILE_ATTRIBUTION: "Kacheln: Testserver" },
    });
    try {
      const { context, page, problems } = await openMapPage();
      await page.goto(`${withTiles.url}/gemeinden/tamm`);
      await page.locator(".map[data-basemap-ready='true']").waitFor();
      await page.locator(".leaflet-tile-loaded").first().waitFor();
      expect(requested.length).toBeGreaterThan(0);
      expect(requested.every((url) => /^\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
      const attribution = await page.locator(".leaflet-control-attribution").innerText();
      expect(attribution).toContain("Kacheln: Testserver");
      expect(attribution).toContain("GeoBasis-DE / BKG");
      expect(problems.consoleErrors).toEqual([]);
      await context.close();
    } finally {
      await withTiles.stop();
      await new Promise<void>((resolve) => tiles.close(() => resolve()));
    }
  });

  it("links list and map: hovering an entry lights up its marker, and the other way round", async () => {
    const { context, page } = await openMapPage();
    await page.goto(`${site.url}/suche?q=${encodeURIComponent("Friedrich-List-Gymnasium Asperg")}`);
    expect(await mapReady(page)).toBe(1);
    const entry = page.locator(".result-list > li").first();
    const marker = page.locator(".leaflet-marker-icon.pin").first();
    await entry.hover();
    await page.locator(".leaflet-marker-icon.pin.is-highlighted").waitFor();
    await page.mouse.move(0, 0);
    await page.locator(".leaflet-marker-icon.is-highlighted").waitFor({ state: "detached" });
    await marker.hover();
    await page.locator(".result-list > li.is-highlighted").waitFor();
    await context.close();
  });

  it("searches around the visitor's position only after a click, nearest first", async () => {
    const context = await site.browser.newContext({
      locale: "de-DE",
      viewport: { width: 1400, height: 900 },
      geolocation: { latitude: 48.8975, longitude: 9.1921 },
      permissions: ["geolocation"],
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/suche?q=schule`);
    expect(new URL(page.url()).searchParams.has("lat")).toBe(false);
    await page.getByText("Ort, Umkreis, Sortierung und Alter").click();
    await page.getByRole("button", { name: "Meinen Standort verwenden" }).click();
    await page.waitForURL((url) => url.searchParams.has("lat") && url.searchParams.get("sort") === "entfernung");
    const url = new URL(page.url());
    // Rounded to about 100 m before it leaves the browser.
    expect(url.searchParams.get("lat")).toBe("48.898");
    expect(url.searchParams.get("lng")).toBe("9.192");
    // The page may still show the previous search for a moment: wait for the origin first.
    await page.locator("path.map-origin").waitFor();
    await mapReady(page);
    expect(await page.locator("path.map-origin").count()).toBe(1);
    const first = await page.locator(".result-list .distance").first().innerText();
    expect(first).toMatch(/\d/);
    await context.close();
  });

  it("answers a refused location kindly and offers the postcode field", async () => {
    const context = await site.browser.newContext({ locale: "de-DE", viewport: { width: 1400, height: 900 } });
    // What a page sees when the person says no (headless Chromium would leave the prompt open).
    await context.addInitScript(`navigator.geolocation.getCurrentPosition = (ok, fail) =>
      setTimeout(() => fail({ code: 1, message: "User denied Geolocation", PERMISSION_DENIED: 1 }), 50);`);
    const page = await context.newPage();
    await page.goto(`${site.url}/suche?q=schule`);
    await page.getByText("Ort, Umkreis, Sortierung und Alter").click();
    await page.getByRole("button", { name: "Meinen Standort verwenden" }).click();
    await page.getByRole("alert").filter({ hasText: "nicht freigegeben" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("ort");
    expect(new URL(page.url()).searchParams.has("lat")).toBe(false);
    await context.close();
  });
});
