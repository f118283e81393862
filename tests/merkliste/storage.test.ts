import { describe, expect, it } from "vitest";
import { MERKLISTE_MAX } from "~/merkliste/ids";
import {
  addToMerkliste,
  mergeIntoMerkliste,
  MERKLISTE_STORAGE_KEY,
  parseStoredMerkliste,
  removeFromMerkliste,
  serialiseMerkliste,
} from "~/merkliste/storage";

const many = (n: number) => Array.from({ length: n }, (_, i) => `eintrag-${i + 1}`);

describe("the storage key", () => {
  it("is namespaced for the portal", () => {
    expect(MERKLISTE_STORAGE_KEY).toBe("bildungsportal.merkliste");
  });
});

describe("parseStoredMerkliste", () => {
  it.each<[string, string | null, string[]]>([
    ["nothing stored", null, []],
    ["an empty string", "", []],
    ["the current format", '{"v":1,"slugs":["a","b-c"]}', ["a", "b-c"]],
    ["a bare array", '["a","b"]', ["a", "b"]],
    ["not JSON", "{kaputt", []],
    ["JSON of another shape", '{"slugs":"a"}', []],
    ["an unknown version", '{"v":2,"slugs":["a"]}', []],
    ["a number", "42", []],
    ["null", "null", []],
    ["invalid items dropped", '{"v":1,"slugs":["a",7,null,"B","<x>","b"]}', ["a", "b"]],
    ["repeats dropped", '["a","b","a"]', ["a", "b"]],
  ])("%s", (_name, raw, expected) => {
    expect(parseStoredMerkliste(raw)).toEqual(expected);
  });

  it(`keeps at most ${MERKLISTE_MAX} entries of an overfull list`, () => {
    expect(parseStoredMerkliste(JSON.stringify(many(MERKLISTE_MAX + 20)))).toEqual(many(MERKLISTE_MAX));
  });
});

describe("serialiseMerkliste", () => {
  it("writes the versioned format", () => {
    expect(serialiseMerkliste(["a", "b"])).toBe('{"v":1,"slugs":["a","b"]}');
  });

  it("never writes invalid, repeated or surplus slugs", () => {
    expect(parseStoredMerkliste(serialiseMerkliste(["a", "a", "X", ...many(MERKLISTE_MAX)]))).toHaveLength(MERKLISTE_MAX);
    expect(serialiseMerkliste(["a", "a", "X"])).toBe('{"v":1,"slugs":["a"]}');
  });

  it("round-trips", () => {
    const list = many(30);
    expect(parseStoredMerkliste(serialiseMerkliste(list))).toEqual(list);
  });
});

describe("addToMerkliste", () => {
  it.each<[string, string[], string, { list: string[]; outcome: string }]>([
    ["appends a new slug", ["a"], "b", { list: ["a", "b"], outcome: "added" }],
    ["keeps a slug once", ["a", "b"], "a", { list: ["a", "b"], outcome: "already" }],
    ["refuses an invalid slug", ["a"], "Nicht gültig", { list: ["a"], outcome: "invalid" }],
  ])("%s", (_name, list, slug, expected) => {
    expect(addToMerkliste(list, slug)).toEqual(expected);
  });

  it("leaves a full list as it is", () => {
    const full = many(MERKLISTE_MAX);
    expect(addToMerkliste(full, "noch-einer")).toEqual({ list: full, outcome: "full" });
  });

  it("does not change the list it was given", () => {
    const list = ["a"];
    addToMerkliste(list, "b");
    expect(list).toEqual(["a"]);
  });
});

describe("removeFromMerkliste", () => {
  it.each<[string[], string, string[]]>([
    [["a", "b", "c"], "b", ["a", "c"]],
    [["a"], "x", ["a"]],
    [[], "a", []],
  ])("%j without %s → %j", (list, slug, expected) => {
    expect(removeFromMerkliste(list, slug)).toEqual(expected);
  });
});

describe("mergeIntoMerkliste", () => {
  it("adds new slugs in order and counts them", () => {
    expect(mergeIntoMerkliste(["a"], ["b", "a", "c"])).toEqual({ list: ["a", "b", "c"], added: 2, skipped: 0 });
  });

  it("stops at the limit and counts what did not fit", () => {
    const result = mergeIntoMerkliste(many(MERKLISTE_MAX - 1), ["x", "y", "z"]);
    expect(result.list).toHaveLength(MERKLISTE_MAX);
    expect(result.list.at(-1)).toBe("x");
    expect(result).toMatchObject({ added: 1, skipped: 2 });
  });
});
