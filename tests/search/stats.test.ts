// Search statistics: which searches count and as what, the in-memory tally, and the writes
// to a real (temporary, migrated) SQLite file: upserts, pruning after 90 days, the summary.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { searchStats } from "../../db/schema";
import { migrateDatabase, openDatabase, type CatalogueDb } from "~/catalogue/db.server";
import {
  addDays,
  countedSearch,
  firstRetainedDay,
  looksPersonal,
  MAX_STATS_QUERY_LENGTH,
  NO_QUERY,
  normaliseQuery,
  SearchTally,
  statsDay,
  type SearchStatus,
} from "~/search/stats";
import { searchStatsSummary, SearchStatsRecorder, writeStats } from "~/search/stats.server";

describe("normaliseQuery", () => {
  it.each([
    ["Kita", "kita"],
    ["  Musikschule   Ludwigsburg ", "musikschule ludwigsburg"],
    ["Ganztags\tSchule\nAsperg", "ganztags schule asperg"],
    ["GYMNASIUM", "gymnasium"],
    ["Übergang Kita–Schule", "übergang kita–schule"],
    // Decomposed umlaut (u + combining diaeresis) counts as the composed one.
    ["Mu\u0308nchingen", "münchingen"],
    ["", ""],
    ["   ", ""],
    // A postcode is a place, not a person.
    ["Kita 71634", "kita 71634"],
    ["71679 Asperg", "71679 asperg"],
    ["Klasse 5 bis 7", "klasse 5 bis 7"],
    ["Ferienprogramm 2025", "ferienprogramm 2025"],
    ["Kurs am 01.09.2025", "kurs am 01.09.2025"],
    ["Kita 0-3 Jahre", "kita 0-3 jahre"],
  ])("%j → %j", (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });

  it.each([
    ["max.mustermann@example.org"],
    ["Frage an info@schule-asperg.de"],
    ["07141 1440"],
    ["07141/144-0"],
    ["+49 7141 1440"],
    ["0171 2345678"],
    ["Rückruf (07141) 14 40"],
    ["DE89 3704 0044 0532 0130 00"],
    ["Kundennummer 123456"],
  ])("drops %j (looks like personal data)", (query) => {
    expect(looksPersonal(query.toLowerCase())).toBe(true);
    expect(normaliseQuery(query)).toBeNull();
  });

  it("cuts after 100 characters, without a trailing space and without splitting a character", () => {
    const long = `${"a".repeat(99)} ${"b".repeat(50)}`;
    expect(normaliseQuery(long)).toBe("a".repeat(99));
    const emoji = "😀".repeat(120);
    const cut = normaliseQuery(emoji);
    expect([...(cut ?? "")]).toHaveLength(MAX_STATS_QUERY_LENGTH);
    expect(cut).toBe("😀".repeat(MAX_STATS_QUERY_LENGTH));
  });

  it("checks for personal data before cutting: a phone number at the end is not cut into a harmless number", () => {
    expect(normaliseQuery(`${"x".repeat(97)} 07141 1440`)).toBeNull();
  });
});

describe("countedSearch", () => {
  it.each<[string, { q: string; seite: number; status: SearchStatus }, ReturnType<typeof countedSearch>]>([
    ["words with hits", { q: "Kita", seite: 1, status: "ok" }, { query: "kita", withoutResults: false }],
    ["words without hits", { q: "Reitschule", seite: 1, status: "no-results" }, { query: "reitschule", withoutResults: true }],
    ["filters only", { q: "", seite: 1, status: "ok" }, { query: NO_QUERY, withoutResults: false }],
    ["filters only, nothing found", { q: "", seite: 1, status: "no-results" }, { query: NO_QUERY, withoutResults: true }],
    ["the blank search page", { q: "", seite: 1, status: "empty" }, null],
    ["page 2 of the same search", { q: "Kita", seite: 2, status: "ok" }, null],
    ["the engine did not answer", { q: "Kita", seite: 1, status: "degraded" }, null],
    ["an e-mail address", { q: "a@b.de", seite: 1, status: "no-results" }, null],
  ])("%s", (_name, search, expected) => {
    expect(countedSearch(search)).toEqual(expected);
  });
});

describe("SearchTally", () => {
  it("adds searches per day and query", () => {
    const tally = new SearchTally();
    tally.add("2025-03-01", { query: "kita", withoutResults: false });
    tally.add("2025-03-01", { query: "kita", withoutResults: false });
    tally.add("2025-03-01", { query: "reitschule", withoutResults: true });
    tally.add("2025-03-02", { query: "kita", withoutResults: true });
    expect(tally.size).toBe(3);
    expect(tally.rows()).toEqual([
      { day: "2025-03-01", query: "kita", searches: 2, withoutResults: 0 },
      { day: "2025-03-01", query: "reitschule", searches: 1, withoutResults: 1 },
      { day: "2025-03-02", query: "kita", searches: 1, withoutResults: 1 },
    ]);
    tally.clear();
    expect(tally.rows()).toEqual([]);
  });

  it("stops taking new queries when full, but keeps counting the ones it has", () => {
    const tally = new SearchTally(2);
    expect(tally.add("2025-03-01", { query: "a", withoutResults: false })).toBe(true);
    expect(tally.add("2025-03-01", { query: "b", withoutResults: false })).toBe(true);
    expect(tally.add("2025-03-01", { query: "c", withoutResults: false })).toBe(false);
    expect(tally.add("2025-03-01", { query: "a", withoutResults: false })).toBe(true);
    expect(tally.rows().map((row) => [row.query, row.searches])).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });
});

describe("days", () => {
  it.each([
    // Winter (UTC+1) and summer (UTC+2): the day in Germany, not in UTC.
    ["2025-01-15T22:59:59Z", "2025-01-15"],
    ["2025-01-15T23:00:00Z", "2025-01-16"],
    ["2025-07-15T21:59:59Z", "2025-07-15"],
    ["2025-07-15T22:00:00Z", "2025-07-16"],
    ["2024-12-31T23:30:00Z", "2025-01-01"],
  ])("%s is %s in Germany", (iso, day) => {
    expect(statsDay(new Date(iso))).toBe(day);
  });

  it.each([
    ["2025-03-01", -1, "2025-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2025-01-01", -89, "2024-10-04"],
    ["2025-12-31", 1, "2026-01-01"],
  ])("%s %+i days = %s", (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it("keeps 90 days, today included", () => {
    expect(firstRetainedDay("2025-06-30")).toBe("2025-04-02");
  });
});

describe("writing to SQLite", () => {
  let dir: string;
  let db: CatalogueDb;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bildungsportal-stats-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeEach(() => {
    db = openDatabase(path.join(dir, `stats-${Math.random().toString(36).slice(2)}.sqlite`));
    migrateDatabase(db);
  });
  afterEach(() => {
    vi.useRealTimers();
    db.$client.close();
  });

  const table = () => db.select().from(searchStats).orderBy(searchStats.day, searchStats.query).all();

  it("adds each flush's counts to the stored ones (upsert per day and query)", () => {
    let now = new Date("2025-06-30T08:00:00Z");
    const recorder = new SearchStatsRecorder({ db: () => db, now: () => now });
    recorder.record({ q: "Kita", seite: 1, status: "ok" });
    recorder.record({ q: " kita ", seite: 1, status: "ok" });
    recorder.record({ q: "Reitschule", seite: 1, status: "no-results" });
    recorder.record({ q: "Kita", seite: 3, status: "ok" });
    recorder.record({ q: "0171 2345678", seite: 1, status: "no-results" });
    expect(recorder.flush()).toBe(2);
    expect(recorder.pending).toBe(0);
    recorder.record({ q: "KITA", seite: 1, status: "no-results" });
    // Past midnight in Germany (22:30 UTC in summer): the next day.
    now = new Date("2025-06-30T22:30:00Z");
    recorder.record({ q: "Kita", seite: 1, status: "ok" });
    expect(recorder.flush()).toBe(2);
    expect(table()).toEqual([
      { day: "2025-06-30", query: "kita", searches: 3, withoutResults: 1 },
      { day: "2025-06-30", query: "reitschule", searches: 1, withoutResults: 1 },
      { day: "2025-07-01", query: "kita", searches: 1, withoutResults: 0 },
    ]);
    // Nothing pending: nothing written.
    expect(recorder.flush()).toBe(0);
  });

  it("deletes days older than 90 days when it writes", () => {
    const today = "2025-06-30";
    db.insert(searchStats)
      .values([
        { day: "2025-01-01", query: "alt", searches: 5, withoutResults: 0 },
        { day: "2025-04-01", query: "91 tage", searches: 1, withoutResults: 0 },
        { day: "2025-04-02", query: "90 tage", searches: 1, withoutResults: 0 },
      ])
      .run();
    writeStats(db, [{ day: today, query: "kita", searches: 1, withoutResults: 0 }], today);
    expect(table().map((row) => row.query)).toEqual(["90 tage", "kita"]);
  });

  it("does not write counts that are already older than the retention period", () => {
    writeStats(db, [{ day: "2025-01-01", query: "alt", searches: 1, withoutResults: 0 }], "2025-06-30");
    expect(table()).toEqual([]);
  });

  it("keeps the counts when the write fails, and writes them next time", () => {
    const now = new Date("2025-06-30T08:00:00Z");
    let broken = true;
    const recorder = new SearchStatsRecorder({
      db: () => {
        if (broken) throw new Error("Datenbank gesperrt");
        return db;
      },
      now: () => now,
    });
    recorder.record({ q: "Kita", seite: 1, status: "ok" });
    expect(() => recorder.flush()).toThrow("Datenbank gesperrt");
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    recorder.flushSafely();
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[stats\] /));
    error.mockRestore();
    expect(recorder.pending).toBe(1);
    broken = false;
    recorder.flush();
    expect(table()).toEqual([{ day: "2025-06-30", query: "kita", searches: 1, withoutResults: 0 }]);
  });

  it("writes on its timer and at exit once it counted something, and stops on request", () => {
    vi.useFakeTimers({ now: new Date("2025-06-30T08:00:00Z") });
    const before = process.listenerCount("exit");
    const recorder = new SearchStatsRecorder({ db: () => db, autoFlush: true, intervalMs: 1_000 });
    expect(process.listenerCount("exit")).toBe(before);
    recorder.record({ q: "Kita", seite: 1, status: "ok" });
    expect(process.listenerCount("exit")).toBe(before + 1);
    expect(table()).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(table()).toEqual([{ day: "2025-06-30", query: "kita", searches: 1, withoutResults: 0 }]);
    recorder.record({ q: "Kita", seite: 1, status: "ok" });
    // What the exit handler runs (synchronously, as "exit" handlers must).
    for (const listener of process.listeners("exit").slice(before)) (listener as (code: number) => void)(0);
    expect(table()).toEqual([{ day: "2025-06-30", query: "kita", searches: 2, withoutResults: 0 }]);
    recorder.stop();
    expect(process.listenerCount("exit")).toBe(before);
  });

  it("summarises the last 90 days: most frequent first, filter-only searches apart", () => {
    const today = "2025-06-30";
    writeStats(
      db,
      [
        { day: "2025-06-30", query: "kita", searches: 7, withoutResults: 0 },
        { day: "2025-06-01", query: "kita", searches: 3, withoutResults: 1 },
        { day: "2025-06-30", query: "reitschule", searches: 4, withoutResults: 4 },
        { day: "2025-06-29", query: "musikschule", searches: 4, withoutResults: 0 },
        { day: "2025-06-29", query: "ferien", searches: 2, withoutResults: 1 },
        { day: "2025-06-30", query: NO_QUERY, searches: 20, withoutResults: 2 },
      ],
      today,
    );
    // A row left from before the period (as if pruning had not run yet) is not counted.
    db.insert(searchStats).values({ day: "2025-03-01", query: "alt", searches: 99, withoutResults: 99 }).run();
    const summary = searchStatsSummary(db, { today, limit: 3 });
    expect(summary).toEqual({
      since: "2025-04-02",
      retentionDays: 90,
      searches: 40,
      withoutResults: 8,
      filterOnly: { searches: 20, withoutResults: 2 },
      top: [
        { query: "kita", searches: 10, withoutResults: 1 },
        { query: "reitschule", searches: 4, withoutResults: 4 },
        { query: "musikschule", searches: 4, withoutResults: 0 },
      ],
      topWithoutResults: [
        { query: "reitschule", searches: 4, withoutResults: 4 },
        { query: "kita", searches: 10, withoutResults: 1 },
        { query: "ferien", searches: 2, withoutResults: 1 },
      ],
    });
  });

  it("summarises an empty table as zeros", () => {
    expect(searchStatsSummary(db, { today: "2025-06-30" })).toMatchObject({
      searches: 0,
      withoutResults: 0,
      filterOnly: { searches: 0, withoutResults: 0 },
      top: [],
      topWithoutResults: [],
    });
  });
});
