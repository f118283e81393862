// The only code that writes to Meilisearch. The SQLite catalogue is the truth; the index is
// derived from it: either rebuilt completely (fresh index, then swapped in) or brought up to
// date by draining the outbox.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Meilisearch } from "meilisearch";
import { meta, type OutboxEntity } from "../../db/schema";
import type { CatalogueDb } from "~/catalogue/db.server";
import { loadAllEntrySources, loadEntrySources } from "~/catalogue/entries.server";
import {
  lastOutboxId,
  markFailed,
  markProcessed,
  markProcessedUpTo,
  pendingChanges,
} from "~/catalogue/outbox.server";
import { documentId, toSearchDocument, type SearchDocument } from "./documents";
import { adminClient, assertSucceeded, type EngineConfig } from "./meili.server";
import { apiErrorOf } from "./http-client.server";
import { INDEX_SETTINGS } from "./settings";

const FINGERPRINT_KEY = "search.fingerprint";
const BATCH_SIZE = 1000;

function log(message: string) {
  console.log(`[sync] ${message}`);
}

/** Changes whenever the settings or any indexed document change. */
export function fingerprint(documents: SearchDocument[]): string {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify(INDEX_SETTINGS))
    .update(JSON.stringify(documents))
    .digest("hex");
}

function readMeta(db: CatalogueDb, key: string): string | undefined {
  return db.select().from(meta).where(eq(meta.key, key)).get()?.value;
}

function writeMeta(db: CatalogueDb, key: string, value: string) {
  db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
}

async function indexExists(client: Meilisearch, uid: string) {
  try {
    await client.index(uid).getRawInfo();
    return true;
  } catch (error) {
    if (apiErrorOf(error)?.cause?.code === "index_not_found") return false;
    throw error;
  }
}

async function documentCount(client: Meilisearch, uid: string) {
  return (await client.index(uid).getStats()).numberOfDocuments;
}

/**
 * Builds a fresh index next to the live one, waits for every task, then swaps it in.
 * Searches keep hitting the old index until the swap, so they never see a half-built one.
 */
export async function rebuildIndex(db: CatalogueDb, config: EngineConfig) {
  const started = performance.now();
  const client = adminClient(config);
  const coveredUpTo = lastOutboxId(db);
  const documents = loadAllEntrySources(db).map(toSearchDocument);
  const buildUid = `${config.indexUid}_build_${Date.now()}`;

  assertSucceeded(await client.createIndex(buildUid, { primaryKey: "id" }).waitTask());
  try {
    const build = client.index(buildUid);
    assertSucceeded(await build.updateSettings(INDEX_SETTINGS).waitTask());
    for (let start = 0; start < documents.length; start += BATCH_SIZE) {
      const batch = documents.slice(start, start + BATCH_SIZE);
      assertSucceeded(await build.addDocuments(batch).waitTask({ timeout: 120_000 }));
    }
    // First build: rename the build index (rename moves the first name to the second).
    const swap = (await indexExists(client, config.indexUid))
      ? { indexes: [config.indexUid, buildUid] as [string, string], rename: false }
      : { indexes: [buildUid, config.indexUid] as [string, string], rename: true };
    assertSucceeded(await client.swapIndexes([swap]).waitTask());
  } finally {
    // After a swap this is the old live index; after a failure, the unfinished build.
    if (await indexExists(client, buildUid)) {
      await client.deleteIndex(buildUid).waitTask();
    }
  }

  markProcessedUpTo(db, coveredUpTo);
  writeMeta(db, FINGERPRINT_KEY, fingerprint(documents));
  const ms = Math.round(performance.now() - started);
  log(`Index „${config.indexUid}“ neu aufgebaut: ${documents.length} Dokumente in ${ms} ms`);
  return { documents: documents.length, ms };
}

/** Applies pending outbox rows in order; rows that fail stay pending with their error. */
export async function drainOutbox(db: CatalogueDb, config: EngineConfig, batchSize = 500) {
  const client = adminClient(config);
  const index = client.index<SearchDocument>(config.indexUid);
  let processed = 0;
  for (;;) {
    const rows = pendingChanges(db, batchSize);
    if (rows.length === 0) break;
    try {
      // Later rows of the same entry supersede earlier ones; the catalogue holds the state.
      const touched = new Map<OutboxEntity, Set<number>>([
        ["institution", new Set()],
        ["offer", new Set()],
      ]);
      for (const row of rows) touched.get(row.entity)?.add(row.entityId);
      const upserts: SearchDocument[] = [];
      const deletions: string[] = [];
      for (const [entity, idSet] of touched) {
        const ids = [...idSet];
        const found = loadEntrySources(db, entity, ids);
        const present = new Set(found.map((entry) => entry.id));
        upserts.push(...found.map(toSearchDocument));
        const kind = entity === "institution" ? "einrichtung" : "angebot";
        deletions.push(...ids.filter((id) => !present.has(id)).map((id) => documentId(kind, id)));
      }
      if (upserts.length > 0) assertSucceeded(await index.addDocuments(upserts).waitTask());
      if (deletions.length > 0) assertSucceeded(await index.deleteDocuments(deletions).waitTask());
      markProcessed(db, rows.map((row) => row.id));
      processed += rows.length;
    } catch (error) {
      markFailed(db, rows.map((row) => row.id), error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  if (processed > 0) {
    // The index now equals the catalogue again: record it, so the next start needs no rebuild.
    writeMeta(db, FINGERPRINT_KEY, fingerprint(loadAllEntrySources(db).map(toSearchDocument)));
    log(`${processed} Änderungen aus der Warteschlange übernommen`);
  }
  return { processed };
}

/**
 * Brings the index up to date: a full rebuild when the index is missing, its settings or
 * documents differ from the catalogue's fingerprint, or its size is off; otherwise only
 * the outbox is drained.
 */
export async function syncSearchIndex(db: CatalogueDb, config: EngineConfig) {
  const client = adminClient(config);
  const documents = loadAllEntrySources(db).map(toSearchDocument);
  const expected = fingerprint(documents);
  const live = await indexExists(client, config.indexUid);
  const stale =
    !live ||
    readMeta(db, FINGERPRINT_KEY) !== expected ||
    (await documentCount(client, config.indexUid)) !== documents.length;
  if (stale) {
    const result = await rebuildIndex(db, config);
    return { mode: "rebuild" as const, ...result };
  }
  const { processed } = await drainOutbox(db, config);
  log(`Index „${config.indexUid}“ ist aktuell (${documents.length} Dokumente)`);
  return { mode: "incremental" as const, documents: documents.length, processed };
}
