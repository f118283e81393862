// A throwaway SQLite catalogue per test file: a fresh temp file, migrations applied and the
// real seed (db/seed/*.json) loaded, exactly as `npm start` prepares it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { institutions, municipalities } from "../../db/schema";
import type { CatalogueDb } from "~/catalogue/db.server";
import { closeCatalogue, prepareCatalogue } from "../../scripts/runtime";

export type TempCatalogue = {
  db: CatalogueDb;
  dir: string;
  databasePath: string;
  cleanup: () => void;
};

export function createTempCatalogue(name: string): TempCatalogue {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bildungsportal-${name}-`));
  const databasePath = path.join(dir, "catalogue.sqlite");
  let db: CatalogueDb;
  try {
    db = prepareCatalogue(databasePath).db;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    db,
    dir,
    databasePath,
    cleanup: () => {
      closeCatalogue(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A seeded institution by its exact name (and Gemeinde, where the name is not unique). */
export function findInstitution(db: CatalogueDb, name: string, municipalitySlug?: string) {
  const rows = db
    .select({ institution: institutions, municipality: municipalities })
    .from(institutions)
    .leftJoin(municipalities, eq(institutions.municipalityAgs, municipalities.ags))
    .where(eq(institutions.name, name))
    .all()
    .filter((row) => municipalitySlug === undefined || row.municipality?.slug === municipalitySlug);
  if (rows.length !== 1) {
    throw new Error(`Seed: ${rows.length} Einrichtungen „${name}“ (${municipalitySlug ?? "alle Gemeinden"}), erwartet 1`);
  }
  const [row] = rows;
  return row!;
}
