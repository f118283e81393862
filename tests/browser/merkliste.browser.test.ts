// The Merkliste without an account: entries are added on result cards and detail pages, kept in
// localStorage (no cookie), shown on /merkliste, removed there, and passed on as a link that
// shows the same list in another browser, even without JavaScript.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MERKLISTE_MAX } from "~/merkliste/ids";
import { MERKLISTE_STORAGE_KEY } from "~/merkliste/storage";
import { seriousViolations, serverErrors, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";

const SCHOOL = "Friedrich-Schiller-Gymnasium";
const MUSEUM = "Schillers Geburtshaus Marbach";
let site: BrowserApp;
let schoolSlug: string;
let museumSlug: string;

beforeAll(async () => {
  site = await startBrowserApp("merkliste");
  schoolSlug = findInstitution(site.catalogue.db, SCHOOL, "marbach-am-neckar").institution.slug;
  museumSlug = findInstitution(site.catalogue.db, MUSEUM).institution.slug;
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

async function stored(page: Page): Promise<unknown> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), MERKLISTE_STORAGE_KEY)) ?? "null");
}

/** The result card of an entry, told apart by its Gemeinde. */
function card(page: Page, title: string, municipality: string) {
  return page
    .locator("article")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) })
    .filter({ hasText: municipality });
}

async function listTitles(page: Page) {
  return page.locator(".merkliste-list .entry-card__title").allInnerTexts();
}

describe("the Merkliste", () => {
  it("collects entries from results and a detail page, removes one and shares the rest", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    let shareUrl = "";
    try {
      await page.goto(`${site.url}/suche?q=Gymnasium`);
      const marbach = card(page, SCHOOL, "Marbach am Neckar");
      await marbach.getByRole("button", { name: `Merken: ${SCHOOL} (Marbach am Neckar)` }).click();
      await marbach.getByRole("button", { name: `Nicht mehr merken: ${SCHOOL} (Marbach am Neckar)` }).waitFor();
      expect(await marbach.getByRole("status").innerText()).toBe(`„${SCHOOL} (Marbach am Neckar)“ steht auf Ihrer Merkliste.`);

      const second = page.locator("article").filter({ hasNot: page.getByText("Marbach am Neckar") }).first();
      const secondTitle = await second.locator(".entry-card__title").innerText();
      await second.getByRole("button", { name: /^Merken: / }).click();
      await second.getByRole("button", { name: /^Nicht mehr merken: / }).waitFor();

      await page.goto(`${site.url}/angebote/${museumSlug}`);
      await page.getByRole("button", { name: `Merken: ${MUSEUM}` }).click();
      await page.getByRole("link", { name: "Zur Merkliste (3)" }).click();

      await page.waitForURL((url) => url.pathname === "/merkliste");
      await page.getByRole("heading", { level: 2, name: "3 gemerkte Einträge" }).waitFor();
      expect(await listTitles(page)).toEqual([SCHOOL, secondTitle, MUSEUM]);

      await page.getByRole("button", { name: `Entfernen: ${secondTitle}` }).click();
      await page.getByRole("heading", { level: 2, name: "2 gemerkte Einträge" }).waitFor();
      expect(await listTitles(page)).toEqual([SCHOOL, MUSEUM]);
      expect(await page.locator(".merkliste-message").innerText()).toBe(`„${secondTitle}“ ist nicht mehr auf Ihrer Merkliste.`);
      expect(await stored(page)).toEqual({ v: 1, slugs: [schoolSlug, museumSlug] });
      expect(await context.cookies()).toEqual([]);

      shareUrl = await page.getByLabel("Link zu dieser Liste").inputValue();
      expect(shareUrl).toBe(`${site.url}/merkliste?ids=${schoolSlug},${museumSlug}`);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }

    const fresh = await site.openPage({ javaScriptEnabled: false });
    try {
      const response = await fresh.page.goto(shareUrl);
      expect(response?.status()).toBe(200);
      await fresh.page.getByRole("heading", { level: 2, name: "2 Einträge" }).waitFor();
      expect(await listTitles(fresh.page)).toEqual([SCHOOL, MUSEUM]);
      expect(await fresh.page.getByRole("button").count()).toBe(0);
      expect(fresh.problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await fresh.context.close();
    }
  });

  it("prints, takes a shared list over and removes everything", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/merkliste?ids=${schoolSlug},${museumSlug}`);
      await page.getByRole("button", { name: "Alle auf meine Merkliste übernehmen" }).click();
      await page.getByText("2 Einträge auf Ihre Merkliste übernommen.").waitFor();
      expect(await stored(page)).toEqual({ v: 1, slugs: [schoolSlug, museumSlug] });

      await page.getByRole("link", { name: "Meine Merkliste (2)" }).click();
      await page.getByRole("heading", { level: 2, name: "2 gemerkte Einträge" }).waitFor();

      await page.evaluate(() => {
        window.print = () => document.body.setAttribute("data-printed", "ja");
      });
      await page.getByRole("button", { name: "Drucken" }).click();
      expect(await page.locator("body").getAttribute("data-printed")).toBe("ja");

      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".merkliste-toolbar").isVisible()).toBe(false);
      expect(await page.locator(".merkliste-share").isVisible()).toBe(false);
      expect(await page.getByText(`${site.url}/angebote/${schoolSlug}`).isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });

      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "Alle entfernen" }).click();
      await page.getByRole("heading", { level: 2, name: "Ihre Merkliste ist leer" }).waitFor();
      expect(await stored(page)).toEqual({ v: 1, slugs: [] });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("can be used with the keyboard alone, from the home page to the Merkliste", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/`);
      await tabTo(page, (el) => el.tagName === "INPUT" && el.getAttribute("type") === "search");
      await page.keyboard.type("Gymnasium Marbach");
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === "/suche" && url.searchParams.get("q") === "Gymnasium Marbach");
      await page.locator("#ergebnisse").filter({ hasText: "für „Gymnasium Marbach“" }).waitFor();

      await tabTo(page, (el, slug) => el.getAttribute("href") === `/angebote/${slug}`, schoolSlug);
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === `/angebote/${schoolSlug}`);
      await page.getByRole("button", { name: `Merken: ${SCHOOL}` }).waitFor();

      await tabTo(page, (el) => el.tagName === "BUTTON" && (el.textContent ?? "").includes("Merken"));
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: `Nicht mehr merken: ${SCHOOL}` }).waitFor();
      expect(await page.getByRole("status").filter({ hasText: "steht auf Ihrer Merkliste" }).innerText()).toBe(
        `„${SCHOOL}“ steht auf Ihrer Merkliste.`,
      );

      await tabTo(page, (el) => el.tagName === "A" && (el.textContent ?? "").startsWith("Zur Merkliste"));
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === "/merkliste");
      await page.getByRole("heading", { level: 2, name: "1 gemerkter Eintrag" }).waitFor();
      expect(await listTitles(page)).toEqual([SCHOOL]);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("tolerates a damaged stored list", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/`);
      await page.evaluate((key) => localStorage.setItem(key, "{kaputt"), MERKLISTE_STORAGE_KEY);
      await page.goto(`${site.url}/merkliste`);
      await page.getByRole("heading", { level: 2, name: "Ihre Merkliste ist leer" }).waitFor();

      await page.goto(`${site.url}/angebote/${museumSlug}`);
      await page.getByRole("button", { name: `Merken: ${MUSEUM}` }).click();
      await page.getByRole("link", { name: "Zur Merkliste (1)" }).waitFor();
      expect(await stored(page)).toEqual({ v: 1, slugs: [museumSlug] });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("says without JavaScript that the own list needs it", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}/merkliste`);
      await page.getByText("Um sie anzuzeigen und Einträge zu merken, braucht diese Seite JavaScript.").waitFor();
      expect(await page.getByRole("button").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  describe("accessibility", () => {
    async function check(context: BrowserContext, page: Page) {
      try {
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    }

    it("the empty Merkliste has no serious or critical violations", async () => {
      const { context, page } = await site.openPage({ javaScriptEnabled: true });
      await page.goto(`${site.url}/merkliste`);
      await page.getByRole("heading", { level: 2, name: "Ihre Merkliste ist leer" }).waitFor();
      await check(context, page);
    });

    it("the Merkliste with entries has no serious or critical violations", async () => {
      const { context, page } = await site.openPage({ javaScriptEnabled: true });
      await page.goto(`${site.url}/`);
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key ?? "", value ?? ""),
        [MERKLISTE_STORAGE_KEY, JSON.stringify({ v: 1, slugs: [schoolSlug, museumSlug] })],
      );
      await page.goto(`${site.url}/merkliste`);
      await page.getByRole("heading", { level: 2, name: "2 gemerkte Einträge" }).waitFor();
      await check(context, page);
    });

    it("a shared list has no serious or critical violations", async () => {
      const { context, page } = await site.openPage({ javaScriptEnabled: true });
      await page.goto(`${site.url}/merkliste?ids=${schoolSlug},gibt-es-nicht`);
      await page.getByRole("button", { name: "Alle auf meine Merkliste übernehmen" }).waitFor();
      await check(context, page);
    });
  });
});

describe("shared links over HTTP", () => {
  async function get(query: string) {
    const response = await fetch(`${site.url}/merkliste${query}`);
    // React separates text parts with empty comments; a reader sees none of them.
    return { status: response.status, body: (await response.text()).replaceAll("<!-- -->", "") };
  }

  it("names what a link holds that the portal cannot show", async () => {
    const { status, body } = await get(`?ids=${schoolSlug},gibt-es-nicht,%3Cscript%3E,${schoolSlug},B%C3%B6se`);
    expect(status).toBe(200);
    expect(body).toContain("1 Eintrag gibt es im Portal nicht (mehr).");
    expect(body).toContain("2 Angaben sind keine gültigen Einträge und wurden ignoriert.");
    expect(body).toContain(SCHOOL);
    // What could not be used is counted, never echoed. (The language switch links to the same
    // URL in English, query included as given, percent-encoded in its href.)
    const switchLink = /<a class="language-switch"[^>]*>/;
    expect(body).toMatch(switchLink);
    expect(body.replace(switchLink, "")).not.toMatch(/&lt;script|%3Cscript|Böse/i);
  });

  it(`shows at most ${MERKLISTE_MAX} entries`, async () => {
    const ids = Array.from({ length: MERKLISTE_MAX + 3 }, (_, i) => `eintrag-${i}`).join(",");
    const { status, body } = await get(`?ids=${ids}`);
    expect(status).toBe(200);
    expect(body).toContain(`Eine Merkliste fasst höchstens ${MERKLISTE_MAX} Einträge; 3 weitere wurden ignoriert.`);
  });

  it.each([
    ["an empty list", "?ids="],
    ["broken percent encoding", "?ids=%E0%A4%A"],
    ["only commas", "?ids=,,,"],
    ["a 5,000-character id", `?ids=${"a".repeat(5000)}`],
    ["odd parameter names and a NUL", "?ids[]=x&ids=%00"],
  ])("answers %s without a server error", async (_name, query) => {
    const { status } = await get(query);
    expect(status).toBe(200);
  });

  it("keeps shared lists out of search engines", async () => {
    const { body } = await get(`?ids=${schoolSlug}`);
    expect(body).toContain('<meta name="robots" content="noindex"/>');
  });

  it("the server logged no errors along the way", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});

/**
 * Presses Tab until the focused element matches (at most 200 times), as a keyboard user would.
 * The predicate runs in the page.
 */
async function tabTo<A>(page: Page, matches: (el: Element, arg: A) => boolean, arg?: A) {
  const source = matches.toString();
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate(
      ([fn, value]) => {
        const el = document.activeElement;
        return el ? (new Function(`return (${fn})`)() as (el: Element, arg: unknown) => boolean)(el, value) : false;
      },
      [source, arg] as const,
    );
    if (found) return;
  }
  throw new Error(`Per Tab nicht erreicht: ${source}`);
}
