import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH_PARAMS, type SearchParams } from "~/search/params";
import { buildGazetteer } from "~/search/places";
import { planSearch } from "~/search/plan";

const gazetteer = buildGazetteer([
  { slug: "ludwigsburg", name: "Ludwigsburg", lat: 48.8941, lng: 9.1963, postcodes: ["71634", "71672"] },
  { slug: "marbach-am-neckar", name: "Marbach am Neckar", lat: 48.9397, lng: 9.2592, postcodes: ["71672"] },
  { slug: "tamm", name: "Tamm", lat: 48.92, lng: 9.12, postcodes: ["71732"] },
]);

function plan(params: Partial<SearchParams>) {
  return planSearch({ ...DEFAULT_SEARCH_PARAMS, ...params }, gazetteer);
}

describe("planSearch", () => {
  it("turns a Gemeinde in the words into a filter and searches the rest", () => {
    expect(plan({ q: "Gymnasium Marbach" })).toMatchObject({
      q: "Gymnasium",
      selection: { gemeinde: ["marbach-am-neckar"] },
      recognised: [{ text: "Marbach", municipalities: [{ slug: "marbach-am-neckar", name: "Marbach am Neckar" }] }],
    });
  });

  it("keeps the words as they are when asked to (woertlich)", () => {
    expect(plan({ q: "Gymnasium Marbach", woertlich: true })).toMatchObject({ q: "Gymnasium Marbach", selection: { gemeinde: [] }, recognised: [] });
  });

  it("adds a recognised Gemeinde to the chosen ones without duplicates", () => {
    expect(plan({ q: "Kita Tamm", gemeinde: ["tamm", "ludwigsburg"] }).selection.gemeinde).toEqual(["tamm", "ludwigsburg"]);
  });

  it.each<[Partial<SearchParams>, unknown]>([
    [{ ort: "71634" }, { lat: 48.8941, lng: 9.1963, label: "71634 Ludwigsburg", approximate: true }],
    [{ ort: "Tamm" }, { lat: 48.92, lng: 9.12, label: "Tamm", approximate: true }],
    [{ lat: 48.9, lng: 9.2, ort: "Tamm" }, { lat: 48.9, lng: 9.2, label: "Ihr Standort", approximate: false }],
    [{}, null],
  ])("origin of %j", (params, origin) => expect(plan(params).origin).toEqual(origin));

  it("offers the Gemeinden of an ambiguous postcode and searches without a location meanwhile", () => {
    expect(plan({ ort: "71672", umkreis: 5, sort: "entfernung" })).toMatchObject({
      origin: null,
      radiusKm: null,
      sort: "relevanz",
      ortChoices: [
        { slug: "ludwigsburg", name: "Ludwigsburg" },
        { slug: "marbach-am-neckar", name: "Marbach am Neckar" },
      ],
    });
  });

  it("says when it does not know a place", () => {
    expect(plan({ ort: "Stuttgart" })).toMatchObject({ origin: null, ortUnknown: true });
  });

  it("keeps radius and distance sort with a known place", () => {
    expect(plan({ ort: "Tamm", umkreis: 5, sort: "entfernung" })).toMatchObject({ radiusKm: 5, sort: "entfernung" });
  });

  it("passes a map section on unchanged, and the view does not change the search", () => {
    const bbox = { west: 9.1, south: 48.85, east: 9.3, north: 48.95 };
    expect(plan({ q: "Kita", bbox }).bbox).toEqual(bbox);
    expect(plan({ q: "Kita" }).bbox).toBeNull();
    expect(plan({ q: "Kita Tamm", bbox, ansicht: "karte" })).toEqual(plan({ q: "Kita Tamm", bbox }));
  });
});
