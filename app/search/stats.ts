// Search statistics for the Bildungsbüro's planning, privacy first: what people searched for,
// per day and normalised query, and nothing about who or when within the day. Queries that
// look like personal data (e-mail addresses, phone numbers) are dropped before they are counted.

/** The longest query kept; longer ones are cut (after the personal-data check). */
export const MAX_STATS_QUERY_LENGTH = 100;
/** Days kept, today included; older rows are deleted. */
export const STATS_RETENTION_DAYS = 90;
/** Searches with filters (Gemeinde, Bereich, Umkreis …) but no words are counted under this. */
export const NO_QUERY = "(ohne Suchbegriff)";
/** Distinct day/query pairs held between two flushes; a flood of unique queries cannot grow memory. */
export const MAX_PENDING_QUERIES = 10_000;

const EMAIL = /\S@\S/;
// Digits with the separators people type in phone numbers and IBANs; a dot ends a group, so
// dates ("01.09.2025") and times stay three short groups.
const DIGIT_GROUP = /\+?\d(?:[\s\-/()]*\d)*/g;
/** A postcode has five digits; a sixth one makes it a phone number, a customer number, an IBAN … */
const MAX_PLAIN_DIGITS = 5;

/** Whether a query looks like it carries personal data: an e-mail address or a long number. */
export function looksPersonal(query: string): boolean {
  if (EMAIL.test(query)) return true;
  for (const group of query.match(DIGIT_GROUP) ?? []) {
    if (group.replace(/\D/g, "").length > MAX_PLAIN_DIGITS) return true;
  }
  return false;
}

/**
 * The query as it is counted: trimmed, lower-case, inner spaces collapsed, at most 100
 * characters; "" for no query; null when it looks like personal data (not counted at all).
 */
export function normaliseQuery(query: string): string | null {
  const text = query.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  if (looksPersonal(text)) return null;
  const chars = [...text];
  return chars.length > MAX_STATS_QUERY_LENGTH ? chars.slice(0, MAX_STATS_QUERY_LENGTH).join("").trimEnd() : text;
}

/** The outcome statuses of a search (see SearchOutcome in search.server.ts). */
export type SearchStatus = "ok" | "empty" | "no-results" | "degraded";

export type CountedSearch = { query: string; withoutResults: boolean };

/**
 * Whether a search on /suche is counted, and as what. Counted: the first results page of a
 * search with words or filters. Not counted: further pages (the same search again), the
 * blank page without criteria, searches the engine could not answer, and personal data.
 */
export function countedSearch(search: { q: string; seite: number; status: SearchStatus }): CountedSearch | null {
  if (search.seite !== 1) return null;
  if (search.status !== "ok" && search.status !== "no-results") return null;
  const query = normaliseQuery(search.q);
  if (query === null) return null;
  return { query: query === "" ? NO_QUERY : query, withoutResults: search.status === "no-results" };
}

export type StatsRow = { day: string; query: string; searches: number; withoutResults: number };

type Counts = { day: string; query: string; searches: number; withoutResults: number };

/** Counts per day and query held in memory until they are written; one Map lookup per search. */
export class SearchTally {
  private readonly counts = new Map<string, Counts>();

  constructor(private readonly maxEntries = MAX_PENDING_QUERIES) {}

  /** Counts one search; false when the tally is full and the pair is new (the search is dropped). */
  add(day: string, search: CountedSearch): boolean {
    const key = `${day}\n${search.query}`;
    let entry = this.counts.get(key);
    if (!entry) {
      if (this.counts.size >= this.maxEntries) return false;
      entry = { day, query: search.query, searches: 0, withoutResults: 0 };
      this.counts.set(key, entry);
    }
    entry.searches += 1;
    if (search.withoutResults) entry.withoutResults += 1;
    return true;
  }

  get size() {
    return this.counts.size;
  }

  /** The pending counts, copied (the tally keeps them until `clear`). */
  rows(): StatsRow[] {
    return [...this.counts.values()].map((entry) => ({ ...entry }));
  }

  clear() {
    this.counts.clear();
  }
}

const berlinDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Germany as `YYYY-MM-DD`: the finest time the statistics know. */
export function statsDay(date: Date): string {
  const parts = Object.fromEntries(berlinDate.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `YYYY-MM-DD` shifted by whole days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day the statistics keep: `today` and the 89 days before it. */
export function firstRetainedDay(today: string, retentionDays = STATS_RETENTION_DAYS): string {
  return addDays(today, -(retentionDays - 1));
}
