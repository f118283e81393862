// Every page type in a real browser, in German and in English: it answers 200, axe finds no
// serious or critical WCAG 2.1 A/AA violation, it fits a 320 px wide screen (and so 200 %
// zoom) without horizontal scrolling, and it works with JavaScript switched off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";
import { serveApp } from "../support/server";

let site: BrowserApp;
let pages: { name: string; path: string }[];

beforeAll(async () => {
  site = await startBrowserApp("a11y");
  const school = findInstitution(site.catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution;
  const german = [
    { name: "Startseite", path: "/" },
    { name: "Suche", path: "/suche?q=kita" },
    { name: "Suche ohne Treffer", path: "/suche?q=xyzzyq" },
    { name: "Eintrag", path: `/angebote/${school.slug}` },
    { name: "Gemeinden", path: "/gemeinden" },
    { name: "Gemeinde", path: "/gemeinden/marbach-am-neckar" },
    { name: "Familien", path: "/familien" },
    { name: "Lehrkräfte", path: "/lehrkraefte" },
    { name: "Beratung", path: "/beratung" },
    { name: "Thema", path: "/themen/uebergang-schule-beruf" },
    { name: "Bildungsregion", path: "/bildungsregion" },
    { name: "Projekte", path: "/projekte" },
    { name: "Merkliste", path: "/merkliste" },
    { name: "Datenquellen", path: "/datenquellen" },
    { name: "Impressum", path: "/impressum" },
    { name: "Datenschutz", path: "/datenschutz" },
    { name: "Barrierefreiheit", path: "/barrierefreiheit" },
    { name: "Leichte Sprache", path: "/leichte-sprache" },
    { name: "Nicht gefunden", path: "/angebote/gibt-es-nicht" },
  ];
  pages = [
    ...german,
    ...german.map(({ name, path }) => ({ name: `${name} (englisch)`, path: path === "/" ? "/en" : `/en${path}` })),
  ];
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

describe("every page type", () => {
  it("answers, is axe-clean and fits 320 px, with JavaScript", async () => {
    const { context, page, problems } = await site.openPage({ javaScriptEnabled: true });
    const findings: Record<string, unknown> = {};
    for (const { name, path } of pages) {
      await page.setViewportSize({ width: 1280, height: 800 });
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), name).toBe(name.startsWith("Nicht gefunden") ? 404 : 200);
      expect(await page.locator("html").getAttribute("lang"), name).toBe(path.startsWith("/en") ? "en" : "de");
      await page.locator("h1").first().waitFor();
      const violations = await seriousViolations(page);
      if (violations.length > 0) findings[name] = violations;
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) findings[`${name} (320 px)`] = `${overflow} px zu breit`;
    }
    expect(findings).toEqual({});
    // The browser reports the 404 of the "Nicht gefunden" page itself as a console error.
    expect(problems.consoleErrors.filter((error) => !error.includes("/angebote/gibt-es-nicht"))).toEqual([]);
    await context.close();
  }, 480_000);

  it("works without JavaScript: every page shows its content and the navigation", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    for (const { name, path } of pages) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), name).toBe(name.startsWith("Nicht gefunden") ? 404 : 200);
      expect((await page.locator("h1").first().innerText()).length, name).toBeGreaterThan(0);
      const english = path.startsWith("/en");
      expect(await page.getByRole("navigation", { name: english ? "Main navigation" : "Hauptnavigation" }).count(), name).toBe(1);
      expect(await page.getByRole("link", { name: "Impressum" }).count(), name).toBeGreaterThan(0);
    }
    await context.close();
  }, 240_000);

  it("shows clearly what the operator still has to fill in on the legal pages", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/impressum`);
    expect(await page.getByText("Das Impressum ist noch unvollständig.").count()).toBe(1);
    expect(await page.getByText("Noch nicht eingetragen (Einstellung OPERATOR_NAME)").count()).toBe(1);
    await page.goto(`${site.url}/datenschutz`);
    expect(await page.getByText("kein Zugriffsprotokoll").count()).toBe(1);
    expect(await page.getByText("keine Kartenkacheln von fremden Servern").count()).toBe(1);
    await page.goto(`${site.url}/barrierefreiheit`);
    expect(await page.getByRole("heading", { name: "Stand der Vereinbarkeit mit den Anforderungen" }).count()).toBe(1);
    expect(await page.getByText("teilweise", { exact: true }).count()).toBe(1);
    await context.close();
  });

  it("fills the Impressum, the privacy contact and the feedback address from the configuration", async () => {
    // Example values, not a real operator.
    const configured = await serveApp({
      ...site.appEnv,
      extraEnv: {
        OPERATOR_NAME: "Beispiel-Betreiber (Testdaten)",
        OPERATOR_ADDRESS: "Musterstraße 1|71638 Ludwigsburg",
        OPERATOR_REPRESENTATIVE: "Erika Mustermann",
        OPERATOR_EMAIL: "portal@example.org",
        OPERATOR_CONTENT_RESPONSIBLE: "Max Mustermann",
      },
    });
    try {
      const { context, page } = await site.openPage({ javaScriptEnabled: false });
      await page.goto(`${configured.url}/impressum`);
      const text = await page.locator("main").innerText();
      expect(text).toContain("Beispiel-Betreiber (Testdaten)");
      expect(text).toContain("Musterstraße 1");
      expect(text).not.toContain("unvollständig");
      expect(await page.getByRole("link", { name: "portal@example.org" }).getAttribute("href")).toBe("mailto:portal@example.org");
      await page.goto(`${configured.url}/barrierefreiheit`);
      expect(await page.getByRole("link", { name: "portal@example.org" }).count()).toBe(1);
      await context.close();
    } finally {
      await configured.stop();
    }
  });

  it("ties a wrong value in the search form to its field", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: true });
    await page.goto(`${site.url}/suche?q=kita&alter=abc&ort=Atlantis`);
    const age = page.getByLabel("Alter (Jahre)");
    expect(await age.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(`#${await age.getAttribute("aria-describedby")}`).innerText()).toContain("ist kein Alter");
    const place = page.getByLabel("Ort oder Postleitzahl");
    expect(await place.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(`#${await place.getAttribute("aria-describedby")}`).innerText()).toContain("kennen wir nicht");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("links every page from the navigation or the footer, in both languages", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: false });
    const expected = [
      "/suche", "/familien", "/lehrkraefte", "/beratung", "/gemeinden", "/bildungsregion", "/merkliste",
      "/themen/uebergang-kita-schule", "/themen/sprachfoerderung-grundschule", "/themen/uebergang-schule-beruf",
      "/projekte", "/datenquellen", "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache",
    ];
    for (const prefix of ["", "/en"]) {
      await page.goto(`${site.url}${prefix || "/"}`);
      const hrefs = await page.locator("header nav a, footer nav a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(hrefs).toEqual(expect.arrayContaining(expected.map((path) => `${prefix}${path}`)));
    }
    await context.close();
  });

  it("sends security headers on pages, assets and the API, with a fresh nonce for each page", async () => {
    const first = await fetch(`${site.url}/`);
    const second = await fetch(`${site.url}/`);
    const html = await first.text();
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    // Every inline script of the page carries the nonce.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) {
      if (attributes.includes("application/ld+json")) continue;
      expect(attributes).toContain(`nonce="${nonce}"`);
    }
    const asset = /href="(\/build\/[^"]+\.css)"/.exec(html)?.[1] ?? "";
    for (const response of [first, await fetch(`${site.url}${asset}`), await fetch(`${site.url}/api/v1/search?q=kita`)]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("permissions-policy")).toContain("geolocation=(self)");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});
