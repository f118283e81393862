// "Meinten Sie …?": corrects misspelt words of a query against the words of the catalogue.
// Pure; the dictionary is built from catalogue texts by spelling.server.ts.
import { foldGerman } from "./places";

export type DictionaryWord = { word: string; count: number };

export type Dictionary = {
  /** Folded word (see `foldGerman`) → its most common spelling and how often it occurs. */
  words: ReadonlyMap<string, DictionaryWord>;
  /** Folded words by length in code points, so a lookup compares only words of similar length. */
  byLength: ReadonlyMap<number, readonly string[]>;
};

const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Shorter words are not corrected: too many real words are one edit apart. */
export const MIN_CORRECTED_LETTERS = 4;

function length(text: string) {
  return [...text].length;
}

/** Counts every word (letters and digits, split at spaces, hyphens and punctuation) of the texts. */
export function buildDictionary(texts: Iterable<string>): Dictionary {
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of text.match(WORD) ?? []) {
      if (length(word) < 2) continue;
      const folded = foldGerman(word);
      const counts = spellings.get(folded) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      spellings.set(folded, counts);
    }
  }
  const words = new Map<string, DictionaryWord>();
  const byLength = new Map<number, string[]>();
  for (const [folded, counts] of spellings) {
    let best: DictionaryWord = { word: folded, count: 0 };
    let total = 0;
    for (const [word, count] of counts) {
      total += count;
      if (count > best.count) best = { word, count };
    }
    words.set(folded, { word: best.word, count: total });
    const size = length(folded);
    byLength.set(size, [...(byLength.get(size) ?? []), folded]);
  }
  return { words, byLength };
}

/**
 * Damerau-Levenshtein distance in its restricted form (optimal string alignment): insert,
 * delete, substitute, swap two neighbours. Stops early and returns `max + 1` once the
 * distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  const distance = previous[t.length] ?? 0;
  return distance > max ? max + 1 : distance;
}

/** Distance allowed for a word: 1 up to 7 letters, 2 for longer words. */
export function allowedDistance(word: string): number {
  return length(word) <= 7 ? 1 : 2;
}

/** "gymnasim" → "gymnasium"; "Gymnasim" → "Gymnasium"; "GYMNASIM" → "GYMNASIUM". */
function inCaseOf(typed: string, word: string) {
  if (typed === typed.toLowerCase()) return word.toLowerCase();
  if (length(typed) > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  return word;
}

/** The most frequent dictionary word within the allowed distance of an unknown word, or null. */
function correctWord(typed: string, dictionary: Dictionary): string | null {
  const folded = foldGerman(typed);
  const max = allowedDistance(typed);
  const size = length(folded);
  let best: { entry: DictionaryWord; distance: number } | null = null;
  for (let candidateLength = size - max; candidateLength <= size + max; candidateLength++) {
    for (const candidate of dictionary.byLength.get(candidateLength) ?? []) {
      const distance = editDistance(folded, candidate, max);
      if (distance > max) continue;
      const entry = dictionary.words.get(candidate);
      if (!entry) continue;
      if (
        !best ||
        entry.count > best.entry.count ||
        (entry.count === best.entry.count && distance < best.distance) ||
        (entry.count === best.entry.count && distance === best.distance && entry.word.localeCompare(best.entry.word, "de") < 0)
      ) {
        best = { entry, distance };
      }
    }
  }
  return best ? inCaseOf(typed, best.entry.word) : null;
}

/**
 * A corrected query, or null when every word is known or has no close match. Words are
 * compared case-insensitively and umlaut-aware ("Moerike" is "Mörike"); only words of at
 * least four letters that the dictionary lacks are replaced, everything else stays as typed.
 */
export function suggestCorrection(query: string, dictionary: Dictionary): string | null {
  let changed = false;
  const corrected = query.replace(WORD, (word) => {
    if (!LETTERS_ONLY.test(word) || length(word) < MIN_CORRECTED_LETTERS) return word;
    if (dictionary.words.has(foldGerman(word))) return word;
    const replacement = correctWord(word, dictionary);
    if (replacement === null || replacement === word) return word;
    changed = true;
    return replacement;
  });
  return changed ? corrected.replace(/\s+/g, " ").trim() : null;
}
