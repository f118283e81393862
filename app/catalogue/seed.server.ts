import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { datasets, district, institutions, municipalities, offers, postcodes } from "../../db/schema";
import { SEED_FILES } from "../../db/seed-format";
import type { CatalogueDb } from "./db.server";
import { recordChange } from "./outbox.server";

export const DEFAULT_SEED_DIR = path.resolve("db/seed");

type SeedData = { [K in keyof typeof SEED_FILES]: z.infer<(typeof SEED_FILES)[K]["schema"]> };

function readSeedFile<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): z.infer<S> {
  const full = path.join(dir, file);
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(full, "utf8")));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`[seed] ${full}: ${first?.path.join(".")}: ${first?.message}`);
  }
  return parsed.data;
}

/** Reads and validates every seed file before anything is written. */
export function readSeed(dir = DEFAULT_SEED_DIR): SeedData {
  return {
    datasets: readSeedFile(dir, SEED_FILES.datasets.file, SEED_FILES.datasets.schema),
    municipalities: readSeedFile(dir, SEED_FILES.municipalities.file, SEED_FILES.municipalities.schema),
    district: readSeedFile(dir, SEED_FILES.district.file, SEED_FILES.district.schema),
    postcodes: readSeedFile(dir, SEED_FILES.postcodes.file, SEED_FILES.postcodes.schema),
    institutions: readSeedFile(dir, SEED_FILES.institutions.file, SEED_FILES.institutions.schema),
    offers: readSeedFile(dir, SEED_FILES.offers.file, SEED_FILES.offers.schema),
  };
}

export function isCatalogueEmpty(db: CatalogueDb): boolean {
  const row = db.select({ count: sql<number>`count(*)` }).from(municipalities).get();
  return (row?.count ?? 0) === 0;
}

/**
 * Loads the seed in one transaction, with an outbox row per entry: either the whole
 * catalogue is there afterwards, or nothing is.
 */
export function seedCatalogue(db: CatalogueDb, seed: SeedData = readSeed()) {
  const counts = db.transaction((tx) => {
    for (const row of seed.datasets) tx.insert(datasets).values(row).run();
    for (const row of seed.municipalities) tx.insert(municipalities).values(row).run();
    tx.insert(district).values(seed.district).run();
    for (const row of seed.postcodes) tx.insert(postcodes).values(row).run();

    const institutionIds = new Map<string, number>();
    for (const row of seed.institutions) {
      const inserted = tx.insert(institutions).values(row).returning({ id: institutions.id }).get();
      institutionIds.set(row.slug, inserted.id);
    }
    const offerIds: number[] = [];
    for (const { institutionSlug, ...row } of seed.offers) {
      const institutionId = institutionSlug ? institutionIds.get(institutionSlug) : undefined;
      if (institutionSlug && institutionId === undefined) {
        throw new Error(`[seed] Angebot ${row.slug}: Einrichtung ${institutionSlug} fehlt im Seed`);
      }
      const inserted = tx
        .insert(offers)
        .values({ ...row, institutionId: institutionId ?? null })
        .returning({ id: offers.id })
        .get();
      offerIds.push(inserted.id);
    }
    recordChange(tx, [
      ...[...institutionIds.values()].map((entityId) => ({ entity: "institution" as const, entityId, operation: "upsert" as const })),
      ...offerIds.map((entityId) => ({ entity: "offer" as const, entityId, operation: "upsert" as const })),
    ]);
    return {
      datasets: seed.datasets.length,
      municipalities: seed.municipalities.length,
      district: 1,
      postcodes: seed.postcodes.length,
      institutions: institutionIds.size,
      offers: offerIds.length,
    };
  });
  return counts;
}

/**
 * Catalogues seeded before the district outline existed get it from the seed. It is
 * reference data like the Gemeinden, which editors never change, so adding it leaves every
 * entry alone. Returns whether it was added.
 */
export function seedMissingDistrict(db: CatalogueDb, dir = DEFAULT_SEED_DIR): boolean {
  if (isCatalogueEmpty(db) || db.select({ ags: district.ags }).from(district).get()) return false;
  const row = readSeedFile(dir, SEED_FILES.district.file, SEED_FILES.district.schema);
  db.insert(district).values(row).run();
  return true;
}
