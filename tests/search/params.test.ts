import { describe, expect, it } from "vitest";
import {
  DEFAULT_SEARCH_PARAMS,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  toSearchQuery,
  type SearchParams,
} from "~/search/params";

const CONTEXT = {
  municipalities: new Set(["ludwigsburg", "marbach-am-neckar", "vaihingen-an-der-enz"]),
  types: new Set(["Gymnasium", "Kita", "Museum"]),
};

function parse(query: string) {
  return parseSearchParams(new URLSearchParams(query), CONTEXT);
}

describe("parseSearchParams", () => {
  it.each<[string, SearchParams]>([
    ["", DEFAULT_SEARCH_PARAMS],
    ["q=Gymnasium+Marbach", { ...DEFAULT_SEARCH_PARAMS, q: "Gymnasium Marbach" }],
    ["q=%20%20Musik%20%20schule%20", { ...DEFAULT_SEARCH_PARAMS, q: "Musik schule" }],
    ["kategorie=kita&kategorie=schule", { ...DEFAULT_SEARCH_PARAMS, kategorie: ["kita", "schule"] }],
    ["kategorie=kita&kategorie=kita", { ...DEFAULT_SEARCH_PARAMS, kategorie: ["kita"] }],
    ["kategorie=", DEFAULT_SEARCH_PARAMS],
    [
      "gemeinde=marbach-am-neckar&gemeinde=ludwigsburg",
      { ...DEFAULT_SEARCH_PARAMS, gemeinde: ["marbach-am-neckar", "ludwigsburg"] },
    ],
    ["seite=3", { ...DEFAULT_SEARCH_PARAMS, seite: 3 }],
    ["seite=", DEFAULT_SEARCH_PARAMS],
    [
      "q=vhs&kategorie=weiterbildung&gemeinde=ludwigsburg&seite=2",
      { ...DEFAULT_SEARCH_PARAMS, q: "vhs", kategorie: ["weiterbildung"], gemeinde: ["ludwigsburg"], seite: 2 },
    ],
  ])("%j parses without issues", (query, expected) => {
    expect(parse(query)).toEqual({ params: expected, issues: [] });
  });

  it.each<[string, Partial<SearchParams>, { param: string; message: string }]>([
    [
      "kategorie=schwimmbad&kategorie=kita",
      { kategorie: ["kita"] },
      { param: "kategorie", message: "Die Kategorie „schwimmbad“ gibt es nicht." },
    ],
    [
      "kategorie=KITA",
      { kategorie: [] },
      { param: "kategorie", message: "Die Kategorie „KITA“ gibt es nicht." },
    ],
    [
      "gemeinde=stuttgart",
      { gemeinde: [] },
      { param: "gemeinde", message: "Die Gemeinde „stuttgart“ liegt nicht im Landkreis Ludwigsburg." },
    ],
    [
      `gemeinde=${encodeURIComponent('" OR category = "x')}&gemeinde=ludwigsburg`,
      { gemeinde: ["ludwigsburg"] },
      {
        param: "gemeinde",
        message: "Die Gemeinde „\" OR category = \"x“ liegt nicht im Landkreis Ludwigsburg.",
      },
    ],
    [
      "seite=0",
      { seite: 1 },
      { param: "seite", message: "„0“ ist keine gültige Seitenzahl (1 bis 100)." },
    ],
    [
      "seite=zwei",
      { seite: 1 },
      { param: "seite", message: "„zwei“ ist keine gültige Seitenzahl (1 bis 100)." },
    ],
    [
      "seite=2.5",
      { seite: 1 },
      { param: "seite", message: "„2.5“ ist keine gültige Seitenzahl (1 bis 100)." },
    ],
    [
      "seite=101",
      { seite: 1 },
      { param: "seite", message: "„101“ ist keine gültige Seitenzahl (1 bis 100)." },
    ],
  ])("%j falls back to the default with a German issue", (query, params, issue) => {
    const result = parse(query);
    expect(result.params).toEqual({ ...DEFAULT_SEARCH_PARAMS, ...params });
    expect(result.issues).toEqual([issue]);
  });

  it("truncates an overlong search term and says so", () => {
    const result = parse(`q=${"Gymnasium ".repeat(40)}`);
    expect(result.params.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result.params.q.startsWith("Gymnasium Gymnasium")).toBe(true);
    expect(result.params.q).toBe(result.params.q.trim());
    expect(result.issues).toEqual([
      { param: "q", message: "Der Suchbegriff ist zu lang (höchstens 200 Zeichen)." },
    ]);
  });

  it("cuts very long bad values short in the message", () => {
    const result = parse(`kategorie=${"x".repeat(500)}`);
    expect(result.issues).toEqual([
      { param: "kategorie", message: `Die Kategorie „${"x".repeat(40)}…“ gibt es nicht.` },
    ]);
  });
});

describe("toSearchQuery", () => {
  it.each<[Partial<SearchParams>, string]>([
    [{}, ""],
    [DEFAULT_SEARCH_PARAMS, ""],
    [{ q: "", seite: 1 }, ""],
    [{ q: "Gymnasium Marbach" }, "?q=Gymnasium+Marbach"],
    [{ q: "Kita", seite: 1 }, "?q=Kita"],
    [{ q: "Kita", seite: 2 }, "?q=Kita&seite=2"],
    [{ kategorie: ["kita", "schule"] }, "?kategorie=kita&kategorie=schule"],
    [
      { q: "Musikschule", kategorie: ["kultur"], gemeinde: ["ludwigsburg"], seite: 4 },
      "?q=Musikschule&kategorie=kultur&gemeinde=ludwigsburg&seite=4",
    ],
    [{ q: "Mörike & Schiller" }, "?q=M%C3%B6rike+%26+Schiller"],
  ])("%j → %j", (params, query) => {
    expect(toSearchQuery(params)).toBe(query);
  });

  it.each([
    "q=Gymnasium+Marbach",
    "kategorie=kita&gemeinde=ludwigsburg&seite=2",
    "q=vhs&kategorie=weiterbildung&kategorie=kultur&gemeinde=marbach-am-neckar",
  ])("round-trips %j", (query) => {
    expect(toSearchQuery(parse(query).params)).toBe(`?${query}`);
  });
});
