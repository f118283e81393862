// The back office's defences, tested over HTTP against the built app as `npm start` serves it.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../db/schema";
import { createUser } from "~/admin/users.server";
import { Client, serveAdminApp } from "../support/admin-client";
import type { TempCatalogue } from "../support/catalogue";
import type { ServedApp } from "../support/server";

let app: ServedApp;
let catalogue: TempCatalogue;
let stop: (() => Promise<void>) | undefined;
const ADMIN = { email: "leitung@example.org", password: "richtig-langes-passwort" };
const EDITOR = { email: "redaktion@example.org", password: "noch-ein-langes-passwort" };

beforeAll(async () => {
  ({ app, catalogue, stop } = await serveAdminApp("admin_security", {
    accounts: [
      { ...ADMIN, name: "Leitung", role: "admin" },
      { ...EDITOR, name: "Redaktion", role: "editor" },
    ],
  }));
}, 180_000);

afterAll(async () => {
  await stop?.();
});

describe("back office security", () => {
  it("sends every admin page without a session to the login, and back afterwards", async () => {
    const client = new Client(app.url);
    for (const path of ["/admin", "/admin/eintraege", "/admin/benutzer", "/admin/suchindex", "/admin/planung", "/admin/import"]) {
      const response = await client.request(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("Location"), path).toMatch(/^\/admin\/login/);
    }
    expect((await client.request("/admin/eintraege?status=draft")).headers.get("Location")).toBe(
      "/admin/login?weiter=%2Fadmin%2Feintraege%3Fstatus%3Ddraft",
    );
    const csrf = await client.csrf("/admin/login");
    const login = await client.post("/admin/login", { ...ADMIN, csrf, weiter: "/admin/eintraege?status=draft" });
    expect(login.status).toBe(302);
    expect(login.headers.get("Location")).toBe("/admin/eintraege?status=draft");
    // Only back-office targets: no open redirect.
    const other = new Client(app.url);
    const token = await other.csrf("/admin/login");
    const away = await other.post("/admin/login", { ...ADMIN, csrf: token, weiter: "https://example.com/" });
    expect(away.headers.get("Location")).toBe("/admin");
  });

  it("sets a session cookie that is HttpOnly and SameSite=Lax", async () => {
    const client = new Client(app.url);
    const csrf = await client.csrf("/admin/login");
    const response = await client.post("/admin/login", { ...ADMIN, csrf });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith("bp_sitzung="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/admin/);
    // Plain HTTP here; behind HTTPS the cookie also gets Secure.
    expect(cookie).not.toMatch(/Secure/i);
    const home = await client.request("/admin");
    expect(home.status).toBe(200);
    expect(home.headers.get("Cache-Control")).toBe("no-store");
    expect(await home.text()).toContain("Angemeldet als Leitung");
  });

  it("answers a form without or with a wrong CSRF token with 403", async () => {
    const client = new Client(app.url);
    expect((await client.post("/admin/login", ADMIN)).status).toBe(403);
    await client.login(ADMIN);
    const withoutToken = await client.post("/admin/benutzer", { name: "X", email: "x@example.org", role: "editor", password: "123456789012" });
    expect(withoutToken.status).toBe(403);
    expect(await withoutToken.text()).toContain("Sicherheitstoken");
    const wrong = await client.post("/admin/logout", { csrf: "a".repeat(43) });
    expect(wrong.status).toBe(403);
    // The session survived both.
    expect((await client.request("/admin")).status).toBe(200);
    const csrf = await client.csrf("/admin");
    const logout = await client.post("/admin/logout", { csrf });
    expect(logout.headers.get("Location")).toBe("/admin/login");
    expect((await client.request("/admin")).status).toBe(302);
  });

  it("gives a new session id at every login and ends the one the browser had", async () => {
    const client = new Client(app.url);
    await client.login(ADMIN);
    const first = client.cookies.get("bp_sitzung");
    expect(first).toBeTruthy();
    await client.login(ADMIN);
    const second = client.cookies.get("bp_sitzung");
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const stale = new Client(app.url);
    stale.cookies.set("bp_sitzung", first ?? "");
    expect((await stale.request("/admin")).status).toBe(302);
    // A cookie that was never issued (fixation attempt) opens nothing either.
    const planted = new Client(app.url);
    planted.cookies.set("bp_sitzung", "selbst-ausgedacht");
    expect((await planted.request("/admin")).status).toBe(302);
  });

  it("lets editors work but not manage accounts", async () => {
    const client = new Client(app.url);
    expect((await client.login(EDITOR)).status).toBe(302);
    expect((await client.request("/admin")).status).toBe(200);
    const users = await client.request("/admin/benutzer");
    expect(users.status).toBe(403);
    expect(await users.text()).toContain("Nur Administratorinnen und Administratoren");
    const csrf = await client.csrf("/admin");
    const create = await client.post("/admin/benutzer", { csrf, name: "X", email: "x@example.org", role: "admin", password: "123456789012" });
    expect(create.status).toBe(403);
  });

  it("throttles repeated wrong passwords per account, with a German message", async () => {
    // The test server trusts no proxy, so this header must not change the throttled address.
    const client = new Client(app.url, { forwardedFor: "203.0.113.7" });
    const target = { email: "gesperrt@example.org", password: "ein-gutes-passwort-1" };
    await createUser(catalogue.db, { ...target, name: "Gesperrt", role: "editor" }, { script: "test" });
    const csrf = await client.csrf("/admin/login");
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await client.post("/admin/login", { email: target.email, password: `falsch-${attempt}`, csrf });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get("Retry-After")).toMatch(/^\d+$/);
        expect(await response.text()).toContain("Zu viele fehlgeschlagene Anmeldeversuche");
      }
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    // Even the right password waits until the lock ends.
    const right = await client.post("/admin/login", { ...target, csrf });
    expect(right.status).toBe(429);
    // Other accounts are not locked by it.
    expect((await client.post("/admin/login", { ...ADMIN, csrf })).status).toBe(302);
  });

  it("renders an XSS payload in a description as text on public pages", async () => {
    const payload = `<script>alert("xss")</script><img src=x onerror=alert(1)>`;
    const row = catalogue.db.select().from(institutions).limit(1).get();
    if (!row) throw new Error("Seed ohne Einrichtungen");
    catalogue.db.update(institutions).set({ description: payload, name: `${row.name} </script><b>fett</b>` }).where(eq(institutions.id, row.id)).run();
    const html = await (await fetch(`${app.url}/angebote/${row.slug}`)).text();
    expect(html).not.toContain("<script>alert(");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>fett</b>");
    expect(html).toContain("&lt;script&gt;alert(");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("serves the back office with the security headers and no cache", async () => {
    const response = await fetch(`${app.url}/admin/login`);
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Referrer-Policy")).toBeTruthy();
    expect(response.headers.get("Permissions-Policy")).toContain("geolocation=(self)");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.text()).toContain('<meta name="robots" content="noindex"/>');
  });

  it("ignores X-Forwarded-Proto unless told to trust a proxy", async () => {
    const response = await fetch(`${app.url}/admin/login`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
    expect(response.headers.getSetCookie().join("\n")).not.toMatch(/Secure/i);
  });
});

describe("behind an HTTPS proxy (TRUST_PROXY=1)", () => {
  it("sends HSTS and marks the cookies Secure", async () => {
    const proxied = await serveAdminApp("admin_https", {
      accounts: [{ ...ADMIN, name: "Leitung", role: "admin" }],
      indexed: false,
      extraEnv: { TRUST_PROXY: "1" },
    });
    try {
      const https = { "X-Forwarded-Proto": "https" };
      const page = await fetch(`${proxied.app.url}/admin/login`, { headers: https });
      expect(page.headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
      const csrfCookie = page.headers.getSetCookie().find((line) => line.startsWith("bp_csrf="));
      expect(csrfCookie).toMatch(/; Secure/i);
      const token = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
      const login = await fetch(`${proxied.app.url}/admin/login`, {
        method: "POST",
        redirect: "manual",
        headers: { ...https, Cookie: (csrfCookie ?? "").split(";")[0] ?? "" },
        body: new URLSearchParams({ ...ADMIN, csrf: token }),
      });
      expect(login.status).toBe(302);
      const session = login.headers.getSetCookie().find((line) => line.startsWith("bp_sitzung="));
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Lax/i);
      expect(session).toMatch(/; Secure/i);
    } finally {
      await proxied.stop();
    }
  });
});
