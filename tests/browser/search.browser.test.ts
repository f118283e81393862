// A family looks for a Kita near them: types "kita korn", takes the suggested Gemeinde,
// narrows down, searches around a postcode sorted by distance and goes back. Facet counts
// must agree with the result count at every step, with and without JavaScript.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations, startBrowserApp, type BrowserApp } from "../support/browser-app";

let site: BrowserApp;

beforeAll(async () => {
  site = await startBrowserApp("journey3");
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

async function resultCount(page: Page): Promise<number> {
  const heading = await page.locator("#ergebnisse").innerText();
  const match = /^([\d.]+) Treffer/.exec(heading);
  if (!match?.[1]) throw new Error(`Keine Trefferzahl in „${heading}“`);
  return Number(match[1].replace(/\./g, ""));
}

/** Counts shown in one facet group, by label. */
async function facetCounts(page: Page, title: string): Promise<Record<string, number>> {
  const group = page.locator(".facets section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  const texts = await group.locator("a.facet").allInnerTexts();
  return Object.fromEntries(
    texts.map((text) => {
      const match = /^(.*) \((\d+)\)$/.exec(text.trim());
      return [match?.[1] ?? text, Number(match?.[2] ?? Number.NaN)];
    }),
  );
}

/** Every entry has exactly one sector, so the sector counts add up to the result count. */
async function expectConsistentFacets(page: Page, gemeinde: string) {
  const total = await resultCount(page);
  const sectors = await facetCounts(page, "Bereich");
  const selectedSectors = await page.locator('.facets a.facet--active').allInnerTexts();
  if (selectedSectors.every((text) => !Object.keys(sectors).some((label) => text.startsWith(label)))) {
    expect(Object.values(sectors).reduce((sum, value) => sum + value, 0)).toBe(total);
  }
  expect((await facetCounts(page, "Gemeinde"))[gemeinde]).toBe(total);
}

/** Distances as shown on the cards, in km ("ca. unter 1 km" counts as under 1). */
async function shownDistances(page: Page): Promise<number[]> {
  const texts = await page.locator(".result-list .distance").allInnerTexts();
  return texts.map((text) => {
    if (/unter 1 km/.test(text)) return 0.5;
    const match = /([\d.,]+) (k?m)/.exec(text);
    if (!match?.[1]) throw new Error(`Keine Entfernung in „${text}“`);
    const value = Number(match[1].replace(/\./g, "").replace(",", "."));
    return match[2] === "m" ? value / 1000 : value;
  });
}

async function searchAroundPostcode(page: Page) {
  const refine = page.locator("details.refine");
  if ((await refine.getAttribute("open")) === null) await refine.locator("summary").click();
  await page.getByLabel("Ort oder Postleitzahl").fill("70806");
  await page.getByLabel("Umkreis", { exact: true }).selectOption("5");
  await page.getByLabel("Sortierung", { exact: true }).selectOption("entfernung");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await page.waitForURL((url) => url.searchParams.get("ort") === "70806" && url.searchParams.get("sort") === "entfernung");
  await page.getByText("Entfernungen ab 70806 Kornwestheim").waitFor();
  const distances = await shownDistances(page);
  expect(distances.length).toBeGreaterThan(0);
  expect(distances.every((km) => km <= 5)).toBe(true);
  // Rounded for display ("ca. 3 km"), so allow the rounding between neighbours.
  for (let index = 1; index < distances.length; index++) {
    expect(distances[index]).toBeGreaterThanOrEqual((distances[index - 1] ?? 0) - 0.5);
  }
}

describe("search journey with suggestions, facets and location", () => {
  it("with JavaScript: suggestion → Gemeinde → sector → postcode and distance → back", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/`);
      const box = page.getByRole("combobox", { name: "Suchbegriff" });
      await box.fill("kita korn");
      const option = page.getByRole("option", { name: /^Kornwestheim/ });
      await option.waitFor();
      await option.click();
      await page.waitForURL((url) => url.pathname === "/suche" && url.searchParams.get("gemeinde") === "kornwestheim");
      expect(new URL(page.url()).searchParams.get("q")).toBe("kita");
      await page.locator("#ergebnisse").waitFor();
      const inKornwestheim = await resultCount(page);
      expect(inKornwestheim).toBeGreaterThan(0);
      await expectConsistentFacets(page, "Kornwestheim");

      const sectors = page.locator(".facets section").filter({ has: page.getByRole("heading", { name: "Bereich", exact: true }) });
      await sectors.getByRole("link", { name: /^Kita,/ }).click();
      await page.waitForURL((url) => url.searchParams.get("kategorie") === "kita");
      await page.getByRole("link", { name: "Filter Kita entfernen" }).waitFor();
      expect(new Set(await page.locator(".result-list .badge").allInnerTexts())).toEqual(new Set(["Kita"]));
      const kitas = await resultCount(page);
      expect((await facetCounts(page, "Bereich")).Kita).toBe(kitas);

      await searchAroundPostcode(page);
      await expectConsistentFacets(page, "Kornwestheim");
      expect(await seriousViolations(page)).toEqual([]);

      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get("ort") === null && url.searchParams.get("kategorie") === "kita");
      await page.getByText("Entfernungen ab 70806 Kornwestheim").waitFor({ state: "detached" });
      expect(await resultCount(page)).toBe(kitas);
      expect(await page.getByLabel("Ort oder Postleitzahl").inputValue()).toBe("");
      expect(await page.getByLabel("Sortierung", { exact: true }).inputValue()).toBe("relevanz");
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("without JavaScript: the same search through plain forms and links", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}/`);
      await page.getByLabel("Suchbegriff").fill("kita kornwestheim");
      await page.getByLabel("Suchbegriff").press("Enter");
      await page.waitForURL((url) => url.pathname === "/suche");
      // "kornwestheim" in the words is understood as the Gemeinde.
      await page.getByText("„kornwestheim“ verstanden als Gemeinde Kornwestheim").waitFor();
      await expectConsistentFacets(page, "Kornwestheim");

      await searchAroundPostcode(page);
      await expectConsistentFacets(page, "Kornwestheim");
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});
