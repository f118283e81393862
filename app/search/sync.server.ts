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
  countPendingChanges,
  lastOutboxId,
  markFailed,
  markProcessed,
  markProcessedUpTo,
  pendingChanges,
} from "~/catalogue/outbox.server";
import { documentId, toSearchDocument, type SearchDocument } from "./documents";
import { assertSucceeded, writeClient, type EngineConfig } from "./meili.server";
import { apiErrorOf } from "./http-client.server";
import { INDEX_SETTINGS } from "./settings";

const FINGERPRINT_KEY = "search.fingerprint";
const LAST_SYNC_KEY = "search.lastSyncAt";
const LAST_REBUILD_KEY = "search.lastRebuildAt";
const LAST_ERROR_KEY = "search.lastError";
const LAST_ERROR_AT_KEY = "search.lastErrorAt";
const BATCH_SIZE = 1000;
/** Documents per page when the reconciliation reads the index's ids. */
const ID_PAGE_SIZE = 1000;

function log(message: string) {
  console.log(`[sync] ${message}`);
}

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function recordFailure(db: CatalogueDb, error: unknown) {
  db.transaction(() => {
    writeMeta(db, LAST_ERROR_KEY, messageOf(error).slice(0, 500));
    writeMeta(db, LAST_ERROR_AT_KEY, new Date().toISOString());
  });
}

/** What the sync module last did, for the back office; kept in `meta`, so every process sees it. */
export function syncRecord(db: CatalogueDb) {
  return {
    lastSyncAt: readMeta(db, LAST_SYNC_KEY) ?? null,
    lastRebuildAt: readMeta(db, LAST_REBUILD_KEY) ?? null,
    lastError: readMeta(db, LAST_ERROR_KEY) ?? null,
    lastErrorAt: readMeta(db, LAST_ERROR_AT_KEY) ?? null,
  };
}

/** Runs `read` in one read transaction, so its queries see the same state. */
function snapshot<T>(db: CatalogueDb, read: () => T): T {
  return db.$client.transaction(read)();
}

/** Every published entry as the index should hold it. */
export function loadSearchDocuments(db: CatalogueDb): SearchDocument[] {
  return loadAllEntrySources(db).map(toSearchDocument);
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
 * Swaps the finished build index in (first build: renames it to the live name) and waits
 * until the swap is done.
 */
async function swapIn(client: Meilisearch, liveUid: string, buildUid: string, buildCreatedAt: string) {
  const swap = (await indexExists(client, liveUid))
    ? { indexes: [liveUid, buildUid] as [string, string], rename: false }
    : { indexes: [buildUid, liveUid] as [string, string], rename: true };
  const task = client.swapIndexes([swap]);
  try {
    assertSucceeded(await task.waitTask({ timeout: 30_000 }));
    return;
  } catch (error) {
    if (apiErrorOf(error)?.cause?.code !== "task_not_found") throw error;
  }
  // The write key is limited to the portal's indexes, and Meilisearch 1.21 shows a swap
  // task (it belongs to no single index) only to keys for all indexes. The engine runs
  // tasks in the order they were enqueued, so once a task on the build index enqueued after
  // the swap has finished, the swap has too; it succeeded when the live index now carries
  // the build's creation time. That task is the clean-up the rebuild does anyway: it deletes
  // the previous live index, or finds nothing to delete after a first build's rename.
  await client.deleteIndex(buildUid).waitTask({ timeout: 30_000 });
  const live = await client.index(liveUid).getRawInfo();
  if (live.createdAt !== buildCreatedAt) {
    throw new Error(`[sync] Der neu aufgebaute Index wurde nicht eingesetzt (Tausch-Task ${(await task).taskUid}).`);
  }
}

/**
 * Builds a fresh index next to the live one, waits for every task, then swaps it in.
 * Searches keep hitting the old index until the swap, so they never see a half-built one.
 */
export async function rebuildIndex(db: CatalogueDb, config: EngineConfig) {
  const started = performance.now();
  const client = writeClient(config);
  const coveredUpTo = lastOutboxId(db);
  const documents = loadSearchDocuments(db);
  const buildUid = `${config.indexUid}_build_${Date.now()}`;

  try {
    assertSucceeded(await client.createIndex(buildUid, { primaryKey: "id" }).waitTask());
    try {
      const build = client.index(buildUid);
      const { createdAt } = await build.getRawInfo();
      assertSucceeded(await build.updateSettings(INDEX_SETTINGS).waitTask({ timeout: 30_000 }));
      for (let start = 0; start < documents.length; start += BATCH_SIZE) {
        const batch = documents.slice(start, start + BATCH_SIZE);
        assertSucceeded(await build.addDocuments(batch).waitTask({ timeout: 120_000 }));
      }
      await swapIn(client, config.indexUid, buildUid, createdAt);
    } finally {
      // After a swap this is the old live index; after a failure, the unfinished build.
      if (await indexExists(client, buildUid)) {
        await client.deleteIndex(buildUid).waitTask();
      }
    }
  } catch (error) {
    recordFailure(db, error);
    throw error;
  }

  const now = new Date().toISOString();
  db.transaction(() => {
    markProcessedUpTo(db, coveredUpTo);
    writeMeta(db, FINGERPRINT_KEY, fingerprint(documents));
    writeMeta(db, LAST_SYNC_KEY, now);
    writeMeta(db, LAST_REBUILD_KEY, now);
  });
  const ms = Math.round(performance.now() - started);
  log(`Index „${config.indexUid}“ neu aufgebaut: ${documents.length} Dokumente in ${ms} ms`);
  return { documents: documents.length, ms };
}

/** What a batch of outbox rows means for the index: documents to write and ids to remove. */
function changesFor(db: CatalogueDb, rows: { entity: OutboxEntity; entityId: number }[]) {
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
    if (ids.length === 0) continue;
    const found = loadEntrySources(db, entity, ids);
    const present = new Set(found.map((entry) => entry.id));
    upserts.push(...found.map(toSearchDocument));
    const kind = entity === "institution" ? "einrichtung" : "angebot";
    deletions.push(...ids.filter((id) => !present.has(id)).map((id) => documentId(kind, id)));
  }
  return { upserts, deletions };
}

/** Records that the index equals the catalogue again, so the next start needs no rebuild. */
export function refreshFingerprint(db: CatalogueDb) {
  writeMeta(db, FINGERPRINT_KEY, fingerprint(loadSearchDocuments(db)));
}

/**
 * Applies pending outbox rows in order and waits until the engine has applied them; rows
 * that fail stay pending with their attempt count and error. `refreshFingerprint: false`
 * leaves the fingerprint to the caller (the worker refreshes it once it is idle, which keeps
 * a single edit's way into the index short).
 */
export async function drainOutbox(
  db: CatalogueDb,
  config: EngineConfig,
  options: { batchSize?: number; refreshFingerprint?: boolean } = {},
) {
  const { batchSize = 500, refreshFingerprint: refresh = true } = options;
  const index = writeClient(config).index<SearchDocument>(config.indexUid);
  let processed = 0;
  for (;;) {
    const rows = pendingChanges(db, batchSize);
    if (rows.length === 0) break;
    try {
      const { upserts, deletions } = changesFor(db, rows);
      if (upserts.length > 0) assertSucceeded(await index.addDocuments(upserts).waitTask({ timeout: 30_000 }));
      if (deletions.length > 0) assertSucceeded(await index.deleteDocuments(deletions).waitTask({ timeout: 30_000 }));
      markProcessed(db, rows.map((row) => row.id));
      processed += rows.length;
    } catch (error) {
      markFailed(db, rows.map((row) => row.id), messageOf(error));
      recordFailure(db, error);
      throw error;
    }
  }
  if (processed > 0) {
    writeMeta(db, LAST_SYNC_KEY, new Date().toISOString());
    if (refresh) refreshFingerprint(db);
    log(`${plural(processed, "Änderung", "Änderungen")} aus der Warteschlange übernommen`);
  }
  return { processed };
}

/**
 * Brings the index up to date: a full rebuild when the index is missing, its settings or
 * documents differ from the catalogue's fingerprint, or its size is off; otherwise only
 * the outbox is drained.
 */
export async function syncSearchIndex(db: CatalogueDb, config: EngineConfig) {
  const client = writeClient(config);
  const documents = loadSearchDocuments(db);
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

export type ReconcileReport = {
  checkedAt: string;
  /** The index holds exactly the catalogue's published entries, each in its current version. */
  ok: boolean;
  catalogue: { documents: number; lastUpdatedAt: string | null };
  index: { exists: boolean; documents: number; lastUpdatedAt: string | null };
  /** Document ids, sorted: published but not in the index … */
  missing: string[];
  /** … in the index but not published (deleted, draft) … */
  extra: string[];
  /** … and in the index with another `updatedAt` than the catalogue row. */
  outdated: string[];
  /** Changes still waiting in the outbox; they explain differences until they are drained. */
  pending: number;
};

function latest(values: Iterable<string | null | undefined>): string | null {
  let max: string | null = null;
  for (const value of values) if (value && (max === null || value > max)) max = value;
  return max;
}

/**
 * Compares the index with the catalogue: document counts, the newest change on both sides,
 * the ids each side lacks and documents in an older version. Reads only.
 */
export async function reconcile(db: CatalogueDb, config: EngineConfig): Promise<ReconcileReport> {
  const client = writeClient(config);
  const { documents, pending } = snapshot(db, () => ({
    documents: loadSearchDocuments(db),
    pending: countPendingChanges(db),
  }));
  const exists = await indexExists(client, config.indexUid);
  const indexed = new Map<string, string | null>();
  let numberOfDocuments = 0;
  if (exists) {
    const index = client.index<SearchDocument>(config.indexUid);
    numberOfDocuments = (await index.getStats()).numberOfDocuments;
    for (let offset = 0; ; offset += ID_PAGE_SIZE) {
      const page = await index.getDocuments({ fields: ["id", "updatedAt"], limit: ID_PAGE_SIZE, offset });
      for (const document of page.results) indexed.set(document.id, document.updatedAt ?? null);
      if (page.results.length < ID_PAGE_SIZE) break;
    }
  }
  const expected = new Map(documents.map((document) => [document.id, document.updatedAt]));
  const missing = [...expected.keys()].filter((id) => !indexed.has(id)).sort();
  const extra = [...indexed.keys()].filter((id) => !expected.has(id)).sort();
  const outdated = [...expected]
    .filter(([id, updatedAt]) => indexed.has(id) && indexed.get(id) !== updatedAt)
    .map(([id]) => id)
    .sort();
  const catalogue = { documents: documents.length, lastUpdatedAt: latest(expected.values()) };
  const inIndex = { exists, documents: numberOfDocuments, lastUpdatedAt: latest(indexed.values()) };
  return {
    checkedAt: new Date().toISOString(),
    ok:
      exists &&
      inIndex.documents === catalogue.documents &&
      inIndex.lastUpdatedAt === catalogue.lastUpdatedAt &&
      missing.length + extra.length + outdated.length === 0,
    catalogue,
    index: inIndex,
    missing,
    extra,
    outdated,
    pending,
  };
}
