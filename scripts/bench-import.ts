// Times the CSV import of institutions: generated files of several sizes, preview and import
// against a throwaway copy of the seeded catalogue.
//   npx tsx scripts/bench-import.ts [--rows 5000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { municipalities } from "../db/schema";
import { IMPORT_COLUMNS } from "~/admin/csv-import";
import { previewImport, runImport } from "~/admin/csv-import.server";
import type { CatalogueDb } from "~/catalogue/db.server";
import { closeCatalogue, prepareCatalogue } from "./runtime";

const TYPES = [
  ["kita", "Kindergarten"],
  ["schule", "Grundschule"],
  ["jugendhilfe", "Jugendhaus"],
  ["kultur", "Bibliothek"],
  ["weiterbildung", "Volkshochschule"],
] as const;

/**
 * A valid import file with `rows` fictional institutions spread over the Gemeinden: every
 * third row with coordinates (the Gemeinde's label point), every fourth published.
 */
export function generateImportCsv(
  rows: number,
  places: Array<{ name: string; labelLat: number; labelLng: number }>,
): string {
  const header = IMPORT_COLUMNS.map((column) => column.key);
  const lines = [header.join(";")];
  for (let i = 1; i <= rows; i++) {
    const place = places[i % places.length];
    const [sector, type] = TYPES[i % TYPES.length] ?? TYPES[0];
    if (!place) throw new Error("[bench] keine Gemeinden");
    const coordinates = i % 3 === 0;
    const values: Record<string, string> = {
      name: `Beispiel-${type} ${i}`,
      kategorie: sector,
      typ: type,
      strasse: `Beispielweg ${i}`,
      ort: place.name,
      gemeinde: place.name,
      breitengrad: coordinates ? String(place.labelLat).replace(".", ",") : "",
      laengengrad: coordinates ? String(place.labelLng).replace(".", ",") : "",
      telefon: `07141 ${String(100000 + i)}`,
      email: `kontakt${i}@example.org`,
      webseite: `https://www.example.org/${i}`,
      beschreibung: "Erfundener Eintrag für den Importtest.",
      zielgruppe: sector === "kita" ? "Kinder von 1 Jahr bis Schuleintritt" : "",
      traeger: i % 2 === 0 ? "oeffentlich" : "frei",
      quelle: "https://www.example.org/quelle",
      lizenz: "Eigene Angaben (Test)",
      stand: "03/2026",
      status: i % 4 === 0 ? "veroeffentlicht" : "entwurf",
    };
    lines.push(header.map((key) => values[key] ?? "").join(";"));
  }
  return `${lines.join("\r\n")}\r\n`;
}

export function districtPlaces(db: CatalogueDb) {
  return db
    .select({ name: municipalities.name, labelLat: municipalities.labelLat, labelLng: municipalities.labelLng })
    .from(municipalities)
    .orderBy(sql`${municipalities.ags}`)
    .all();
}

function measure(rows: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bildungsportal-bench-import-"));
  try {
    const { db } = prepareCatalogue(path.join(dir, "catalogue.sqlite"));
    try {
      const text = generateImportCsv(rows, districtPlaces(db));
      const previewStart = performance.now();
      const preview = previewImport(db, text);
      const previewMs = performance.now() - previewStart;
      if (!preview.ok) throw new Error(`[bench] Vorschau mit Fehlern: ${JSON.stringify(preview.rows.find((row) => row.errors.length > 0))}`);
      const result = runImport(db, { script: "bench-import" }, text, `bench-${rows}.csv`);
      if (!result.ok) throw new Error("[bench] Import abgelehnt");
      return {
        rows,
        megabytes: Buffer.byteLength(text) / (1024 * 1024),
        previewMs,
        validateMs: result.summary.validateMs,
        writeMs: result.summary.writeMs,
        importMs: result.totalMs,
      };
    } finally {
      closeCatalogue(db);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "5000" } } });
  const largest = Number(values.rows);
  if (!Number.isInteger(largest) || largest < 1) throw new Error("[bench] --rows braucht eine positive ganze Zahl");
  const sizes = [...new Set([100, 1000, largest].filter((n) => n <= largest))];
  const results = sizes.map(measure);
  const format = (n: number) => n.toLocaleString("de-DE", { maximumFractionDigits: 1 });
  console.log("");
  console.log("| Zeilen | Datei (MB) | Vorschau (ms) | Import gesamt (ms) | davon Prüfen (ms) | davon Schreiben (ms) |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${format(r.rows)} | ${r.megabytes.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} | ${format(r.previewMs)} | ${format(r.importMs)} | ${format(r.validateMs)} | ${format(r.writeMs)} |`,
    );
  }
  console.log("\nImport = eine Transaktion: Prüfen wie in der Vorschau, Einfügen, Outbox- und Protokollzeilen.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
