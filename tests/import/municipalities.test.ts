import { describe, expect, it } from "vitest";
import type { SeedMunicipality } from "../../db/seed-format";
import { buildGazetteer, derivePostcode, parseMunicipalities, parsePostcodes } from "../../scripts/import/municipalities";

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
