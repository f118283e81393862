import { sql } from "drizzle-orm";
import type { CatalogueDb } from "~/catalogue/db.server";
import { countPendingChanges } from "~/catalogue/outbox.server";

/** Entries count as stale when nobody confirmed them within this many months. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The ISO timestamp before which a review counts as overdue. */
export function staleBefore(now = new Date()): string {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - REVIEW_INTERVAL_MONTHS);
  return limit.toISOString();
}

/** Figures for the back office's start page. */
export function adminOverview(db: CatalogueDb, now = new Date()) {
  const limit = staleBefore(now);
  const row = db.get<{ published: number; drafts: number; stale: number; approximate: number }>(sql`
    select
      sum(status = 'published') as published,
      sum(status = 'draft') as drafts,
      sum(reviewed_at is null or reviewed_at < ${limit}) as stale,
      sum(geo_precision is null or geo_precision <> 'exact') as approximate
    from (
      select status, reviewed_at, geo_precision from institutions
      union all
      select status, reviewed_at, geo_precision from offers
    )`);
  return {
    published: row.published ?? 0,
    drafts: row.drafts ?? 0,
    stale: row.stale ?? 0,
    approximate: row.approximate ?? 0,
    pendingSync: countPendingChanges(db),
  };
}
