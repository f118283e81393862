import { describe, expect, it } from "vitest";
import type { SeedMunicipality } from "../../db/seed-format";
import { parseCsv } from "../../scripts/import/csv";
import { buildGazetteer } from "../../scripts/import/municipalities";
import {
  addressKey,
  describeSchool,
  findSharedFallbackPoints,
  parseSchoolRow,
  toMunicipalityPoint,
} from "../../scripts/import/schools";

const asperg: SeedMunicipality = {
  ags: "08118003",
  slug: "asperg",
  name: "Asperg",
  population: 13836,
  areaKm2: 5.8,
  labelLat: 48.90603,
  labelLng: 9.14299,
  boundary: { type: "Polygon", coordinates: [] },
  osmRelationId: 405809,
  datasetId: "bkg-vg250-ew",
};
const gazetteer = buildGazetteer([asperg], []);

const HEADER =
  "id,schul_id,name,name_quelle,schularten,schulformen,traegerschaft,strasse,plz,ort,gemeinde,ags,telefon,fax,aussenstellen,schueler_insgesamt,klassen_insgesamt,stand,geocode_in_gemeinde,geocode_gemeinde_ags,lon,lat";
const rows = parseCsv(
  [
    HEADER,
    "BW-114138,114138,Friedr.Hölderlin-Schule Grund- und Werkrealschule Asperg,Friedr.Hälderlin-Schule,Grundschule; Werkrealschule,Grundschule; Werkrealschule,öffentlich,Lyonel-Feininger-Weg 1,71679,Asperg,Asperg,08118003,07141/6812160,07141/6812170,0,342,17,Schulstatistik 2015,True,08118003,9.135341,48.900441",
    'BW-1,1,Freie Schule Asperg,Freie Schule Asperg,Gymnasium,Gymnasium (G8); Gymnasium (G9),privat,Schulweg 2,71679,Asperg,Asperg,08118003,07141/1,,2,"1 431",48,Schulstatistik 2015,True,08118003,,',
    "BW-2,2,Schule Irgendwo,Schule Irgendwo,Grundschule,Grundschule,öffentlich,Weg 1,70000,Irgendwo,Irgendwo,08118999,,,0,10,1,Schulstatistik 2015,True,,9.1,48.9",
  ].join("\n"),
);

describe("parseSchoolRow", () => {
  it("builds the institution a user sees from a public school row", () => {
    const parsed = parseSchoolRow(rows[0] ?? {}, gazetteer);
    expect(parsed).toEqual({
      ok: true,
      value: {
        sourcePoint: { lat: 48.900441, lng: 9.135341 },
        school: expect.objectContaining({
          name: "Friedr.Hölderlin-Schule Grund- und Werkrealschule Asperg",
          sector: "schule",
          type: "Grundschule, Werkrealschule",
          types: ["Grundschule", "Werkrealschule"],
          typeDetail: null,
          carrier: "oeffentlich",
          street: "Lyonel-Feininger-Weg 1",
          postcode: "71679",
          town: "Asperg",
          municipalityAgs: "08118003",
          phone: "07141/6812160",
          lat: 48.900441,
          lng: 9.135341,
          geoPrecision: "exact",
          geoSource: "Geokodierung Datenschule/jedeschule (2015)",
          description:
            "Allgemeinbildende Schule (Grundschule, Werkrealschule) in öffentlicher Trägerschaft. Laut Schulstatistik 2015: 342 Schülerinnen und Schüler in 17 Klassen.",
          facts: {
            schulId: "114138",
            schulformen: "Grundschule; Werkrealschule",
            schuelerInsgesamt: 342,
            klassenInsgesamt: 17,
            fax: "07141/6812170",
          },
          ageMin: null,
          ageMax: null,
          email: null,
          website: null,
          sourceRef: "BW-114138",
          stand: "Schulstatistik 2015",
          licence: "CC0 (laut Datenschule/OKF Deutschland)",
          status: "published",
        }),
      },
    });
  });

  it("keeps the school forms when they say more, counts with separators, private carrier, no point → Gemeinde point", () => {
    const parsed = parseSchoolRow(rows[1] ?? {}, gazetteer);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.sourcePoint).toBeNull();
    expect(parsed.value.school).toMatchObject({
      type: "Gymnasium",
      typeDetail: "Gymnasium (G8); Gymnasium (G9)",
      carrier: "privat",
      lat: 48.90603,
      lng: 9.14299,
      geoPrecision: "municipality",
      geoSource: null,
      facts: { schulId: "1", schuelerInsgesamt: 1431, klassenInsgesamt: 48, aussenstellen: 2 },
      description:
        "Allgemeinbildende Schule (Gymnasium) in privater Trägerschaft. Laut Schulstatistik 2015: 1.431 Schülerinnen und Schüler in 48 Klassen.",
    });
  });

  it("rejects a school in an unknown Gemeinde", () => {
    expect(parseSchoolRow(rows[2] ?? {}, gazetteer)).toEqual({ ok: false, reason: "unbekannte Gemeinde (ags 08118999)" });
  });
});

describe("describeSchool", () => {
  it.each([
    [["Grundschule"], "oeffentlich", 169, 8, "Allgemeinbildende Schule (Grundschule) in öffentlicher Trägerschaft. Laut Schulstatistik 2015: 169 Schülerinnen und Schüler in 8 Klassen."],
    [["Zweiter Bildungsweg"], "privat", 80, 1, "Allgemeinbildende Schule (Zweiter Bildungsweg) in privater Trägerschaft. Laut Schulstatistik 2015: 80 Schülerinnen und Schüler in 1 Klasse."],
    [["SBBZ"], null, null, null, "Allgemeinbildende Schule (SBBZ)."],
  ] as const)("%j", (types, carrier, pupils, classes, expected) => {
    expect(describeSchool([...types], carrier, pupils, classes)).toBe(expected);
  });
});

describe("shared-point rule", () => {
  it.each([
    ["Fröbelstraße 16", "fröbelstraße 16"],
    ["Hasenbergstraße 16/2", "hasenbergstraße 16"],
    ["Feuerseeweg 1-3", "feuerseeweg 1"],
    ["Kaiserstr. 10", "kaiserstraße 10"],
    ["Marktplatz", "marktplatz"],
  ])("addressKey(%j) = %j", (street, key) => {
    expect(addressKey(street)).toBe(key);
  });

  const point = { lat: 48.8975, lng: 9.19194 };
  it("distrusts a point shared by schools at different addresses in one Gemeinde", () => {
    const moved = findSharedFallbackPoints([
      { ref: "BW-692853", municipalityAgs: "08118048", street: "Fröbelstraße 16", point },
      { ref: "BW-98301", municipalityAgs: "08118048", street: "Fröbelstraße 26", point },
      { ref: "BW-95967", municipalityAgs: "08118048", street: "Fröbelstraße 24", point },
      // Same building, same point: fine.
      { ref: "A", municipalityAgs: "08118019", street: "Hasenbergstraße 16", point: { lat: 48.797113, lng: 9.060836 } },
      { ref: "B", municipalityAgs: "08118019", street: "Hasenbergstraße 16/2", point: { lat: 48.797113, lng: 9.060836 } },
      // Same point in another Gemeinde is judged separately.
      { ref: "C", municipalityAgs: "08118001", street: "Klingenstraße 14", point },
      { ref: "D", municipalityAgs: "08118001", street: "Klingenstraße 14", point: null },
    ]);
    expect([...moved].sort()).toEqual(["BW-692853", "BW-95967", "BW-98301"]);
  });

  it("moves a distrusted school to the Gemeinde label point", () => {
    const parsed = parseSchoolRow(rows[0] ?? {}, gazetteer);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(toMunicipalityPoint(parsed.value.school, gazetteer)).toMatchObject({
      lat: 48.90603,
      lng: 9.14299,
      geoPrecision: "municipality",
      geoSource: null,
      street: "Lyonel-Feininger-Weg 1",
    });
  });
});
