import { describe, expect, it } from "vitest";
import {
  aliasesOf,
  buildGazetteer,
  distanceKm,
  extractPlaces,
  formatApproximateDistance,
  formatDistance,
  placeKey,
  resolveOrt,
} from "~/search/places";

const gazetteer = buildGazetteer([
  { slug: "ludwigsburg", name: "Ludwigsburg", lat: 48.8941, lng: 9.1963, postcodes: ["71634", "71636", "71672"] },
  { slug: "marbach-am-neckar", name: "Marbach am Neckar", lat: 48.9397, lng: 9.2592, postcodes: ["71672", "71711"] },
  { slug: "murr", name: "Murr", lat: 48.96, lng: 9.26, postcodes: ["71711"] },
  { slug: "markgroeningen", name: "Markgröningen", lat: 48.905, lng: 9.08, postcodes: ["71706"] },
  { slug: "bietigheim-bissingen", name: "Bietigheim-Bissingen", lat: 48.96, lng: 9.13, postcodes: ["74321"] },
  { slug: "sachsenheim", name: "Sachsenheim", lat: 48.96, lng: 9.06, postcodes: ["74343"] },
  { slug: "vaihingen-an-der-enz", name: "Vaihingen an der Enz", lat: 48.93, lng: 8.96, postcodes: ["71665"] },
]);

describe("placeKey", () => {
  it.each([
    ["Markgröningen", "markgroningen"],
    ["markgroeningen", "markgroningen"],
    ["MARKGRONINGEN", "markgroningen"],
    ["Marbach a. N.", "marbach a n"],
    ["Großbottwar", "grossbottwar"],
  ])("%s → %s", (text, key) => expect(placeKey(text)).toBe(key));
});

describe("aliasesOf", () => {
  it.each([
    ["Ludwigsburg", ["Ludwigsburg"]],
    ["Marbach am Neckar", ["Marbach am Neckar", "Marbach", "Marbach a N", "Marbach a. N."]],
    ["Bietigheim-Bissingen", ["Bietigheim-Bissingen", "Bietigheim", "Bissingen"]],
  ])("%s", (name, aliases) => expect(aliasesOf(name)).toEqual(aliases));
});

describe("extractPlaces", () => {
  it.each<[string, string, string[][]]>([
    ["Gymnasium Marbach", "Gymnasium", [["marbach-am-neckar"]]],
    ["Gymnasium Marbach am Neckar", "Gymnasium", [["marbach-am-neckar"]]],
    ["Grundschule Marbach a.N.", "Grundschule", [["marbach-am-neckar"]]],
    ["kita markgroeningen", "kita", [["markgroeningen"]]],
    ["Realschule Bissingen", "Realschule", [["bietigheim-bissingen"]]],
    ["Sachsenheim", "", [["sachsenheim"]]],
    ["Musikschule Vaihingen", "Musikschule", [["vaihingen-an-der-enz"]]],
    ["Kita 71711", "Kita", [["marbach-am-neckar", "murr"]]],
    ["Kita 12345", "Kita 12345", []],
    ["Jugendamt Landkreis Ludwigsburg", "Jugendamt Landkreis Ludwigsburg", []],
    ["Marbacher Weg", "Marbacher Weg", []],
    ["Kornwestheim", "Kornwestheim", []],
  ])("%j → %j", (query, rest, slugs) => {
    const result = extractPlaces(query, gazetteer);
    expect(result.rest).toBe(rest);
    expect(result.matches.map((match) => match.slugs)).toEqual(slugs);
  });
});

describe("resolveOrt", () => {
  it.each([
    ["71634", { kind: "point", slug: "ludwigsburg", label: "71634 Ludwigsburg", lat: 48.8941, lng: 9.1963 }],
    ["Markgroeningen", { kind: "point", slug: "markgroeningen", label: "Markgröningen", lat: 48.905, lng: 9.08 }],
    ["marbach-am-neckar", { kind: "point", slug: "marbach-am-neckar", label: "Marbach am Neckar", lat: 48.9397, lng: 9.2592 }],
    [
      "71672",
      {
        kind: "ambiguous",
        postcode: "71672",
        options: [
          { slug: "ludwigsburg", name: "Ludwigsburg" },
          { slug: "marbach-am-neckar", name: "Marbach am Neckar" },
        ],
      },
    ],
    ["70173", { kind: "unknown" }],
    ["Stuttgart", { kind: "unknown" }],
  ])("%s", (ort, expected) => expect(resolveOrt(ort, gazetteer)).toEqual(expected));
});

describe("distances", () => {
  it("measures Ludwigsburg to Marbach as the crow flies", () => {
    expect(distanceKm({ lat: 48.8941, lng: 9.1963 }, { lat: 48.9397, lng: 9.2592 })).toBeCloseTo(6.84, 2);
  });
  it.each([
    [0.004, "10 m"],
    [0.853, "850 m"],
    [1.234, "1,2 km"],
    [9.96, "10,0 km"],
    [12.4, "12 km"],
  ])("%s km → %s", (km, text) => expect(formatDistance(km)).toBe(text));
  it.each([
    [0.004, "ca. unter 1 km"],
    [2.6, "ca. 3 km"],
  ])("approximate %s km → %s", (km, text) => expect(formatApproximateDistance(km)).toBe(text));
});
