// Age ranges from target-group text. Only numbers the text states are used: "Kinder im
// Kindergartenalter" or "ab Klasse 8" give nothing, because turning them into years would be
// a guess. Ages are whole years; months round down (6 Monate → 0).

export interface AgeRange {
  ageMin: number | null;
  ageMax: number | null;
}

const NO_AGE: AgeRange = { ageMin: null, ageMax: null };

const UNIT = String.raw`(Jahr(?:e|en)?|Monat(?:e|en)?)(?![\p{L}])`;
const YEARS = String.raw`Jahr(?:e|en)?(?![\p{L}])`;
const CIRCA = String.raw`(?:ca\.\s*)?`;
const NUMBER = String.raw`(?<![\d\p{L}])(\d{1,3})`;

/** One age statement each; matched left to right, never overlapping. */
const AGE_EXPRESSION = new RegExp(
  [
    // "0–6 Jahre", "von 3 Monaten bis ca. 13 Jahren", "ca. 15–18 Jahre"
    String.raw`(?:von\s+)?${CIRCA}${NUMBER}\s*(?:${UNIT}\s*)?(?:–|bis)\s*${CIRCA}(\d{1,3})\s*${YEARS}`,
    // "ab 15 Jahren", "von 1 Jahr bis Schuleintritt", "6 Monate bis Ende Grundschulzeit"
    String.raw`(?:ab|von)\s+${CIRCA}${NUMBER}\s*${UNIT}`,
    String.raw`${NUMBER}\s*${UNIT}\s+bis(?!\s*${CIRCA}\d)`,
    // "unter 3 Jahren"
    String.raw`unter\s+${NUMBER}\s*${YEARS}`,
    // "Ü3", "U3": an age statement we cannot turn into a range
    String.raw`(?<![\p{L}\d])[ÜU](\d{1,2})(?!\d)`,
  ].join("|"),
  "gu",
);

function toYears(value: string | undefined, unit: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  return unit?.startsWith("Monat") ? Math.floor(n / 12) : n;
}

function fromMatch(m: RegExpMatchArray): AgeRange | null {
  const [, rFrom, rFromUnit, rTo, fFrom, fFromUnit, bFrom, bFromUnit, under] = m;
  if (rFrom !== undefined && rTo !== undefined) {
    return { ageMin: toYears(rFrom, rFromUnit), ageMax: Number(rTo) };
  }
  if (fFrom !== undefined) return { ageMin: toYears(fFrom, fFromUnit), ageMax: null };
  if (bFrom !== undefined) return { ageMin: toYears(bFrom, bFromUnit), ageMax: null };
  if (under !== undefined) return Number(under) > 0 ? { ageMin: 0, ageMax: Number(under) - 1 } : null;
  return null;
}

/**
 * "bis Schuleintritt" (or Einschulung, Schulbeginn) ends with the age of school entry: in
 * Baden-Württemberg compulsory schooling starts at six, so a Kita "bis Schuleintritt" is for
 * children up to six. Stated as such, it is no guess.
 */
const SCHOOL_ENTRY = /\bbis\s+(?:zum\s+|zur\s+)?(?:Schuleintritt|Einschulung|Schulbeginn)\b/giu;

const isAge = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0 && n <= 99);

/**
 * Parses one explicit age statement. Text with no statement, with several statements (for
 * example "unter 3 Jahren (ab 2024 auch Ü3)") or with an impossible range gives no age.
 */
export function parseAgeRange(text: string | null): AgeRange {
  if (!text) return NO_AGE;
  const normalised = text.replace(/[‐‑‒—−-]/g, "–").replace(SCHOOL_ENTRY, "bis 6 Jahre");
  const matches = [...normalised.matchAll(AGE_EXPRESSION)];
  if (matches.length !== 1 || !matches[0]) return NO_AGE;
  const range = fromMatch(matches[0]);
  if (!range || !isAge(range.ageMin) || !isAge(range.ageMax)) return NO_AGE;
  if (range.ageMin !== null && range.ageMax !== null && range.ageMin > range.ageMax) return NO_AGE;
  return range;
}
