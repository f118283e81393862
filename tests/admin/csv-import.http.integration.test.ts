// The import pages over HTTP against the built app: upload, preview, import, report.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../db/schema";
import { Client, serveAdminApp } from "../support/admin-client";
import type { TempCatalogue } from "../support/catalogue";
import type { ServedApp } from "../support/server";

let app: ServedApp;
let catalogue: TempCatalogue;
let stop: (() => Promise<void>) | undefined;
const EDITOR = { email: "redaktion@example.org", password: "noch-ein-langes-passwort" };

beforeAll(async () => {
  // The import needs no index: the server may report itself unhealthy without one.
  ({ app, catalogue, stop } = await serveAdminApp("admin_import", { accounts: [{ ...EDITOR, name: "Redaktion", role: "editor" }], indexed: false }));
}, 180_000);

afterAll(async () => {
  await stop?.();
});

function upload(client: Client, fields: Record<string, string>, file?: { name: string; content: string | Uint8Array<ArrayBuffer> }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("datei", new Blob([file.content], { type: "text/csv" }), file.name);
  return client.request("/admin/import", { method: "POST", body: form });
}

const institutionCount = () => catalogue.db.select({ n: sql<number>`count(*)` }).from(institutions).get()?.n ?? 0;

const CSV = [
  "Name;Kategorie;Typ;Straße;PLZ;Gemeinde;Quelle;Lizenz;Stand;Status",
  "Beispiel-Kita Lindenhof;kita;Kita;Lindenweg 3;71634;Ludwigsburg;https://www.example.org;Eigene Angaben;03/2026;veroeffentlicht",
  "Beispiel-Jugendtreff Nord;jugendhilfe;Jugendtreff;;71711;Murr;https://www.example.org/treff;Eigene Angaben;03/2026;",
  "Beispiel-Bücherei;kultur;Bibliothek;;71672;;https://www.example.org;Eigene Angaben;2026;",
].join("\r\n");

/** The page's text as a reader sees it: no React text separators, entities decoded. */
const decode = (html: string) => html.replace(/<!-- -->/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");

describe("/admin/import", () => {
  it("is only for signed-in editors", async () => {
    const browser = new Client(app.url);
    for (const path of ["/admin/import", "/admin/import/vorlage.csv"]) {
      const response = await browser.request(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("Location"), path).toMatch(/^\/admin\/login/);
    }
  });

  it("offers the template as a download", async () => {
    const browser = new Client(app.url);
    await browser.login(EDITOR);
    const response = await browser.request("/admin/import/vorlage.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="vorlage-einrichtungen.csv"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toMatch(/^name;kategorie;typ;strasse;plz;/);
    expect(text).toContain("Beispiel – bitte löschen");
  });

  it("previews an upload, imports it after the second click and shows the report", async () => {
    const browser = new Client(app.url);
    await browser.login(EDITOR);
    const page = await browser.request("/admin/import");
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    const csrf = await browser.csrf("/admin/import");
    const before = institutionCount();

    const preview = await upload(browser, { csrf, intent: "vorschau" }, { name: "kitas.csv", content: CSV });
    expect(preview.status).toBe(200);
    const html = decode(await preview.text());
    expect(html).toContain("Vorschau: kitas.csv");
    expect(html).toContain("3 Zeilen gelesen");
    expect(html).toContain("PLZ 71672 gehört zu mehreren Gemeinden (Ludwigsburg, Marbach am Neckar)");
    expect(html).toContain("Importieren (3 Einträge)");
    expect(institutionCount()).toBe(before);

    const imported = await upload(browser, { csrf, intent: "importieren", csv: CSV, dateiname: "kitas.csv" });
    expect(imported.status).toBe(302);
    const location = imported.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/admin\/import\?bericht=\d+$/);
    expect(institutionCount()).toBe(before + 3);

    const report = decode(await (await browser.request(location)).text());
    expect(report).toContain("Import abgeschlossen");
    expect(report).toContain("3 Einrichtungen angelegt aus „kitas.csv“: 1 veröffentlicht, 2 Entwürfe.");
  });

  it("imports nothing from a file with an error and names the line", async () => {
    const browser = new Client(app.url);
    await browser.login(EDITOR);
    const csrf = await browser.csrf("/admin/import");
    const before = institutionCount();
    const broken = `${CSV}\r\nBeispiel-Schule;schule;Grundschule;;7163;Ludwigsburg;https://www.example.org;Eigene Angaben;2026;`;
    const response = await upload(browser, { csrf, intent: "importieren", csv: broken, dateiname: "kaputt.csv" });
    expect(response.status).toBe(400);
    const html = decode(await response.text());
    expect(html).toContain("Nichts importiert");
    expect(html).toMatch(/<td class="num">5<\/td><td>Beispiel-Schule<\/td>/);
    expect(html).toContain("plz: muss fünfstellig sein");
    expect(html).not.toContain("Importieren (");
    expect(institutionCount()).toBe(before);
  });

  it("refuses files over 5 MB, Excel workbooks and forms without token", async () => {
    const browser = new Client(app.url);
    await browser.login(EDITOR);
    const csrf = await browser.csrf("/admin/import");
    const big = await upload(browser, { csrf, intent: "vorschau" }, { name: "gross.csv", content: `${CSV}\r\n${"x".repeat(6 * 1024 * 1024)}` });
    expect(big.status).toBe(400);
    expect(decode(await big.text())).toContain("Die Datei ist 6 MB groß; erlaubt sind höchstens 5 MB.");

    const workbook = await upload(browser, { csrf, intent: "vorschau" }, { name: "kitas.xlsx", content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]) });
    expect(workbook.status).toBe(400);
    expect(decode(await workbook.text())).toContain("Das ist eine Excel- oder ZIP-Datei, keine CSV-Datei.");

    const noFile = await upload(browser, { csrf, intent: "vorschau" });
    expect(noFile.status).toBe(400);
    expect(decode(await noFile.text())).toContain("Bitte wählen Sie eine CSV-Datei aus.");

    const withoutToken = await upload(browser, { intent: "vorschau" }, { name: "kitas.csv", content: CSV });
    expect(withoutToken.status).toBe(403);
  });
});
