// Small text helpers shared by the row parsers. Pure: no file access here.
import { parse } from "csv-parse/sync";

export type CsvRow = Record<string, string>;

/** Parses RFC-4180 CSV with a header line into one object per data row. */
export function parseCsv(text: string): CsvRow[] {
  return parse<CsvRow>(text, { columns: true, bom: true, skip_empty_lines: true });
}

/** Trimmed cell text, or null for an empty or missing cell. */
export function cell(row: CsvRow, column: string): string | null {
  const value = row[column]?.trim() ?? "";
  return value === "" ? null : value;
}

/** True for an absolute http(s) URL without whitespace (what the seed schema and a browser accept). */
export function isHttpUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * `source_url` holds one or more URLs separated by " ; ". A few entries carry a label
 * ("Koordinaten: https://…") saying what the page was used for; the label is dropped and the
 * URL kept. Anything else that is not a URL rejects the whole row: an entry must cite its pages.
 */
export function parseSourceUrls(text: string | null): Parsed<string[]> {
  if (text === null) return { ok: false, reason: "source_url ist leer" };
  const urls: string[] = [];
  for (const part of text.split(" ; ")) {
    const entry = part.trim().replace(/^[\p{L} ]{1,40}:\s+(?=https?:\/\/)/u, "");
    if (!isHttpUrl(entry)) return { ok: false, reason: `source_url enthält keine gültige URL: "${part.trim()}"` };
    if (!urls.includes(entry)) urls.push(entry);
  }
  return { ok: true, value: urls };
}

/** Integer from a statistics cell; thousands separators (space, dot, narrow space) are allowed. */
export function parseCount(text: string | null): number | null {
  if (text === null) return null;
  const digits = text.replace(/[\s.\u202f]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : null;
}
