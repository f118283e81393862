// The Merkliste as it is kept in the browser's localStorage: pure parse/serialise and list
// operations, so every rule (valid slugs only, no repeats, at most MERKLISTE_MAX, tolerate
// whatever an old version or a curious person left in storage) is tested without a browser.
import { z } from "zod";
import { isEntrySlug, MERKLISTE_MAX } from "./ids";

/** The one localStorage key; no cookie is ever set. */
export const MERKLISTE_STORAGE_KEY = "bildungsportal.merkliste";

const storedSchema = z.union([
  z.object({ v: z.literal(1), slugs: z.array(z.unknown()) }),
  // A bare array is accepted too (hand-edited or an older shape).
  z.array(z.unknown()),
]);

function clean(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.size >= MERKLISTE_MAX) break;
    if (isEntrySlug(value)) seen.add(value);
  }
  return [...seen];
}

/** The stored slugs; anything unreadable counts as an empty list, invalid items are dropped. */
export function parseStoredMerkliste(raw: string | null): string[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const parsed = storedSchema.safeParse(data);
  if (!parsed.success) return [];
  return clean(Array.isArray(parsed.data) ? parsed.data : parsed.data.slugs);
}

export function serialiseMerkliste(slugs: readonly string[]): string {
  return JSON.stringify({ v: 1, slugs: clean(slugs) });
}

export type AddOutcome = "added" | "already" | "full" | "invalid";

/** Appends a slug; a full list stays as it is (the person decides what to drop). */
export function addToMerkliste(list: readonly string[], slug: string): { list: string[]; outcome: AddOutcome } {
  if (!isEntrySlug(slug)) return { list: [...list], outcome: "invalid" };
  if (list.includes(slug)) return { list: [...list], outcome: "already" };
  if (list.length >= MERKLISTE_MAX) return { list: [...list], outcome: "full" };
  return { list: [...list, slug], outcome: "added" };
}

export function removeFromMerkliste(list: readonly string[], slug: string): string[] {
  return list.filter((item) => item !== slug);
}

/** Adds several slugs (a shared list) in order, as far as there is room. */
export function mergeIntoMerkliste(list: readonly string[], slugs: readonly string[]) {
  let next = [...list];
  let added = 0;
  let skipped = 0;
  for (const slug of slugs) {
    const result = addToMerkliste(next, slug);
    next = result.list;
    if (result.outcome === "added") added += 1;
    else if (result.outcome === "full" || result.outcome === "invalid") skipped += 1;
  }
  return { list: next, added, skipped };
}
