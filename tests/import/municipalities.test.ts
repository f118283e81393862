import { describe, expect, it } from "vitest";
import type { SeedMunicipality } from "../../db/seed-format";
import {
  buildGazetteer,
  derivePostcode,
  parseDistrict,
  parseMunicipalities,
  parsePostcodes,
} from "../../scripts/import/municipalities";

function feature(ags: string, name: string, einwohner: number, lng: number, lat: number) {
  const ring = [
    [lng - 0.01, lat - 0.01],
    [lng, lat - 0.01 + 0.00002],
    [lng + 0.01, lat - 0.01],
    [lng + 0.01, lat + 0.01],
    [lng + 0.01, lat + 0.01],
    [lng - 0.01, lat + 0.01],
    [lng - 0.01, lat - 0.01],
  ];
  return {
    type: "Feature",
    properties: {
      ags,
      name,
      kreis: "Landkreis Ludwigsburg",
      einwohner,
      flaeche_km2: 12.5,
      osm_relation_id: 405000,
      label_lon: lng,
      label_lat: lat,
    },
    geometry: { type: "Polygon", coordinates: [ring] },
  };
}

const geojson = JSON.stringify({
  type: "FeatureCollection",
  features: [
    feature("08118040", "Vaihingen an der Enz", 29500, 8.96, 48.93),
    feature("08118050", "Markgröningen", 14900, 9.08, 48.9),
  ],
});
const csv = "ags,name,einwohner\n08118040,Vaihingen an der Enz,29500\n08118050,Markgröningen,14900\n";

describe("parseMunicipalities", () => {
  const result = parseMunicipalities(geojson, csv);

  it("maps the properties and slugifies the name", () => {
    expect(result.municipalities.map((m) => [m.ags, m.slug, m.name, m.population, m.labelLat, m.labelLng])).toEqual([
      ["08118040", "vaihingen-an-der-enz", "Vaihingen an der Enz", 29500, 48.93, 8.96],
      ["08118050", "markgroeningen", "Markgröningen", 14900, 48.9, 9.08],
    ]);
    expect(result.municipalities[0]).toMatchObject({ areaKm2: 12.5, osmRelationId: 405000, datasetId: "bkg-vg250-ew" });
  });

  it("simplifies each boundary: duplicate and near-collinear points go, the ring stays closed", () => {
    expect(result.verticesBefore).toBe(14);
    expect(result.verticesAfter).toBe(10);
    const ring = result.municipalities[1]?.boundary.coordinates[0];
    expect(ring).toEqual([
      [9.07, 48.89],
      [9.09, 48.89],
      [9.09, 48.91],
      [9.07, 48.91],
      [9.07, 48.89],
    ]);
  });

  it("fails the dataset when there are not exactly 39 Gemeinden", () => {
    expect(result.errors).toEqual(["gemeinden_ludwigsburg.geojson: 2 Gemeinden statt 39"]);
  });

  it("fails the dataset when CSV and GeoJSON disagree", () => {
    const other = parseMunicipalities(geojson, csv.replace("14900", "15000"));
    expect(other.errors).toContain("Gemeinde 08118050: Name oder Einwohnerzahl in CSV und GeoJSON verschieden");
  });
});

const municipality = (ags: string, name: string): SeedMunicipality => ({
  ags,
  slug: name.toLowerCase(),
  name,
  population: 1000,
  areaKm2: 10,
  labelLat: 48.9,
  labelLng: 9.1,
  boundary: { type: "Polygon", coordinates: [] },
  osmRelationId: null,
  datasetId: "bkg-vg250-ew",
});

describe("parsePostcodes", () => {
  const municipalities = [municipality("08118054", "Murr"), municipality("08118048", "Ludwigsburg")];

  it("reads the PLZ table", () => {
    const { postcodes, errors } = parsePostcodes(
      "plz,ags,gemeinde,osm_relation_id\n71711,08118054,Murr,1\n71634,08118048,Ludwigsburg,2\n",
      municipalities,
    );
    expect(errors).toEqual([]);
    expect(postcodes).toEqual([
      { postcode: "71711", municipalityAgs: "08118054", datasetId: "osm-plz" },
      { postcode: "71634", municipalityAgs: "08118048", datasetId: "osm-plz" },
    ]);
  });

  it("fails on an unknown Gemeinde or a bad postcode", () => {
    const { errors } = parsePostcodes("plz,ags,gemeinde\n7171,08118099,Nirgendwo\n", municipalities);
    expect(errors).toEqual([
      'plz_gemeinden_ludwigsburg.csv Zeile 1: ungültige PLZ "7171"',
      "plz_gemeinden_ludwigsburg.csv Zeile 1: unbekannte Gemeinde 08118099",
    ]);
  });
});

describe("parseDistrict", () => {
  const { municipalities } = parseMunicipalities(geojson, csv);
  // The two Gemeinden side by side, dissolved: a near-collinear point on the south edge, a
  // duplicate, and a small exclave that is already as simple as it gets.
  const outline = [
    [8.95, 48.92],
    [9.02, 48.92 + 0.00004],
    [9.09, 48.92],
    [9.09, 48.94],
    [9.09, 48.94],
    [8.95, 48.94],
    [8.95, 48.92],
  ];
  const exclave = [
    [9.2, 49.0],
    [9.21, 49.0],
    [9.21, 49.01],
    [9.2, 49.0],
  ];
  const district = (properties: Record<string, unknown> = {}) =>
    JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { ags: "08118", name: "Landkreis Ludwigsburg", einwohner: 44400, flaeche_km2: 25, gemeinden: 2, ...properties },
          geometry: { type: "MultiPolygon", coordinates: [[outline], [exclave]] },
        },
      ],
    });

  it("maps the properties and simplifies every ring like the Gemeinden", () => {
    const result = parseDistrict(district(), municipalities);
    expect(result.errors).toEqual([]);
    expect(result.district).toEqual({
      ags: "08118",
      name: "Landkreis Ludwigsburg",
      population: 44400,
      areaKm2: 25,
      datasetId: "bkg-vg250-ew",
      boundary: {
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [8.95, 48.92],
              [9.09, 48.92],
              [9.09, 48.94],
              [8.95, 48.94],
              [8.95, 48.92],
            ],
          ],
          [exclave],
        ],
      },
    });
    expect([result.verticesBefore, result.verticesAfter]).toEqual([11, 9]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["another district", { ags: "08115" }, "landkreis_ludwigsburg.geojson: AGS 08115 statt 08118"],
    ["a different number of Gemeinden", { gemeinden: 39 }, "landkreis_ludwigsburg.geojson: 39 Gemeinden, gemeinden_ludwigsburg.geojson hat 2"],
    ["a population that is not the sum", { einwohner: 44401 }, "landkreis_ludwigsburg.geojson: 44401 Einwohner, die Gemeinden haben zusammen 44400"],
    ["an area that is not the sum", { flaeche_km2: 26 }, "landkreis_ludwigsburg.geojson: 26 km², die Gemeinden haben zusammen 25.00 km²"],
  ])("fails the dataset on %s", (_name, properties, error) => {
    expect(parseDistrict(district(properties), municipalities).errors).toEqual([error]);
  });

  it("fails the dataset on a file without exactly one district", () => {
    const result = parseDistrict(JSON.stringify({ type: "FeatureCollection", features: [] }), municipalities);
    expect(result).toMatchObject({ district: null, errors: ["landkreis_ludwigsburg.geojson: features: genau ein Landkreis erwartet"] });
  });
});

describe("derivePostcode", () => {
  const { postcodesByAgs } = buildGazetteer(
    [municipality("08118054", "Murr"), municipality("08118048", "Ludwigsburg"), municipality("08118050", "Markgröningen")],
    [
      { postcode: "71711", municipalityAgs: "08118054", datasetId: "osm-plz" },
      { postcode: "71634", municipalityAgs: "08118048", datasetId: "osm-plz" },
      { postcode: "71672", municipalityAgs: "08118048", datasetId: "osm-plz" },
      { postcode: "71706", municipalityAgs: "08118050", datasetId: "osm-plz" },
    ],
  );

  it.each([
    ["a stated postcode is kept", "71638", "08118048", "71638"],
    ["a single-postcode Gemeinde gives its postcode, even a shared one (Murr)", null, "08118054", "71711"],
    ["Markgröningen has only 71706", null, "08118050", "71706"],
    ["Ludwigsburg has several: nothing derived", null, "08118048", null],
    ["district-wide rows get none", null, null, null],
    ["unknown Gemeinde: none", null, "08118099", null],
  ])("%s", (_, stated, ags, expected) => {
    expect(derivePostcode(stated, ags, postcodesByAgs)).toBe(expected);
  });
});
