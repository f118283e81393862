// The rules of the audience pages on small examples: which entries a rule takes, which it
// leaves out, and why. The entries are made up for the tests; the seed is in the
// integration test next to this file.
import { describe, expect, it } from "vitest";
import { clauseWith, groupBySituation, situationsOf, SITUATIONS } from "~/audiences/beratung";
import { ENTRY_REFS, REF_KEYS, resolveRef } from "~/audiences/bildungsregion";
import { matchesRule, textOf, toAudienceEntry, type AudienceEntry, type EntryRule } from "~/audiences/entries";
import { AGE_BANDS, familyServices, nearbyHiddenFields, nearbySearch } from "~/audiences/familien";
import { isForSchoolClasses, selectLernorte, subjectCounts, subjectsOf, SUBJECTS } from "~/audiences/lehrkraefte";
import { filterProjects, queryWords } from "~/audiences/projekte";
import { THEMES, themeBySlug } from "~/audiences/themes";
import { TYPICAL_AGES } from "~/catalogue/ages";
import { TOPICS } from "~/catalogue/vocabulary";
import type { EntrySource } from "~/search/documents";

let counter = 0;
function makeEntry(overrides: Partial<AudienceEntry> = {}): AudienceEntry {
  counter += 1;
  const type = overrides.type ?? "Museum";
  return {
    kind: "einrichtung",
    slug: `eintrag-${counter}`,
    title: `Eintrag ${counter}`,
    sector: "kultur",
    type,
    types: [type],
    typeDetail: null,
    topics: [],
    audiences: [],
    description: null,
    targetGroup: null,
    municipality: { slug: "ludwigsburg", name: "Ludwigsburg" },
    lat: null,
    lng: null,
    geoPrecision: null,
    website: null,
    phone: null,
    sourceUrls: ["https://example.org/quelle"],
    stand: "2024",
    ...overrides,
  };
}


describe("toAudienceEntry", () => {
  const source: EntrySource = {
    kind: "einrichtung",
    id: 3,
    slug: "stadtbibliothek-beispielstadt",
    title: "Stadtbibliothek Beispielstadt",
    sector: "kultur",
    type: "Bibliothek",
    types: ["Bibliothek", "Außerschulischer Lernort"],
    typeDetail: null,
    topics: [],
    audiences: [],
    ageMin: null,
    ageMax: null,
    municipality: { slug: "ludwigsburg", name: "Ludwigsburg" },
    institutionName: null,
    street: "Beispielweg 1",
    postcode: "71634",
    town: "Ludwigsburg",
    description: "Führungen für Schulklassen",
    targetGroup: null,
    lat: 48.89,
    lng: 9.19,
    geoPrecision: "exact",
    website: "https://example.org",
    phone: "07141 0",
    sourceUrls: ["https://example.org/quelle"],
    stand: "2024",
    updatedAt: null,
  };

  it.each<[string, Partial<EntrySource>, Partial<AudienceEntry>]>([
    ["keeps what the page shows", {}, { title: "Stadtbibliothek Beispielstadt", types: ["Bibliothek", "Außerschulischer Lernort"], geoPrecision: "exact", website: "https://example.org", phone: "07141 0", sourceUrls: ["https://example.org/quelle"] }],
    ["counts an institution without a list of types under its main type", { types: [] }, { types: ["Bibliothek"] }],
    ["has no precision without a position", { lat: null, lng: null }, { lat: null, lng: null, geoPrecision: null }],
    ["has no precision with half a position", { lng: null }, { geoPrecision: null }],
  ])("%s", (_, overrides, expected) => {
    const entry = toAudienceEntry({ ...source, ...overrides });
    expect(entry).toMatchObject(expected);
    expect(entry).not.toHaveProperty("street");
  });
});

describe("matchesRule", () => {
  const cases: { name: string; rule: EntryRule; entry: Partial<AudienceEntry>; expected: boolean }[] = [
    { name: "one of the types", rule: { types: ["Archiv"] }, entry: { type: "Museum", types: ["Museum", "Archiv"] }, expected: true },
    { name: "no type in common", rule: { types: ["Archiv"] }, entry: { type: "Museum", types: ["Museum"] }, expected: false },
    { name: "a topic of an offer", rule: { topics: ["mint"] }, entry: { kind: "angebot", topics: ["mint", "musik"] }, expected: true },
    { name: "text in the description", rule: { text: /Schulklassen/ }, entry: { description: "Führungen für Schulklassen" }, expected: true },
    { name: "text only in the fields named", rule: { text: /Schulklassen/, fields: ["title"] }, entry: { description: "für Schulklassen" }, expected: false },
    { name: "`unless` excludes", rule: { topics: ["sprachfoerderung"], unless: /VABO/ }, entry: { topics: ["sprachfoerderung"], title: "VABO-Klassen" }, expected: false },
    { name: "kind must fit", rule: { kinds: ["angebot"], types: ["Museum"] }, entry: { kind: "einrichtung" }, expected: false },
    { name: "sector must fit", rule: { sectors: ["jugendhilfe"], types: ["Museum"] }, entry: { sector: "kultur" }, expected: false },
    { name: "an empty rule matches nothing", rule: {}, entry: {}, expected: false },
  ];
  it.each(cases)("$name → $expected", ({ rule, entry, expected }) => {
    expect(matchesRule(makeEntry(entry), rule)).toBe(expected);
  });

  it("reads title, type detail, description and target group by default, not the type", () => {
    const entry = makeEntry({ title: "A", type: "B", typeDetail: "C", description: "D", targetGroup: "E" });
    expect(textOf(entry).split(" \n ")).toEqual(["A", "C", "D", "E"]);
  });
});

describe("age bands of /familien", () => {
  it("covers 0 to 25 years in five bands, each searching with an age inside its band", () => {
    expect(AGE_BANDS.map((band) => band.id)).toEqual(["0-3", "3-6", "6-10", "10-16", "16-25"]);
    for (const band of AGE_BANDS) {
      const [from, to] = band.id.split("-").map(Number);
      expect(band.age).toBeGreaterThan(from ?? Number.NaN);
      expect(band.age).toBeLessThan(to ?? Number.NaN);
    }
  });

  it.each(AGE_BANDS.map((band) => [band.id, band] as const))("band %s: its age links use the band's age", (_id, band) => {
    for (const link of band.links) {
      if ("search" in link && link.search.alter !== undefined) expect(link.search.alter).toBe(band.age);
    }
  });

  it("keeps Krippen out of the Kita band: the age of 3–6 lies outside the Krippe's typical 0–3", () => {
    const band = AGE_BANDS.find((candidate) => candidate.id === "3-6");
    const krippe = TYPICAL_AGES.Krippe;
    expect(band && krippe && band.age > krippe[1]).toBe(true);
  });

  it("sends the nearby form to /suche with sectors, age and distance order; the postcode comes from the person", () => {
    const band = AGE_BANDS.find((candidate) => candidate.id === "3-6");
    if (!band) throw new Error("Altersstufe fehlt");
    expect(nearbySearch(band)).toEqual({ kategorie: ["kita"], alter: 4, sort: "entfernung" });
    expect(nearbyHiddenFields(band)).toEqual([
      { name: "kategorie", value: "kita" },
      { name: "alter", value: "4" },
      { name: "sort", value: "entfernung" },
    ]);
  });
});

describe("family services", () => {
  const cases: { name: string; entry: Partial<AudienceEntry>; group: string | null }[] = [
    { name: "Frühe Hilfen by type", entry: { sector: "jugendhilfe", type: "Frühe Hilfen", targetGroup: "Familien mit Babys" }, group: "fruehe-hilfen" },
    { name: "Frühe Hilfen by an offer's topic", entry: { kind: "angebot", sector: "jugendhilfe", type: "Willkommensbesuche", topics: ["fruehe-hilfen"], targetGroup: "Familien mit Neugeborenen" }, group: "fruehe-hilfen" },
    { name: "Erziehungsberatung by the source's type wording", entry: { sector: "jugendhilfe", type: "Beratungsstelle", typeDetail: "Erziehungs- und Familienberatung", targetGroup: "Eltern, Kinder" }, group: "erziehungsberatung" },
    { name: "Schwangerenberatung", entry: { sector: "jugendhilfe", type: "Beratungsstelle", typeDetail: "Schwangerschaftsberatung", targetGroup: "Schwangere" }, group: "schwangerschaft" },
    { name: "the Jugendamt", entry: { sector: "jugendhilfe", type: "Jugendamt", targetGroup: "Kinder, Jugendliche, Eltern" }, group: "jugendamt" },
    { name: "Kinderschutz for families", entry: { sector: "jugendhilfe", type: "Kinderschutz", targetGroup: "Familien mit Kindern" }, group: "kinderschutz" },
    { name: "Kinderschutz advice for professionals only", entry: { sector: "jugendhilfe", type: "Beratungsstelle", typeDetail: "Kinderschutz-Fachberatung", targetGroup: "Fachkräfte in Kitas, Schulen" }, group: null },
    { name: "a Familienzentrum", entry: { sector: "kita", type: "Familienzentrum", targetGroup: "Kinder, Familien" }, group: "familienbildung" },
    { name: "a Jugendhaus", entry: { sector: "jugendhilfe", type: "Jugendhaus", targetGroup: "Jugendliche" }, group: null },
  ];
  it.each(cases)("$name → $group", ({ entry, group }) => {
    const made = makeEntry(entry);
    const groups = familyServices([made]).filter((candidate) => candidate.entries.some((e) => e.slug === made.slug));
    expect(groups.map((candidate) => candidate.id)).toEqual(group ? [group] : []);
  });

  it("leaves out groups without entries and sorts entries by title", () => {
    const groups = familyServices([
      makeEntry({ sector: "jugendhilfe", type: "Jugendamt", title: "Zentrum", targetGroup: "Eltern" }),
      makeEntry({ sector: "jugendhilfe", type: "Kindertagespflege", title: "Amt für Tagespflege", targetGroup: "Eltern von Kleinkindern" }),
    ]);
    expect(groups).toEqual([
      {
        id: "jugendamt",
        entries: [expect.objectContaining({ title: "Amt für Tagespflege" }), expect.objectContaining({ title: "Zentrum" })],
      },
    ]);
  });
});

describe("Lernorte for school classes (fuerSchulklassen)", () => {
  const cases: { name: string; entry: Partial<AudienceEntry>; expected: boolean }[] = [
    { name: "typed as außerschulischer Lernort", entry: { types: ["Archiv", "Außerschulischer Lernort"], targetGroup: "Öffentlichkeit" }, expected: true },
    { name: "a Schülerlabor", entry: { type: "Schülerlabor", types: ["Schülerlabor"] }, expected: true },
    { name: "target group names school classes", entry: { targetGroup: "Öffentlichkeit, Schulklassen" }, expected: true },
    { name: "target group names Grundschulklassen", entry: { targetGroup: "Grundschulklassen" }, expected: true },
    { name: "target group names school groups", entry: { targetGroup: "Kinder- und Schulgruppen" }, expected: true },
    { name: "target group names schools", entry: { type: "Medienzentrum", targetGroup: "Schulen, Jugend- und Erwachsenenbildung" }, expected: true },
    { name: "description states co-operation with schools", entry: { type: "Musikschule", description: "zahlreiche Kooperationen mit Kitas und Schulen" }, expected: true },
    { name: "description states Klassenführungen", entry: { type: "Bibliothek", description: "Medien, Klassenführungen, Vorlesestunden" }, expected: true },
    { name: "a museum for adults", entry: { targetGroup: "Erwachsene", description: "Geschichte der Destillationstechnik" }, expected: false },
    { name: "a library for all ages", entry: { type: "Bibliothek", targetGroup: "Alle Altersgruppen, Kitas" }, expected: false },
    { name: "teacher training is not a Lernort", entry: { sector: "weiterbildung", type: "Lehrkräftefortbildung", targetGroup: "Lehrkräfte aller Schularten (Sport)" }, expected: false },
    { name: "political education naming schools", entry: { sector: "weiterbildung", type: "Politische Bildung", targetGroup: "Schulen, Multiplikatoren" }, expected: true },
    { name: "a school is no außerschulischer Lernort", entry: { sector: "schule", type: "Gymnasium", targetGroup: "Schülerinnen und Schüler" }, expected: false },
    { name: "youth services naming schools are not in the list", entry: { sector: "jugendhilfe", type: "Kreisjugendpflege", targetGroup: "Jugendeinrichtungen, Schulen" }, expected: false },
    { name: "an offer (programme) is not a place", entry: { kind: "angebot", targetGroup: "Schulklassen" }, expected: false },
  ];
  it.each(cases)("$name → $expected", ({ entry, expected }) => {
    expect(isForSchoolClasses(makeEntry(entry))).toBe(expected);
  });
});

describe("subjects of a Lernort", () => {
  const cases: { name: string; entry: Partial<AudienceEntry>; subjects: string[] }[] = [
    { name: "an archive", entry: { type: "Archiv", types: ["Archiv"] }, subjects: ["geschichte"] },
    { name: "a memorial site", entry: { type: "Gedenkstätte", types: ["Gedenkstätte"] }, subjects: ["geschichte"] },
    { name: "a literature museum", entry: { description: "Literatur des 18./19. Jahrhunderts" }, subjects: ["deutsch"] },
    { name: "a library", entry: { type: "Bibliothek", types: ["Bibliothek"] }, subjects: ["deutsch"] },
    { name: "a music school", entry: { type: "Musikschule", types: ["Musikschule"] }, subjects: ["musik"] },
    { name: "an art school with a media workshop", entry: { type: "Jugendkunstschule", types: ["Jugendkunstschule"], description: "Tanz, Theater, Medienwerkstatt" }, subjects: ["kunst", "medien"] },
    { name: "a natural history museum", entry: { description: "Zweigstelle des Museums für Naturkunde: Geologie" }, subjects: ["mint"] },
    { name: "a prison museum on human rights", entry: { description: "Programme zu Strafrecht und Menschenrechten" }, subjects: ["politik"] },
    { name: "a museum that says nothing of a subject", entry: { description: "Städtisches Schulmuseum" }, subjects: [] },
  ];
  it.each(cases)("$name → $subjects", ({ entry, subjects }) => {
    expect(subjectsOf(makeEntry(entry))).toEqual(subjects);
  });

  it("has unique ids", () => {
    expect(new Set(SUBJECTS.map((subject) => subject.id)).size).toBe(SUBJECTS.length);
  });
});

describe("selectLernorte", () => {
  const school = { slug: "schule", title: "Schule", place: "Marbach am Neckar", lat: 48.94, lng: 9.26 };
  const near = makeEntry({ title: "Zehntscheuer", type: "Archiv", types: ["Archiv"], lat: 48.941, lng: 9.261, geoPrecision: "exact" });
  const far = makeEntry({ title: "Archiv am Rand", type: "Archiv", types: ["Archiv"], lat: 48.8, lng: 9.1, geoPrecision: "municipality" });
  const music = makeEntry({ title: "Musikschule", type: "Musikschule", types: ["Musikschule"], targetGroup: "Schulklassen", lat: 48.9, lng: 9.2, geoPrecision: "exact" });
  const nowhere = makeEntry({ title: "Aaa ohne Lage", type: "Gedenkstätte", types: ["Gedenkstätte"], municipality: null });
  const adults = makeEntry({ title: "Nur für Erwachsene", targetGroup: "Erwachsene" });
  const all = [far, nowhere, music, near, adults].map((entry) =>
    entry.types.includes("Archiv") || entry.types.includes("Gedenkstätte") ? { ...entry, types: [...entry.types, "Außerschulischer Lernort"] } : entry,
  );

  it("lists Lernorte alphabetically without a school", () => {
    expect(selectLernorte(all, { subject: null, school: null }).map((l) => l.title)).toEqual([
      "Aaa ohne Lage",
      "Archiv am Rand",
      "Musikschule",
      "Zehntscheuer",
    ]);
  });

  it("orders by distance from the school, those without a position last, and marks approximate positions", () => {
    const lernorte = selectLernorte(all, { subject: null, school });
    expect(lernorte.map((l) => [l.title, l.distanceKm, l.approximate])).toEqual([
      ["Zehntscheuer", 0.1, false],
      ["Musikschule", 6.2, false],
      ["Archiv am Rand", 19.5, true],
      ["Aaa ohne Lage", null, true],
    ]);
    expect(lernorte.at(-1)?.place).toBeNull();
  });

  it("keeps only the chosen subject", () => {
    expect(selectLernorte(all, { subject: "musik", school }).map((l) => l.title)).toEqual(["Musikschule"]);
    expect(subjectCounts(all)).toMatchObject({ geschichte: 3, musik: 1, mint: 0 });
  });
});

describe("situations on /beratung", () => {
  const cases: { name: string; entry: Partial<AudienceEntry>; situations: string[] }[] = [
    {
      name: "AVdual: without an Ausbildungsplatz, towards a Schulabschluss",
      entry: { kind: "angebot", sector: "schule", type: "Bildungsgang AVdual", topics: ["uebergang-schule-beruf"], description: "Ziel Ausbildungsplatz oder Schulabschluss", targetGroup: "Jugendliche ohne Ausbildungsplatz" },
      situations: ["ohne-ausbildungsplatz", "schulabschluss-nachholen"],
    },
    {
      name: "VABO classes: newly arrived, not the children's Sprachförderung",
      entry: { kind: "angebot", sector: "schule", type: "Sprachförderung / VABO", title: "VABO-Klassen", topics: ["sprachfoerderung", "integration"] },
      situations: ["neu-zugewandert"],
    },
    {
      name: "Vorbereitungsklassen: newly arrived and learning German",
      entry: { kind: "angebot", sector: "schule", type: "Vorbereitungsklassen (VKL)", title: "Vorbereitungsklassen (VKL)", topics: ["sprachfoerderung", "integration"] },
      situations: ["neu-zugewandert", "deutsch-lernen"],
    },
    {
      name: "an Ausbildungsmesse",
      entry: { kind: "angebot", sector: "schule", type: "Ausbildungsmesse", topics: ["berufsorientierung"] },
      situations: ["beruf-finden"],
    },
    {
      name: "a Kammer that mentions Zugewanderte only in its description",
      entry: { sector: "weiterbildung", type: "Kammer", description: "Integration Zugewanderter", targetGroup: "Handwerksbetriebe" },
      situations: [],
    },
    {
      name: "an evening school (Zweiter Bildungsweg)",
      entry: { sector: "schule", type: "Zweiter Bildungsweg" },
      situations: ["schulabschluss-nachholen"],
    },
    {
      name: "the Jugendberufsagentur: without an Ausbildungsplatz, and a network",
      entry: { sector: "jugendhilfe", type: "Jugendberufsagentur" },
      situations: ["ohne-ausbildungsplatz", "koordination"],
    },
    {
      name: "the Projektgruppe of the Übergang Kita–Schule",
      entry: { kind: "angebot", sector: "schule", type: "Projektgruppen", topics: ["uebergang-kita-schule"] },
      situations: ["vor-der-einschulung", "koordination"],
    },
    { name: "a Kita", entry: { sector: "kita", type: "Kita" }, situations: [] },
  ];
  it.each(cases)("$name", ({ entry, situations }) => {
    expect(situationsOf(makeEntry(entry))).toEqual(situations);
  });

  it("has unique situation ids, usable as anchors", () => {
    const ids = SITUATIONS.map((situation) => situation.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+$/);
  });

  it("lists the schools whose own description names a programme, with what it says", () => {
    const avdual = makeEntry({ kind: "angebot", sector: "schule", title: "Ausbildungsvorbereitung dual (AVdual)", type: "Bildungsgang AVdual" });
    const school = makeEntry({ sector: "schule", type: "Berufliche Schule", title: "Robert-Franck-Schule", description: "Kaufmännische Schule. Wirtschaftsgymnasium, AVdual seit 2017/18." });
    const other = makeEntry({ sector: "schule", type: "Berufliche Schule", title: "Andere Schule", description: "Berufsschule, Berufskolleg." });
    const [part] = groupBySituation([avdual, school, other]);
    const entry = part?.situations[0]?.entries[0];
    expect(entry).toMatchObject({ title: avdual.title, programme: "AVdual", sites: [{ slug: school.slug, title: "Robert-Franck-Schule", place: "Ludwigsburg", statement: "AVdual seit 2017/18" }] });
  });

  const clauses: [string, string | null][] = [
    ["Bildungsgänge: Berufsschule, VAB/VABO und AVdual seit 2018/19.", "VAB/VABO und AVdual seit 2018/19"],
    ["Berufsschule; AVdual (ab ca. 2019); rund 1.700 Schüler.", "AVdual (ab ca. 2019)"],
    ["Wirtschaftsgymnasium und Standort der Lernfabrik. AVdual-Begleitung vorhanden.", "AVdual-Begleitung vorhanden"],
    ["Berufskollegs (FH-Reife, AVdual, Praktikanten), Fachschule.", "Berufskollegs (FH-Reife, AVdual, Praktikanten)"],
    ["Berufsschule und Berufskolleg.", null],
  ];
  it.each(clauses)("clauseWith(%j) → %j", (text, clause) => {
    expect(clauseWith(text, /AVdual/)).toBe(clause);
  });
});

describe("references to the Bildungsregion's entries", () => {
  it("finds an entry by what it is, and nothing when there are none or several", () => {
    const office = makeEntry({ kind: "angebot", sector: "schule", type: "Bildungsbüro / Bildungsregion", title: "Bildungsbüro" });
    expect(resolveRef([office, makeEntry()], "bildungsbuero")).toMatchObject({ slug: office.slug, title: "Bildungsbüro" });
    expect(resolveRef([makeEntry()], "bildungsbuero")).toBeNull();
    expect(resolveRef([office, { ...office, slug: "zweites" }], "bildungsbuero")).toBeNull();
  });

  it("tells the schools with AV dual apart from offers about them", () => {
    const school = makeEntry({ sector: "schule", type: "Berufliche Schule", title: "Mathilde-Planck-Schule Ludwigsburg" });
    const offer = makeEntry({ kind: "angebot", sector: "schule", type: "Berufsorientierung", title: "KooBO-Z an der Mathilde-Planck-Schule" });
    expect(resolveRef([school, offer], "mathildePlanckSchule")?.slug).toBe(school.slug);
  });

  it("has a rule for every key", () => {
    expect(REF_KEYS.sort()).toEqual(Object.keys(ENTRY_REFS).sort());
  });
});

describe("filterProjects", () => {
  const sprache = makeEntry({ kind: "angebot", sector: "schule", type: "Sprachförderung", title: "Sprache bilden und fördern", topics: ["sprachfoerderung"] });
  const messe = makeEntry({ kind: "angebot", sector: "schule", type: "Ausbildungsmesse", title: "Vaihinger Ausbildungsmesse", topics: ["berufsorientierung"], description: "Für Klassen 8 und 9" });
  const museum = makeEntry({ title: "Sprachmuseum" });
  const all = [messe, sprache, museum];

  const cases: { q: string; thema: (typeof TOPICS)[number] | null; titles: string[] }[] = [
    { q: "", thema: null, titles: ["Sprache bilden und fördern", "Vaihinger Ausbildungsmesse"] },
    { q: "sprache", thema: null, titles: ["Sprache bilden und fördern"] },
    { q: "Foerdern", thema: null, titles: ["Sprache bilden und fördern"] },
    { q: "messe klassen", thema: null, titles: ["Vaihinger Ausbildungsmesse"] },
    { q: "messe sprache", thema: null, titles: [] },
    { q: "", thema: "berufsorientierung", titles: ["Vaihinger Ausbildungsmesse"] },
    { q: "sprache", thema: "berufsorientierung", titles: [] },
  ];
  it.each(cases)("q=$q thema=$thema → $titles", ({ q, thema, titles }) => {
    expect(filterProjects(all, { q, thema }).map((entry) => entry.title)).toEqual(titles);
  });

  it("folds words like the search does", () => {
    expect(queryWords("  Übergang Schule–Beruf ")).toEqual(["ubergang", "schule", "beruf"]);
  });
});

describe("themes", () => {
  it("has the three focus topics of the Bildungsregion, each on a topic of the index", () => {
    expect(THEMES.map((theme) => theme.slug)).toEqual(["uebergang-kita-schule", "sprachfoerderung-grundschule", "uebergang-schule-beruf"]);
    for (const theme of THEMES) {
      expect(TOPICS).toContain(theme.topic);
      expect(SITUATIONS.map((situation) => situation.id)).toContain(theme.situation);
      for (const fact of theme.facts) for (const ref of fact.refs ?? []) expect(REF_KEYS).toContain(ref);
    }
  });

  it("knows no other slugs", () => {
    expect(themeBySlug("uebergang-schule-beruf")?.topic).toBe("uebergang-schule-beruf");
    expect(themeBySlug("gibt-es-nicht")).toBeNull();
    expect(themeBySlug("")).toBeNull();
  });
});
