import { describe, expect, it } from "vitest";
import { slugify } from "~/catalogue/slug";
import type { Sector } from "~/catalogue/vocabulary";
import { foldGerman } from "~/search/places";
import {
  matchMunicipalities,
  matchSectors,
  parseSuggestQuery,
  queryWithout,
  type SuggestionChoice,
} from "~/search/suggest";

// The Gemeinden of the district, as the catalogue names them.
const MUNICIPALITIES = [
  "Affalterbach", "Asperg", "Benningen am Neckar", "Besigheim", "Bietigheim-Bissingen", "Bönnigheim", "Ditzingen",
  "Eberdingen", "Erdmannhausen", "Erligheim", "Freiberg am Neckar", "Freudental", "Gemmrigheim", "Gerlingen",
  "Großbottwar", "Hemmingen", "Hessigheim", "Ingersheim", "Kirchheim am Neckar", "Korntal-Münchingen", "Kornwestheim",
  "Löchgau", "Ludwigsburg", "Marbach am Neckar", "Markgröningen", "Möglingen", "Mundelsheim", "Murr", "Oberriexingen",
  "Oberstenfeld", "Pleidelsheim", "Remseck am Neckar", "Sachsenheim", "Schwieberdingen", "Sersheim",
  "Steinheim an der Murr", "Tamm", "Vaihingen an der Enz", "Walheim",
].map((name) => ({ slug: slugify(name), name }));

describe("foldGerman", () => {
  it.each([
    ["Münchingen", "munchingen"],
    ["muenchingen", "munchingen"],
    ["Munchingen", "munchingen"],
    ["MÜNCHINGEN", "munchingen"],
    ["Großbottwar", "grossbottwar"],
    ["Bönnigheim", "bonnigheim"],
    ["Boennigheim", "bonnigheim"],
    ["Markgröningen", "markgroningen"],
    ["Kindertagesstätte", "kindertagesstatte"],
    ["Kindertagesstaette", "kindertagesstatte"],
    ["Café", "cafe"],
  ])("%j → %j", (text, folded) => {
    expect(foldGerman(text)).toBe(folded);
  });

  it.each(["mue", "münch", "boe", "groß", "kindertagesstä"])("keeps the folded prefix %j a prefix of the folded word", (prefix) => {
    const word = { mue: "Münchingen", münch: "Muenchingen", boe: "Bönnigheim", groß: "Grossbottwar", kindertagesstä: "Kindertagesstaette" }[prefix];
    expect(foldGerman(word ?? "").startsWith(foldGerman(prefix))).toBe(true);
  });
});

describe("matchMunicipalities", () => {
  it.each<[string, string[]]>([
    ["korn", ["Korntal-Münchingen", "Kornwestheim"]],
    ["Korn", ["Korntal-Münchingen", "Kornwestheim"]],
    ["kita korn", ["Korntal-Münchingen", "Kornwestheim"]],
    ["muench", ["Korntal-Münchingen"]],
    ["münch", ["Korntal-Münchingen"]],
    ["MÜNCHINGEN", ["Korntal-Münchingen"]],
    ["munch", ["Korntal-Münchingen"]],
    ["kornwestheim", ["Kornwestheim"]],
    ["Kita Kornwestheim", ["Kornwestheim"]],
    ["korntal-mü", ["Korntal-Münchingen"]],
    ["bietigheim-biss", ["Bietigheim-Bissingen"]],
    ["bissingen", ["Bietigheim-Bissingen"]],
    ["loechgau", ["Löchgau"]],
    ["groß", ["Großbottwar"]],
    ["gross", ["Großbottwar"]],
    ["Grundschule Asperg", ["Asperg"]],
    ["(Asperg)", ["Asperg"]],
    // More matching words first: "marbach am neckar" names Marbach twice.
    ["marbach neckar", ["Marbach am Neckar", "Benningen am Neckar", "Freiberg am Neckar", "Kirchheim am Neckar", "Remseck am Neckar"]],
    // Stop words never match on their own.
    ["marbach am", ["Marbach am Neckar"]],
    ["schule an der", []],
    ["enz", ["Vaihingen an der Enz"]],
    // One letter is too little.
    ["k", []],
    ["kita k", []],
    ["kita", []],
    ["gymnasium", []],
    ["", []],
  ])("%j → %j", (query, names) => {
    expect(matchMunicipalities(query, MUNICIPALITIES).map((m) => m.name)).toEqual(names);
  });

  it("ranks names that start with a typed word before names that only contain it", () => {
    const names = matchMunicipalities("mu", MUNICIPALITIES, 10).map((m) => m.name);
    expect(names).toEqual(["Mundelsheim", "Murr", "Korntal-Münchingen", "Steinheim an der Murr"]);
  });

  it("returns slug and name and respects the limit", () => {
    expect(matchMunicipalities("korn", MUNICIPALITIES, 1)).toEqual([{ slug: "korntal-muenchingen", name: "Korntal-Münchingen" }]);
    expect(matchMunicipalities("neckar", MUNICIPALITIES)).toHaveLength(5);
  });
});

describe("matchSectors", () => {
  it.each<[string, Sector[]]>([
    ["kita", ["kita"]],
    ["Kita", ["kita"]],
    ["kinderg", ["kita"]],
    ["Kindergarten", ["kita"]],
    ["kindertagesstaette", ["kita"]],
    ["krippe", ["kita"]],
    ["u3", ["kita"]],
    ["schul", ["schule"]],
    ["Schule", ["schule"]],
    ["gymn", ["schule"]],
    ["grundschule asperg", ["schule"]],
    ["vhs", ["weiterbildung"]],
    ["volkshoch", ["weiterbildung"]],
    ["weiterb", ["weiterbildung"]],
    ["jugend", ["jugendhilfe"]],
    ["juz", ["jugendhilfe"]],
    ["museum", ["kultur"]],
    ["bücherei", ["kultur"]],
    ["buecherei", ["kultur"]],
    ["musikschule", ["kultur"]],
    ["kita korn", ["kita"]],
    ["kita museum", ["kita", "kultur"]],
    // Too short for a prefix, not a whole term, or no sector at all.
    ["ki", []],
    ["sc", []],
    ["korn", []],
    ["und", []],
    ["marbach", []],
  ])("%j → %j", (query, keys) => {
    expect(matchSectors(query).map((sector) => sector.key)).toEqual(keys);
  });

  it("labels a sector as the portal does", () => {
    expect(matchSectors("vhs")).toEqual([{ key: "weiterbildung", label: "Weiterbildung" }]);
    expect(matchSectors("kita")).toEqual([{ key: "kita", label: "Kita und Kindertagesbetreuung" }]);
  });
});

describe("queryWithout", () => {
  it.each<[string, SuggestionChoice, string]>([
    ["kita korn", { kind: "gemeinde", name: "Kornwestheim" }, "kita"],
    ["kita korn", { kind: "gemeinde", name: "Korntal-Münchingen" }, "kita"],
    ["kita korn", { kind: "kategorie", key: "kita" }, "korn"],
    ["kinderg korn", { kind: "kategorie", key: "kita" }, "korn"],
    ["korn", { kind: "gemeinde", name: "Kornwestheim" }, ""],
    ["Grundschule muench", { kind: "gemeinde", name: "Korntal-Münchingen" }, "Grundschule"],
    ["Kita Marbach am Neckar", { kind: "gemeinde", name: "Marbach am Neckar" }, "Kita"],
    ["Schule am See marb", { kind: "gemeinde", name: "Marbach am Neckar" }, "Schule See"],
    ["Schule am See", { kind: "kategorie", key: "schule" }, "am See"],
    ["vhs Kurse", { kind: "kategorie", key: "weiterbildung" }, "Kurse"],
    ["Friedrich-Schiller-Gymnasium marbach", { kind: "gemeinde", name: "Marbach am Neckar" }, "Friedrich-Schiller-Gymnasium"],
    ["  kita   korn ", { kind: "gemeinde", name: "Kornwestheim" }, "kita"],
  ])("%j without %j → %j", (query, choice, rest) => {
    expect(queryWithout(query, choice)).toBe(rest);
  });
});

describe("parseSuggestQuery", () => {
  const parse = (q: string | null) => parseSuggestQuery(new URLSearchParams(q === null ? {} : { q }));

  it.each([
    ["kita", "kita"],
    ["  kita   korn ", "kita korn"],
    ["k", "k"],
    ["a".repeat(100), "a".repeat(100)],
    [`${"a".repeat(100)}   `, "a".repeat(100)],
  ])("%j → %j", (q, query) => {
    expect(parse(q)).toEqual({ ok: true, query });
  });

  it.each<[string | null, string]>([
    [null, "Bitte geben Sie einen Suchbegriff ein."],
    ["", "Bitte geben Sie einen Suchbegriff ein."],
    ["   ", "Bitte geben Sie einen Suchbegriff ein."],
    ["a".repeat(101), "Der Suchbegriff ist zu lang (höchstens 100 Zeichen)."],
  ])("%j → 400 with %j", (q, error) => {
    expect(parse(q)).toEqual({ ok: false, error });
  });
});
