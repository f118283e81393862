// Converts the open data in ../shared/data into db/seed/*.json.
//   npx tsx scripts/import-open-data.ts --from ../shared/data [--out db/seed]
// Deterministic: the same input gives byte-identical files. Nothing is written unless every
// dataset-level check and the seed schema pass.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SECTORS } from "../app/catalogue/vocabulary";
import { SEED_FILES } from "../db/seed-format";
import { type Conversion, convertOpenData, type Seed } from "./import/convert";
import { readSourceTexts } from "./import/sources";
import { BOUNDARY_TOLERANCE_DEG } from "./import/municipalities";

const log = (message: string) => console.log(`[import] ${message}`);

const percent = (part: number, whole: number) => (whole === 0 ? "0" : ((100 * part) / whole).toFixed(1));

function printReport(result: Conversion) {
  const { seed } = result;
  log(
    `Gemeindegrenzen: ${result.verticesBefore} Stützpunkte → ${result.verticesAfter} ` +
      `(Duplikate entfernt, Douglas–Peucker ${BOUNDARY_TOLERANCE_DEG}° je Ring)`,
  );
  log(
    `Kreisgrenze: ${result.districtVerticesBefore} Stützpunkte → ${result.districtVerticesAfter} ` +
      `(ebenso vereinfacht)`,
  );
  for (const school of result.movedSchools) {
    log(`Geteilter Ersatzpunkt → Gemeindepunkt: ${school.ref} ${school.name} (${school.street ?? "ohne Straße"})`);
  }
  for (const warning of result.warnings) log(`Warnung: ${warning}`);
  for (const r of result.rejections) log(`Abgelehnt: ${r.file} ${r.ref} "${r.name}": ${r.reason}`);

  log(`Gemeinden: ${seed.municipalities.length}, PLZ-Zuordnungen: ${seed.postcodes.length}`);
  log(`Einrichtungen: ${seed.institutions.length}`);
  for (const sector of SECTORS) {
    log(`  ${sector.padEnd(14)} ${seed.institutions.filter((i) => i.sector === sector).length}`);
  }
  log(`Angebote: ${seed.offers.length}`);
  const exact = (list: Array<{ geoPrecision: string | null }>) => list.filter((e) => e.geoPrecision === "exact").length;
  const all = [...seed.institutions, ...seed.offers];
  log(
    `Exakte Koordinaten: Einrichtungen ${exact(seed.institutions)}/${seed.institutions.length} ` +
      `(${percent(exact(seed.institutions), seed.institutions.length)} %), Angebote ${exact(seed.offers)}/${seed.offers.length}, ` +
      `gesamt ${percent(exact(all), all.length)} %; ohne Koordinaten: ${all.filter((e) => e.geoPrecision === null).length}`,
  );
  log("Angebote: Titel → Sektor (Grund) | Themen | Zielgruppen | Alter | Einrichtung | Lage");
  for (const row of result.offerReport) {
    const age = row.ageMin === null && row.ageMax === null ? "–" : `${row.ageMin ?? ""}..${row.ageMax ?? ""}`;
    log(
      `  ${row.title} → ${row.sector} (${row.sectorReason}) | ${row.topics.join(", ") || "–"} | ` +
        `${row.audiences.join(", ") || "–"} | ${age} | ${row.institutionSlug ?? "–"} | ${row.geoPrecision ?? "–"}`,
    );
  }
  log(`Abgelehnte Zeilen: ${result.rejections.length}`);
}

/** Writes every file to a temporary name first, then renames: no half-written seed. */
function writeSeed(outDir: string, seed: Seed) {
  fs.mkdirSync(outDir, { recursive: true });
  const files = [
    [SEED_FILES.datasets.file, seed.datasets],
    [SEED_FILES.municipalities.file, seed.municipalities],
    [SEED_FILES.district.file, seed.district],
    [SEED_FILES.postcodes.file, seed.postcodes],
    [SEED_FILES.institutions.file, seed.institutions],
    [SEED_FILES.offers.file, seed.offers],
  ] as const;
  const temporary: Array<[string, string]> = [];
  try {
    for (const [file, data] of files) {
      const target = path.join(outDir, file);
      const tmp = `${target}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
      temporary.push([tmp, target]);
    }
  } catch (error) {
    for (const [tmp] of temporary) fs.rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, target] of temporary) fs.renameSync(tmp, target);
  for (const [, target] of temporary) log(`geschrieben: ${path.relative(process.cwd(), target)}`);
}

function main() {
  const { values } = parseArgs({
    options: { from: { type: "string" }, out: { type: "string", default: "db/seed" } },
  });
  if (!values.from) {
    console.error("[import] Aufruf: npx tsx scripts/import-open-data.ts --from ../shared/data [--out db/seed]");
    process.exit(2);
  }
  const result = convertOpenData(readSourceTexts(path.resolve(values.from)));
  printReport(result);
  if (result.errors.length > 0) {
    for (const error of result.errors) console.error(`[import] Fehler: ${error}`);
    console.error(`[import] ${result.errors.length} Fehler auf Datensatzebene, nichts geschrieben.`);
    process.exit(1);
  }
  writeSeed(path.resolve(values.out ?? "db/seed"), result.seed);
}

main();
