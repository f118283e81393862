// Where entries made in the back office come from. The seed's entries name their open-data
// source; an entry an editor creates or imports names the editorial office instead, with the
// licence the editor states, so /datenquellen stays truthful.
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { datasets, institutions, offers } from "../../db/schema";
import type { CatalogueDb } from "~/catalogue/db.server";
import { getEnv } from "~/env.server";

export const EDITORIAL_DATASET_ID = "redaktion";

type Tx = Pick<CatalogueDb, "insert" | "select" | "update">;

/** Creates the dataset "Eingaben der Redaktion" on first use; returns its id. */
export function ensureEditorialDataset(tx: Tx): string {
  const existing = tx.select({ id: datasets.id }).from(datasets).where(eq(datasets.id, EDITORIAL_DATASET_ID)).get();
  if (existing) return existing.id;
  const publisher = getEnv().OPERATOR_NAME ?? "Redaktion des Bildungsportals";
  tx.insert(datasets)
    .values({
      id: EDITORIAL_DATASET_ID,
      title: "Eingaben der Redaktion",
      publisher,
      licence: "Je Eintrag angegeben",
      licenceUrl: null,
      attribution: `Angaben erfasst von: ${publisher}`,
      stand: "Je Eintrag angegeben",
      sourceUrls: [],
      caveats: "Einträge, die die Redaktion im Portal angelegt oder per CSV importiert hat. Quelle, Lizenz und Stand stehen am einzelnen Eintrag.",
      recordCount: 0,
    })
    .run();
  return EDITORIAL_DATASET_ID;
}

/** A source reference for an entry made in the back office (`redaktion:…`), unique. */
export function editorialSourceRef(): string {
  return `${EDITORIAL_DATASET_ID}:${crypto.randomUUID()}`;
}

/** Keeps a dataset's record count equal to its published entries; call after every status change. */
export function refreshDatasetCount(tx: Tx, datasetId: string) {
  tx.update(datasets)
    .set({
      recordCount: sql`(select count(*) from ${institutions} where ${institutions.datasetId} = ${datasetId} and ${institutions.status} = 'published')
        + (select count(*) from ${offers} where ${offers.datasetId} = ${datasetId} and ${offers.status} = 'published')`,
    })
    .where(eq(datasets.id, datasetId))
    .run();
}
