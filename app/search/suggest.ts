// Pure matching for search suggestions: which Gemeinden and which sectors the typed words
// point to, and what is left of the query once a person picks one of them. Shared by the
// suggestions API (server) and the search combobox (browser), so both agree on the words.
import { z } from "zod";
import { SECTORS, SECTOR_LABELS, SECTOR_SHORT_LABELS, type Sector } from "~/catalogue/vocabulary";
import { INDEX_SETTINGS } from "./settings";
import { foldGerman } from "./places";

export const MAX_SUGGEST_QUERY_LENGTH = 100;
export const MAX_ENTRY_SUGGESTIONS = 8;
export const MAX_MUNICIPALITY_SUGGESTIONS = 5;

export type SuggestedEntry = {
  slug: string;
  title: string;
  category: Sector;
  type: string;
  municipality: { slug: string; name: string } | null;
};
export type SuggestedMunicipality = { slug: string; name: string };
export type SuggestedSector = { key: Sector; label: string };

/** The body of `GET /api/v1/suggest`. Field names are part of the public contract. */
export type Suggestions = {
  query: string;
  entries: SuggestedEntry[];
  gemeinden: SuggestedMunicipality[];
  kategorien: SuggestedSector[];
};

const suggestQuery = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Bitte geben Sie einen Suchbegriff ein.")
      .max(MAX_SUGGEST_QUERY_LENGTH, `Der Suchbegriff ist zu lang (höchstens ${MAX_SUGGEST_QUERY_LENGTH} Zeichen).`),
  );

/** `q` of a suggestions request: whitespace collapsed, 1–100 characters, else a German message. */
export function parseSuggestQuery(url: URLSearchParams): { ok: true; query: string } | { ok: false; error: string } {
  const parsed = suggestQuery.safeParse(url.get("q") ?? "");
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "Ungültiger Suchbegriff." };
}


const STOP_WORDS: ReadonlySet<string> = new Set(INDEX_SETTINGS.stopWords.map(foldGerman));
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

type Token = { raw: string; key: string; stop: boolean };

/** The typed words: as typed (`raw`) and folded without surrounding punctuation (`key`). */
function tokens(query: string): Token[] {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => {
      const key = foldGerman(raw.replace(EDGE_PUNCTUATION, ""));
      return { raw, key, stop: STOP_WORDS.has(key) };
    })
    .filter((token) => token.key.length > 0);
}

function nameWords(name: string): string[] {
  return foldGerman(name).split(WORD_SEPARATOR).filter(Boolean);
}

/** Shortest typed word that may stand for a Gemeinde; one letter would match a dozen. */
const MIN_MUNICIPALITY_PREFIX = 2;

function matchesMunicipality(token: Token, folded: string, words: string[]) {
  if (token.stop || token.key.length < MIN_MUNICIPALITY_PREFIX) return false;
  return folded.startsWith(token.key) || words.some((word) => word.startsWith(token.key));
}

/**
 * Gemeinden whose name, or a word of it, starts with one of the typed words: "korn" →
 * Korntal-Münchingen and Kornwestheim; "kita korn" the same. Stop words ("am", "an der")
 * never match on their own. More matching words first, then names that start with a typed
 * word, then alphabetical.
 */
export function matchMunicipalities(
  query: string,
  municipalities: Iterable<SuggestedMunicipality>,
  limit = MAX_MUNICIPALITY_SUGGESTIONS,
): SuggestedMunicipality[] {
  const typed = tokens(query);
  const ranked: { municipality: SuggestedMunicipality; matched: number; leading: boolean }[] = [];
  for (const municipality of municipalities) {
    const folded = foldGerman(municipality.name);
    const words = nameWords(municipality.name);
    const matching = typed.filter((token) => matchesMunicipality(token, folded, words));
    if (matching.length === 0) continue;
    ranked.push({
      municipality: { slug: municipality.slug, name: municipality.name },
      matched: matching.length,
      leading: matching.some((token) => folded.startsWith(token.key)),
    });
  }
  return ranked
    .sort(
      (a, b) =>
        b.matched - a.matched ||
        Number(b.leading) - Number(a.leading) ||
        a.municipality.name.localeCompare(b.municipality.name, "de"),
    )
    .slice(0, limit)
    .map(({ municipality }) => municipality);
}

/**
 * Words people use for a sector, besides its labels. Only words that point to one sector:
 * "Schulsozialarbeit" (Jugendhilfe) or "Jugendmusikschule" (Kultur) would make "schul" and
 * "jugend" suggest the wrong sector.
 */
export const SECTOR_TERMS: Record<Sector, readonly string[]> = {
  kita: [
    "kindergarten", "kindertagesstätte", "kindertageseinrichtung", "kindertagesbetreuung", "kinderbetreuung",
    "kinderhaus", "krippe", "kinderkrippe", "u3", "waldkindergarten", "naturkindergarten",
  ],
  schule: [
    "schulen", "grundschule", "gymnasium", "gymnasien", "realschule", "werkrealschule", "gemeinschaftsschule", "gms",
    "wrs", "sbbz", "förderschule", "sonderschule", "waldorfschule", "berufsschule",
  ],
  jugendhilfe: [
    "jugendarbeit", "jugendhaus", "jugendzentrum", "juz", "jugendtreff", "jugendamt", "erziehungsberatung",
    "familienberatung", "beratungsstelle", "kinderschutz",
  ],
  kultur: [
    "museum", "bibliothek", "bücherei", "stadtbücherei", "stadtbibliothek", "mediathek", "musikschule", "theater",
    "archiv",
  ],
  weiterbildung: [
    "vhs", "volkshochschule", "erwachsenenbildung", "fortbildung", "hochschule", "familienbildung",
  ],
};

/** A typed word shorter than this only counts when it is a whole term ("u3", "vhs"). */
const MIN_SECTOR_PREFIX = 3;

function sectorTerms(sector: Sector): string[] {
  const labels = [SECTOR_LABELS[sector], SECTOR_SHORT_LABELS[sector]].flatMap(nameWords);
  return [...new Set([...labels, ...SECTOR_TERMS[sector].map(foldGerman)])].filter((term) => !STOP_WORDS.has(term));
}

const TERMS: Record<Sector, string[]> = Object.fromEntries(SECTORS.map((sector) => [sector, sectorTerms(sector)])) as Record<
  Sector,
  string[]
>;

function matchesSector(token: Token, sector: Sector) {
  if (token.stop) return false;
  return TERMS[sector].some(
    (term) => term === token.key || (token.key.length >= MIN_SECTOR_PREFIX && term.startsWith(token.key)),
  );
}

/** Sectors one of the typed words names: "kita", "kinderg" → kita; "schul" → schule; "vhs" → weiterbildung. */
export function matchSectors(query: string): SuggestedSector[] {
  const typed = tokens(query);
  return SECTORS.filter((sector) => typed.some((token) => matchesSector(token, sector))).map((key) => ({
    key,
    label: SECTOR_LABELS[key],
  }));
}

export type SuggestionChoice = { kind: "gemeinde"; name: string } | { kind: "kategorie"; key: Sector };

/**
 * The query without the words a chosen Gemeinde or sector stands for, so they become a
 * filter instead of search words: "kita korn" + Kornwestheim → "kita"; + Kita → "korn".
 * Stop words go too when they are part of the Gemeinde's name ("Marbach am Neckar").
 */
export function queryWithout(query: string, choice: SuggestionChoice): string {
  const typed = tokens(query);
  let drop: (token: Token) => boolean;
  if (choice.kind === "gemeinde") {
    const folded = foldGerman(choice.name);
    const words = nameWords(choice.name);
    drop = (token) => matchesMunicipality(token, folded, words) || (token.stop && words.includes(token.key));
  } else {
    drop = (token) => matchesSector(token, choice.key);
  }
  return typed
    .filter((token) => !drop(token))
    .map((token) => token.raw)
    .join(" ");
}
