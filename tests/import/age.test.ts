import { describe, expect, it } from "vitest";
import { parseAgeRange } from "../../scripts/import/age";

describe("parseAgeRange", () => {
  it.each([
    ["Kinder 0–6 Jahre", 0, 6],
    ["Kinder 0-6 Jahre und ihre Familien", 0, 6],
    ["Neu zugewanderte Jugendliche ohne ausreichende Deutschkenntnisse (ca. 15–18 Jahre)", 15, 18],
    ["Schüler ab Klasse 8 bzw. ab 15 Jahren", 15, null],
    ["Kinder ab 3 Jahren", 3, null],
    ["Kinder ab 1 Jahr", 1, null],
    ["Kinder ab ca. 4 Jahren bis Grundschulalter", 4, null],
    ["Kinder von 1 Jahr bis Schuleintritt", 1, 6],
    ["Kinder von 0 Jahren bis Schuleintritt", 0, 6],
    ["35 Plätze für Kinder von 1 Jahr bis zur Einschulung", 1, 6],
    ["von 3 Jahren bis zum Schulbeginn", 3, 6],
    ["Kinder von 0 bis 6 Jahren", 0, 6],
    ["Kinder und Jugendliche von 11 bis 14 Jahren", 11, 14],
    ["Kinder von 3 Monaten bis ca. 13 Jahren", 0, 13],
    ["Kinder 6 Monate bis Ende Grundschulzeit", 0, null],
    ["Familien mit Kindern unter 3 Jahren", 0, 2],
    ["Pädagogische Fachkräfte in Kitas und Grundschulen; Kinder 0–10 Jahre", 0, 10],
  ])("%s → %s..%s", (text, ageMin, ageMax) => {
    expect(parseAgeRange(text)).toEqual({ ageMin, ageMax });
  });

  it.each([
    ["Kinder im Kindergartenalter"],
    ["Kinder und Jugendliche ab Klasse 5"],
    ["Schulklassen, Kinder 8–12 (Kinderuni), Öffentlichkeit"],
    ["Familien mit Babys im ersten Lebensjahr"],
    ["Kinder unter 3 Jahren (ab 2024 auch Ü3)"],
    ["Jubiläum 2022, ab 2024 neu"],
    ["Kinder 6–3 Jahre"],
    [""],
    [null],
  ])("gives no age for %j (nothing stated, or ambiguous)", (text) => {
    expect(parseAgeRange(text)).toEqual({ ageMin: null, ageMax: null });
  });
});
