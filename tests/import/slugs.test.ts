import { describe, expect, it } from "vitest";
import { createSlugAllocator } from "../../scripts/import/slugs";

describe("createSlugAllocator", () => {
  it("hands out slugs in call order: plain, then with the Gemeinde, then numbered", () => {
    const allocate = createSlugAllocator();
    const calls: Array<[string, string | null]> = [
      ["Grundschule", "tamm"],
      ["Grundschule", "asperg"],
      ["Grundschule", "asperg"],
      ["Grundschule", "asperg"],
      ["Friedrich-Schiller-Gymnasium", "ludwigsburg"],
      ["Friedrich-Schiller-Gymnasium", "marbach-am-neckar"],
      ["Fachstelle Frühe Hilfen", null],
      ["Fachstelle Frühe Hilfen", null],
      ["Jugendhaus Ditzingen", "ditzingen"],
      ["Jugendhaus Ditzingen", "ditzingen"],
      ["Ludwigsburg", "ludwigsburg"],
      ["Ludwigsburg", "ludwigsburg"],
    ];
    expect(calls.map(([name, place]) => allocate(name, place))).toEqual([
      "grundschule",
      "grundschule-asperg",
      "grundschule-asperg-2",
      "grundschule-asperg-3",
      "friedrich-schiller-gymnasium",
      "friedrich-schiller-gymnasium-marbach-am-neckar",
      "fachstelle-fruehe-hilfen",
      "fachstelle-fruehe-hilfen-2",
      "jugendhaus-ditzingen",
      "jugendhaus-ditzingen-2",
      "ludwigsburg",
      "ludwigsburg-2",
    ]);
  });

  it("does not reuse a slug that a numbered fallback would produce", () => {
    const allocate = createSlugAllocator();
    expect(allocate("Kita Sonne 2", null)).toBe("kita-sonne-2");
    expect(allocate("Kita Sonne", null)).toBe("kita-sonne");
    expect(allocate("Kita Sonne", null)).toBe("kita-sonne-3");
  });

  it("refuses names without letters or digits", () => {
    expect(createSlugAllocator()("„–“", "tamm")).toBeNull();
  });
});
