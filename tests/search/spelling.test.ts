import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedDistance, buildDictionary, editDistance, suggestCorrection, type Dictionary } from "~/search/spelling";
import { catalogueDictionary } from "~/search/spelling.server";
import { createTempCatalogue, type TempCatalogue } from "../support/catalogue";

describe("editDistance (Damerau-Levenshtein, restricted)", () => {
  it.each([
    ["gymnasium", "gymnasium", 0],
    ["gymnasim", "gymnasium", 1],
    ["musikschle", "musikschule", 1],
    ["kornwestheimm", "kornwestheim", 1],
    ["realschuel", "realschule", 1],
    ["jugendhuas", "jugendhaus", 1],
    ["ab", "ba", 1],
    ["kita", "kitt", 1],
    ["kita", "", 4],
    ["", "", 0],
    ["ludwigsbrug", "ludwigsburg", 1],
    ["bisingen", "bissingen", 1],
    ["kindergaten", "kindergarten", 1],
    ["kindrgaten", "kindergarten", 2],
    ["ca", "abc", 3],
  ])("%j ↔ %j = %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("stops at the allowed distance", () => {
    expect(editDistance("kita", "gymnasium", 2)).toBe(3);
    expect(editDistance("gymnasium", "gymnasien", 1)).toBe(2);
    expect(editDistance("gymnasim", "gymnasium", 1)).toBe(1);
  });

  it.each([
    ["Kita", 1],
    ["Marbach", 1],
    ["Gymnasim", 2],
    ["Kornwestheimm", 2],
  ])("allows %j a distance of %i", (word, max) => {
    expect(allowedDistance(word)).toBe(max);
  });
});

// A small catalogue: each text as a title, type or place would be.
const TEXTS = [
  "Friedrich-Schiller-Gymnasium", "Gymnasium", "Mörike-Gymnasium", "Gymnasium", "Goethe-Gymnasium", "Gymnasium",
  "Musikschule Marbach-Bottwartal", "Musikschule", "Jugendmusikschule Ludwigsburg", "Musikschule",
  "Marbach am Neckar", "Kornwestheim", "Kita Bolzstraße Kornwestheim", "Kita", "Kita Weimarstraße Kornwestheim", "Kita",
  "Grundschule Asperg", "Grundschule", "Asperg", "Ludwigsburg", "Korntal-Münchingen", "Markgröningen",
  "Volkshochschule Ludwigsburg", "Volkshochschule", "Realschule", "Realschulen", "Kindergarten", "Kindergärten",
  "Gymnasien",
];

describe("suggestCorrection", () => {
  const dictionary = buildDictionary(TEXTS);

  it.each<[string, string | null]>([
    ["Gymnasim Marbach", "Gymnasium Marbach"],
    ["Musikschle", "Musikschule"],
    ["Kornwestheimm", "Kornwestheim"],
    ["gymnasim marbach", "gymnasium marbach"],
    ["GYMNASIM", "GYMNASIUM"],
    ["Grundschle Asperg", "Grundschule Asperg"],
    ["Kita Kornwestheim", null],
    ["Gymnasium Marbach", null],
    ["gymnasium marbach", null],
    // Umlauts and their spelled-out forms are the same word.
    ["Moerike-Gymnasium", null],
    ["Korntal-Muenchingen", null],
    ["Markgroningen", null],
    ["Kindergaerten", null],
    ["Moerike-Gymnasim", "Moerike-Gymnasium"],
    ["Korntal-Muenchngen", "Korntal-Münchingen"],
    ["Ludwigsbrug", "Ludwigsburg"],
    // Words of up to seven letters get one edit, longer ones two.
    ["Kornwstheimm", "Kornwestheim"],
    ["Asprg", "Asperg"],
    ["Aspgr", null],
    ["Realschle", "Realschule"],
    // Short words, numbers and words without a close match stay as typed.
    ["Kta", null],
    ["Kita 71634", null],
    ["U3", null],
    ["Schwimmkurs", null],
    ["", null],
    // Punctuation and spacing are kept; only the misspelt word changes.
    ["„Gymnasim“ in Marbach?", "„Gymnasium“ in Marbach?"],
    ["  Musikschle   Marbach ", "Musikschule Marbach"],
  ])("%j → %j", (query, corrected) => {
    expect(suggestCorrection(query, dictionary)).toBe(corrected);
  });

  it("prefers the more frequent of two close words", () => {
    // "Realschulen" (1×) and "Realschule" (2×) are both one edit from "Realschulne".
    expect(suggestCorrection("Realschulne", dictionary)).toBe("Realschule");
    // "Gymnasium" (7×) beats "Gymnasien" (1×), though both are within two edits.
    expect(suggestCorrection("Gymnasiem", dictionary)).toBe("Gymnasium");
  });

  it("shows the most common spelling of a word", () => {
    const mixed = buildDictionary(["Kita", "Kita", "KITA", "kita"]);
    expect(mixed.words.get("kita")).toEqual({ word: "Kita", count: 4 });
    expect(suggestCorrection("Kitaa", mixed)).toBe("Kita");
  });
});

describe("the dictionary of the seed catalogue", () => {
  let catalogue: TempCatalogue;
  let dictionary: Dictionary;

  beforeAll(() => {
    catalogue = createTempCatalogue("spelling");
    dictionary = catalogueDictionary(catalogue.db);
  });

  afterAll(() => {
    catalogue?.cleanup();
  });

  it.each<[string, string | null]>([
    ["Gymnasim Marbach", "Gymnasium Marbach"],
    ["Musikschle", "Musikschule"],
    ["Kornwestheimm", "Kornwestheim"],
    ["Grundschle Asperg", "Grundschule Asperg"],
    ["Volkshochshule", "Volkshochschule"],
    ["Kindergaten", "Kindergarten"],
    ["Bibliotek", "Bibliothek"],
    ["Ludwigsbrug", "Ludwigsburg"],
    ["Bietigheim Bisingen", "Bietigheim Bissingen"],
    ["Sprachfoerdrung", "Sprachförderung"],
    ["Gymnasium Marbach", null],
    ["Mörike-Gymnasium", null],
    ["Moerike Gymnasium", null],
    ["Kita Kornwestheim", null],
    ["Markgroeningen", null],
    ["Jugendzentrum", null],
    ["Kindertagesstätte", null],
    ["Filmakademie", null],
  ])("%j → %j", (query, corrected) => {
    expect(suggestCorrection(query, dictionary)).toBe(corrected);
  });
});
