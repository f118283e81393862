// Bad input to the back office gets a German answer (400, 403, 404, 409 or a form message),
// never a 500: generated requests against every admin route, signed in, with a valid token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, serveAdminApp, type AdminApp } from "../support/admin-client";

const ADMIN = { email: "leitung@example.org", password: "richtig-langes-passwort" };
let site: AdminApp;
let client: Client;
let csrf: string;

beforeAll(async () => {
  site = await serveAdminApp("admin_hostile", { accounts: [{ ...ADMIN, name: "Leitung", role: "admin" }] });
  client = new Client(site.app.url);
  await client.login(ADMIN);
  csrf = await client.csrf("/admin");
}, 180_000);

afterAll(async () => {
  await site?.stop();
});

const NASTY = [
  "",
  " ",
  "'; DROP TABLE institutions; --",
  '"><script>alert(1)</script>',
  "\\",
  "%",
  "%E0%A4%A",
  "\u0000\u0001\u001f",
  "x".repeat(10_000),
  "-1",
  "1e309",
  "NaN",
  "999999999999999999999",
  "0x1F",
  "ä".repeat(300),
  "https://",
  "javascript:alert(1)",
  "[]",
  "{}",
];

const FIELDS = [
  "name", "sector", "type", "types", "typeDetail", "carrier", "street", "postcode", "town", "gemeinde", "lat", "lng",
  "geoPrecision", "geoSource", "phone", "email", "website", "description", "targetGroup", "ageMin", "ageMax", "topics",
  "audiences", "institution", "sourceUrls", "licence", "stand", "reviewed", "version", "status", "confirm", "role", "password",
];
const INTENTS = ["speichern", "veroeffentlichen", "zurueckziehen", "pruefen", "loeschen", "anlegen", "position", "synchronisieren", "neu-aufbauen", "abgleich", "passwort", "x", ""];

/** A deterministic pseudo-random sequence, so a failure can be repeated. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const GET_PATHS = [
  "/admin/eintraege?q=%&art=x&kategorie=y&gemeinde=z&status=q&seite=-3",
  "/admin/eintraege?seite=999999999999",
  "/admin/eintraege?q=" + encodeURIComponent("x".repeat(5_000)),
  "/admin/eintraege/einrichtung/abc",
  "/admin/eintraege/einrichtung/0",
  "/admin/eintraege/einrichtung/99999999999999999999",
  "/admin/eintraege/irgendwas/1",
  "/admin/eintraege/angebot/-1",
  "/admin/eintraege/neu?art=quatsch",
  "/admin/eintraege/lage-pruefen?gemeinde=%00&seite=abc",
  "/admin/import?bericht=abc",
  "/admin/import?bericht=99999",
  "/admin/planung?mass=quatsch&kategorie=%27",
  "/admin/benutzer/abc",
  "/admin/benutzer/999999",
  "/admin/suchindex?x=%E0%A4%A",
];

const POST_PATHS = [
  "/admin/eintraege/einrichtung/1",
  "/admin/eintraege/angebot/1",
  "/admin/eintraege/einrichtung/abc",
  "/admin/eintraege/neu",
  "/admin/eintraege/neu?art=angebot",
  "/admin/suchindex",
  "/admin/benutzer",
  "/admin/benutzer/1",
  "/admin/benutzer/abc",
  "/admin/import",
  "/admin/login",
  "/admin/logout",
];

describe("hostile input to the back office", () => {
  it("answers odd URLs without a server error", async () => {
    for (const path of GET_PATHS) {
      const response = await client.request(path);
      expect(response.status, path).toBeLessThan(500);
      await response.arrayBuffer();
    }
  });

  it("answers 600 generated form posts without a server error and keeps the session", async () => {
    const next = random(20261122);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 600; i += 1) {
      const path = pick(POST_PATHS.filter((p) => p !== "/admin/logout" && p !== "/admin/login"));
      const body = new URLSearchParams({ csrf });
      if (next() < 0.9) body.set("intent", pick(INTENTS));
      const count = 1 + Math.floor(next() * 8);
      for (let f = 0; f < count; f += 1) body.append(pick(FIELDS), pick(NASTY));
      if (next() < 0.1) body.append("csrf", "zweites-token");
      const response = await client.request(path, { method: "POST", body });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const text = await response.text();
      expect(response.status, `${path} ${body.toString().slice(0, 300)}`).toBeLessThan(500);
      // No stack trace, file path or database error reaches the page.
      expect(/\bat [\w.<>]+ \([^)]*:\d+:\d+\)|node_modules|SQLITE_|TypeError|ReferenceError/.exec(text)?.[0] ?? null, path).toBeNull();
    }
    // Still signed in: nothing above broke the session.
    expect((await client.request("/admin")).status).toBe(200);
    console.log(`[test] Antworten: ${[...statuses].sort().map(([status, n]) => `${status}×${n}`).join(", ")}`);
  });

  it("refuses a multipart upload that is not a CSV, and one without a file, in German", async () => {
    for (const make of [
      () => {
        const form = new FormData();
        form.set("csrf", csrf);
        form.set("intent", "vorschau");
        form.set("datei", new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff])]), "tabelle.xlsx");
        return form;
      },
      () => {
        const form = new FormData();
        form.set("csrf", csrf);
        form.set("intent", "vorschau");
        return form;
      },
      () => {
        const form = new FormData();
        form.set("csrf", csrf);
        form.set("intent", "importieren");
        form.set("csv", "name;kategorie\n\u0000;\u0000");
        return form;
      },
    ]) {
      const response = await client.request("/admin/import", { method: "POST", body: make() });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Datei|Zeile|Spalte|CSV/);
    }
  });
});
