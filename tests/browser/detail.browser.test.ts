// An entry's page as people and machines read it: contact links, topics, the schema.org
// JSON-LD for a school, a Kita and a museum, the share link, the feedback mail and printing.
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../db/schema";
import { seriousViolations, serverErrors, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";
import { serveApp, type ServedApp } from "../support/server";

let site: BrowserApp;
let school: { path: string; phone: string };
let kita: string;
let museum: string;
const OFFER = "/angebote/musikimpulse-jugendmusikschule-ludwigsburg";
// Test data: the seed has no e-mail addresses, so the school gets one in this test's catalogue.
const SCHOOL_EMAIL = "sekretariat@schule.example.org";

beforeAll(async () => {
  site = await startBrowserApp("detail");
  const row = findInstitution(site.catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution;
  site.catalogue.db.update(institutions).set({ email: SCHOOL_EMAIL }).where(eq(institutions.id, row.id)).run();
  school = { path: `/angebote/${row.slug}`, phone: row.phone ?? "" };
  kita = `/angebote/${findInstitution(site.catalogue.db, "Kindertagesstätte Rosenweg Freudental").institution.slug}`;
  museum = `/angebote/${findInstitution(site.catalogue.db, "Schillers Geburtshaus Marbach").institution.slug}`;
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

async function jsonLdOf(page: Page): Promise<Record<string, unknown>> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0] ?? "") as Record<string, unknown>;
}

describe("the detail page", () => {
  it("links phone and e-mail, and describes the school as schema.org School", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      expect(school.phone).not.toBe("");
      await page.goto(`${site.url}${school.path}`);
      const phone = page.getByRole("link", { name: school.phone, exact: true });
      expect(await phone.getAttribute("href")).toBe(`tel:${school.phone.replace(/[^\d+]/g, "")}`);
      const email = page.getByRole("link", { name: SCHOOL_EMAIL });
      expect(await email.getAttribute("href")).toBe(`mailto:${SCHOOL_EMAIL}`);

      const canonical = `${site.url}${school.path}`;
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(canonical);
      const ld = await jsonLdOf(page);
      expect(ld).toMatchObject({
        "@context": "https://schema.org",
        "@type": "School",
        name: "Friedrich-Schiller-Gymnasium",
        mainEntityOfPage: canonical,
        telephone: school.phone,
        email: SCHOOL_EMAIL,
        address: { "@type": "PostalAddress", streetAddress: "Schulstraße 34", postalCode: "71672", addressLocality: "Marbach am Neckar" },
        geo: { "@type": "GeoCoordinates" },
      });
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it.each([
    ["a Kita", () => kita, "Preschool"],
    ["a museum", () => museum, "Museum"],
    ["a programme", () => OFFER, "Course"],
  ])("describes %s as schema.org %s", async (_name, path, type) => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}${path()}`);
      const title = await page.locator("main h1").innerText();
      expect(await jsonLdOf(page)).toMatchObject({ "@type": type, name: title, mainEntityOfPage: `${site.url}${path()}` });
    } finally {
      await context.close();
    }
  });

  it("keeps data that looks like HTML inside the JSON-LD", async () => {
    const row = findInstitution(site.catalogue.db, "Kindertagesstätte Rosenweg Freudental").institution;
    const hostile = 'Vorher</script><script>window.__eingeschleust = true</script><!-- "nachher" & mehr';
    site.catalogue.db.update(institutions).set({ description: hostile }).where(eq(institutions.id, row.id)).run();
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}${kita}`);
      expect(await page.locator(".detail__description").innerText()).toBe(hostile);
      expect((await jsonLdOf(page)).description).toBe(hostile);
      expect(await page.evaluate(() => "__eingeschleust" in window)).toBe(false);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      site.catalogue.db.update(institutions).set({ description: row.description }).where(eq(institutions.id, row.id)).run();
      await context.close();
    }
  });

  it("links the topics of a programme to the search", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}${OFFER}`);
      const topic = page.locator(".detail__facts").getByRole("link", { name: "Musik", exact: true });
      expect(await topic.getAttribute("href")).toBe("/suche?thema=musik");
      await topic.click();
      await page.waitForURL((url) => url.pathname === "/suche" && url.searchParams.get("thema") === "musik");
      expect(await page.getByRole("link", { name: "MusikImpulse (Jugendmusikschule Ludwigsburg)" }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("shows the page's address to copy without JavaScript, and no buttons that need it", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}${school.path}`);
      expect(await page.getByLabel("Link zu diesem Eintrag").inputValue()).toBe(`${site.url}${school.path}`);
      expect(await page.getByRole("button", { name: "Link kopieren" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: /Merken/ }).count()).toBe(0);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("copies the link with JavaScript", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
      await page.goto(`${site.url}${school.path}`);
      await page.getByRole("button", { name: "Link kopieren" }).click();
      await page.getByRole("status").filter({ hasText: "Link kopiert." }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}${school.path}`);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  it("offers no feedback mail when no address is configured", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}${school.path}`);
      await page.locator("main h1").waitFor();
      expect(await page.getByText("Hinweis senden").count()).toBe(0);
      expect(await page.locator('a[href^="mailto:"]').count()).toBe(1); // the school's own address
    } finally {
      await context.close();
    }
  });

  it("prints without navigation, map or buttons, with the page's address", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}${school.path}`);
      await page.getByRole("button", { name: /^Merken/ }).waitFor();
      await page.emulateMedia({ media: "print" });
      for (const selector of [".site-header nav", ".site-footer nav", ".breadcrumbs", ".map-figure", ".merken", ".detail__share"]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.getByText(`Online: ${site.url}${school.path}`).isVisible()).toBe(true);
      expect(await page.locator("main address").isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });
      expect(await page.getByText(`Online: ${site.url}${school.path}`).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it.each([
    ["the school", () => school.path],
    ["the programme", () => OFFER],
  ])("%s has no serious or critical accessibility violations", async (_name, path) => {
    const { context, page } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}${path()}`);
      await page.getByRole("button", { name: /^Merken/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the server logged no errors along the way", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});

describe("with a feedback address configured", () => {
  let withFeedback: ServedApp | undefined;

  beforeAll(async () => {
    withFeedback = await serveApp({ ...site.appEnv, extraEnv: { FEEDBACK_EMAIL: "hinweise@example.org" } });
  }, 120_000);

  afterAll(async () => {
    await withFeedback?.stop();
  });

  it("offers „Angaben veraltet? Hinweis senden“ with title and page prefilled", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${withFeedback?.url}${school.path}`);
      const link = page.getByRole("link", { name: "Angaben veraltet? Hinweis senden" });
      const href = new URL((await link.getAttribute("href")) ?? "");
      expect(href.protocol).toBe("mailto:");
      expect(href.pathname).toBe("hinweise@example.org");
      expect(href.searchParams.get("subject")).toBe("Hinweis zum Eintrag „Friedrich-Schiller-Gymnasium“");
      expect(href.searchParams.get("body")).toContain(`Seite: ${withFeedback?.url}${school.path}`);
    } finally {
      await context.close();
    }
  });
});
