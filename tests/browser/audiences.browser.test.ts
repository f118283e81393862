// Journeys through the pages for families, teachers and counsellors, the theme pages, the
// Bildungsregion and the projects: what a person sees and clicks, with and without
// JavaScript, and axe on every page type. Built app, real seed, real Meilisearch.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverErrors, seriousViolations, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";

let site: BrowserApp;
let marbachGymnasium: string;

beforeAll(async () => {
  site = await startBrowserApp("audiences");
  marbachGymnasium = findInstitution(site.catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution.slug;
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

async function withPage(javaScriptEnabled: boolean, journey: (page: Page) => Promise<void>) {
  const { context, page, problems } = await site.openPage({ javaScriptEnabled });
  try {
    await journey(page);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
  } finally {
    await context.close();
  }
}

const heading1 = (page: Page) => page.locator("main h1").innerText();

/** A family with a four-year-old in Kornwestheim looks for a Kita nearby. */
async function familyJourney(page: Page) {
  const response = await page.goto(`${site.url}/familien`);
  expect(response?.status()).toBe(200);
  expect(await heading1(page)).toBe("Für Familien");
  const band = page.getByRole("region", { name: "3 bis 6 Jahre: Kita und Kindergarten" });
  expect(await band.getByRole("link", { name: "Kitas und Kindergärten" }).getAttribute("href")).toBe("/suche?kategorie=kita&alter=4");
  const form = band.getByRole("form", { name: "In der Nähe suchen: 3 bis 6 Jahre" });
  await form.getByLabel("Postleitzahl oder Ort").fill("70806");
  await form.getByRole("button", { name: "In der Nähe suchen" }).click();

  await page.waitForURL((url) => url.pathname === "/suche" && url.searchParams.get("ort") === "70806");
  const url = new URL(page.url());
  expect(url.searchParams.getAll("kategorie")).toEqual(["kita"]);
  expect(url.searchParams.get("alter")).toBe("4");
  expect(url.searchParams.get("sort")).toBe("entfernung");
  await page.locator("#ergebnisse").filter({ hasText: "Treffer" }).waitFor();
  expect(await page.locator("main").innerText()).toContain("Entfernungen ab 70806 Kornwestheim");
  const first = page.locator(".result-list article").first();
  const text = await first.innerText();
  expect(text).toContain("Kita");
  expect(text).toContain("Kornwestheim");
  expect(await first.getByRole("heading").innerText()).toMatch(/Kornwestheim|Kita|Kinderhaus/);
}

/** A teacher at the Gymnasium in Marbach looks for a Lernort for German and opens it. */
async function teacherJourney(page: Page) {
  const response = await page.goto(`${site.url}/lehrkraefte`);
  expect(response?.status()).toBe(200);
  expect(await heading1(page)).toBe("Für Lehrkräfte");
  expect(await page.locator("main").innerText()).toContain("Nach Klassenstufe können wir nicht filtern");
  await page.getByLabel("Fach").selectOption("deutsch");
  await page.getByLabel("Entfernung ab Ihrer Schule").selectOption({ label: "Friedrich-Schiller-Gymnasium (Marbach am Neckar)" });
  await page.getByRole("button", { name: "Anzeigen" }).click();

  await page.waitForURL((url) => url.pathname === "/lehrkraefte" && url.searchParams.get("schule") === marbachGymnasium);
  const results = page.getByRole("region", { name: /Lernorte? für Deutsch und Literatur, nach Entfernung ab Friedrich-Schiller-Gymnasium \(Marbach am Neckar\)/ });
  await results.waitFor();
  const first = results.getByRole("listitem").first();
  const firstText = await first.innerText();
  expect(firstText).toContain("Museum, Marbach am Neckar");
  expect(firstText).toMatch(/\d+ m entfernt|\d+,\d km entfernt/);
  expect(firstText).toContain("Zielgruppe laut Quelle: Öffentlichkeit, Schulklassen");
  const title = "Schiller-Nationalmuseum und Literaturmuseum der Moderne (Deutsches Literaturarchiv Marbach)";
  await first.getByRole("link", { name: title }).click();

  await page.waitForURL((url) => url.pathname.startsWith("/angebote/"));
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  expect(await page.locator("main").innerText()).toContain("Marbach am Neckar");
}

/** A counsellor looks for AVdual for a young person without an Ausbildungsplatz and opens one of its schools. */
async function counsellorJourney(page: Page) {
  const response = await page.goto(`${site.url}/beratung`);
  expect(response?.status()).toBe(200);
  expect(await heading1(page)).toBe("Beratung und Übergänge");
  const situation = page.getByRole("region", { name: "Noch ohne Ausbildungsplatz" });
  const avdual = situation.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Ausbildungsvorbereitung dual (AVdual) im Landkreis Ludwigsburg" }) });
  expect(await avdual.innerText()).toContain("Schulen, deren Eintrag AVdual nennt:");
  const school = avdual.getByRole("listitem").filter({ hasText: "Mathilde-Planck-Schule Ludwigsburg" });
  expect(await school.innerText()).toContain("„VAB/VABO und AVdual seit 2018/19“");
  await school.getByRole("link", { name: "Mathilde-Planck-Schule Ludwigsburg" }).click();

  await page.waitForURL((url) => url.pathname.startsWith("/angebote/"));
  await page.getByRole("heading", { level: 1, name: "Mathilde-Planck-Schule Ludwigsburg" }).waitFor();
  expect(await page.locator("main").innerText()).toContain("AVdual seit 2018/19");
}

describe("journeys on the audience pages", () => {
  it("a family finds a Kita in Kornwestheim by the child's age and the postcode", () => withPage(true, familyJourney));
  it("a teacher finds a museum in Marbach as a Lernort for German and opens it", () => withPage(true, teacherJourney));
  it("a counsellor finds AVdual and the Mathilde-Planck-Schule that offers it", () => withPage(true, counsellorJourney));
});

describe("the same without JavaScript", () => {
  it("/familien: the nearby form is a plain GET form", () => withPage(false, familyJourney));
  it("/lehrkraefte: the subject and school form is a plain GET form", () => withPage(false, teacherJourney));
  it("/beratung: the programmes and schools are plain links", () => withPage(false, counsellorJourney));

  it("/themen/uebergang-schule-beruf: facts, the Projektgruppe and programmes from the index", () =>
    withPage(false, async (page) => {
      const response = await page.goto(`${site.url}/themen/uebergang-schule-beruf`);
      expect(response?.status()).toBe(200);
      expect(await heading1(page)).toBe("Übergang Schule–Beruf");
      const main = await page.locator("main").innerText();
      expect(main).toContain("Seit dem 1. September 2017 gibt es im Landkreis das Regionale Übergangsmanagement (RÜM).");
      expect(main).toMatch(/Programme und Angebote zum Thema \(\d+\)/);
      await page.getByRole("region", { name: "Die Projektgruppe" }).getByRole("link", { name: /^Projektgruppen der Bildungsregion/ }).waitFor();
      await page.getByRole("link", { name: "Regionales Übergangsmanagement (RÜM) Landkreis Ludwigsburg" }).first().click();
      await page.getByRole("heading", { level: 1, name: "Regionales Übergangsmanagement (RÜM) Landkreis Ludwigsburg" }).waitFor();
    }));

  it("/bildungsregion: the facts, the Bildungsbüro as the catalogue has it, and the figures", () =>
    withPage(false, async (page) => {
      const response = await page.goto(`${site.url}/bildungsregion`);
      expect(response?.status()).toBe(200);
      expect(await heading1(page)).toBe("Bildungsregion Landkreis Ludwigsburg");
      const main = await page.locator("main").innerText();
      expect(main).toContain("Seit dem 1. Januar 2011 ist der Landkreis Ludwigsburg Bildungsregion.");
      expect(main).toContain("28 der 44 Stadt- und Landkreise");
      expect(main).toContain("www.bildungsregion-landkreis-ludwigsburg.de");
      const table = page.getByRole("table", { name: "Einträge nach Gemeinde und Bereich" });
      expect(await table.locator("tbody tr").count()).toBe(39);
      await page.getByRole("link", { name: "Bildungsregion Landkreis Ludwigsburg – Regionales Bildungsbüro" }).click();
      await page.getByRole("heading", { level: 1, name: "Bildungsregion Landkreis Ludwigsburg – Regionales Bildungsbüro" }).waitFor();
    }));

  it("/projekte: the word filter works on the server", () =>
    withPage(false, async (page) => {
      const response = await page.goto(`${site.url}/projekte`);
      expect(response?.status()).toBe(200);
      const heading = page.locator("#liste");
      const all = Number((await heading.innerText()).match(/^(\d+) Projekte und Programme$/)?.[1]);
      expect(all).toBeGreaterThan(30);
      await page.getByLabel("Suchwort").fill("Ausbildungsmesse");
      await page.getByLabel("Suchwort").press("Enter");
      await page.waitForURL((url) => url.searchParams.get("q") === "Ausbildungsmesse");
      expect(await heading.innerText()).toBe(`3 von ${all} Projekten und Programmen für „Ausbildungsmesse“`);
      expect(await page.locator(".aud-project h3").allInnerTexts()).toEqual([
        "Ausbildungsmesse „Plan A“ (Jobcenter Landkreis Ludwigsburg)",
        "Berufsausbildungsmesse (bam) Ludwigsburg",
        "Vaihinger Ausbildungsmesse",
      ]);
    }));
});

describe("accessibility", () => {
  it.each([
    "/familien",
    "/lehrkraefte?fach=geschichte&schule=SCHULE",
    "/beratung",
    "/themen/uebergang-kita-schule",
    "/bildungsregion",
    "/projekte?q=Sprache",
  ])("%s has no serious or critical violations", (target) =>
    withPage(true, async (page) => {
      const response = await page.goto(`${site.url}${target.replace("SCHULE", marbachGymnasium)}`);
      expect(response?.status()).toBe(200);
      await page.locator("main h1").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }));

  it("has headings in order on every page: one h1, no level skipped", () =>
    withPage(true, async (page) => {
      for (const target of ["/familien", "/lehrkraefte", "/beratung", "/themen/sprachfoerderung-grundschule", "/bildungsregion", "/projekte"]) {
        await page.goto(`${site.url}${target}`);
        const levels = await page.locator("main :is(h1, h2, h3, h4, h5, h6)").evaluateAll((nodes) => nodes.map((node) => Number(node.tagName[1])));
        expect(levels[0], target).toBe(1);
        expect(levels.filter((level) => level === 1), target).toHaveLength(1);
        for (let index = 1; index < levels.length; index += 1) {
          expect((levels[index] ?? 0) - (levels[index - 1] ?? 0), `${target}: h${levels[index - 1]} → h${levels[index]}`).toBeLessThanOrEqual(1);
        }
      }
    }));
});

describe("over HTTP", () => {
  it("answers 404, not cached, for an unknown theme", async () => {
    const response = await fetch(`${site.url}/themen/gibt-es-nicht`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("Seite nicht gefunden");
  });

  it("the server logged no errors along the way", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});
