// Runs the whole conversion on the real shared data, when it is there.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { convertOpenData, SOURCE_FILES } from "../../scripts/import/convert";
import { readSourceTexts } from "../../scripts/import/sources";

const DATA_DIR = path.resolve(fileURLToPath(new URL("../../../shared/data", import.meta.url)));
const hasData = fs.existsSync(path.join(DATA_DIR, SOURCE_FILES.einrichtungenCsv));

describe.skipIf(!hasData)("convertOpenData on ../shared/data", () => {
  const texts = hasData ? readSourceTexts(DATA_DIR) : null;
  const result = texts ? convertOpenData(texts) : null;
  if (!texts || !result) return;
  const { seed } = result;
  const schools = seed.institutions.filter((i) => i.datasetId === "schulen-2015");
  const einrichtungen = seed.institutions.filter((i) => i.datasetId === "einrichtungen");

  it("passes every dataset check and rejects no row", () => {
    expect(result.errors).toEqual([]);
    expect(result.rejections).toEqual([]);
  });

  it("has the expected record counts", () => {
    expect(seed.municipalities).toHaveLength(39);
    expect(seed.postcodes).toHaveLength(46);
    expect(schools).toHaveLength(160);
    expect(einrichtungen).toHaveLength(262);
    expect(seed.offers).toHaveLength(32);
    expect(seed.datasets.map((d) => [d.id, d.recordCount])).toEqual([
      // 39 Gemeinden and the district outline
      ["bkg-vg250-ew", 40],
      ["osm-plz", 46],
      ["schulen-2015", 160],
      ["einrichtungen", 294],
    ]);
  });

  it("has both Friedrich-Schiller-Gymnasien, Marbach with its street", () => {
    const marbach = schools.find((s) => s.name === "Friedrich-Schiller-Gymnasium" && s.town === "Marbach am Neckar");
    expect(marbach).toMatchObject({
      slug: "friedrich-schiller-gymnasium-marbach-am-neckar",
      street: "Schulstraße 34",
      postcode: "71672",
      type: "Gymnasium",
      geoPrecision: "exact",
    });
    expect(schools.find((s) => s.sourceRef === "BW-77967")).toMatchObject({
      slug: "friedrich-schiller-gymnasium",
      street: "Alleenstraße 16",
    });
  });

  it("uses the municipality slugs users see in URLs", () => {
    const slugs = seed.municipalities.map((m) => m.slug);
    expect(slugs).toEqual(expect.arrayContaining(["vaihingen-an-der-enz", "markgroeningen", "grossbottwar", "ludwigsburg"]));
  });

  it("keeps the Oberstenfeld exclave and the Großbottwar hole", () => {
    const byName = new Map(seed.municipalities.map((m) => [m.name, m]));
    const oberstenfeld = byName.get("Oberstenfeld")?.boundary;
    const grossbottwar = byName.get("Großbottwar")?.boundary;
    expect(oberstenfeld?.type).toBe("MultiPolygon");
    expect(oberstenfeld?.coordinates).toHaveLength(2);
    expect(grossbottwar?.type).toBe("Polygon");
    expect(grossbottwar?.coordinates).toHaveLength(2);
    expect(result.verticesAfter).toBeLessThan(result.verticesBefore);
  });

  it("keeps the district outline with its exclave, simplified like the Gemeinden", () => {
    expect(seed.district).toMatchObject({
      ags: "08118",
      name: "Landkreis Ludwigsburg",
      population: 553_689,
      areaKm2: 686.77,
      datasetId: "bkg-vg250-ew",
    });
    expect(seed.district?.boundary.type).toBe("MultiPolygon");
    expect(seed.district?.boundary.coordinates).toHaveLength(2);
    expect([result.districtVerticesBefore, result.districtVerticesAfter]).toEqual([1134, 882]);
  });

  it("fails the dataset when the district does not add up to its Gemeinden", () => {
    const geojson = JSON.parse(texts.districtGeojson) as { features: Array<{ properties: Record<string, unknown> }> };
    const [feature] = geojson.features;
    const broken = convertOpenData({
      ...texts,
      districtGeojson: JSON.stringify({ ...geojson, features: [{ ...feature, properties: { ...feature?.properties, einwohner: 1 } }] }),
    });
    expect(broken.errors).toEqual(["landkreis_ludwigsburg.geojson: 1 Einwohner, die Gemeinden haben zusammen 553689"]);
  });

  it("moves exactly the three Fröbelstraße schools to the Ludwigsburg point", () => {
    expect(result.movedSchools.map((s) => s.street).sort()).toEqual(["Fröbelstraße 16", "Fröbelstraße 24", "Fröbelstraße 26"]);
    const ludwigsburg = seed.municipalities.find((m) => m.name === "Ludwigsburg");
    const waldorf = schools.find((s) => s.name === "Freie Waldorfschule Ludwigsburg");
    expect(waldorf).toMatchObject({ lat: ludwigsburg?.labelLat, lng: ludwigsburg?.labelLng, geoPrecision: "municipality" });
  });

  it("gives every entry a unique slug across institutions and offers", () => {
    const slugs = [...seed.institutions, ...seed.offers].map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("links offers only to the institutions their titles name", () => {
    const linked = Object.fromEntries(seed.offers.filter((o) => o.institutionSlug).map((o) => [o.title, o.institutionSlug]));
    expect(linked).toEqual({
      "KooBO-Z an der Mathilde-Planck-Schule": "mathilde-planck-schule-ludwigsburg",
      "Kulturschule 2020 – Friedrich-Schiller-Gymnasium Ludwigsburg": "friedrich-schiller-gymnasium",
      "MusikImpulse (Jugendmusikschule Ludwigsburg)": "jugendmusikschule-ludwigsburg-jms",
      "Lernfabrik 4.0 (Berufliches Schulzentrum Bietigheim-Bissingen mit Carl-Schaefer-Schule)":
        "berufliches-schulzentrum-bietigheim-bissingen-bsz",
      "Ausbildungsmesse „Plan A“ (Jobcenter Landkreis Ludwigsburg)": "jobcenter-landkreis-ludwigsburg",
    });
  });

  it("places the 7 district-wide rows nowhere and the 14 stated points exactly", () => {
    const fromRows = [...einrichtungen, ...seed.offers];
    expect(fromRows.filter((e) => e.municipalityAgs === null && e.lat === null)).toHaveLength(7);
    expect(fromRows.filter((e) => e.geoPrecision === "exact")).toHaveLength(14);
  });

  it("classifies the AVdual programme as school, Übergang Schule–Beruf", () => {
    expect(seed.offers.find((o) => o.title.includes("AVdual"))).toMatchObject({
      sector: "schule",
      topics: ["uebergang-schule-beruf"],
      audiences: ["beratung"],
    });
  });

  it("is deterministic", () => {
    expect(JSON.stringify(convertOpenData(texts).seed)).toBe(JSON.stringify(seed));
  });

  it("fails the dataset on an unknown Gemeinde name", () => {
    const broken = convertOpenData({
      ...texts,
      einrichtungenCsv: texts.einrichtungenCsv.replace(",Freudental,", ",Freudenthal,"),
    });
    expect(broken.errors).toContain('einrichtungen_ludwigsburg.csv: unbekannte Gemeinde "Freudenthal"');
  });

  it("fails the dataset when a Gemeinde is missing", () => {
    const geojson = JSON.parse(texts.municipalitiesGeojson) as { features: unknown[] };
    const broken = convertOpenData({
      ...texts,
      municipalitiesGeojson: JSON.stringify({ ...geojson, features: geojson.features.slice(1) }),
    });
    expect(broken.errors).toContain("gemeinden_ludwigsburg.geojson: 38 Gemeinden statt 39");
  });
});
