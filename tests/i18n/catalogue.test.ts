// The English catalogue of the search, detail, map and Merkliste areas: complete (no empty
// texts, the same keys as German), free of German UI words, and its plural and number
// formatting right in both languages. Parameter messages follow the page's language; the
// German ones (and the JSON API's) stay as they were.
import { describe, expect, it } from "vitest";
import { de } from "~/i18n/de";
import { en } from "~/i18n/en";
import { clusterLabel, mapCoverageText, pinLabel } from "~/map/markers";
import { feedbackMailto } from "~/ui/contact-links";
import { parseSearchParams, type ParseContext } from "~/search/params";
import { planSearch } from "~/search/plan";
import { DEFAULT_SEARCH_PARAMS } from "~/search/params";
import type { Gazetteer } from "~/search/places";

const AREAS = ["search", "detail", "map", "merkliste"] as const;

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ""): Leaf[] {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

describe.each(AREAS)("the English %s area", (area) => {
  const german = leaves(de[area]);
  const english = leaves(en[area]);

  it("has the same texts as the German one, by key and kind", () => {
    expect(english.map((leaf) => [leaf.path, typeof leaf.value])).toEqual(german.map((leaf) => [leaf.path, typeof leaf.value]));
  });

  it.each(english.filter((leaf) => typeof leaf.value === "string").map((leaf) => [leaf.path, leaf.value as string]))(
    "%s is a non-empty text without German UI words",
    (_path, text) => {
      expect(text.trim()).not.toBe("");
      // German words of the UI; names (Bildungsregion, Grundschule Asperg, RÜM) are allowed.
      expect(text).not.toMatch(/(?<!\p{L})(?:und|der|die|das|Sie|Ihr|Ihre|nicht|Treffer|Einträge|Eintrag|Suche|Merken|Merkliste|Karte|Seite|Lage)(?!\p{L})/u);
    },
  );
});

describe("plural and number formatting", () => {
  it.each([
    ["results, one", (m: typeof de) => m.search.page.results(1, "kita"), "1 Treffer für „kita“", "1 result for “kita”"],
    ["results, thousands", (m: typeof de) => m.search.page.results(1234, ""), "1.234 Treffer", "1,234 results"],
    ["no results", (m: typeof de) => m.search.page.noResults("xyz"), "Keine Treffer für „xyz“", "No results for “xyz”"],
    ["all entries", (m: typeof de) => m.search.page.allEntries(450), "Alle 450 Einträge", "All 450 entries"],
    ["page of", (m: typeof de) => m.search.page.pageOf(2, 23), "Seite 2 von 23", "Page 2 of 23"],
    ["facet, one", (m: typeof de) => m.search.facet.option("Kita", 1, false), "Kita, 1 Treffer", "Kita, 1 result"],
    ["facet, selected", (m: typeof de) => m.search.facet.option("Kita", 12, true), "Kita, 12 Treffer, ausgewählt", "Kita, 12 results, selected"],
    ["more facets", (m: typeof de) => m.search.facet.more(7), "7 weitere anzeigen", "Show 7 more"],
    ["suggestions, none", (m: typeof de) => m.search.suggestions.status(0), "Keine Vorschläge", "No suggestions"],
    ["suggestions, one", (m: typeof de) => m.search.suggestions.status(1), "1 Vorschlag", "1 suggestion"],
    ["suggestions, many", (m: typeof de) => m.search.suggestions.status(5), "5 Vorschläge", "5 suggestions"],
    ["distance, metres", (m: typeof de) => m.search.distance(0.853), "850 m", "850 m"],
    ["distance, decimal", (m: typeof de) => m.search.distance(1.234), "1,2 km", "1.2 km"],
    ["distance, whole", (m: typeof de) => m.search.distance(12.4), "12 km", "12 km"],
    ["approximate distance, near", (m: typeof de) => m.search.approximateDistance(0.4), "ca. unter 1 km", "less than 1 km"],
    ["approximate distance", (m: typeof de) => m.search.approximateDistance(2.6), "ca. 3 km", "about 3 km"],
    ["away", (m: typeof de) => m.search.card.away(m.search.distance(1.234)), "1,2 km entfernt", "1.2 km away"],
    ["origin chip", (m: typeof de) => m.search.page.originChip("Tamm", 5), "Bis 5 km um Tamm", "Within 5 km of Tamm"],
    ["bbox too large", (m: typeof de) => m.search.issues.bboxTooLarge(1.5), "Der Kartenausschnitt ist zu groß (höchstens 1,5 Grad in jede Richtung).", "The map section is too large (at most 1.5 degrees each way)."],
    ["ages, range", (m: typeof de) => m.detail.ages(3, 6), "3 bis 6 Jahre", "3 to 6 years"],
    ["ages, from", (m: typeof de) => m.detail.ages(16, null), "ab 16 Jahren", "from 16 years"],
    ["ages, up to", (m: typeof de) => m.detail.ages(null, 1), "bis 1 Jahre", "up to 1 year"],
    ["ages, none", (m: typeof de) => m.detail.ages(null, null), null, null],
    ["fact number", (m: typeof de) => m.detail.number(1234), "1.234", "1,234"],
    ["map caption, one", (m: typeof de) => m.detail.mapCaption("X", 1, 2), "Karte mit X und 1 Eintrag im Umkreis von 2 km, der auch in der Liste steht.", "Map with X and 1 entry within 2 km, which is also in the list."],
    ["map caption, many", (m: typeof de) => m.detail.mapCaption("X", 12, 2), "Karte mit X und 12 Einträgen im Umkreis von 2 km, die auch in der Liste stehen.", "Map with X and 12 entries within 2 km, which are also in the list."],
    ["cluster", (m: typeof de) => m.map.clusterLabel(20000), "20.000 Einträge – zum Vergrößern auswählen", "20,000 entries – select to zoom in"],
    ["coverage, all", (m: typeof de) => m.map.coverage(32, 32), "Alle 32 Treffer auf der Karte.", "All 32 results on the map."],
    ["coverage, one", (m: typeof de) => m.map.coverage(1, 1), "Der Treffer ist auf der Karte.", "The result is on the map."],
    ["coverage, some", (m: typeof de) => m.map.coverage(1200, 1250), "1.200 von 1.250 Treffern auf der Karte (50 ohne bekannte Lage, nur in der Liste).", "1,200 of 1,250 results on the map (50 without a known location, only in the list)."],
    ["legend count", (m: typeof de) => m.map.number(1500), "1.500", "1,500"],
    ["saved, one", (m: typeof de) => m.merkliste.local.heading(1), "1 gemerkter Eintrag", "1 saved entry"],
    ["saved, many", (m: typeof de) => m.merkliste.local.heading(2), "2 gemerkte Einträge", "2 saved entries"],
    ["shared, none", (m: typeof de) => m.merkliste.shared.heading(0), "Keine Einträge", "No entries"],
    ["over limit, one", (m: typeof de) => m.merkliste.ignored.overLimit(100, 1), "Eine Merkliste fasst höchstens 100 Einträge; 1 weiterer wurde ignoriert.", "A saved list holds at most 100 entries; 1 further entry was ignored."],
    ["missing, many", (m: typeof de) => m.merkliste.ignored.missing(1200), "1.200 Einträge gibt es im Portal nicht (mehr).", "1,200 entries no longer exist in the portal."],
    ["removed missing", (m: typeof de) => m.merkliste.local.removedMissing(2), "2 nicht mehr vorhandene Einträge wurden entfernt.", "2 entries that no longer exist were removed."],
    ["to list", (m: typeof de) => m.merkliste.toList(3), "Zur Merkliste (3)", "Go to saved list (3)"],
  ] as const)("%s", (_name, format, german, english) => {
    expect(format(de)).toBe(german);
    expect(format(en)).toBe(english);
  });
});

describe("map texts by locale", () => {
  const pin = { title: "Kita Sonnenschein", type: "Kindergarten", approximate: true };
  it.each([
    ["de", "Kita Sonnenschein (Kindergarten), Lage ungefähr", "3 Einträge – zum Vergrößern auswählen", "Keine Treffer auf der Karte."],
    ["en", "Kita Sonnenschein (Kindergarten), approximate location", "3 entries – select to zoom in", "No results on the map."],
  ] as const)("%s", (locale, label, cluster, coverage) => {
    expect(pinLabel(pin, locale)).toBe(label);
    expect(clusterLabel(3, locale)).toBe(cluster);
    expect(mapCoverageText(0, 0, locale)).toBe(coverage);
  });
});

describe("parameter messages by locale", () => {
  const context: ParseContext = { municipalities: new Set(["tamm"]), types: new Set(["Gymnasium"]) };
  const messages = (query: string, locale?: "de" | "en") =>
    parseSearchParams(new URLSearchParams(query), context, locale).issues.map((issue) => issue.message);

  it.each([
    ["seite=zwei", "„zwei“ ist keine gültige Seitenzahl (1 bis 100).", "“zwei” is not a valid page number (1 to 100)."],
    ["kategorie=schwimmbad", "Die Kategorie „schwimmbad“ gibt es nicht.", "There is no sector “schwimmbad”."],
    ["umkreis=3&ort=Tamm", "„3“ ist kein möglicher Umkreis (1, 2, 5, 10, 20 km).", "“3” is not a possible radius (1, 2, 5, 10, 20 km)."],
    ["sort=entfernung", "Nach Entfernung sortieren geht nur mit einem Ort oder Standort.", "Sorting by distance needs a place or location."],
    ["bbox=1,2,3", "„1,2,3“ ist kein Kartenausschnitt (bbox=West,Süd,Ost,Nord in Grad).", "“1,2,3” is not a map section (bbox=west,south,east,north in degrees)."],
    ["lat=48.9", "Für einen Standort braucht es Breite und Länge (lat und lng).", "A location needs both latitude and longitude (lat and lng)."],
  ])("%s", (query, german, english) => {
    expect(messages(query)).toEqual([german]);
    expect(messages(query, "de")).toEqual([german]);
    expect(messages(query, "en")).toEqual([english]);
  });

  it("parses the same parameters in both languages", () => {
    const query = "q=kita&seite=zwei&ort=Tamm&umkreis=5";
    expect(parseSearchParams(new URLSearchParams(query), context, "en").params).toEqual(
      parseSearchParams(new URLSearchParams(query), context).params,
    );
  });
});

describe("the browser's position in the plan", () => {
  const gazetteer: Gazetteer = { places: new Map(), aliases: new Map(), postcodes: new Map(), longestAlias: 0 };
  it.each([
    [undefined, "Ihr Standort"],
    ["de", "Ihr Standort"],
    ["en", "your location"],
  ] as const)("locale %s → %s", (locale, label) => {
    const plan = planSearch({ ...DEFAULT_SEARCH_PARAMS, lat: 48.9, lng: 9.2 }, gazetteer, locale);
    expect(plan.origin?.label).toBe(label);
  });
});

describe("the feedback mail", () => {
  const entry = { title: "Kita Sonnenschein", url: "https://example.org/en/angebote/kita-sonnenschein" };
  const decoded = (href: string | null) => {
    const url = new URL(href ?? "mailto:x");
    return { subject: url.searchParams.get("subject"), body: url.searchParams.get("body") };
  };
  it("is written in the page's language, German by default", () => {
    expect(decoded(feedbackMailto("hinweise@example.org", entry)).subject).toBe("Hinweis zum Eintrag „Kita Sonnenschein“");
    const english = decoded(feedbackMailto("hinweise@example.org", entry, en.detail));
    expect(english.subject).toBe("Note on the entry “Kita Sonnenschein”");
    expect(english.body).toBe(
      "Entry: Kita Sonnenschein\r\nPage: https://example.org/en/angebote/kita-sonnenschein\r\n\r\nWhat is out of date or wrong? What is correct instead (ideally with a source)?\r\n\r\n",
    );
  });
});
