// Entries on a Merkliste are named by their slugs: stable across re-imports (database ids are
// not), readable in a shared link, and already the key of /angebote/:slug.
import { z } from "zod";

/** At most this many entries on a Merkliste and in a shared link (keeps the URL well under 16 KB). */
export const MERKLISTE_MAX = 100;

/** Longer than any slug the importer writes (the longest is 216 characters). */
export const SLUG_MAX_LENGTH = 240;

export const entrySlugSchema = z
  .string()
  .min(1)
  .max(SLUG_MAX_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export function isEntrySlug(value: unknown): value is string {
  return entrySlugSchema.safeParse(value).success;
}

export type ParsedIds = {
  /** Valid slugs in the order given, without repeats, at most MERKLISTE_MAX. */
  slugs: string[];
  /** Parts that are not a slug at all (ignored). */
  invalid: number;
  /** Valid slugs beyond MERKLISTE_MAX (ignored). */
  overLimit: number;
};

/** Caps the work on hostile input: nobody shares more parts than this. */
const MAX_PARTS = 1_000;

const idsSchema = z
  .array(z.string())
  .transform((values) =>
    values
      .join(",")
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .slice(0, MAX_PARTS),
  );

/**
 * The `ids` query parameter(s) of /merkliste: comma-separated slugs, possibly repeated
 * (`?ids=a,b&ids=c`). Never throws; what cannot be used is counted, not echoed.
 */
export function parseIds(values: string[]): ParsedIds {
  const parts = idsSchema.parse(values);
  const seen = new Set<string>();
  let invalid = 0;
  let overLimit = 0;
  for (const part of parts) {
    if (!isEntrySlug(part)) {
      invalid += 1;
    } else if (!seen.has(part)) {
      if (seen.size < MERKLISTE_MAX) seen.add(part);
      else overLimit += 1;
    }
  }
  return { slugs: [...seen], invalid, overLimit };
}

/** The shareable path of a list; slugs need no escaping (a–z, 0–9, "-"). */
export function merklisteHref(slugs: readonly string[]): string {
  const valid = slugs.filter(isEntrySlug).slice(0, MERKLISTE_MAX);
  return valid.length > 0 ? `/merkliste?ids=${valid.join(",")}` : "/merkliste";
}
