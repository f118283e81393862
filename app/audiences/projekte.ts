// /projekte: the catalogue's programmes and projects (offers), filtered on the server by
// words and topic, so the list works without JavaScript.
import { TOPICS, type Topic } from "~/catalogue/vocabulary";
import { foldGerman } from "~/search/places";
import { byTitle, textOf, type AudienceEntry } from "./entries";

export const MAX_WORDS_LENGTH = 100;

export type ProjectFilter = { q: string; thema: Topic | null };

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** Words of a query, folded like the search folds them ("Sprachförderung" = "sprachforderung"). */
export function queryWords(q: string): string[] {
  return foldGerman(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Offers whose title, type, description or target group contain every word, of the topic if one is chosen. */
export function filterProjects(entries: readonly AudienceEntry[], filter: ProjectFilter): AudienceEntry[] {
  const words = queryWords(filter.q);
  return entries
    .filter((entry) => entry.kind === "angebot")
    .filter((entry) => filter.thema === null || entry.topics.includes(filter.thema))
    .filter((entry) => {
      if (words.length === 0) return true;
      const text = foldGerman(textOf(entry, ["title", "type", "description", "targetGroup"]));
      return words.every((word) => text.includes(word));
    })
    .sort(byTitle);
}
