import { describe, expect, it } from "vitest";
import type { BBox } from "~/map/types";
import {
  ageFilter,
  boundingBoxFilter,
  buildFilter,
  quoteFilterValue,
  radiusFilter,
  type FilterKey,
  type FilterSelection,
} from "~/search/filter";

describe("quoteFilterValue", () => {
  it.each([
    ["kita", '"kita"'],
    ["marbach-am-neckar", '"marbach-am-neckar"'],
    ["", '""'],
    ['" OR category = "x', '"\\" OR category = \\"x"'],
    ['x" OR category = "kita', '"x\\" OR category = \\"kita"'],
    ["ends with backslash\\", '"ends with backslash\\\\"'],
    ['back\\" OR 1', '"back\\\\\\" OR 1"'],
    ["Vaihingen an der Enz", '"Vaihingen an der Enz"'],
  ])("%j → %s", (value, quoted) => {
    expect(quoteFilterValue(value)).toBe(quoted);
  });

  // A Meilisearch string literal ends at the first quote that is not escaped (a backslash
  // escapes the next character). The injected quotes must never close the literal early.
  it.each(['" OR category = "x', 'x" OR category = "kita', "ends with backslash\\", 'back\\" OR 1', '\\\\"'])(
    "keeps %j inside one string literal",
    (value) => {
      const quoted = quoteFilterValue(value);
      let end = -1;
      for (let i = 1; i < quoted.length; i += 1) {
        if (quoted[i] === "\\") i += 1;
        else if (quoted[i] === '"') {
          end = i;
          break;
        }
      }
      expect(end).toBe(quoted.length - 1);
    },
  );
});

describe("buildFilter", () => {
  it.each<[string, FilterSelection, string[]]>([
    ["nothing selected", {}, []],
    ["empty lists", { kategorie: [], gemeinde: [] }, []],
    ["one category", { kategorie: ["kita"] }, ['category = "kita"']],
    ["two categories are alternatives", { kategorie: ["kita", "schule"] }, ['(category = "kita" OR category = "schule")']],
    [
      "different parameters all apply",
      { kategorie: ["schule"], gemeinde: ["marbach-am-neckar"] },
      ['category = "schule"', 'municipalitySlug = "marbach-am-neckar"'],
    ],
    ["duplicates collapse", { gemeinde: ["ludwigsburg", "ludwigsburg"] }, ['municipalitySlug = "ludwigsburg"']],
    ["empty strings are dropped", { kategorie: ["", "kultur"] }, ['category = "kultur"']],
    ["only empty strings", { gemeinde: [""] }, []],
    [
      "every allow-listed attribute, in a fixed order",
      {
        art: ["angebot"],
        zielgruppe: ["familien"],
        thema: ["mint"],
        typ: ["Gymnasium"],
        gemeinde: ["asperg"],
        kategorie: ["schule"],
      },
      [
        'category = "schule"',
        'municipalitySlug = "asperg"',
        'types = "Gymnasium"',
        'topics = "mint"',
        'audiences = "familien"',
        'kind = "angebot"',
      ],
    ],
    [
      "an injection attempt stays one quoted value",
      { gemeinde: ['" OR category = "x'] },
      ['municipalitySlug = "\\" OR category = \\"x"'],
    ],
    [
      "an injection attempt among alternatives",
      { kategorie: ["kita", 'x" OR kind = "angebot'] },
      ['(category = "kita" OR category = "x\\" OR kind = \\"angebot")'],
    ],
  ])("%s", (_name, selection, expected) => {
    expect(buildFilter(selection)).toEqual(expected);
  });

  it("ignores keys that are not on the allow-list", () => {
    const selection = { kategorie: ["kita"], "category = 1 OR id": ["x"] } as unknown as FilterSelection;
    expect(buildFilter(selection)).toEqual(['category = "kita"']);
  });

  it.each<[FilterKey, string[]]>([
    ["kategorie", ['municipalitySlug = "ludwigsburg"']],
    ["gemeinde", ['(category = "kita" OR category = "schule")']],
    ["typ", ['(category = "kita" OR category = "schule")', 'municipalitySlug = "ludwigsburg"']],
  ])("except %s leaves out only that group (disjunctive facets)", (except, expected) => {
    const selection: FilterSelection = { kategorie: ["kita", "schule"], gemeinde: ["ludwigsburg"] };
    expect(buildFilter(selection, { except })).toEqual(expected);
  });
});

describe("ageFilter and radiusFilter", () => {
  it.each<[string, string[], string[]]>([
    ["no age", ageFilter(null), []],
    ["an age", ageFilter(4), ["ageMin <= 4", "ageMax >= 4"]],
    ["a fractional age is not an age", ageFilter(4.5), []],
    ["no origin", radiusFilter(null, 5), []],
    ["no radius", radiusFilter({ lat: 48.9, lng: 9.2 }, null), []],
    ["a radius in metres", radiusFilter({ lat: 48.9, lng: 9.2 }, 2), ["_geoRadius(48.900000, 9.200000, 2000)"]],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe("boundingBoxFilter", () => {
  it.each<[string, BBox | null, string[]]>([
    ["no section", null, []],
    // Meilisearch 1.21: north-east corner first, then south-west, each [lat, lng]
    [
      "a section around Marbach",
      { west: 9.24, south: 48.92, east: 9.29, north: 48.95 },
      ["_geoBoundingBox([48.950000, 9.290000], [48.920000, 9.240000])"],
    ],
    [
      "six decimals at most",
      { west: 9.123456789, south: 48.1, east: 9.2, north: 48.987654321 },
      ["_geoBoundingBox([48.987654, 9.200000], [48.100000, 9.123457])"],
    ],
    ["negative numbers keep their sign", { west: -0.5, south: -1, east: 0.5, north: 1 }, ["_geoBoundingBox([1.000000, 0.500000], [-1.000000, -0.500000])"]],
    ["NaN never reaches the engine", { west: Number.NaN, south: 48.9, east: 9.3, north: 49 }, []],
    ["nor does Infinity", { west: 9.1, south: 48.9, east: Number.POSITIVE_INFINITY, north: 49 }, []],
  ])("%s", (_name, bbox, expected) => {
    expect(boundingBoxFilter(bbox)).toEqual(expected);
  });
});
