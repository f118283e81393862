import { describe, expect, it } from "vitest";
import { buildFilter, quoteFilterValue, type FilterKey, type FilterSelection } from "~/search/filter";

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
