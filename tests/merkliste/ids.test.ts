import { describe, expect, it } from "vitest";
import { isEntrySlug, MERKLISTE_MAX, merklisteHref, parseIds, SLUG_MAX_LENGTH } from "~/merkliste/ids";

const many = (n: number, prefix = "eintrag") => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

describe("isEntrySlug", () => {
  it.each([
    ["friedrich-schiller-gymnasium-marbach-am-neckar", true],
    ["kita-1", true],
    ["a", true],
    ["x".repeat(SLUG_MAX_LENGTH), true],
    ["x".repeat(SLUG_MAX_LENGTH + 1), false],
    ["", false],
    ["Gross", false],
    ["mörike", false],
    ["-vorne", false],
    ["hinten-", false],
    ["doppel--strich", false],
    ["mit leerzeichen", false],
    ["../etc/passwd", false],
    ["<script>", false],
    [42, false],
    [null, false],
  ])("%j → %s", (value, expected) => {
    expect(isEntrySlug(value)).toBe(expected);
  });
});

describe("parseIds", () => {
  it.each<[string, string[], ReturnType<typeof parseIds>]>([
    ["nothing", [], { slugs: [], invalid: 0, overLimit: 0 }],
    ["an empty value", [""], { slugs: [], invalid: 0, overLimit: 0 }],
    ["one slug", ["kita-sonnenschein"], { slugs: ["kita-sonnenschein"], invalid: 0, overLimit: 0 }],
    ["a comma-separated list, in order", ["b-eintrag,a-eintrag,c"], { slugs: ["b-eintrag", "a-eintrag", "c"], invalid: 0, overLimit: 0 }],
    ["repeated parameters", ["a,b", "c"], { slugs: ["a", "b", "c"], invalid: 0, overLimit: 0 }],
    ["repeats only once", ["a,b,a,b"], { slugs: ["a", "b"], invalid: 0, overLimit: 0 }],
    ["spaces and empty parts", [" a , ,b,"], { slugs: ["a", "b"], invalid: 0, overLimit: 0 }],
    ["invalid parts counted, not kept", ["a,<script>alert(1)</script>,B,ü"], { slugs: ["a"], invalid: 3, overLimit: 0 }],
  ])("%s", (_name, values, expected) => {
    expect(parseIds(values)).toEqual(expected);
  });

  it(`keeps at most ${MERKLISTE_MAX} entries and counts the rest`, () => {
    const result = parseIds([many(MERKLISTE_MAX + 7).join(",")]);
    expect(result.slugs).toEqual(many(MERKLISTE_MAX));
    expect(result.overLimit).toBe(7);
  });

  it("does not count repeats beyond the limit as over the limit", () => {
    const slugs = many(MERKLISTE_MAX);
    expect(parseIds([[...slugs, slugs[0]].join(",")]).overLimit).toBe(0);
  });

  it("stays cheap on a hostile, huge value", () => {
    const result = parseIds([",".repeat(100_000) + "x,".repeat(50_000)]);
    expect(result.slugs).toEqual(["x"]);
  });
});

describe("merklisteHref", () => {
  it.each<[string[], string]>([
    [[], "/merkliste"],
    [["a"], "/merkliste?ids=a"],
    [["kita-1", "schule-2"], "/merkliste?ids=kita-1,schule-2"],
    [["kita-1", "Böse&x=1"], "/merkliste?ids=kita-1"],
  ])("%j → %s", (slugs, href) => {
    expect(merklisteHref(slugs)).toBe(href);
  });

  it("round-trips through parseIds", () => {
    const slugs = many(MERKLISTE_MAX);
    const href = new URL(merklisteHref(slugs), "http://localhost");
    expect(parseIds(href.searchParams.getAll("ids")).slugs).toEqual(slugs);
  });
});
