// The English UI of the home page, the search, a detail page and the Merkliste: a person who
// reads English searches for "kita", saves an entry, opens a school, switches to German and
// back, with and without JavaScript. The catalogue's data stays German and is marked
// lang="de"; no German UI word is left outside such marks.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations, serverErrors, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";

const SCHOOL = "Friedrich-Schiller-Gymnasium";
let site: BrowserApp;
let schoolSlug: string;

beforeAll(async () => {
  site = await startBrowserApp("english");
  schoolSlug = findInstitution(site.catalogue.db, SCHOOL, "marbach-am-neckar").institution.slug;
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

/** German words of the UI (from the search, detail, map and Merkliste catalogues). */
const GERMAN_UI_WORDS = [
  "Treffer",
  "Suche",
  "Suchen",
  "Suchbegriff",
  "Merken",
  "Merkliste",
  "Eingrenzen",
  "Einträge",
  "Eintrag",
  "Karte",
  "Liste",
  "Seite",
  "Umkreis",
  "Sortierung",
  "Bereich",
  "Zielgruppe",
  "Entfernen",
  "Drucken",
  "Teilen",
  "Adresse",
  "Telefon",
  "Quelle",
  "Lizenz",
  "ungefähr",
  "entfernt",
  "Vorschläge",
];

/**
 * Where a German UI word shows on the page (text and the names and hints in attributes)
 * outside elements marked lang="de". The title of the document counts too.
 */
async function germanOutsideGermanData(page: Page): Promise<string[]> {
  return page.evaluate((words) => {
    const pattern = new RegExp(`(?<!\\p{L})(${words.join("|")})(?!\\p{L})`, "u");
    const found: string[] = [];
    // Marks inside the page; <html lang> says what the page's own language is.
    const isGerman = (element: Element | null) => element?.closest("body [lang]")?.getAttribute("lang") === "de";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript") || isGerman(parent)) continue;
      const match = pattern.exec(node.textContent ?? "");
      if (match) found.push(`text “${match[1]}” in “${(node.textContent ?? "").trim().slice(0, 80)}”`);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [aria-roledescription], [alt]")) {
      if (isGerman(element)) continue;
      for (const name of ["aria-label", "title", "placeholder", "aria-roledescription", "alt"]) {
        const value = element.getAttribute(name);
        const match = value ? pattern.exec(value) : null;
        if (match) found.push(`${name} “${match[1]}” in “${value}”`);
      }
    }
    const title = pattern.exec(document.title);
    if (title) found.push(`title “${title[1]}” in “${document.title}”`);
    return found;
  }, GERMAN_UI_WORDS);
}

async function resultsHeading(page: Page) {
  const heading = page.locator("#ergebnisse");
  await heading.filter({ hasText: "for “kita”" }).waitFor();
  return heading.innerText();
}

describe("the English UI in the browser", () => {
  it("searches for kita in English, saves an entry and opens a detail page with its German data marked", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/en`);
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await page.title()).toBe("Education Portal, District of Ludwigsburg");
      await page.getByRole("heading", { level: 1, name: "Find education in the district of Ludwigsburg" }).waitFor();
      await page.getByLabel("Search term").fill("kita");
      await page.getByRole("button", { name: "Search", exact: true }).click();

      await page.waitForURL((url) => url.pathname === "/en/suche" && url.searchParams.get("q") === "kita");
      expect(await resultsHeading(page)).toMatch(/^[\d,]+ results? for “kita”$/);
      expect(await page.title()).toBe("“kita” – Search – Education Portal, District of Ludwigsburg");
      const facets = page.getByRole("complementary", { name: "Narrow down the results" });
      await facets.getByRole("heading", { name: "Narrow down" }).waitFor();
      for (const title of ["Sector", "Type", "Town"]) await facets.getByRole("heading", { level: 3, name: title }).waitFor();
      expect(await facets.getByRole("link", { name: /^Day care, [\d,]+ results?$/ }).count()).toBe(1);

      // Save the first result: the button, its message and the list speak English.
      const card = page.locator("article").first();
      const title = await card.locator(".entry-card__title a").innerText();
      expect(await card.locator(".entry-card__title a").getAttribute("lang")).toBe("de");
      await card.getByRole("button", { name: /^Save: / }).click();
      await card.getByRole("button", { name: /^Remove from saved list: / }).waitFor();
      expect(await card.getByRole("status").innerText()).toMatch(/^“.+” is on your saved list\.$/);

      await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Saved list" }).click();
      await page.waitForURL((url) => url.pathname === "/en/merkliste");
      await page.getByRole("heading", { level: 2, name: "1 saved entry" }).waitFor();
      expect(await page.locator(".merkliste-list .entry-card__title").innerText()).toBe(title);
      expect(await page.getByLabel("Link to this list").inputValue()).toMatch(new RegExp(`^${site.url}/en/merkliste\\?ids=`));
      expect(await germanOutsideGermanData(page)).toEqual([]);

      // The detail page of the saved entry, in English.
      await page.locator(".merkliste-list .entry-card__title a").click();
      await page.waitForURL((url) => url.pathname.startsWith("/en/angebote/"));
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      const h1 = page.locator("main h1");
      expect(await h1.innerText()).toBe(title);
      expect(await h1.getAttribute("lang")).toBe("de");
      await page.getByRole("heading", { level: 2, name: "Source and date" }).waitFor();
      await page.getByRole("button", { name: `Remove from saved list: ${title}` }).waitFor();
      await page.getByRole("link", { name: "Go to saved list (1)" }).waitFor();
      expect(await page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link", { name: "Search" }).getAttribute("href")).toBe(
        "/en/suche",
      );
      expect(await germanOutsideGermanData(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("suggests in English while typing and keeps the English pages when one is chosen", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/en`);
      const box = page.getByRole("combobox", { name: "Search term" });
      await box.pressSequentially("kita korn", { delay: 40 });
      const listbox = page.getByRole("listbox", { name: "Suggestions" });
      await listbox.waitFor();
      const total = await listbox.getByRole("option").count();
      expect(await page.getByRole("status").filter({ hasText: "suggestions" }).innerText()).toBe(`${total} suggestions`);
      expect(await listbox.getByRole("group", { name: "Towns" }).getByRole("option").allInnerTexts()).toEqual([
        "Korntal-Münchingen",
        "Kornwestheim",
      ]);
      expect(await listbox.getByRole("group", { name: "Sectors" }).getByRole("option").allInnerTexts()).toEqual([
        "Day care (Kita) and childminding",
      ]);
      const entry = listbox.getByRole("group", { name: "Entries" }).getByRole("option").first();
      expect(await entry.locator(".combobox__option-label").getAttribute("lang")).toBe("de");
      expect(await seriousViolations(page)).toEqual([]);

      await listbox.getByRole("option", { name: "Kornwestheim", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/en/suche" && url.search === "?q=kita&gemeinde=kornwestheim");
      expect(await resultsHeading(page)).toMatch(/^[\d,]+ results? for “kita”$/);
      await page.getByRole("link", { name: "Remove filter Kornwestheim" }).waitFor();
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("names markers in English and links their popups, with the German name marked, to English pages", async () => {
    const school = findInstitution(site.catalogue.db, "Friedrich-List-Gymnasium Asperg", "asperg").institution;
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`${site.url}/en/suche?q=${encodeURIComponent(school.name)}`);
      await page.locator(".map[data-pins-ready='1']").waitFor();
      expect(await page.locator(".map").getAttribute("aria-label")).toBe("Map of the results");
      expect(await page.locator(".map").getAttribute("aria-roledescription")).toBe("map");
      expect(await page.locator(".map-status").innerText()).toBe("The result is on the map.");
      await page.getByRole("button", { name: `${school.name} (Gymnasium)`, exact: true }).click();
      const title = page.locator(".leaflet-popup .map-popup__title");
      expect(await title.getAttribute("lang")).toBe("de");
      await title.getByRole("link", { name: school.name }).click();
      await page.waitForURL((url) => url.pathname === `/en/angebote/${school.slug}`);
      await page.getByRole("heading", { level: 1, name: school.name }).waitFor();
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("switches between English and German and keeps the page and its query", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/en/suche?q=kita&kategorie=kita`);
      expect(await resultsHeading(page)).toMatch(/results? for “kita”$/);
      await page.getByRole("link", { name: "Deutsch", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/suche" && url.search === "?q=kita&kategorie=kita");
      await page.locator("#ergebnisse").filter({ hasText: "Treffer für „kita“" }).waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("de");
      // The check of the English pages finds the German UI where it belongs.
      expect((await germanOutsideGermanData(page)).join("\n")).toContain("text “Treffer”");

      await page.getByRole("link", { name: "English", exact: true }).click();
      await page.waitForURL((url) => url.pathname === "/en/suche" && url.search === "?q=kita&kategorie=kita");
      expect(await resultsHeading(page)).toMatch(/results? for “kita”$/);
      expect(await page.getAttribute("html", "lang")).toBe("en");

      await page.goto(`${site.url}/en/angebote/${schoolSlug}`);
      await page.getByRole("link", { name: "Deutsch", exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/angebote/${schoolSlug}`);
      await page.getByRole("heading", { level: 2, name: "Quelle und Stand" }).waitFor();
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("works without JavaScript: the GET form, English results and a detail page", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}/en`);
      const box = page.getByLabel("Search term");
      await box.fill("kita");
      await box.press("Enter");
      await page.waitForURL((url) => url.pathname === "/en/suche" && url.searchParams.get("q") === "kita");
      expect(await resultsHeading(page)).toMatch(/^[\d,]+ results? for “kita”$/);
      await page.getByRole("complementary", { name: "Narrow down the results" }).getByRole("link", { name: /^Day care, / }).click();
      await page.waitForURL((url) => url.pathname === "/en/suche" && url.searchParams.get("kategorie") === "kita");
      await page.getByRole("link", { name: "Remove filter Day care" }).waitFor();
      expect(await page.locator(".map-placeholder").first().innerText()).toContain("The map needs JavaScript.");
      expect(await germanOutsideGermanData(page)).toEqual([]);

      await page.locator("article .entry-card__title a").first().click();
      await page.waitForURL((url) => url.pathname.startsWith("/en/angebote/"));
      await page.getByRole("heading", { level: 2, name: "Source and date" }).waitFor();
      expect(await page.locator("main h1").getAttribute("lang")).toBe("de");
      await page.getByRole("heading", { level: 2, name: "Source and date" }).waitFor();

      await page.goto(`${site.url}/en/merkliste`);
      expect(await page.locator(".merkliste-intro").innerText()).toContain("this page needs JavaScript");
      expect(await germanOutsideGermanData(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it.each(["/en", "/en/suche?q=kita", "school", "/en/merkliste", "/en/datenquellen"])(
    "%s has no serious accessibility violations and no German UI words outside German data",
    async (target) => {
      const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
      try {
        await page.setViewportSize({ width: 1400, height: 900 });
        const response = await page.goto(`${site.url}${target === "school" ? `/en/angebote/${schoolSlug}` : target}`);
        expect(response?.status()).toBe(200);
        await page.locator("main h1").waitFor();
        if (target === "/en/suche?q=kita") {
          // The results map with its clusters, legend and status line.
          await page.locator(".map[data-pins-ready]").waitFor();
          expect(await page.locator(".map-status").innerText()).toMatch(/results? on the map/);
        }
        if (target === "school") await page.locator(".map[data-pins-ready]").waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        expect(await germanOutsideGermanData(page)).toEqual([]);
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
      } finally {
        await context.close();
      }
    },
  );

  it("the server logged no errors along the way", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});

describe("English pages over HTTP", () => {
  async function get(pathname: string) {
    const response = await fetch(`${site.url}${pathname}`);
    return { response, body: await response.text() };
  }

  /** The <link>s of a page as "rel hreflang href" (React writes the attribute as hrefLang). */
  function links(body: string) {
    return [...body.matchAll(/<link rel="(canonical|alternate)"(?: hreflang="(\w+)")? href="([^"]+)"\/>/gi)].map(
      ([, rel, lang, href]) => [rel, lang ?? "", href].join(" "),
    );
  }

  it("names the English search page canonical and the German one its alternate", async () => {
    const { body } = await get("/en/suche?q=kita");
    expect(links(body)).toEqual([
      `canonical  ${site.url}/en/suche?q=kita`,
      `alternate de ${site.url}/suche?q=kita`,
      `alternate en ${site.url}/en/suche?q=kita`,
    ]);
    expect(links((await get("/suche?q=kita")).body)[0]).toBe(`canonical  ${site.url}/suche?q=kita`);
  });

  it("names the English detail page canonical, with both languages as alternates", async () => {
    const { body } = await get(`/en/angebote/${schoolSlug}`);
    expect(links(body)).toEqual([
      `canonical  ${site.url}/en/angebote/${schoolSlug}`,
      `alternate de ${site.url}/angebote/${schoolSlug}`,
      `alternate en ${site.url}/en/angebote/${schoolSlug}`,
    ]);
    expect(body).toContain(`<title>${SCHOOL} – Education Portal, District of Ludwigsburg</title>`);
  });

  it("explains bad parameters in English on /en/suche, in German on /suche and in the API", async () => {
    const english = await get("/en/suche?q=Kita&seite=zwei&ort=Nirgendwo");
    expect(english.response.status).toBe(200);
    expect(english.body).toContain("Some details could not be used and were ignored:");
    expect(english.body).toContain("“zwei” is not a valid page number (1 to 100).");
    expect(english.body).toContain("We do not know the place “Nirgendwo”.");
    const german = await get("/suche?q=Kita&seite=zwei");
    expect(german.body).toContain("„zwei“ ist keine gültige Seitenzahl (1 bis 100).");
    const api = await get("/api/v1/search?seite=zwei");
    expect(JSON.parse(api.body)).toMatchObject({ issues: [{ param: "seite", message: "„zwei“ ist keine gültige Seitenzahl (1 bis 100)." }] });
  });
});
