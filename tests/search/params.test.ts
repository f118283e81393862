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

const MALFORMED = (value: string) => `„${value}“ ist kein Kartenausschnitt (bbox=West,Süd,Ost,Nord in Grad).`;
const INVERTED = "Im Kartenausschnitt muss West kleiner als Ost und Süd kleiner als Nord sein.";
const TOO_LARGE = "Der Kartenausschnitt ist zu groß (höchstens 1,5 Grad in jede Richtung).";
const OUT_OF_RANGE = "Der Kartenausschnitt enthält ungültige Koordinaten (Länge −180 bis 180, Breite −90 bis 90).";
const ELSEWHERE = "Der Kartenausschnitt liegt nicht im Landkreis Ludwigsburg oder seiner Umgebung.";

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
    // Leaflet's toBBoxString(): west,south,east,north
    ["bbox=9.1,48.85,9.3,48.95", { ...DEFAULT_SEARCH_PARAMS, bbox: { west: 9.1, south: 48.85, east: 9.3, north: 48.95 } }],
    [
      "bbox=9.123456789,48.8765432,9.2000049,48.95000051",
      { ...DEFAULT_SEARCH_PARAMS, bbox: { west: 9.12346, south: 48.87654, east: 9.2, north: 48.95 } },
    ],
    ["bbox=%209.1%20,%2048.85,9.3,48.95%20", { ...DEFAULT_SEARCH_PARAMS, bbox: { west: 9.1, south: 48.85, east: 9.3, north: 48.95 } }],
    ["bbox=9.1%2C48.85%2C9.3%2C48.95", { ...DEFAULT_SEARCH_PARAMS, bbox: { west: 9.1, south: 48.85, east: 9.3, north: 48.95 } }],
    // Partly outside the district's surroundings, but overlapping them: kept as it is.
    ["bbox=8,48,9,49", { ...DEFAULT_SEARCH_PARAMS, bbox: { west: 8, south: 48, east: 9, north: 49 } }],
    ["bbox=", DEFAULT_SEARCH_PARAMS],
    ["ansicht=karte", { ...DEFAULT_SEARCH_PARAMS, ansicht: "karte" }],
    ["ansicht=liste", DEFAULT_SEARCH_PARAMS],
    ["ansicht=", DEFAULT_SEARCH_PARAMS],
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
    [
      "ansicht=tabelle",
      { ansicht: "liste" },
      { param: "ansicht", message: "Die Ansicht „tabelle“ gibt es nicht (liste, karte)." },
    ],
    ...(
      [
        ["1,2,3", MALFORMED("1,2,3")],
        ["1,2,3,4,5", MALFORMED("1,2,3,4,5")],
        ["9.1,48.85,,48.95", MALFORMED("9.1,48.85,,48.95")],
        ["9.1;48.85;9.3;48.95", MALFORMED("9.1;48.85;9.3;48.95")],
        ["a,b,c,d", MALFORMED("a,b,c,d")],
        ["NaN,48.85,9.3,48.95", MALFORMED("NaN,48.85,9.3,48.95")],
        ["Infinity,48.85,9.3,48.95", MALFORMED("Infinity,48.85,9.3,48.95")],
        ["1e309,48.85,9.3,48.95", MALFORMED("1e309,48.85,9.3,48.95")],
        ["0x10,48.85,9.3,48.95", MALFORMED("0x10,48.85,9.3,48.95")],
        ["9.1,48.85,9.3,48.95]", MALFORMED("9.1,48.85,9.3,48.95]")],
        // A German decimal comma splits two numbers into four
        ["9,1,48,85", TOO_LARGE],
        ["9.3,48.85,9.1,48.95", INVERTED],
        ["9.1,48.95,9.3,48.85", INVERTED],
        ["9.1,48.85,9.1,48.95", INVERTED],
        // The same after rounding to 5 decimals: an empty box
        ["9.100001,48.85,9.100004,48.95", INVERTED],
        ["-180,-90,180,90", TOO_LARGE],
        ["8.5,48.5,10.01,49", TOO_LARGE],
        ["9,48,9.5,49.6", TOO_LARGE],
        ["9.1,48.85,181,48.95", OUT_OF_RANGE],
        ["9.1,-91,9.3,48.95", OUT_OF_RANGE],
        ["9.1,48.85,9.3,1e300", OUT_OF_RANGE],
        ["13.3,52.4,13.5,52.6", ELSEWHERE],
        ["7.5,48.8,8.5,49", ELSEWHERE],
      ] as const
    ).map(([value, message]): [string, Partial<SearchParams>, { param: string; message: string }] => [
      `bbox=${encodeURIComponent(value)}`,
      { bbox: null },
      { param: "bbox", message },
    ]),
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
    [{ bbox: { west: 9.1, south: 48.85, east: 9.3, north: 48.95 } }, "?bbox=9.1,48.85,9.3,48.95"],
    // A section straight from the map is rounded to about 1 m.
    [{ bbox: { west: 9.123456789, south: 48.8765432, east: 9.2000049, north: 48.95000051 } }, "?bbox=9.12346,48.87654,9.2,48.95"],
    [{ ansicht: "karte" }, "?ansicht=karte"],
    [{ ansicht: "liste" }, ""],
    [
      {
        seite: 2,
        ansicht: "karte",
        woertlich: true,
        sort: "entfernung",
        bbox: { west: 9.1, south: 48.85, east: 9.3, north: 48.95 },
        umkreis: 5,
        ort: "71634",
        q: "Kita",
      },
      "?q=Kita&ort=71634&umkreis=5&bbox=9.1,48.85,9.3,48.95&sort=entfernung&woertlich=1&ansicht=karte&seite=2",
    ],
  ])("%j → %j", (params, query) => {
    expect(toSearchQuery(params)).toBe(query);
  });

  it.each([
    "q=Gymnasium+Marbach",
    "kategorie=kita&gemeinde=ludwigsburg&seite=2",
    "q=vhs&kategorie=weiterbildung&kategorie=kultur&gemeinde=marbach-am-neckar",
    "kategorie=kita&bbox=9.1,48.85,9.3,48.95&ansicht=karte&seite=2",
    "q=Kita&ort=71634&umkreis=5&bbox=8.9,48.7,9.45,49.1&sort=entfernung",
  ])("round-trips %j", (query) => {
    expect(toSearchQuery(parse(query).params)).toBe(`?${query}`);
  });
});
