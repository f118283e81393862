// The back office in a real browser: sign in, change an entry's phone number, and see it on
// the public page; with JavaScript and without, and with axe on the pages an editor uses.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "~/admin/users.server";
import { seriousViolations, serverErrors, startBrowserApp, type BrowserApp } from "../support/browser-app";
import { findInstitution } from "../support/catalogue";

let site: BrowserApp;
const EDITOR = { email: "redaktion@example.org", password: "ein-langes-test-passwort" };
let school: { slug: string; id: number; name: string };

beforeAll(async () => {
  site = await startBrowserApp("admin");
  await createUser(site.catalogue.db, { ...EDITOR, name: "Erika Redaktion", role: "editor" }, { script: "test" });
  const row = findInstitution(site.catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution;
  school = { slug: row.slug, id: row.id, name: row.name };
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

async function signIn(page: Page, target = "/admin") {
  await page.goto(`${site.url}${target}`);
  expect(new URL(page.url()).pathname).toBe("/admin/login");
  await page.getByLabel("E-Mail-Adresse").fill(EDITOR.email);
  await page.getByLabel("Passwort").fill(EDITOR.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname !== "/admin/login");
  await page.getByText(/^Angemeldet als /).waitFor();
}

async function changePhone(page: Page, phone: string) {
  await page.goto(`${site.url}/admin/eintraege`);
  await page.getByLabel("Name oder Titel enthält").fill(school.name);
  await page.getByRole("button", { name: "Filtern" }).click();
  // Several schools share the name: take the one in Marbach.
  const link = page.getByRole("link", { name: school.name, exact: true }).and(page.locator(`[href="/admin/eintraege/einrichtung/${school.id}"]`));
  await link.click();
  await page.waitForURL(`**/admin/eintraege/einrichtung/${school.id}`);
  await page.getByLabel("Telefon", { exact: true }).fill(phone);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "gespeichert" }).first().waitFor();
}

async function publicPhone(phone: string) {
  // A fresh context: nothing cached from earlier visits.
  const { context, page } = await site.openPage({ javaScriptEnabled: false });
  try {
    await page.goto(`${site.url}/angebote/${school.slug}`);
    return await page.getByRole("link", { name: phone, exact: true }).getAttribute("href");
  } finally {
    await context.close();
  }
}

describe("the back office", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`lets an editor sign in and change a phone number that the public page then shows (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const phone = javaScriptEnabled ? "07144 12345-0" : "07144 54321-9";
      const { context, page, problems } = await site.openPage({ javaScriptEnabled });
      try {
        await signIn(page);
        await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Redaktion");
        await expect(page.getByText("Angemeldet als Erika Redaktion (Redaktion)").count()).resolves.toBe(1);
        await changePhone(page, phone);
        expect(await publicPhone(phone)).toBe(`tel:${phone.replace(/[^\d+]/g, "")}`);
        // The change is in the entry's history, with who made it.
        await expect(page.getByText("Erika Redaktion").count()).resolves.toBeGreaterThan(0);
        expect(problems.consoleErrors).toEqual([]);
        expect(problems.failedRequests).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("puts a renamed entry into the public search within two seconds", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: true });
    const name = "Friedrich-Schiller-Gymnasium Testumbenennung";
    try {
      await signIn(page, `/admin/eintraege/einrichtung/${school.id}`);
      await page.getByLabel("Name der Einrichtung").fill(name);
      await page.getByRole("button", { name: "Speichern", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "gespeichert" }).first().waitFor();
      const saved = Date.now();
      let found = false;
      // The web server's sync worker brings the change to Meilisearch; poll the public API.
      while (!found && Date.now() - saved < 2_000) {
        const answer = (await (await fetch(`${site.url}/api/v1/search?q=Testumbenennung`)).json()) as { hits: { title: string }[] };
        found = answer.hits.some((hit) => hit.title === name);
        if (!found) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      console.log(`[test] Umbenennung in der Suche nach ${Date.now() - saved} ms`);
      expect(found).toBe(true);
      // Back to the real name for the other tests.
      await page.getByLabel("Name der Einrichtung").fill(school.name);
      await page.getByRole("button", { name: "Speichern", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "gespeichert" }).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it("sends a signed-out visitor to the login and back to the page asked for", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: true });
    try {
      await signIn(page, "/admin/eintraege?status=draft");
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/admin/eintraege?status=draft");
    } finally {
      await context.close();
    }
  });

  it("tells a wrong password in German at the form", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/admin/login`);
      await page.getByLabel("E-Mail-Adresse").fill("niemand@example.org");
      await page.getByLabel("Passwort").fill("falsch-falsch-falsch");
      await page.getByRole("button", { name: "Anmelden" }).click();
      await page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort ist nicht richtig." }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("has no serious accessibility problems on the pages an editor uses", async () => {
    const { context, page } = await site.openPage({ javaScriptEnabled: true });
    try {
      await page.goto(`${site.url}/admin/login`);
      expect(await seriousViolations(page), "/admin/login").toEqual([]);
      await signIn(page);
      for (const path of [
        "/admin",
        "/admin/eintraege",
        `/admin/eintraege/einrichtung/${school.id}`,
        "/admin/eintraege/neu",
        "/admin/eintraege/lage-pruefen",
        "/admin/import",
        "/admin/suchindex",
        "/admin/planung",
      ]) {
        await page.goto(`${site.url}${path}`);
        expect(await page.getByRole("heading", { level: 1 }).count(), path).toBe(1);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  it("leaves no errors in the server's output", () => {
    expect(serverErrors(site)).toEqual([]);
  });
});
