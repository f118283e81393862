import { describe, expect, it } from "vitest";
import { documentId, formatAddress, toSearchDocument, type EntrySource } from "~/search/documents";

/** A Marbach grammar school as the sync module reads it; override what a case is about. */
function makeEntry(overrides: Partial<EntrySource> = {}): EntrySource {
  return {
    kind: "einrichtung",
    id: 17,
    slug: "friedrich-schiller-gymnasium-marbach-am-neckar",
    title: "Friedrich-Schiller-Gymnasium",
    sector: "schule",
    type: "Gymnasium",
    types: ["Gymnasium"],
    typeDetail: "Gymnasium (G8); Gymnasium (G9)",
    topics: [],
    audiences: [],
    ageMin: null,
    ageMax: null,
    municipality: { slug: "marbach-am-neckar", name: "Marbach am Neckar" },
    institutionName: null,
    street: "Schulstraße 34",
    postcode: "71672",
    town: "Marbach am Neckar",
    description: null,
    targetGroup: null,
    lat: 48.934816,
    lng: 9.263506,
    geoPrecision: "exact",
    website: null,
    phone: null,
    sourceUrls: ["https://example.org/schulen.csv"],
    stand: "Schulstatistik 2015",
    updatedAt: "2026-03-02T09:15:00.000Z",
    ...overrides,
  };
}

describe("formatAddress", () => {
  it.each([
    [{ street: "Schulstraße 34", postcode: "71672", town: "Marbach am Neckar" }, "Schulstraße 34, 71672 Marbach am Neckar"],
    [{ street: null, postcode: "71634", town: "Ludwigsburg" }, "71634 Ludwigsburg"],
    [{ street: null, postcode: null, town: "Ludwigsburg" }, "Ludwigsburg"],
    [{ street: "Reuteallee 46", postcode: null, town: null }, "Reuteallee 46"],
    [{ street: "Arsenalplatz", postcode: null, town: "Ludwigsburg" }, "Arsenalplatz, Ludwigsburg"],
    [{ street: "Karlstraße 19", postcode: "71638", town: null }, "Karlstraße 19, 71638"],
    [{ street: null, postcode: null, town: null }, null],
    [{ street: "", postcode: "", town: "" }, null],
  ])("%j → %j", (parts, address) => {
    expect(formatAddress(parts)).toBe(address);
  });
});

describe("documentId", () => {
  it.each([
    ["einrichtung", 17, "einrichtung-17"],
    ["angebot", 3, "angebot-3"],
  ] as const)("%s %i → %s", (kind, id, expected) => {
    expect(documentId(kind, id)).toBe(expected);
  });
});

describe("toSearchDocument", () => {
  it("flattens an institution into what the result list shows", () => {
    expect(toSearchDocument(makeEntry())).toEqual({
      id: "einrichtung-17",
      kind: "einrichtung",
      slug: "friedrich-schiller-gymnasium-marbach-am-neckar",
      title: "Friedrich-Schiller-Gymnasium",
      sortTitle: "friedrich schiller gymnasium",
      category: "schule",
      categoryLabel: "Schule",
      type: "Gymnasium",
      types: ["Gymnasium"],
      typeDetail: "Gymnasium (G8); Gymnasium (G9)",
      topics: [],
      topicLabels: [],
      audiences: [],
      ageMin: 10,
      ageMax: 18,
      ageTypical: true,
      aliases: [],
      municipalitySlug: "marbach-am-neckar",
      municipalityName: "Marbach am Neckar",
      institutionName: null,
      street: "Schulstraße 34",
      postcode: "71672",
      town: "Marbach am Neckar",
      address: "Schulstraße 34, 71672 Marbach am Neckar",
      description: null,
      targetGroup: null,
      lat: 48.934816,
      lng: 9.263506,
      geoPrecision: "exact",
      stand: "Schulstatistik 2015",
      updatedAt: "2026-03-02T09:15:00.000Z",
      _geo: { lat: 48.934816, lng: 9.263506 },
    });
  });

  it.each<[string, Partial<EntrySource>, { _geo?: { lat: number; lng: number }; geoPrecision: string | null }]>([
    ["exact point", { lat: 48.9, lng: 9.2, geoPrecision: "exact" }, { _geo: { lat: 48.9, lng: 9.2 }, geoPrecision: "exact" }],
    [
      "Gemeinde label point",
      { lat: 48.89, lng: 9.19, geoPrecision: "municipality" },
      { _geo: { lat: 48.89, lng: 9.19 }, geoPrecision: "municipality" },
    ],
    ["no coordinates", { lat: null, lng: null, geoPrecision: null }, { geoPrecision: null }],
    ["only a latitude", { lat: 48.9, lng: null, geoPrecision: "exact" }, { geoPrecision: null }],
    ["only a longitude", { lat: null, lng: 9.2, geoPrecision: "exact" }, { geoPrecision: null }],
  ])("_geo only with both coordinates: %s", (_name, overrides, expected) => {
    const document = toSearchDocument(makeEntry(overrides));
    expect(document.geoPrecision).toBe(expected.geoPrecision);
    if (expected._geo) expect(document._geo).toEqual(expected._geo);
    else expect(document).not.toHaveProperty("_geo");
  });

  it.each<[string, Partial<EntrySource>, Record<string, unknown>]>([
    [
      "an offer with topics and its host institution",
      {
        kind: "angebot",
        id: 5,
        slug: "avdual",
        title: "Ausbildungsvorbereitung dual (AVdual)",
        sector: "weiterbildung",
        type: "Bildungsgang",
        types: ["Bildungsgang"],
        topics: ["uebergang-schule-beruf", "berufsorientierung"],
        audiences: ["beratung"],
        institutionName: "Robert-Franck-Schule Ludwigsburg",
      },
      {
        id: "angebot-5",
        kind: "angebot",
        categoryLabel: "Weiterbildung",
        topicLabels: ["Übergang Schule–Beruf", "Berufsorientierung"],
        institutionName: "Robert-Franck-Schule Ludwigsburg",
      },
    ],
    ["empty types fall back to the main type", { types: [], type: "Kita" , sector: "kita" }, { types: ["Kita"], categoryLabel: "Kita und Kindertagesbetreuung" }],
    [
      "several types are kept",
      { types: ["Grundschule", "Werkrealschule"], type: "Grundschule" },
      { types: ["Grundschule", "Werkrealschule"], type: "Grundschule" },
    ],
    [
      "no Gemeinde",
      { municipality: null, street: null, postcode: null, town: null },
      { municipalitySlug: null, municipalityName: null, address: null },
    ],
    ["Jugendhilfe label", { sector: "jugendhilfe" }, { category: "jugendhilfe", categoryLabel: "Jugendhilfe und Jugendarbeit" }],
    ["Kultur label", { sector: "kultur" }, { category: "kultur", categoryLabel: "Kultur" }],
    ["last change kept as stored", { updatedAt: "2026-11-20T16:45:12.345Z" }, { updatedAt: "2026-11-20T16:45:12.345Z" }],
    ["no last change known", { updatedAt: undefined }, { updatedAt: null }],
    ["last change null", { updatedAt: null }, { updatedAt: null }],
  ])("%s", (_name, overrides, expected) => {
    expect(toSearchDocument(makeEntry(overrides))).toMatchObject(expected);
  });
});
