// Imports educational places from an OpenStreetMap export into the catalogue.
//   npx tsx scripts/import-osm.ts export.json [--dry-run]
// The Overpass query that produces export.json is in scripts/import/osm.ts. New places become
// drafts (an editor publishes them after a look); places imported before are updated in
// place and keep their status. One transaction: either the whole export is in, or nothing.
// The running server's sync worker picks the outbox rows up; `npm run search:reindex` works too.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { datasets, district, institutions, municipalities, offers, postcodes } from "../db/schema";
import { type Actor, recordAudit, recordAudits } from "~/admin/audit.server";
import { refreshDatasetCount } from "~/admin/provenance.server";
import { allocateSlug } from "~/admin/csv-import";
import type { CatalogueDb } from "~/catalogue/db.server";
import { recordChange } from "~/catalogue/outbox.server";
import { getEnv } from "~/env.server";
import { buildGazetteer } from "./import/municipalities";
import {
  type CatalogueInstitution,
  convertOverpass,
  type DistrictShapes,
  OSM_DATASET_ID,
  osmDataset,
  type OsmConversion,
  type OsmPlan,
  parseOverpassExport,
  planOsmImport,
} from "./import/osm";
import { closeCatalogue, prepareCatalogue } from "./runtime";

type Log = (message: string) => void;
const defaultLog: Log = (message) => console.log(`[import] ${message}`);
const de = (n: number) => n.toLocaleString("de-DE");

/** Rows per INSERT; progress is printed after every batch that crosses a multiple of PROGRESS_EVERY. */
const BATCH = 100;
const PROGRESS_EVERY = 1000;

export function loadDistrictShapes(db: CatalogueDb): DistrictShapes {
  const outline = db.select().from(district).get();
  if (!outline) throw new Error("[import] Der Katalog hat keine Kreisgrenze (npm run db:seed).");
  return {
    district: outline.boundary,
    gazetteer: buildGazetteer(db.select().from(municipalities).all(), db.select().from(postcodes).all()),
  };
}

export function loadCatalogueInstitutions(db: Pick<CatalogueDb, "select">): CatalogueInstitution[] {
  return db
    .select({
      id: institutions.id,
      slug: institutions.slug,
      sourceRef: institutions.sourceRef,
      stand: institutions.stand,
      name: institutions.name,
      sector: institutions.sector,
      type: institutions.type,
      types: institutions.types,
      carrier: institutions.carrier,
      street: institutions.street,
      postcode: institutions.postcode,
      town: institutions.town,
      municipalityAgs: institutions.municipalityAgs,
      lat: institutions.lat,
      lng: institutions.lng,
      geoPrecision: institutions.geoPrecision,
      geoSource: institutions.geoSource,
      phone: institutions.phone,
      email: institutions.email,
      website: institutions.website,
      description: institutions.description,
      ageMin: institutions.ageMin,
      ageMax: institutions.ageMax,
      sourceUrls: institutions.sourceUrls,
      licence: institutions.licence,
    })
    .from(institutions)
    .all();
}

export interface OsmImportReport {
  conversion: Pick<OsmConversion, "outside" | "skipped" | "stand">;
  plan: OsmPlan;
  dryRun: boolean;
  inserted: number[];
  updated: number[];
  ms: number;
}

function summaryOf(conversion: OsmConversion, plan: OsmPlan, elements: number) {
  return {
    elements,
    outside: conversion.outside,
    skipped: conversion.skipped.length,
    inserted: plan.inserts.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    duplicates: plan.duplicates.length,
    missing: plan.missing.length,
  };
}

/**
 * Plans against the catalogue and writes in one transaction: entries, outbox rows, audit rows
 * and the dataset. Planning inside the transaction means an edit made meanwhile cannot be
 * overwritten by a plan computed before it.
 */
export function writeOsmImport(
  db: CatalogueDb,
  conversion: OsmConversion,
  context: { actor: Actor; fileName: string; elements: number; log?: Log },
) {
  const log = context.log ?? defaultLog;
  return db.transaction((tx) => {
    const plan = planOsmImport(conversion, loadCatalogueInstitutions(tx));
    printPlan(conversion, plan, log);
    const dataset = osmDataset(plan.stand);
    tx.insert(datasets)
      .values({ ...dataset, recordCount: 0 })
      .onConflictDoUpdate({ target: datasets.id, set: { stand: dataset.stand } })
      .run();
    const taken = new Set([
      ...tx.select({ slug: institutions.slug }).from(institutions).all().map((row) => row.slug),
      ...tx.select({ slug: offers.slug }).from(offers).all().map((row) => row.slug),
    ]);
    const records = plan.inserts.map((entry) => ({
      ...entry.values,
      slug: allocateSlug(taken, entry.values.name, entry.municipalitySlug),
      typeDetail: null,
      targetGroup: null,
      facts: {},
      datasetId: OSM_DATASET_ID,
      sourceRef: entry.sourceRef,
      stand: plan.stand,
      // New places wait for an editor: OSM has everything from the village hall to the
      // private tutoring room, and the seed's lists may have the same school under its own name.
      status: "draft" as const,
    }));
    const total = records.length + plan.updates.length;
    let written = 0;
    const progress = (step: number) => {
      const before = written;
      written += step;
      if (total >= PROGRESS_EVERY && Math.floor(written / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) {
        log(`${de(written)} von ${de(total)} geschrieben …`);
      }
    };

    const idOf = new Map<string, number>();
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      for (const row of tx.insert(institutions).values(batch).returning({ id: institutions.id, sourceRef: institutions.sourceRef }).all()) {
        idOf.set(row.sourceRef, row.id);
      }
      progress(batch.length);
    }
    const inserted = records.map((record) => {
      const id = idOf.get(record.sourceRef);
      if (id === undefined) throw new Error(`[import] keine id für ${record.sourceRef}`);
      return { id, record };
    });
    recordAudits(
      tx,
      inserted.map(({ id, record }) => ({ actor: context.actor, entity: "institution" as const, entityId: id, action: "create", after: record })),
    );

    const now = new Date().toISOString();
    for (const update of plan.updates) {
      tx.update(institutions).set({ ...update.after, updatedAt: now }).where(eq(institutions.id, update.id)).run();
      recordAudit(tx, { actor: context.actor, entity: "institution", entityId: update.id, action: "update", before: update.before, after: update.after });
      progress(1);
    }

    const changed = [...inserted.map((entry) => entry.id), ...plan.updates.map((update) => update.id)];
    recordChange(
      tx,
      changed.map((entityId) => ({ entity: "institution" as const, entityId, operation: "upsert" as const })),
    );
    refreshDatasetCount(tx, OSM_DATASET_ID);
    recordAudit(tx, {
      actor: context.actor,
      entity: "import",
      action: "import",
      after: { source: "osm", fileName: context.fileName, stand: plan.stand, ...summaryOf(conversion, plan, context.elements) },
    });
    return { plan, inserted: inserted.map((entry) => entry.id), updated: plan.updates.map((update) => update.id) };
  }, { behavior: "immediate" });
}

/** Reads an export, plans against the catalogue and (unless dry) writes; logs what it does. */
export function importOsm(
  db: CatalogueDb,
  text: string,
  options: { fileName: string; dryRun?: boolean; log?: Log; actor?: Actor },
): OsmImportReport {
  const log = options.log ?? defaultLog;
  const started = performance.now();
  const parsed = parseOverpassExport(text);
  if (!parsed.ok) throw new Error(`[import] ${options.fileName}: ${parsed.reason}`);
  const total = parsed.value.elements.length;
  log(`${options.fileName}: ${de(total)} Elemente, ${parsed.value.osm3s.timestamp_osm_base}`);
  const conversion = convertOverpass(parsed.value, loadDistrictShapes(db), (done) => log(`${de(done)} von ${de(total)} gelesen …`));
  let written: { plan: OsmPlan; inserted: number[]; updated: number[] };
  if (options.dryRun) {
    const plan = planOsmImport(conversion, loadCatalogueInstitutions(db));
    printPlan(conversion, plan, log);
    written = { plan, inserted: [], updated: [] };
  } else {
    written = writeOsmImport(db, conversion, { actor: options.actor ?? { script: "import-osm" }, fileName: options.fileName, elements: total, log });
  }
  const ms = performance.now() - started;
  log(
    options.dryRun
      ? `Trockenlauf: nichts geschrieben (${ms.toFixed(0)} ms).`
      : `Fertig in ${ms.toFixed(0)} ms: ${de(written.inserted.length)} neu als Entwurf, ${de(written.updated.length)} aktualisiert. Der Suchindex übernimmt die Änderungen über die Outbox.`,
  );
  return { conversion, dryRun: options.dryRun ?? false, ...written, ms };
}

function printPlan(conversion: OsmConversion, plan: OsmPlan, log: Log) {
  log(`Stand: ${plan.stand}`);
  log(`außerhalb des Landkreises: ${de(conversion.outside)}`);
  const reasons = new Map<string, number>();
  for (const skip of conversion.skipped) reasons.set(skip.reason, (reasons.get(skip.reason) ?? 0) + 1);
  log(`übersprungen: ${de(conversion.skipped.length)}`);
  for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) log(`  ${de(count)} × ${reason}`);
  log(`neu (als Entwurf): ${de(plan.inserts.length)}, aktualisiert: ${de(plan.updates.length)}, unverändert: ${de(plan.unchanged)}`);
  for (const update of plan.updates.slice(0, 20)) log(`  geändert ${update.sourceRef} „${update.name}“: ${Object.keys(update.before).join(", ")}`);
  if (plan.duplicates.length > 0) {
    log(`wohl schon im Katalog oder doppelt im Export, nicht übernommen: ${de(plan.duplicates.length)}`);
    for (const dup of plan.duplicates) log(`  ${dup.sourceRef} „${dup.name}“ ~ ${dup.match} „${dup.matchName}“`);
  }
  if (plan.missing.length > 0) {
    log(`nicht mehr im Export (bleiben im Katalog, bitte prüfen): ${de(plan.missing.length)}`);
    for (const entry of plan.missing) log(`  ${entry.sourceRef} „${entry.name}“ /angebote/${entry.slug}`);
  }
}

function main() {
  const { values, positionals } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } }, allowPositionals: true });
  const [file] = positionals;
  if (!file) {
    console.error("[import] Aufruf: npx tsx scripts/import-osm.ts export.json [--dry-run]");
    process.exit(2);
  }
  const text = fs.readFileSync(path.resolve(file), "utf8");
  const { db } = prepareCatalogue(getEnv().DATABASE_PATH);
  try {
    importOsm(db, text, { fileName: path.basename(file), dryRun: values["dry-run"] });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    closeCatalogue(db);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
