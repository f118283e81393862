import fs from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, datasets, institutions, searchOutbox } from "../../db/schema";
import { importOsm, loadDistrictShapes } from "../../scripts/import-osm";
import {
  type CatalogueInstitution,
  carrierOf,
  classify,
  convertOverpass,
  OSM_DATASET_ID,
  type OsmConversion,
  type OsmEntry,
  osmStand,
  parseOverpassExport,
  planOsmImport,
} from "../../scripts/import/osm";
import { createTempCatalogue, type TempCatalogue } from "../support/catalogue";

const FIXTURE = fs.readFileSync("tests/fixtures/overpass-sample.json", "utf8");

describe("classify", () => {
  it.each<[Record<string, string>, string, string | string[]]>([
    [{ amenity: "kindergarten", name: "Kindergarten Wiesenweg" }, "kita", "Kindergarten"],
    [{ amenity: "kindergarten", name: "Kinderhaus Arche" }, "kita", "Kinderhaus"],
    [{ amenity: "kindergarten", name: "Waldkindergarten Eichhörnchen" }, "kita", "Natur- und Waldkindergarten"],
    [{ amenity: "kindergarten", name: "Kita Sonnenschein" }, "kita", "Kita"],
    [{ amenity: "childcare", name: "Tagesmütter Beispielstadt" }, "kita", "Kindertagespflege"],
    [{ amenity: "childcare", name: "Schülerbetreuung" }, "kita", "Kinderbetreuung"],
    [{ amenity: "school", name: "Beispiel-Gymnasium" }, "schule", "Gymnasium"],
    [{ amenity: "school", name: "Grund- und Werkrealschule Beispiel" }, "schule", ["Grundschule", "Werkrealschule"]],
    [{ amenity: "school", name: "Realschule am Beispiel" }, "schule", "Realschule"],
    [{ amenity: "school", name: "Gewerbliche Schule Beispiel" }, "schule", "Berufliche Schule"],
    [{ amenity: "school", name: "Schule am Beispiel" }, "schule", "Schule"],
    [{ amenity: "music_school", name: "Jugendmusikschule" }, "kultur", "Musikschule"],
    [{ amenity: "library", name: "Stadtbibliothek" }, "kultur", "Bibliothek"],
    [{ tourism: "museum", name: "Heimatmuseum" }, "kultur", "Museum"],
    [{ amenity: "community_centre", community_centre: "youth_centre", name: "Jugendhaus" }, "jugendhilfe", "Jugendhaus"],
    [{ amenity: "college", name: "Volkshochschule Beispiel" }, "weiterbildung", "Volkshochschule"],
    [{ amenity: "language_school", name: "Sprachschule" }, "weiterbildung", "Sprachschule"],
  ])("%j → %s / %s", (tags, sector, type) => {
    const types = Array.isArray(type) ? type : [type];
    expect(classify(tags)).toEqual({ sector, type: types.join(", "), types });
  });

  it.each([
    [{ amenity: "community_centre", name: "Bürgerhaus" }, "Gemeinschaftshaus ohne Bildungsbezug (community_centre=–)"],
    [{ amenity: "community_centre", community_centre: "village_hall", name: "Festhalle" }, "Gemeinschaftshaus ohne Bildungsbezug (community_centre=village_hall)"],
    [{ amenity: "restaurant", name: "Beispiel-Gasthaus" }, "nicht abgefragter Typ (amenity=restaurant)"],
  ])("skips %j", (tags, reason) => {
    expect(classify(tags)).toEqual({ skip: reason });
  });
});

describe("carrierOf", () => {
  it.each<[Record<string, string>, string | null]>([
    [{ "operator:type": "public" }, "oeffentlich"],
    [{ "operator:type": "religious", operator: "Stadt Beispiel" }, "kirchlich"],
    [{ operator: "Evangelische Kirchengemeinde Beispiel" }, "kirchlich"],
    [{ operator: "Katholische Kirchengemeinde St. Beispiel" }, "kirchlich"],
    [{ operator: "Waldkindergarten Beispiel e. V." }, "frei"],
    [{ operator: "AWO Kreisverband" }, "frei"],
    [{ operator: "Stadt Beispiel" }, "oeffentlich"],
    [{ operator: "Landkreis Ludwigsburg" }, "oeffentlich"],
    [{ operator: "Beispiel Bildung GmbH" }, "privat"],
    [{ operator: "Beispiel Bildung gGmbH" }, "frei"],
    [{ operator: "Familie Beispiel" }, null],
    [{}, null],
  ])("%j → %s", (tags, carrier) => {
    expect(carrierOf(tags)).toBe(carrier);
  });
});

describe("parseOverpassExport", () => {
  it.each([
    ["no JSON", "<osm/>", /keine JSON-Datei/],
    ["no timestamp", '{"elements": []}', /osm3s/],
    ["an element without id", '{"osm3s": {"timestamp_osm_base": "2026-03-01T04:12:00Z"}, "elements": [{"type": "node"}]}', /elements\.0\.id/],
  ])("refuses %s", (_, text, reason) => {
    const parsed = parseOverpassExport(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it("reads the stand from the export's timestamp", () => {
    expect(osmStand("2026-03-01T04:12:00Z")).toBe("OpenStreetMap-Datenstand 01.03.2026");
  });
});

let catalogue: TempCatalogue;
beforeAll(() => {
  catalogue = createTempCatalogue("osm");
});
afterAll(() => catalogue?.cleanup());

function fixture(): OsmConversion {
  const parsed = parseOverpassExport(FIXTURE);
  if (!parsed.ok) throw new Error(parsed.reason);
  return convertOverpass(parsed.value, loadDistrictShapes(catalogue.db));
}

describe("convertOverpass", () => {
  it("keeps named educational places inside the district and maps their tags", () => {
    const conversion = fixture();
    expect(conversion.outside).toBe(1);
    expect(conversion.skipped.map((skip) => [skip.sourceRef, skip.reason])).toEqual([
      ["osm:node/9000000006", "Gemeinschaftshaus ohne Bildungsbezug (community_centre=–)"],
      ["osm:node/9000000007", "ohne Namen"],
      ["osm:way/9000000010", "ohne Koordinate (Abfrage mit „out center“ exportieren)"],
    ]);
    expect(conversion.entries.map((entry) => [entry.sourceRef, entry.values.sector, entry.values.type, entry.municipalitySlug])).toEqual([
      ["osm:node/9000000001", "kita", "Kinderhaus", "ludwigsburg"],
      ["osm:way/9000000002", "schule", "Grundschule, Werkrealschule", "marbach-am-neckar"],
      ["osm:relation/9000000003", "kultur", "Bibliothek", "kornwestheim"],
      ["osm:node/9000000004", "kultur", "Musikschule", "bietigheim-bissingen"],
      ["osm:node/9000000005", "jugendhilfe", "Jugendhaus", "ludwigsburg"],
      ["osm:node/9000000009", "kultur", "Museum", "ditzingen"],
    ]);
    expect(conversion.entries[0]?.values).toMatchObject({
      name: "Beispiel-Kinderhaus Sonnenblume",
      carrier: "kirchlich",
      street: "Beispielstraße 1",
      postcode: "71634",
      town: "Ludwigsburg",
      municipalityAgs: "08118048",
      lat: 48.90378,
      lng: 9.21726,
      geoPrecision: "exact",
      geoSource: "OpenStreetMap",
      phone: "07141 000001",
      website: "https://www.example.org/kinderhaus",
      ageMin: 1,
      ageMax: 6,
      sourceUrls: ["https://www.openstreetmap.org/node/9000000001"],
      licence: "ODbL 1.0, © OpenStreetMap-Mitwirkende",
    });
    expect(conversion.entries[1]?.values).toMatchObject({
      carrier: "oeffentlich",
      town: "Marbach am Neckar",
      email: "sekretariat@example.org",
      geoSource: "OpenStreetMap (Mitte der Fläche)",
    });
    expect(conversion.entries[3]?.values).toMatchObject({ carrier: "frei", email: null });
    // What the entry form would refuse is left out rather than imported.
    expect(conversion.entries[4]?.values.phone).toBeNull();
    expect(conversion.stand).toBe("OpenStreetMap-Datenstand 01.03.2026");
  });

  it("reports progress on long exports", () => {
    const parsed = parseOverpassExport(FIXTURE);
    if (!parsed.ok) throw new Error(parsed.reason);
    const calls: Array<[number, number]> = [];
    convertOverpass(parsed.value, loadDistrictShapes(catalogue.db), (done, total) => calls.push([done, total]), 4);
    expect(calls).toEqual([
      [4, 10],
      [8, 10],
    ]);
  });
});

describe("planOsmImport", () => {
  const entry = (sourceRef: string, name: string, overrides: Partial<OsmEntry["values"]> = {}): OsmEntry => ({
    sourceRef,
    municipalitySlug: "ludwigsburg",
    values: {
      name,
      sector: "kita",
      type: "Kita",
      types: ["Kita"],
      carrier: null,
      street: "Beispielweg 1",
      postcode: "71634",
      town: "Ludwigsburg",
      municipalityAgs: "08118048",
      lat: 48.9,
      lng: 9.2,
      geoPrecision: "exact",
      geoSource: "OpenStreetMap",
      phone: null,
      email: null,
      website: null,
      description: null,
      ageMin: null,
      ageMax: null,
      sourceUrls: [`https://www.openstreetmap.org/${sourceRef.slice(4)}`],
      licence: "ODbL 1.0, © OpenStreetMap-Mitwirkende",
      ...overrides,
    },
  });
  const inCatalogue = (id: number, e: OsmEntry, overrides: Partial<CatalogueInstitution> = {}): CatalogueInstitution => ({
    ...e.values,
    id,
    slug: `eintrag-${id}`,
    sourceRef: e.sourceRef,
    stand: "OpenStreetMap-Datenstand 01.01.2026",
    ...overrides,
  });

  const known = entry("osm:node/1", "Beispiel-Kita A", { phone: "07141 1" });
  const unchanged = entry("osm:node/2", "Beispiel-Kita B");
  const gone = entry("osm:node/3", "Beispiel-Kita C");
  const seedTwin = entry("osm:node/4", "Beispiel-Kita D", { street: "Beispielstr. 7" });
  const fresh = entry("osm:node/5", "Beispiel-Kita E");
  const exportTwin = entry("osm:way/6", "Beispiel-Kita E");
  const catalogueRows = [
    // An editor added a phone number OSM lacks, and a description.
    inCatalogue(1, known, { phone: "07141 0", website: "https://www.example.org/a", description: "von der Redaktion" }),
    inCatalogue(2, unchanged),
    inCatalogue(3, gone),
    inCatalogue(4, entry("BW-1", "Beispiel-Kita D", { street: "Beispielstraße 7" }), { sourceRef: "BW-1", slug: "beispiel-kita-d" }),
  ];
  const plan = planOsmImport(
    {
      entries: [{ ...known, values: { ...known.values, website: null, lat: 48.91 } }, unchanged, seedTwin, fresh, exportTwin],
      skipped: [],
      outside: 0,
      stand: "OpenStreetMap-Datenstand 01.03.2026",
    },
    catalogueRows,
  );

  it("updates only the OSM fields that changed and keeps what OSM leaves empty", () => {
    expect(plan.updates).toEqual([
      {
        id: 1,
        sourceRef: "osm:node/1",
        name: "Beispiel-Kita A",
        before: { lat: 48.9, phone: "07141 0" },
        after: { lat: 48.91, phone: "07141 1", stand: "OpenStreetMap-Datenstand 01.03.2026" },
      },
    ]);
    expect(plan.unchanged).toBe(1);
  });

  it("inserts new places, but not the ones that look like a catalogue entry or an earlier element", () => {
    expect(plan.inserts.map((e) => e.sourceRef)).toEqual(["osm:node/5"]);
    expect(plan.duplicates).toEqual([
      { sourceRef: "osm:node/4", name: "Beispiel-Kita D", match: "/angebote/beispiel-kita-d", matchName: "Beispiel-Kita D" },
      { sourceRef: "osm:way/6", name: "Beispiel-Kita E", match: "osm:node/5", matchName: "Beispiel-Kita E" },
    ]);
  });

  it("lists OSM entries the export no longer has", () => {
    expect(plan.missing).toEqual([{ sourceRef: "osm:node/3", slug: "eintrag-3", name: "Beispiel-Kita C" }]);
  });
});

describe("importOsm", () => {
  const count = (table: typeof institutions | typeof searchOutbox | typeof auditLog) =>
    catalogue.db.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
  const quiet = () => undefined;

  it("writes nothing on a dry run", () => {
    const before = [count(institutions), count(searchOutbox), count(auditLog)];
    const report = importOsm(catalogue.db, FIXTURE, { fileName: "overpass-sample.json", dryRun: true, log: quiet });
    expect(report.plan.inserts).toHaveLength(6);
    expect([count(institutions), count(searchOutbox), count(auditLog)]).toEqual(before);
  });

  it("inserts new places as drafts with outbox rows, then updates them in place", () => {
    const before = { institutions: count(institutions), outbox: count(searchOutbox), audit: count(auditLog) };
    const lines: string[] = [];
    const first = importOsm(catalogue.db, FIXTURE, { fileName: "overpass-sample.json", log: (line) => lines.push(line) });
    expect(first.inserted).toHaveLength(6);
    expect(count(institutions) - before.institutions).toBe(6);
    expect(count(searchOutbox) - before.outbox).toBe(6);
    expect(count(auditLog) - before.audit).toBe(7);
    expect(lines.join("\n")).toContain("neu (als Entwurf): 6, aktualisiert: 0, unverändert: 0");

    const rows = catalogue.db.select().from(institutions).where(eq(institutions.datasetId, OSM_DATASET_ID)).all();
    expect(rows.every((row) => row.status === "draft")).toBe(true);
    expect(rows.find((row) => row.sourceRef === "osm:node/9000000001")).toMatchObject({
      slug: "beispiel-kinderhaus-sonnenblume",
      stand: "OpenStreetMap-Datenstand 01.03.2026",
      licence: "ODbL 1.0, © OpenStreetMap-Mitwirkende",
    });
    expect(catalogue.db.select().from(datasets).where(eq(datasets.id, OSM_DATASET_ID)).get()).toMatchObject({
      // Drafts are not counted: /datenquellen shows what the public sees.
      recordCount: 0,
      stand: "OpenStreetMap-Datenstand 01.03.2026",
      attribution: "© OpenStreetMap-Mitwirkende (ODbL 1.0)",
    });

    // An editor publishes one entry; the next export changes its phone number.
    const kinderhaus = rows.find((row) => row.sourceRef === "osm:node/9000000001")!;
    catalogue.db.update(institutions).set({ status: "published" }).where(eq(institutions.id, kinderhaus.id)).run();
    const again = importOsm(catalogue.db, FIXTURE, { fileName: "overpass-sample.json", log: quiet });
    expect(again.inserted).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.plan.unchanged).toBe(6);

    const changed = FIXTURE.replace("07141 000001; 07141 000002", "07141 999999").replace("2026-03-01T04:12:00Z", "2026-04-01T04:12:00Z");
    const outboxBefore = count(searchOutbox);
    const third = importOsm(catalogue.db, changed, { fileName: "overpass-sample.json", log: quiet });
    expect(third.updated).toEqual([kinderhaus.id]);
    expect(count(searchOutbox) - outboxBefore).toBe(1);
    expect(catalogue.db.select().from(institutions).where(eq(institutions.id, kinderhaus.id)).get()).toMatchObject({
      phone: "07141 999999",
      status: "published",
      stand: "OpenStreetMap-Datenstand 01.04.2026",
      slug: "beispiel-kinderhaus-sonnenblume",
    });
    expect(catalogue.db.select().from(datasets).where(eq(datasets.id, OSM_DATASET_ID)).get()).toMatchObject({
      recordCount: 1,
      stand: "OpenStreetMap-Datenstand 01.04.2026",
    });
  });
});
