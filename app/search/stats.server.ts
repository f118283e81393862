// Search statistics: counted in memory (a Map increment per search), written to SQLite in
// one upsert transaction every 45 seconds and when the process exits, pruned to 90 days
// at every write. No IP address, no session, no time finer than the day is ever stored.
import { and, desc, eq, gt, gte, lt, ne, sql } from "drizzle-orm";
import { searchStats } from "../../db/schema";
import { getDb, type CatalogueDb } from "~/catalogue/db.server";
import type { SearchParams } from "./params";
import {
  countedSearch,
  firstRetainedDay,
  NO_QUERY,
  SearchTally,
  statsDay,
  STATS_RETENTION_DAYS,
  type SearchStatus,
  type StatsRow,
} from "./stats";

export const FLUSH_INTERVAL_MS = 45_000;

type RecorderOptions = {
  /** The catalogue to write to; asked at the first write, not before. */
  db: () => CatalogueDb;
  now?: () => Date;
  /** Write on a timer and at exit (the server); tests call `flush` themselves. */
  autoFlush?: boolean;
  intervalMs?: number;
};

export class SearchStatsRecorder {
  private readonly tally = new SearchTally();
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private day = { minute: -1, value: "" };
  private warnedFull = false;

  constructor(private readonly options: RecorderOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Counts one search of /suche, if it counts at all (see countedSearch). */
  record(search: { q: string; seite: number; status: SearchStatus }) {
    const counted = countedSearch(search);
    if (!counted) return;
    if (!this.tally.add(this.today(), counted) && !this.warnedFull) {
      this.warnedFull = true;
      console.warn("[stats] Zu viele verschiedene Suchanfragen seit dem letzten Schreiben; weitere werden bis dahin nicht gezählt.");
    }
    if (this.options.autoFlush && !this.timer) this.start();
  }

  /** Days change at whole minutes in every time zone: the day is worked out once a minute. */
  private today(): string {
    const date = this.now();
    const minute = Math.floor(date.getTime() / 60_000);
    if (minute !== this.day.minute) this.day = { minute, value: statsDay(date) };
    return this.day.value;
  }

  /** Pending counts not written yet (for tests and the planning page). */
  get pending(): number {
    return this.tally.size;
  }

  /**
   * Adds the pending counts to SQLite and deletes days older than the retention period, in
   * one transaction (synchronous: better-sqlite3, so it also runs in the exit handler).
   * Returns the number of rows written. On failure the counts stay for the next attempt.
   */
  flush(): number {
    if (this.tally.size === 0) return 0;
    const rows = this.tally.rows();
    writeStats(this.options.db(), rows, statsDay(this.now()));
    this.tally.clear();
    this.warnedFull = false;
    return rows.length;
  }

  /** flush, with a failure logged instead of thrown (timer, exit handler, planning page). */
  readonly flushSafely = () => {
    try {
      this.flush();
    } catch (error) {
      console.error(`[stats] Suchstatistik nicht gespeichert: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  private start() {
    // unref: the timer never keeps a process alive that has nothing else to do.
    this.timer = setInterval(this.flushSafely, this.options.intervalMs ?? FLUSH_INTERVAL_MS);
    this.timer.unref();
    process.on("exit", this.flushSafely);
  }

  /** Stops the timer and the exit handler (tests; a process that closes the catalogue early). */
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    process.off("exit", this.flushSafely);
  }
}

/** Upserts counts per day and query and prunes rows older than the retention period. */
export function writeStats(db: CatalogueDb, rows: readonly StatsRow[], today: string) {
  const firstDay = firstRetainedDay(today);
  db.transaction((tx) => {
    for (const row of rows) {
      if (row.day < firstDay) continue;
      tx.insert(searchStats)
        .values(row)
        .onConflictDoUpdate({
          target: [searchStats.day, searchStats.query],
          set: {
            searches: sql`${searchStats.searches} + excluded.searches`,
            withoutResults: sql`${searchStats.withoutResults} + excluded.without_results`,
          },
        })
        .run();
    }
    tx.delete(searchStats).where(lt(searchStats.day, firstDay)).run();
  });
}

/** The process's recorder, writing to the one catalogue connection. */
const recorder = new SearchStatsRecorder({ db: getDb, autoFlush: true });

/** The hook in runSearch: one Map increment for a search of /suche. */
export function countSearch(params: Pick<SearchParams, "q" | "seite">, outcome: { status: SearchStatus }) {
  recorder.record({ q: params.q, seite: params.seite, status: outcome.status });
}

/** Writes what this process counted so far (before the planning page reads the table). */
export function flushSearchStats() {
  recorder.flushSafely();
}

export type SearchCount = { query: string; searches: number; withoutResults: number };

export type SearchStatsSummary = {
  /** The first day counted (`YYYY-MM-DD`); the last is today. */
  since: string;
  retentionDays: number;
  /** Every counted search, with and without words. */
  searches: number;
  withoutResults: number;
  /** Searches with filters only, no words. */
  filterOnly: { searches: number; withoutResults: number };
  /** Most frequent queries first. */
  top: SearchCount[];
  /** Queries most often without results first. */
  topWithoutResults: SearchCount[];
};

/** The most frequent searches, and those most often without results, over the retention period. */
export function searchStatsSummary(db: CatalogueDb, options: { today: string; limit?: number }): SearchStatsSummary {
  const since = firstRetainedDay(options.today);
  const limit = options.limit ?? 20;
  const inPeriod = gte(searchStats.day, since);
  const searches = sql<number>`sum(${searchStats.searches})`.mapWith(Number);
  const withoutResults = sql<number>`sum(${searchStats.withoutResults})`.mapWith(Number);
  const perQuery = () =>
    db
      .select({ query: searchStats.query, searches, withoutResults })
      .from(searchStats)
      .where(and(inPeriod, ne(searchStats.query, NO_QUERY)))
      .groupBy(searchStats.query);
  const totals = (where = inPeriod) =>
    db
      .select({ searches: sql<number>`coalesce(${searches}, 0)`.mapWith(Number), withoutResults: sql<number>`coalesce(${withoutResults}, 0)`.mapWith(Number) })
      .from(searchStats)
      .where(where)
      .get() ?? { searches: 0, withoutResults: 0 };
  return {
    since,
    retentionDays: STATS_RETENTION_DAYS,
    ...totals(),
    filterOnly: totals(and(inPeriod, eq(searchStats.query, NO_QUERY))),
    top: perQuery().orderBy(desc(searches), desc(withoutResults), searchStats.query).limit(limit).all(),
    topWithoutResults: perQuery()
      .having(gt(withoutResults, 0))
      .orderBy(desc(withoutResults), desc(searches), searchStats.query)
      .limit(limit)
      .all(),
  };
}
