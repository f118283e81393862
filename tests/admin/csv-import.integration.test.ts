// The CSV import against a real seeded catalogue: all or nothing, with outbox and audit rows.
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, datasets, institutions, searchOutbox } from "../../db/schema";
import { importReport, previewImport, runImport } from "~/admin/csv-import.server";
import { EDITORIAL_DATASET_ID } from "~/admin/provenance.server";
import { districtPlaces, generateImportCsv } from "../../scripts/bench-import";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";

let catalogue: TempCatalogue;
beforeAll(() => {
  catalogue = createTempCatalogue("csv-import");
});
afterAll(() => catalogue?.cleanup());

const actor = { script: "test" };

function totals() {
  const { db } = catalogue;
  const count = (table: typeof institutions | typeof searchOutbox | typeof auditLog) =>
    db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  return { institutions: count(institutions), outbox: count(searchOutbox), audit: count(auditLog) };
}

const HEADER = "Name;Kategorie;Typ;Straße;PLZ;Ort;Gemeinde;Breitengrad;Längengrad;Quelle;Lizenz;Stand;Status";

describe("runImport", () => {
  it("imports nothing when one row is broken, and names that row", () => {
    const before = totals();
    const text = [
      HEADER,
      "Beispiel-Kita Wiesengrund;kita;Kindergarten;Wiesenweg 1;71634;Ludwigsburg;Ludwigsburg;;;https://www.example.org;Eigene Angaben;03/2026;veroeffentlicht",
      "Beispiel-Jugendhaus Ost;jugendhilfe;Jugendhaus;;;;Ludwigsburg;;;https://www.example.org;Eigene Angaben;;entwurf",
      "Beispiel-Bibliothek;kultur;Bibliothek;;;;Murr;;;https://www.example.org;Eigene Angaben;2026;",
    ].join("\n");
    const result = runImport(catalogue.db, actor, text);
    expect(result.ok).toBe(false);
    const broken = result.preview.rows.filter((row) => row.errors.length > 0);
    expect(broken.map((row) => [row.line, row.name, row.errors])).toEqual([[3, "Beispiel-Jugendhaus Ost", ["stand: fehlt (Pflichtangabe)"]]]);
    expect(totals()).toEqual(before);
  });

  it("imports a clean file in one go: editorial provenance, slugs, places, outbox and audit rows", () => {
    const before = totals();
    const seeded = findInstitution(catalogue.db, "Stadtbibliothek Ludwigsburg – Hauptstelle im Kulturzentrum").institution;
    const text = [
      HEADER,
      "Beispiel-Kita Wiesengrund;kita;Kindergarten;Wiesenweg 1;71634;Ludwigsburg;Ludwigsburg;48,8975;9,192;https://www.example.org;Eigene Angaben;03/2026;veroeffentlicht",
      "Beispiel-Kita Wiesengrund;kita;Kindergarten;Am Bach 2;;;Murr;;;https://www.example.org/murr | www.example.org/murr-2;Eigene Angaben;Auskunft der Einrichtung, 03/2026;",
      `${seeded.name};kultur;Bibliothek;${seeded.street ?? ""};;;Ludwigsburg;;;https://www.example.org;Eigene Angaben;2026;`,
    ].join("\n");
    const preview = previewImport(catalogue.db, text);
    expect(preview.ok).toBe(true);
    expect(preview.rows[2]?.warnings.join(" ")).toContain(`/angebote/${seeded.slug}`);

    const result = runImport(catalogue.db, actor, text, "kitas.csv");
    if (!result.ok) throw new Error("import refused");
    expect(result.summary).toMatchObject({ fileName: "kitas.csv", rows: 3, inserted: 3, published: 1, drafts: 2, withWarnings: 1, outboxRows: 3 });
    const after = totals();
    expect(after.institutions - before.institutions).toBe(3);
    expect(after.outbox - before.outbox).toBe(3);
    expect(after.audit - before.audit).toBe(4);

    const rows = catalogue.db
      .select()
      .from(institutions)
      .where(eq(institutions.datasetId, EDITORIAL_DATASET_ID))
      .orderBy(institutions.id)
      .all()
      .slice(-3);
    expect(rows.map((row) => [row.slug, row.status, row.geoPrecision, row.municipalityAgs, row.postcode])).toEqual([
      ["beispiel-kita-wiesengrund", "published", "exact", "08118048", "71634"],
      ["beispiel-kita-wiesengrund-murr", "draft", "municipality", "08118054", "71711"],
      [`${seeded.slug}-ludwigsburg`, "draft", "municipality", "08118048", null],
    ]);
    expect(rows[0]).toMatchObject({ licence: "Eigene Angaben", stand: "03/2026", sourceUrls: ["https://www.example.org"], reviewedAt: null });
    expect(rows[1]?.sourceUrls).toEqual(["https://www.example.org/murr", "https://www.example.org/murr-2"]);
    expect(rows.every((row) => row.sourceRef.startsWith("redaktion:"))).toBe(true);

    const pending = catalogue.db
      .select({ entityId: searchOutbox.entityId })
      .from(searchOutbox)
      .where(and(eq(searchOutbox.entity, "institution"), isNull(searchOutbox.processedAt)))
      .all()
      .map((row) => row.entityId);
    expect(pending).toEqual(expect.arrayContaining(rows.map((row) => row.id)));

    const report = importReport(catalogue.db, result.auditId);
    expect(report).toMatchObject({ actor: "Skript test", inserted: 3, fileName: "kitas.csv" });
    const created = catalogue.db.select().from(auditLog).where(and(eq(auditLog.entity, "institution"), eq(auditLog.entityId, rows[0]!.id))).all();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: "create", actor: "Skript test" });
    expect(created[0]?.after).toMatchObject({ name: "Beispiel-Kita Wiesengrund", importLine: 2 });

    // The dataset counts what the public sees: published entries only.
    const dataset = catalogue.db.select().from(datasets).where(eq(datasets.id, EDITORIAL_DATASET_ID)).get();
    const published = catalogue.db
      .select({ n: sql<number>`count(*)` })
      .from(institutions)
      .where(and(eq(institutions.datasetId, EDITORIAL_DATASET_ID), eq(institutions.status, "published")))
      .get()?.n;
    expect(published).toBeGreaterThan(0);
    expect(dataset?.recordCount).toBe(published);
  });

  it("imports 5,000 rows in one transaction", () => {
    const before = totals();
    const text = generateImportCsv(5000, districtPlaces(catalogue.db));
    const started = performance.now();
    const result = runImport(catalogue.db, actor, text, "gross.csv");
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.preview.rows.find((row) => row.errors.length > 0))}`);
    console.log(
      `[import] 5.000 Zeilen: ${ms.toFixed(0)} ms gesamt (Prüfen ${result.summary.validateMs} ms, Schreiben ${result.summary.writeMs} ms)`,
    );
    expect(result.summary).toMatchObject({ rows: 5000, inserted: 5000, published: 1250, drafts: 3750, outboxRows: 5000 });
    const after = totals();
    expect(after.institutions - before.institutions).toBe(5000);
    expect(after.outbox - before.outbox).toBe(5000);
    expect(after.audit - before.audit).toBe(5001);
    const slugs = catalogue.db.select({ n: sql<number>`count(distinct ${institutions.slug})` }).from(institutions).get()?.n;
    expect(slugs).toBe(after.institutions);
  });
});
