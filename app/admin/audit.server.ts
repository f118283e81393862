import { and, desc, eq } from "drizzle-orm";
import { auditLog, type AuditEntity } from "../../db/schema";
import type { CatalogueDb } from "~/catalogue/db.server";
import type { AdminUser } from "./auth.server";

type Writer = Pick<CatalogueDb, "insert">;

/** Who did it: a signed-in user, or a script run on the server (imports, reindex). */
export type Actor = AdminUser | { script: string };

export function actorLabel(actor: Actor) {
  return "script" in actor ? `Skript ${actor.script}` : `${actor.name} <${actor.email}>`;
}

export type AuditInput = {
  actor: Actor;
  entity: AuditEntity;
  entityId?: number | null;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

// Rows per INSERT: nine columns each stays far below SQLite's limit of bound parameters.
const BATCH = 100;

/**
 * Call inside the transaction of the change itself: no change without its record. Many
 * entries (an import) go in batches, which is several times faster than one by one.
 */
export function recordAudits(tx: Writer, entries: AuditInput[]) {
  const rows = entries.map((entry) => ({
    userId: "script" in entry.actor ? null : entry.actor.id,
    actor: actorLabel(entry.actor),
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
  }));
  for (let start = 0; start < rows.length; start += BATCH) {
    tx.insert(auditLog).values(rows.slice(start, start + BATCH)).run();
  }
}

export function recordAudit(tx: Writer, entry: AuditInput) {
  recordAudits(tx, [entry]);
}

/** The history of one entity, newest first. */
export function auditTrail(db: CatalogueDb, entity: AuditEntity, entityId: number, limit = 100) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}

/** What changed between two versions of a record: the fields whose values differ. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null))
    .sort()
    .map((key) => ({ field: key, before: before?.[key] ?? null, after: after?.[key] ?? null }));
}
