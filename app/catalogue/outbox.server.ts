import { and, asc, desc, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { searchOutbox, type OutboxEntity } from "../../db/schema";
import type { CatalogueDb } from "./db.server";

type Writer = Pick<CatalogueDb, "insert">;

/**
 * Records that an entry changed. Call it inside the same transaction as the change itself,
 * so the search index can never miss it.
 */
export function recordChange(
  tx: Writer,
  changes: { entity: OutboxEntity; entityId: number; operation: "upsert" | "delete" }[],
) {
  if (changes.length === 0) return;
  // SQLite limits bound parameters per statement; 200 rows × 3 columns stays well below.
  for (let start = 0; start < changes.length; start += 200) {
    tx.insert(searchOutbox).values(changes.slice(start, start + 200)).run();
  }
}

export function pendingChanges(db: CatalogueDb, limit: number) {
  return db
    .select()
    .from(searchOutbox)
    .where(isNull(searchOutbox.processedAt))
    .orderBy(asc(searchOutbox.id))
    .limit(limit)
    .all();
}

export function countPendingChanges(db: CatalogueDb): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(searchOutbox)
    .where(isNull(searchOutbox.processedAt))
    .get();
  return row?.count ?? 0;
}

/** When the oldest change still waiting for the index was recorded; null when none waits. */
export function oldestPendingChangeAt(db: CatalogueDb): string | null {
  const row = db
    .select({ createdAt: searchOutbox.createdAt })
    .from(searchOutbox)
    .where(isNull(searchOutbox.processedAt))
    .orderBy(asc(searchOutbox.id))
    .limit(1)
    .get();
  return row?.createdAt ?? null;
}

/** Changes whose transfer to the index failed at least once, newest first (pending or done since). */
export function recentFailedChanges(db: CatalogueDb, limit = 20) {
  return db
    .select()
    .from(searchOutbox)
    .where(and(gt(searchOutbox.attempts, 0), isNotNull(searchOutbox.lastError)))
    .orderBy(desc(searchOutbox.id))
    .limit(limit)
    .all();
}

// SQLite limits bound parameters per statement; 500 ids stay well below.
const ID_CHUNK = 500;

export function markProcessed(db: CatalogueDb, ids: number[]) {
  const now = new Date().toISOString();
  db.transaction((tx) => {
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      tx.update(searchOutbox)
        .set({ processedAt: now })
        .where(inArray(searchOutbox.id, ids.slice(start, start + ID_CHUNK)))
        .run();
    }
  });
}

/** A full rebuild covers every change recorded up to `maxId`. */
export function markProcessedUpTo(db: CatalogueDb, maxId: number) {
  db.update(searchOutbox)
    .set({ processedAt: new Date().toISOString() })
    .where(and(isNull(searchOutbox.processedAt), lte(searchOutbox.id, maxId)))
    .run();
}

/** The rows stay pending; the next attempt takes them again. */
export function markFailed(db: CatalogueDb, ids: number[], error: string) {
  db.transaction((tx) => {
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      tx.update(searchOutbox)
        .set({ attempts: sql`${searchOutbox.attempts} + 1`, lastError: error.slice(0, 500) })
        .where(inArray(searchOutbox.id, ids.slice(start, start + ID_CHUNK)))
        .run();
    }
  });
}

export function lastOutboxId(db: CatalogueDb): number {
  const row = db.select({ max: sql<number | null>`max(${searchOutbox.id})` }).from(searchOutbox).get();
  return row?.max ?? 0;
}
