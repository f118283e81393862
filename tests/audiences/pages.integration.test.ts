// The audience pages' data on the real seed catalogue and a real index: every prepared search
// is valid and finds what its label promises, the grouped lists hold the entries a person
// would look for, and the Bildungsregion's bodies resolve to their catalogue entries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCounsellingPage } from "~/audiences/beratung.server";
import { loadBildungsregionPage } from "~/audiences/bildungsregion.server";
import { REF_KEYS } from "~/audiences/bildungsregion";
import { AGE_BANDS, nearbySearch } from "~/audiences/familien";
import { loadFamilyPage } from "~/audiences/familien.server";
import { loadTeacherPage } from "~/audiences/lehrkraefte.server";
import { loadProjectsPage } from "~/audiences/projekte.server";
import { THEMES } from "~/audiences/themes";
import { loadThemePage } from "~/audiences/themes.server";
import { catalogueTypes, municipalityNames } from "~/catalogue/places.server";
import { parseSearchParams, toSearchQuery, type SearchParams } from "~/search/params";
import { rebuildIndex } from "~/search/sync.server";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";
import { dropTestIndex, testEngineConfig } from "../support/engine";
import { answered, gazetteerOf, searchWith } from "../support/search";

const config = testEngineConfig("audiences");
let catalogue: TempCatalogue;

beforeAll(async () => {
  catalogue = createTempCatalogue("audiences");
  await rebuildIndex(catalogue.db, config);
});

afterAll(async () => {
  await dropTestIndex(config);
  catalogue?.cleanup();
});

/** A prepared search as /suche reads it from its link: it must parse without issues. */
function parsed(search: Partial<SearchParams>) {
  return parsedHref(`/suche${toSearchQuery(search)}`);
}

function parsedHref(href: string) {
  const url = new URL(href, "http://portal.test");
  expect(url.pathname).toBe("/suche");
  return parseSearchParams(url.searchParams, {
    municipalities: new Set(municipalityNames(catalogue.db).keys()),
    types: new Set(catalogueTypes(catalogue.db)),
  });
}

async function run(search: Partial<SearchParams>) {
  const { params, issues } = parsed(search);
  expect(issues).toEqual([]);
  return answered(await searchWith(catalogue.db, config, params));
}

const deps = () => ({ db: catalogue.db, gazetteer: gazetteerOf(catalogue.db), config });

describe("/familien", () => {
  const searches = AGE_BANDS.flatMap((band) =>
    band.links.flatMap((link) => ("search" in link ? [{ band: band.id, link: link.id, search: link.search }] : [])),
  );

  it.each(searches)("$band – $link is a valid search with hits", async ({ search }) => {
    const result = await run(search);
    expect(result.total).toBeGreaterThan(0);
  });

  it.each([
    ["0-3", "krippen", ["kita"], /Kita|Krippe|Kinderhaus|Kindergarten|Familienzentr|Forscher/],
    ["3-6", "kitas", ["kita"], /Kita|Kindergarten|Kinderhaus|Familienzentr|Schulkindergarten|Forscher/],
    ["6-10", "grundschulen", ["schule"], /Grundschule|Waldorfschule/],
    ["10-16", "weiterfuehrende-schulen", ["schule"], /Werkrealschule|Realschule|Gemeinschaftsschule|Gymnasium|Waldorfschule/],
  ] as const)("%s – %s finds only entries of its kind", async (id, linkId, categories, type) => {
    const link = AGE_BANDS.find((band) => band.id === id)?.links.find((candidate) => candidate.id === linkId);
    if (!link || !("search" in link)) throw new Error(`Link ${linkId} fehlt`);
    const result = await run({ ...link.search, seite: 1 });
    for (const hit of result.hits) {
      expect(categories).toContain(hit.category);
      expect(`${hit.type} ${hit.title}`).toMatch(type);
    }
  });

  it("the Kita search with a Kornwestheim postcode lists Kitas in Kornwestheim first", async () => {
    const band = AGE_BANDS.find((candidate) => candidate.id === "3-6");
    if (!band) throw new Error("Altersstufe fehlt");
    const result = await run({ ...nearbySearch(band), ort: "70806" });
    const first = result.hits.slice(0, 5);
    expect(first).toHaveLength(5);
    for (const hit of first) {
      expect(hit.category).toBe("kita");
      expect(hit.municipality?.name).toBe("Kornwestheim");
    }
  });

  it.each(AGE_BANDS.map((band) => [band.id, band] as const))("%s: the nearby search with a postcode finds entries", async (_label, band) => {
    const result = await run({ ...nearbySearch(band), ort: "71634" });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]?.distanceKm).not.toBeNull();
  });

  it("lists Frühe Hilfen, Erziehungsberatung and the Jugendamt from the catalogue", () => {
    const { services } = loadFamilyPage(catalogue.db);
    const titles = (id: string) => services.find((group) => group.id === id)?.entries.map((entry) => entry.title) ?? [];
    expect(titles("fruehe-hilfen")).toContain("Fachstelle Frühe Hilfen im Landkreis Ludwigsburg");
    expect(titles("erziehungsberatung")).toContain(
      "Psychologische Beratungsstelle des Landkreises Ludwigsburg (für Eltern, Kinder, Jugendliche und junge Erwachsene)",
    );
    expect(titles("jugendamt")).toContain("Jugendamt des Landkreises Ludwigsburg (Fachbereich Kinder, Jugend und Familie)");
    // Advice for professionals is not listed for families.
    expect(services.flatMap((group) => group.entries.map((entry) => entry.title))).not.toContain(
      "Insoweit erfahrene Fachkräfte (Kinderschutzberatung nach § 8a SGB VIII) im Landkreis Ludwigsburg",
    );
  });
});

describe("/lehrkraefte", () => {
  const marbachSchool = () => findInstitution(catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution.slug;

  it("lists the Lernorte for school classes the sources state, and not the others", () => {
    const page = loadTeacherPage(catalogue.db, new URLSearchParams());
    const titles = page.lernorte.map((lernort) => lernort.title);
    expect(page.totalLernorte).toBe(page.lernorte.length);
    expect(titles).toEqual(expect.arrayContaining([
      "KZ-Gedenkstätte Vaihingen an der Enz",
      "Ludwigsburger Kinderlabor an der Pädagogischen Hochschule",
      "Schillers Geburtshaus Marbach",
      "Staatsarchiv Ludwigsburg (Landesarchiv Baden-Württemberg) – Archivpädagogik",
      "Musikschule Besigheim (für Besigheim, Gemmrigheim, Walheim)",
    ]));
    expect(titles).not.toContain("Schwäbisches Schnapsmuseum Bönnigheim");
    expect(titles).not.toContain("ZSL – Außenstelle Ludwigsburg (Fortbildung Schulsport)");
    expect(page.issues).toEqual([]);
    expect(page.otherCulture).toBeGreaterThan(0);
  });

  it("orders the Lernorte for German nearest first from the Gymnasium in Marbach", () => {
    const page = loadTeacherPage(catalogue.db, new URLSearchParams({ fach: "deutsch", schule: marbachSchool() }));
    expect(page.school).toEqual({ slug: marbachSchool(), title: "Friedrich-Schiller-Gymnasium", place: "Marbach am Neckar" });
    expect(page.lernorte[0]).toMatchObject({
      title: "Schiller-Nationalmuseum und Literaturmuseum der Moderne (Deutsches Literaturarchiv Marbach)",
      place: "Marbach am Neckar",
      approximate: false,
    });
    const distances = page.lernorte.map((lernort) => lernort.distanceKm ?? Number.POSITIVE_INFINITY);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const lernort of page.lernorte) expect(lernort.subjects).toContain("deutsch");
  });

  it("offers every school with a position, grouped by Gemeinde", () => {
    const page = loadTeacherPage(catalogue.db, new URLSearchParams());
    const schools = page.schoolGroups.flatMap((group) => group.schools);
    expect(schools.length).toBeGreaterThan(150);
    expect(page.schoolGroups.find((group) => group.place === "Ludwigsburg")?.schools.map((s) => s.title)).toContain(
      "Mathilde-Planck-Schule Ludwigsburg",
    );
  });

  it("names and ignores an unknown subject or school", () => {
    const page = loadTeacherPage(catalogue.db, new URLSearchParams({ fach: "latein", schule: "<script>" }));
    expect(page.subject).toBeNull();
    expect(page.school).toBeNull();
    expect(page.issues).toEqual([
      { kind: "unknownSubject", value: "latein" },
      { kind: "unknownSchool", value: "<script>" },
    ]);
  });
});

describe("/beratung", () => {
  it("shows AVdual for young people without an Ausbildungsplatz, with the schools that name it", () => {
    const { parts } = loadCounsellingPage(catalogue.db);
    const situation = parts.flatMap((part) => part.situations).find((candidate) => candidate.id === "ohne-ausbildungsplatz");
    const avdual = situation?.entries.find((entry) => entry.title === "Ausbildungsvorbereitung dual (AVdual) im Landkreis Ludwigsburg");
    expect(avdual?.sites).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "Robert-Franck-Schule Ludwigsburg", statement: "AVdual seit 2017/18" }),
        expect.objectContaining({ title: "Mathilde-Planck-Schule Ludwigsburg", statement: "VAB/VABO und AVdual seit 2018/19" }),
      ]),
    );
    expect(situation?.entries.map((entry) => entry.title)).toContain("Jugendberufsagentur Landkreis Ludwigsburg");
  });

  it("groups the transition programmes of the catalogue by situation", () => {
    const { parts } = loadCounsellingPage(catalogue.db);
    const titles = (id: string) =>
      parts.flatMap((part) => part.situations).find((situation) => situation.id === id)?.entries.map((entry) => entry.title) ?? [];
    expect(titles("neu-zugewandert")).toEqual(
      expect.arrayContaining([
        "VABO-Klassen (Vorqualifizierungsjahr Arbeit/Beruf ohne Deutschkenntnisse) an den beruflichen Schulen des Landkreises",
        "Vorbereitungsklassen (VKL) an allgemeinbildenden Schulen im Schulamtsbezirk Ludwigsburg",
      ]),
    );
    expect(titles("deutsch-lernen")).toEqual(
      expect.arrayContaining(["Ludwigsburger Modell „Sprache bilden und fördern“", "Ankerplatz Sprache (Bildungsregion / Staatliches Schulamt)"]),
    );
    expect(titles("beruf-finden")).toEqual(expect.arrayContaining(["Berufsausbildungsmesse (bam) Ludwigsburg", "Vaihinger Ausbildungsmesse"]));
    expect(titles("schulabschluss-nachholen")).toContain("Abendrealschule Ludwigsburg e.V.");
    expect(titles("koordination")).toContain("Regionales Übergangsmanagement (RÜM) Landkreis Ludwigsburg");
    expect(titles("vor-der-einschulung")).toContain(
      "Projektgruppen der Bildungsregion: Übergang Kindergarten–Schule, Sprachförderung Grundschule, Übergang Schule–Beruf",
    );
  });
});

describe("theme pages", () => {
  it.each(THEMES.map((theme) => [theme.slug] as const))("%s: facts, the Projektgruppe and programmes from the index", async (slug) => {
    const page = await loadThemePage(deps(), slug);
    if (!page) throw new Error(`Thema ${slug} fehlt`);
    expect(page.projektgruppe?.title).toMatch(/^Projektgruppen der Bildungsregion/);
    expect(page.programmes.status).toBe("ok");
    if (page.programmes.status !== "ok") return;
    expect(page.programmes.total).toBeGreaterThan(0);
    expect(page.programmes.hits.map((hit) => hit.title)).toContain(page.projektgruppe?.title);
    for (const search of page.searches) {
      expect(search.total).toBeGreaterThan(0);
      expect(parsedHref(search.href).issues).toEqual([]);
    }
    // Every entry a fact names is in the catalogue.
    const theme = THEMES.find((candidate) => candidate.slug === slug);
    expect(page.theme.facts.map((fact) => fact.links.length)).toEqual(theme?.facts.map((fact) => fact.refs?.length ?? 0));
  });

  it("links RÜM and AV dual to their entries and lists the institutions of the Übergang Schule–Beruf", async () => {
    const page = await loadThemePage(deps(), "uebergang-schule-beruf");
    const linked = page?.theme.facts.flatMap((fact) => fact.links.map((link) => link.title));
    expect(linked).toEqual(
      expect.arrayContaining([
        "Regionales Übergangsmanagement (RÜM) Landkreis Ludwigsburg",
        "Ausbildungsvorbereitung dual (AVdual) im Landkreis Ludwigsburg",
        "Robert-Franck-Schule Ludwigsburg",
        "Mathilde-Planck-Schule Ludwigsburg",
      ]),
    );
    const institutions = page?.institutions;
    expect(institutions?.status).toBe("ok");
    if (institutions?.status !== "ok") return;
    expect(institutions.hits.map((hit) => hit.title)).toEqual(
      expect.arrayContaining(["Jugendberufsagentur Landkreis Ludwigsburg", "Mathilde-Planck-Schule Ludwigsburg"]),
    );
    expect(institutions.href).toBe(
      "/suche?typ=Berufliche+Schule&typ=Jugendberufsagentur&typ=Jugendberufshilfe&typ=Berufsberatung&typ=Jobcenter",
    );
    expect(parsedHref(institutions.href).issues).toEqual([]);
  });

  it("answers null for an unknown theme", async () => {
    expect(await loadThemePage(deps(), "uebergang-schule-studium")).toBeNull();
  });

  it("keeps the facts and reports the lists as degraded when the engine does not answer", async () => {
    const page = await loadThemePage({ ...deps(), config: { url: "http://127.0.0.1:9", indexUid: "weg" } }, "uebergang-kita-schule");
    expect(page?.theme.facts.length).toBeGreaterThan(0);
    expect(page?.projektgruppe).not.toBeNull();
    expect(page?.programmes.status).toBe("degraded");
    expect(page?.searches.every((search) => search.total === null)).toBe(true);
  });
});

describe("/bildungsregion", () => {
  it("finds each body and programme of the Bildungsregion in the catalogue", () => {
    const { refs } = loadBildungsregionPage(catalogue.db);
    for (const key of REF_KEYS) expect(refs[key], key).not.toBeNull();
    expect(refs.bildungsbuero).toMatchObject({
      title: "Bildungsregion Landkreis Ludwigsburg – Regionales Bildungsbüro",
      website: "https://www.bildungsregion-landkreis-ludwigsburg.de",
      phone: null,
    });
    expect(refs.steuergruppe?.description).toContain("unter Vorsitz des Landrats");
  });

  it("counts the network from the catalogue: per sector, per Gemeinde and without a Gemeinde", () => {
    const { figures } = loadBildungsregionPage(catalogue.db);
    expect(figures.total).toBe(figures.institutions + figures.offers);
    expect(figures.bySector.reduce((sum, row) => sum + row.total, 0)).toBe(figures.total);
    expect(figures.bySector.reduce((sum, row) => sum + row.institutions, 0)).toBe(figures.institutions);
    expect(figures.municipalities).toHaveLength(39);
    expect(figures.municipalities.reduce((sum, row) => sum + row.total, 0)).toBe(figures.district.total);
    expect(figures.district.total + figures.withoutMunicipality).toBe(figures.total);
    expect(figures.bySector.find((row) => row.sector === "schule")?.institutions).toBeGreaterThanOrEqual(167);
  });
});

describe("/projekte", () => {
  it("lists every offer, and filters them by words and topic on the server", () => {
    const all = loadProjectsPage(catalogue.db, new URLSearchParams());
    expect(all.projects).toHaveLength(all.total);
    expect(all.total).toBeGreaterThan(30);
    const sprache = loadProjectsPage(catalogue.db, new URLSearchParams({ q: "Sprache" }));
    expect(sprache.projects.map((project) => project.title)).toContain("Ludwigsburger Modell „Sprache bilden und fördern“");
    expect(sprache.projects.length).toBeLessThan(all.total);
    const messen = loadProjectsPage(catalogue.db, new URLSearchParams({ q: "messe", thema: "berufsorientierung" }));
    expect(messen.projects.map((project) => project.title)).toEqual([
      "Ausbildungsmesse „Plan A“ (Jobcenter Landkreis Ludwigsburg)",
      "Berufsausbildungsmesse (bam) Ludwigsburg",
      "Vaihinger Ausbildungsmesse",
    ]);
    const unknown = loadProjectsPage(catalogue.db, new URLSearchParams({ thema: "astrologie" }));
    expect(unknown).toMatchObject({ thema: null, ignoredTopic: true });
    expect(unknown.projects).toHaveLength(all.total);
  });
});
