// The English twins of the Gemeinden, audience and legal pages: each answers in English with
// and without JavaScript, links to English pages, keeps page and query when switching the
// language, is axe-clean, and shows German only where it is marked lang="de" (catalogue data,
// the Leichte-Sprache text). Built app, real seed, real Meilisearch.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverErrors, seriousViolations, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";

let site: BrowserApp;
let marbachGymnasium: string;

beforeAll(async () => {
  site = await startBrowserApp("english");
  marbachGymnasium = findInstitution(site.catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution.slug;
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

type EnglishPage = {
  path: string;
  h1: string;
  /** Further headings a reader sees on the page. */
  headings: string[];
  /** Words of the German catalogue that must not show outside lang="de". */
  german: string[];
  /** The page shows catalogue data, marked as German. */
  data?: boolean;
};

const PAGES: EnglishPage[] = [
  {
    path: "/en/gemeinden",
    h1: "Towns and municipalities",
    headings: ["Entries per town"],
    german: ["Einträge", "Einwohner", "Gemeinde", "Gesamt", "Landkreis", "Tabelle"],
  },
  {
    path: "/en/gemeinden/tamm",
    h1: "Tamm",
    headings: ["Neighbouring towns"],
    german: ["Einwohnerinnen", "Postleitzahl", "Einträge", "Bereiche", "Nachbargemeinden", "In der Suche"],
    data: true,
  },
  {
    path: "/en/familien",
    h1: "For families",
    headings: ["3 to 6 years: Day care and kindergarten", "Advice and support for families"],
    german: ["Jahre", "Postleitzahl", "In der Nähe", "Beratung und Hilfe", "Altersstufe", "Kindergärten"],
    data: true,
  },
  {
    path: "/en/lehrkraefte?fach=geschichte&schule=SCHULE",
    h1: "For teachers",
    headings: ["How we choose the places to learn", "Programmes and training"],
    german: ["Fächer", "entfernt", "Zielgruppe", "Luftlinie", "Anzeigen", "Klassenstufe", "Schulklassen"],
    data: true,
  },
  {
    path: "/en/beratung",
    h1: "Guidance and transitions",
    headings: ["Young people and young adults", "No apprenticeship yet", "More on transitions"],
    german: ["Lebenslagen", "deren Eintrag", "Einrichtung:", "Angebot:", "Noch ohne", "Übergängen"],
    data: true,
  },
  {
    path: "/en/themen/uebergang-schule-beruf",
    h1: "From school to work",
    headings: ["What the Bildungsregion does", "The project group", "Search further"],
    german: ["Im Katalog", "Weiter suchen", "Schwerpunkt ", "Was die", "Einträge", "Seit dem"],
    data: true,
  },
  {
    path: "/en/bildungsregion",
    h1: "The Bildungsregion Landkreis Ludwigsburg",
    headings: ["What the Bildungsregion aims for", "Who steers the Bildungsregion", "The network in figures"],
    german: ["Zusammen", "Im Katalog", "Webseite", "Ziele", "vernetzt", "Seit dem", "Alle Gemeinden"],
    data: true,
  },
  {
    path: "/en/projekte",
    h1: "Projects and programmes",
    headings: [],
    german: ["Suchwort", "Alle Themen", "Filtern", "Themen:", "Stand:", "Projekte und Programme"],
    data: true,
  },
  {
    path: "/en/impressum",
    h1: "Legal notice (Impressum)",
    headings: ["Provider", "Content and data sources", "Links to other websites"],
    german: ["Anbieter", "Vertreten durch", "Noch nicht eingetragen", "Einstellung", "unvollständig"],
  },
  {
    path: "/en/datenschutz",
    h1: "Privacy",
    headings: ["What happens when you open a page", "Your rights"],
    german: ["Verantwortlich", "Zugriffsprotokoll", "Ihre Rechte", "Kartenkacheln", "Kurz gesagt"],
  },
  {
    path: "/en/barrierefreiheit",
    h1: "Accessibility statement",
    headings: ["Compliance status", "Incompatibilities with § 10 (1) L-BGG", "Enforcement procedure"],
    german: ["Erklärung", "teilweise", "Unvereinbarkeiten", "Durchsetzungsverfahren", "noch nicht eingetragen"],
  },
  {
    path: "/en/leichte-sprache",
    h1: "Easy German (Leichte Sprache)",
    headings: [],
    german: ["Bildungs·portal", "Suchen", "Merk·liste", "Leichter Sprache"],
  },
];

const target = (path: string) => `${site.url}${path.replace("SCHULE", marbachGymnasium)}`;

async function withPage(javaScriptEnabled: boolean, journey: (page: Page) => Promise<void>) {
  const { context, page, problems } = await site.openPage({ javaScriptEnabled });
  try {
    await journey(page);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
  } finally {
    await context.close();
  }
}

/**
 * The text of <main> a reader sees, without what is marked lang="de". Entry cards and the
 * map come from shared components (their texts are in the search and map catalogues, with
 * their own tests), so only what these pages render themselves is read.
 */
function textOutsideGerman(page: Page) {
  return page.locator("main").evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(".result-list, .map-box, noscript, script, style") || !parent.checkVisibility()) continue;
      const marked = parent.closest('[lang="de"]');
      if (marked && main.contains(marked)) continue;
      parts.push(node.textContent ?? "");
    }
    return parts.join(" ");
  });
}

/** Internal links in <main> that lead out of the English UI (other than to the German original of a legal text). */
function germanLinks(page: Page) {
  return page
    .locator("main a[href^='/']:not([hreflang='de'])")
    .evaluateAll((links) =>
      links
        .filter((link) => !link.closest(".result-list, .map-box"))
        .map((link) => link.getAttribute("href") ?? "")
        .filter((href) => !/^\/en(?:[/?#]|$)/.test(href)),
    );
}

async function checkEnglish(page: Page, { path, h1, headings, german, data }: EnglishPage) {
  const response = await page.goto(target(path));
  expect(response?.status(), path).toBe(200);
  expect(await page.locator("html").getAttribute("lang"), path).toBe("en");
  expect(await page.locator("main h1").innerText(), path).toBe(h1);
  expect(await page.title(), path).toMatch(/ – Education Portal, District of Ludwigsburg$/);
  for (const heading of headings) {
    expect(await page.getByRole("heading", { name: heading, exact: true }).count(), `${path}: ${heading}`).toBeGreaterThan(0);
  }
  const text = await textOutsideGerman(page);
  expect(text, path).toContain(h1);
  expect(german.filter((word) => text.includes(word)), path).toEqual([]);
  if (data) expect(await page.locator("main [lang='de']").count(), path).toBeGreaterThan(0);
  expect(await germanLinks(page), path).toEqual([]);
}

describe("the English pages", () => {
  it.each(PAGES)("$path: English, links in English, axe-clean", (englishPage) =>
    withPage(true, async (page) => {
      await checkEnglish(page, englishPage);
      expect(await seriousViolations(page)).toEqual([]);
    }));

  it("answer the same without JavaScript", () =>
    withPage(false, async (page) => {
      for (const englishPage of PAGES) await checkEnglish(page, englishPage);
    }), 120_000);

  it("keep the German gap markers of the configuration in English", () =>
    withPage(false, async (page) => {
      await page.goto(target("/en/impressum"));
      expect(await page.getByText("Not yet provided (setting OPERATOR_NAME)").count()).toBe(1);
      expect(await page.getByText("The legal notice is not yet complete.").count()).toBe(1);
      const note = page.getByRole("note").filter({ hasText: "Only the German version is legally binding" });
      expect(await note.getByRole("link").getAttribute("href")).toBe("/impressum");
      await page.goto(target("/en/barrierefreiheit"));
      expect(await page.getByText("partially", { exact: true }).count()).toBe(1);
      expect(await page.getByText("This statement was prepared on 22 November 2026.").count()).toBe(1);
    }));

  it("show the Leichte-Sprache text in German, introduced in English", () =>
    withPage(false, async (page) => {
      await page.goto(target("/en/leichte-sprache"));
      expect(await page.locator("main .lead").innerText()).toContain("This page explains the portal in Easy German (Leichte Sprache)");
      const german = page.locator("main [lang='de']");
      expect(await german.getByRole("heading", { name: "So suchen Sie" }).count()).toBe(1);
      expect(await german.getByRole("link", { name: "Suche", exact: true }).getAttribute("href")).toBe("/en/suche");
    }));
});

describe("the language switch", () => {
  it.each([
    ["/en/lehrkraefte?fach=geschichte&schule=SCHULE", "/lehrkraefte?fach=geschichte&schule=SCHULE", "Für Lehrkräfte"],
    ["/en/gemeinden/tamm?kategorie=schule", "/gemeinden/tamm?kategorie=schule", "Tamm"],
    ["/en/projekte?q=Sprache", "/projekte?q=Sprache", "Projekte und Programme"],
    ["/en/themen/sprachfoerderung-grundschule", "/themen/sprachfoerderung-grundschule", "Sprachförderung in der Grundschule"],
  ])("%s ⇄ %s", (english, german, h1) =>
    withPage(false, async (page) => {
      await page.goto(target(english));
      await page.getByRole("link", { name: "Deutsch", exact: true }).click();
      await page.waitForURL((url) => url.pathname === new URL(target(german)).pathname);
      expect(page.url()).toBe(target(german));
      expect(await page.locator("html").getAttribute("lang")).toBe("de");
      expect(await page.locator("main h1").innerText()).toBe(h1);
      await page.getByRole("link", { name: "English", exact: true }).click();
      await page.waitForURL((url) => url.pathname.startsWith("/en/"));
      expect(page.url()).toBe(target(english));
    }));
});

describe("forms and filters in English, without JavaScript", () => {
  it("/en/familien: the nearby search goes to the English search", () =>
    withPage(false, async (page) => {
      await page.goto(target("/en/familien"));
      const band = page.getByRole("region", { name: "3 to 6 years: Day care and kindergarten" });
      expect(await band.getByRole("link", { name: "Day care centres and kindergartens" }).getAttribute("href")).toBe(
        "/en/suche?kategorie=kita&alter=4",
      );
      const form = band.getByRole("form", { name: "Search nearby: 3 to 6 years" });
      await form.getByLabel("Postcode or town").fill("70806");
      await form.getByRole("button", { name: "Search nearby" }).click();
      await page.waitForURL((url) => url.pathname === "/en/suche" && url.searchParams.get("ort") === "70806");
      const url = new URL(page.url());
      expect([url.searchParams.getAll("kategorie"), url.searchParams.get("alter"), url.searchParams.get("sort")]).toEqual([
        ["kita"],
        "4",
        "entfernung",
      ]);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
    }));

  it("/en/lehrkraefte: subject and school, nearest first", () =>
    withPage(false, async (page) => {
      await page.goto(target("/en/lehrkraefte"));
      await page.getByLabel("Subject").selectOption("deutsch");
      await page.getByLabel("Distance from your school").selectOption({ label: "Friedrich-Schiller-Gymnasium (Marbach am Neckar)" });
      await page.getByRole("button", { name: "Show", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/en/lehrkraefte" && url.searchParams.get("schule") === marbachGymnasium);
      const results = page.getByRole("region", {
        name: /places? to learn for German and literature, by distance from Friedrich-Schiller-Gymnasium \(Marbach am Neckar\)/,
      });
      const first = results.getByRole("listitem").first();
      const text = await first.innerText();
      expect(text).toContain("Museum, Marbach am Neckar");
      expect(text).toMatch(/\d+ m away|\d+\.\d km away/);
      expect(text).toContain("Target group (from the source): Öffentlichkeit, Schulklassen");
      expect(await first.locator("[lang='de']").first().innerText()).toBe(
        "Schiller-Nationalmuseum und Literaturmuseum der Moderne (Deutsches Literaturarchiv Marbach)",
      );
    }));

  it("/en/lehrkraefte: names an unknown subject in English", () =>
    withPage(false, async (page) => {
      await page.goto(target("/en/lehrkraefte?fach=latein"));
      expect(await page.getByRole("status").innerText()).toBe("We do not know the subject “latein”; showing all subjects.");
    }));

  it("/en/projekte: the word filter", () =>
    withPage(false, async (page) => {
      await page.goto(target("/en/projekte"));
      const heading = page.locator("#liste");
      const all = Number((await heading.innerText()).match(/^(\d+) projects and programmes$/)?.[1]);
      expect(all).toBeGreaterThan(30);
      await page.getByLabel("Search term").fill("Ausbildungsmesse");
      await page.getByLabel("Search term").press("Enter");
      await page.waitForURL((url) => url.pathname === "/en/projekte" && url.searchParams.get("q") === "Ausbildungsmesse");
      expect(await heading.innerText()).toBe(`3 of ${all} projects and programmes for “Ausbildungsmesse”`);
    }));

  it("/en/gemeinden/tamm: the sector chips stay English", () =>
    withPage(false, async (page) => {
      await page.goto(target("/en/gemeinden/tamm"));
      const chip = page.locator(".chips").getByRole("link", { name: /^School \(\d+\)$/ });
      expect(await chip.getAttribute("href")).toBe("/en/gemeinden/tamm?kategorie=schule");
      await chip.click();
      await page.waitForURL((url) => url.search === "?kategorie=schule");
      expect(await page.locator("main").innerText()).toMatch(/\d+ of \d+ entr(y|ies) in Tamm\./);
      expect(await page.getByRole("link", { name: "Show all sectors" }).getAttribute("href")).toBe("/en/gemeinden/tamm");
    }));
});

describe("over HTTP", () => {
  it("answers 404 in English for an unknown theme", async () => {
    const response = await fetch(`${site.url}/en/themen/gibt-es-nicht`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });

  it("the server logged no errors along the way", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});
