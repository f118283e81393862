// A person types "kita korn" into the search box, sees suggestions while typing and picks
// the Gemeinde Kornwestheim with the keyboard. Runs the built app with scripts/serve.ts against
// the real seed catalogue and the shared Meilisearch, in Chromium from @sparticuz/chromium.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWithoutEngine, serverErrors, seriousViolations, startBrowserApp, type BrowserApp } from "../support/browser-app";
import type { ServedApp } from "../support/server";

let site: BrowserApp;

beforeAll(async () => {
  site = await startBrowserApp("suggest");
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

const openPage = (options: { javaScriptEnabled: boolean }) => site.openPage(options);

/** Opens the home page and waits until React has turned the search box into a combobox. */
async function openHome(page: Page) {
  await page.goto(`${site.url}/`);
  await page.getByRole("combobox", { name: "Suchbegriff" }).waitFor();
  return page.getByRole("combobox", { name: "Suchbegriff" });
}

describe("search suggestions in the browser", () => {
  it("suggests Kitas and Gemeinden for „kita korn“ and searches Kornwestheim when the Gemeinde is chosen", async () => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: true });
    try {
      const box = await openHome(page);
      expect(await box.getAttribute("aria-expanded")).toBe("false");
      expect(await box.getAttribute("aria-autocomplete")).toBe("list");

      await box.pressSequentially("kita korn", { delay: 40 });
      const listbox = page.getByRole("listbox", { name: "Vorschläge" });
      await listbox.waitFor();
      expect(await box.getAttribute("aria-expanded")).toBe("true");
      expect(await box.getAttribute("aria-controls")).toBe(await listbox.getAttribute("id"));

      const entries = listbox.getByRole("group", { name: "Einträge" }).getByRole("option");
      const entryNames = await entries.allInnerTexts();
      expect(entryNames.some((text) => /^Kita .*Kornwestheim/.test(text) && text.includes("Kita · Kornwestheim"))).toBe(true);
      const gemeinden = listbox.getByRole("group", { name: "Gemeinden" }).getByRole("option");
      expect(await gemeinden.allInnerTexts()).toEqual(["Korntal-Münchingen", "Kornwestheim"]);
      expect(await listbox.getByRole("group", { name: "Bereiche" }).getByRole("option").allInnerTexts()).toEqual([
        "Kita und Kindertagesbetreuung",
      ]);
      const total = await listbox.getByRole("option").count();
      expect(await page.getByRole("status").filter({ hasText: "Vorschläge" }).innerText()).toBe(`${total} Vorschläge`);

      // The popup is part of the page a person uses now: check it while it is open.
      expect(await seriousViolations(page)).toEqual([]);

      // Arrow down through the entries to the Gemeinde Kornwestheim.
      const target = listbox.getByRole("option", { name: "Kornwestheim", exact: true });
      const targetId = await target.getAttribute("id");
      for (let step = 0; step < total; step++) {
        await box.press("ArrowDown");
        if ((await box.getAttribute("aria-activedescendant")) === targetId) break;
      }
      expect(await box.getAttribute("aria-activedescendant")).toBe(targetId);
      expect(await target.getAttribute("aria-selected")).toBe("true");

      await box.press("Enter");
      await page.waitForURL((url) => url.pathname === "/suche");
      const url = new URL(page.url());
      expect(url.search).toBe("?q=kita&gemeinde=kornwestheim");

      const heading = page.locator("#ergebnisse");
      await heading.filter({ hasText: "für „kita“" }).waitFor();
      expect(await heading.innerText()).toMatch(/^\d+ Treffer für „kita“$/);
      expect(Number((await heading.innerText()).split(" ")[0])).toBeGreaterThan(0);
      await page.getByRole("link", { name: "Filter Kornwestheim entfernen" }).waitFor();
      expect(await page.getByLabel("Suchbegriff").inputValue()).toBe("kita");
      expect(await page.getByRole("listbox", { name: "Vorschläge" }).isVisible()).toBe(false);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("opens an entry with the mouse and chooses a Bereich with the keyboard", async () => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: true });
    try {
      const box = await openHome(page);
      await box.pressSequentially("vhs", { delay: 40 });
      const listbox = page.getByRole("listbox", { name: "Vorschläge" });
      await listbox.waitFor();

      // ArrowUp from the input wraps to the last option: the Bereich.
      await box.press("ArrowUp");
      const sector = listbox.getByRole("option", { name: "Weiterbildung", exact: true });
      expect(await box.getAttribute("aria-activedescendant")).toBe(await sector.getAttribute("id"));
      await box.press("Enter");
      await page.waitForURL((url) => url.pathname === "/suche");
      expect(new URL(page.url()).search).toBe("?kategorie=weiterbildung");

      const box2 = page.getByRole("combobox", { name: "Suchbegriff" });
      await box2.fill("");
      await box2.pressSequentially("Musikschule Marb", { delay: 30 });
      await listbox.waitFor();
      const entry = listbox.getByRole("option", { name: /^Musikschule Marbach-Bottwartal/ });
      await entry.click();
      await page.getByRole("heading", { level: 1, name: "Musikschule Marbach-Bottwartal" }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/angebote\//);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("closes with Escape, announces „Keine Vorschläge“ and still submits the typed words with Enter", async () => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: true });
    try {
      const box = await openHome(page);
      await box.pressSequentially("gymn", { delay: 40 });
      const listbox = page.getByRole("listbox", { name: "Vorschläge" });
      await listbox.waitFor();
      await box.press("Escape");
      await listbox.waitFor({ state: "hidden" });
      expect(await box.getAttribute("aria-expanded")).toBe("false");
      expect(await box.inputValue()).toBe("gymn");

      await box.fill("xqzvw");
      await page.getByRole("status").filter({ hasText: "Keine Vorschläge" }).waitFor();
      expect(await box.getAttribute("aria-expanded")).toBe("false");

      await box.fill("Gymnasium Marbach");
      await listbox.waitFor();
      await box.press("Enter");
      await page.waitForURL((url) => url.pathname === "/suche" && url.searchParams.get("q") === "Gymnasium Marbach");
      await page.locator("#ergebnisse").filter({ hasText: "für „Gymnasium Marbach“" }).waitFor();
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("keeps the suggestions of the latest words when an answer to earlier words comes late", async () => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: true });
    try {
      // The answer for "musik" is held back until long after the one for "musik marb".
      await page.route("**/api/v1/suggest?*", async (route) => {
        const slow = new URL(route.request().url()).searchParams.get("q") === "musik";
        const response = await route.fetch();
        if (slow) await new Promise((resolve) => setTimeout(resolve, 1_500));
        // The box may have cancelled the request meanwhile.
        await route.fulfill({ response }).catch(() => undefined);
      });
      const box = await openHome(page);
      const asked = page.waitForRequest((request) => request.url().endsWith("/api/v1/suggest?q=musik"));
      await box.pressSequentially("musik", { delay: 20 });
      await asked;
      await box.pressSequentially(" marb", { delay: 20 });

      const gemeinden = page.getByRole("group", { name: "Gemeinden" }).getByRole("option");
      await gemeinden.first().waitFor();
      expect(await gemeinden.allInnerTexts()).toEqual(["Marbach am Neckar"]);
      await page.waitForTimeout(2_000);
      expect(await gemeinden.allInnerTexts()).toEqual(["Marbach am Neckar"]);
      expect(await box.inputValue()).toBe("musik marb");
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("is the plain text input of the GET form without JavaScript", async () => {
    const { context, page, problems } = await openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}/`);
      const box = page.getByLabel("Suchbegriff");
      expect(await box.getAttribute("role")).toBeNull();
      expect(await box.getAttribute("name")).toBe("q");
      expect(await box.getAttribute("maxlength")).toBe("200");
      expect(await page.getByRole("listbox").count()).toBe(0);

      await box.fill("kita korn");
      await box.press("Enter");
      await page.waitForURL((url) => url.pathname === "/suche" && url.searchParams.get("q") === "kita korn");
      await page.locator("#ergebnisse").filter({ hasText: "für „kita korn“" }).waitFor();
      expect(await page.locator("#ergebnisse").innerText()).toMatch(/^\d+ Treffer für „kita korn“$/);
      expect(await page.getByLabel("Suchbegriff").inputValue()).toBe("kita korn");
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("the server logged no errors along the way", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});

describe("GET /api/v1/suggest", () => {
  async function get(query: string) {
    const response = await fetch(`${site.url}/api/v1/suggest${query}`);
    return { response, body: (await response.json()) as unknown };
  }

  it("answers suggestions with cacheable headers", async () => {
    const { response, body } = await get("?q=kita+korn");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(body).toMatchObject({
      query: "kita korn",
      gemeinden: [
        { slug: "korntal-muenchingen", name: "Korntal-Münchingen" },
        { slug: "kornwestheim", name: "Kornwestheim" },
      ],
      kategorien: [{ key: "kita", label: "Kita und Kindertagesbetreuung" }],
    });
  });

  it.each([
    ["", "Bitte geben Sie einen Suchbegriff ein."],
    ["?q=", "Bitte geben Sie einen Suchbegriff ein."],
    ["?q=+++", "Bitte geben Sie einen Suchbegriff ein."],
    [`?q=${"a".repeat(101)}`, "Der Suchbegriff ist zu lang (höchstens 100 Zeichen)."],
  ])("answers 400 with a German message for %j", async (query, error) => {
    const { response, body } = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toEqual({ error });
  });
});

describe("GET /api/v1/suggest when the search engine is down", () => {
  let down: ServedApp | undefined;

  beforeAll(async () => {
    down = await serveWithoutEngine(site);
  }, 120_000);

  afterAll(async () => {
    await down?.stop();
  });

  it("answers 503 with the German notice, not cached", async () => {
    const response = await fetch(`${down?.url}/api/v1/suggest?q=kita`);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({
      error: "Die Suche ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.",
    });
  });
});
