import { describe, expect, it } from "vitest";
import { parseCsv } from "../../scripts/import/csv";
import {
  mapCarrier,
  mapType,
  parseEinrichtungRow,
  toInstitution,
  toOffer,
} from "../../scripts/import/einrichtungen";
import { buildGazetteer } from "../../scripts/import/municipalities";
import { makeMunicipality } from "../support/municipalities";

const gazetteer = buildGazetteer(
  [makeMunicipality("08118048", "Ludwigsburg", 9.2, 48.9), makeMunicipality("08118054", "Murr", 9.25, 48.96)],
  [
    { postcode: "71634", municipalityAgs: "08118048", datasetId: "osm-plz" },
    { postcode: "71638", municipalityAgs: "08118048", datasetId: "osm-plz" },
    { postcode: "71711", municipalityAgs: "08118054", datasetId: "osm-plz" },
  ],
);

const HEADER =
  "category,subtype,name,street,postcode,town,phone,website,lat,lon,description_de,target_group,source_url,seen_date_or_stand,coord_source,coord_precision";
const csvRow = (line: string) => parseCsv(`${HEADER}\n${line}\n`)[0] ?? {};

describe("mapType", () => {
  it.each([
    ["kita", "Kindertageseinrichtung", "Kita", ["Kita"], "Kindertageseinrichtung"],
    ["kita", "Kita (städtisch, Neubau)", "Kita", ["Kita"], "Kita (städtisch, Neubau)"],
    ["kita", "Kindertagesstätte (kommunal)", "Kita", ["Kita"], "Kindertagesstätte (kommunal)"],
    ["kita", "Kinderhaus", "Kinderhaus", ["Kinderhaus"], null],
    ["kita", "Kindergarten mit Krippe", "Kindergarten", ["Kindergarten", "Krippe"], "Kindergarten mit Krippe"],
    ["kita", "Waldkindergarten", "Natur- und Waldkindergarten", ["Natur- und Waldkindergarten"], "Waldkindergarten"],
    ["kita", "Naturgruppe", "Natur- und Waldkindergarten", ["Natur- und Waldkindergarten"], "Naturgruppe"],
    ["kita", "Schulkindergarten (Landkreis)", "Schulkindergarten", ["Schulkindergarten"], "Schulkindergarten (Landkreis)"],
    [
      "kita",
      "Familienzentrum mit Kindergarten und Krippe (städtisch)",
      "Familienzentrum",
      ["Familienzentrum", "Kindergarten", "Krippe"],
      "Familienzentrum mit Kindergarten und Krippe (städtisch)",
    ],
    ["kultur", "Museum / außerschulischer Lernort", "Museum", ["Museum", "Außerschulischer Lernort"], "Museum / außerschulischer Lernort"],
    ["kultur", "Kindermuseum", "Museum", ["Museum"], "Kindermuseum"],
    ["kultur", "Kunstmuseum / Galerie", "Museum", ["Museum", "Galerie"], "Kunstmuseum / Galerie"],
    ["kultur", "Fahrbibliothek", "Bibliothek", ["Bibliothek"], "Fahrbibliothek"],
    ["kultur", "Bibliothek (Zweigstelle)", "Bibliothek", ["Bibliothek"], "Bibliothek (Zweigstelle)"],
    ["kultur", "Musikschule (städtisch)", "Musikschule", ["Musikschule"], "Musikschule (städtisch)"],
    ["kultur", "Archiv", "Archiv", ["Archiv"], null],
    ["kultur", "Gedenkstätte / außerschulischer Lernort", "Gedenkstätte", ["Gedenkstätte", "Außerschulischer Lernort"], "Gedenkstätte / außerschulischer Lernort"],
    ["kultur", "Freilichttheater", "Theater", ["Theater"], "Freilichttheater"],
    ["jugendhilfe", "Jugendzentrum (städtisch)", "Jugendhaus", ["Jugendhaus"], "Jugendzentrum (städtisch)"],
    ["jugendhilfe", "Jugendcafé / Mobile Jugendarbeit", "Jugendtreff", ["Jugendtreff", "Mobile Jugendarbeit"], "Jugendcafé / Mobile Jugendarbeit"],
    ["jugendhilfe", "Erziehungs- und Familienberatung (Außenstelle)", "Beratungsstelle", ["Beratungsstelle"], "Erziehungs- und Familienberatung (Außenstelle)"],
    ["jugendhilfe", "Schwangerschaftsberatung (katholisch)", "Beratungsstelle", ["Beratungsstelle"], "Schwangerschaftsberatung (katholisch)"],
    ["jugendhilfe", "Agentur für Arbeit (Berufsberatung)", "Berufsberatung", ["Berufsberatung"], "Agentur für Arbeit (Berufsberatung)"],
    ["weiterbildung", "Volkshochschule – Außenstelle", "Volkshochschule", ["Volkshochschule"], "Volkshochschule – Außenstelle"],
    ["weiterbildung", "Hochschule (Kunst/Film)", "Hochschule", ["Hochschule"], "Hochschule (Kunst/Film)"],
    ["berufliche_schule", "Kaufmännische Schule", "Berufliche Schule", ["Berufliche Schule"], "Kaufmännische Schule"],
  ])("%s / %s → %s", (category, subtype, type, types, typeDetail) => {
    expect(mapType(category, subtype)).toEqual({ type, types, typeDetail });
  });

  it("gives no type for an unknown subtype", () => {
    expect(mapType("kultur", "Zirkuszelt")).toBeNull();
  });
});

describe("mapCarrier", () => {
  it.each([
    ["Kinderhaus (städtisch)", "oeffentlich"],
    ["Kita (kommunal)", "oeffentlich"],
    ["Schulkindergarten (Landkreis)", "oeffentlich"],
    ["Kreisjugendpflege (Landratsamt)", "oeffentlich"],
    ["Kindergarten (evangelisch)", "kirchlich"],
    ["Kindergarten (katholisch)", "kirchlich"],
    ["Hochschule (kirchlich)", "kirchlich"],
    ["Kindertageseinrichtung (ökumenisch)", "kirchlich"],
    ["Kinderhaus (Verein)", "frei"],
    ["Kita (Elternverein)", "frei"],
    ["Kindertageseinrichtung (Elterninitiative/Verein)", "frei"],
    ["Kita (freier Träger element-i)", "frei"],
    ["Kinderhaus (AWO)", "frei"],
    ["Kindertageseinrichtung (privat, bilingual)", "privat"],
    ["Fachschule für Sozialpädagogik (private, katholisch)", "kirchlich"],
    ["Kindergarten (kommunal, ehemals kirchlich)", "oeffentlich"],
    ["Kita (kommunal, ehemals Verein)", "oeffentlich"],
    ["Volkshochschule (städtisch/Verein)", null],
    ["Volkshochschule (Kreis)", null],
    ["Kindergarten (Waldorf)", null],
    ["Kindertageseinrichtung", null],
  ])("%s → %s", (subtype, carrier) => {
    expect(mapCarrier(subtype)).toBe(carrier);
  });
});

describe("parseEinrichtungRow", () => {
  it("places a row with a town at the Gemeinde point and derives a single postcode", () => {
    const parsed = parseEinrichtungRow(
      csvRow(
        'kita,Kinderhaus (Verein),Itzebitz Kinderhaus Murr,Gottlieb-Daimler-Straße 35,,Murr,,https://kifaz-itzebitz.de,,,Kinderhaus für knapp 100 Kinder.,Kinder von 3 Monaten bis ca. 13 Jahren,http://itzebitz.de/a.html ; https://www.rastbau.de/b.html,2012 bzw. 2016,,',
      ),
      243,
      gazetteer,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    const institution = toInstitution(parsed.value, "itzebitz-kinderhaus-murr");
    expect(institution).toEqual({
      ok: true,
      value: {
        slug: "itzebitz-kinderhaus-murr",
        name: "Itzebitz Kinderhaus Murr",
        sector: "kita",
        type: "Kinderhaus",
        types: ["Kinderhaus"],
        typeDetail: "Kinderhaus (Verein)",
        carrier: "frei",
        street: "Gottlieb-Daimler-Straße 35",
        postcode: "71711",
        town: "Murr",
        municipalityAgs: "08118054",
        lat: 48.96,
        lng: 9.25,
        geoPrecision: "municipality",
        geoSource: null,
        phone: null,
        email: null,
        website: "https://kifaz-itzebitz.de",
        description: "Kinderhaus für knapp 100 Kinder.",
        targetGroup: "Kinder von 3 Monaten bis ca. 13 Jahren",
        ageMin: 0,
        ageMax: 13,
        facts: {},
        datasetId: "einrichtungen",
        sourceRef: "einrichtungen:243",
        sourceUrls: ["http://itzebitz.de/a.html", "https://www.rastbau.de/b.html"],
        licence: "Keine offene Lizenz: Fakten aus öffentlichen Webseiten in eigenen Worten, Quelle je Eintrag verlinkt",
        stand: "2012 bzw. 2016",
        status: "published",
      },
    });
  });

  it("does not derive a postcode in a Gemeinde with several, and says when there is no date", () => {
    const parsed = parseEinrichtungRow(
      csvRow("kita,Kindergarten (evangelisch),Ev. Kindergarten,,,Ludwigsburg,,,,,,Kinder 3–6 Jahre,https://example.org/kiga,,,"),
      5,
      gazetteer,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.place.postcode).toBeNull();
    expect(parsed.value.stand).toBe("ohne Datumsangabe");
    expect([parsed.value.ageMin, parsed.value.ageMax]).toEqual([3, 6]);
  });

  it("keeps a stated coordinate inside the Gemeinde as exact, with its source", () => {
    const parsed = parseEinrichtungRow(
      csvRow(
        "weiterbildung,Hochschule,Pädagogische Hochschule Ludwigsburg,Reuteallee 46,71634,Ludwigsburg,07141 140-0,http://www.ph-ludwigsburg.de,48.9098,9.1831,Hochschule.,Studierende,http://fh-rpl.de/ph/ ; Koordinaten: https://en.wikipedia.org/wiki/PH,Stand ca. 2013,https://en.wikipedia.org/wiki/PH,stated",
      ),
      13,
      gazetteer,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.place).toEqual({
      street: "Reuteallee 46",
      postcode: "71634",
      town: "Ludwigsburg",
      municipalityAgs: "08118048",
      lat: 48.9098,
      lng: 9.1831,
      geoPrecision: "exact",
      geoSource: "https://en.wikipedia.org/wiki/PH",
    });
    expect(parsed.value.sourceUrls).toEqual(["http://fh-rpl.de/ph/", "https://en.wikipedia.org/wiki/PH"]);
  });

  it("falls back to the Gemeinde point when a stated coordinate lies outside the Gemeinde", () => {
    const parsed = parseEinrichtungRow(
      csvRow("kultur,Museum,Museum X,,,Murr,,,48.5,9.9,,,https://example.org/m,2020,https://example.org/coords,stated"),
      7,
      gazetteer,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.place).toMatchObject({ lat: 48.96, lng: 9.25, geoPrecision: "municipality", geoSource: null });
    expect(parsed.value.warnings).toEqual(["Koordinate 48.5, 9.9 liegt nicht in Murr; Gemeindepunkt verwendet"]);
  });

  it("leaves a district-wide row without Gemeinde and coordinates", () => {
    const parsed = parseEinrichtungRow(
      csvRow("jugendhilfe,Frühe Hilfen,Fachstelle Frühe Hilfen im Landkreis Ludwigsburg,,,,,,,,,Familien mit Kindern unter 3 Jahren,https://example.org/fh,2020,,"),
      155,
      gazetteer,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.place).toEqual({
      street: null,
      postcode: null,
      town: null,
      municipalityAgs: null,
      lat: null,
      lng: null,
      geoPrecision: null,
      geoSource: null,
    });
    expect([parsed.value.ageMin, parsed.value.ageMax]).toEqual([0, 2]);
  });

  it("drops a website that is not a full URL, with a warning", () => {
    const parsed = parseEinrichtungRow(
      csvRow("jugendhilfe,Jugendverband (evangelisch),Evangelisches Jugendwerk,,71638,Ludwigsburg,,www.ejw-lb.de,,,,,https://example.org/ejw,2012,,"),
      284,
      gazetteer,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.website).toBeNull();
    expect(parsed.value.warnings).toEqual(['website "www.ejw-lb.de" ist keine vollständige URL und wird weggelassen']);
  });

  it.each([
    [
      "an invalid source URL",
      "kita,Kita,Kita A,,,Ludwigsburg,,,,,,,siehe Gemeindeblatt,2020,,",
      'source_url enthält keine gültige URL: "siehe Gemeindeblatt"',
    ],
    ["an unknown Gemeinde", "kita,Kita,Kita B,,,Stuttgart,,,,,,,https://example.org/b,2020,,", 'unbekannte Gemeinde "Stuttgart"'],
    ["an unknown category", "schule,Grundschule,Schule C,,,Murr,,,,,,,https://example.org/c,2020,,", 'unbekannte Kategorie "schule"'],
    ["a missing name", "kita,Kita,,,,Murr,,,,,,,https://example.org/d,2020,,", "Name fehlt"],
  ])("rejects a row with %s, giving the reason", (_, line, reason) => {
    expect(parseEinrichtungRow(csvRow(line), 1, gazetteer)).toEqual({ ok: false, reason });
  });
});

describe("toOffer", () => {
  const programme = parseEinrichtungRow(
    csvRow(
      "programm,Berufsorientierung / VABO,KooBO-Z an der Mathilde-Planck-Schule,,,Ludwigsburg,,,,,Landesprojekt.,VABO-Schüler (neu zugewanderte Jugendliche),https://www.mps-lb.de/node/1305,Schulmeldung ca. 2020,,",
    ),
    9,
    gazetteer,
  );
  const school = parseEinrichtungRow(
    csvRow(
      "berufliche_schule,Hauswirtschaftlich-pflegerisch-sozialpädagogische und landwirtschaftliche Schule,Mathilde-Planck-Schule Ludwigsburg,Musterweg 1,71638,Ludwigsburg,,https://www.mps-lb.de,48.91,9.21,,,https://www.mps-lb.de,2020,https://example.org/coord,stated",
    ),
    17,
    gazetteer,
  );
  if (!programme.ok || !school.ok) throw new Error("fixture");
  const institution = toInstitution(school.value, "mathilde-planck-schule-ludwigsburg");
  if (!institution.ok) throw new Error(institution.reason);
  const classification = { sector: "schule" as const, topics: [], audiences: [] };

  it("takes the place of the linked institution", () => {
    const offer = toOffer(programme.value, {
      slug: "koobo-z-an-der-mathilde-planck-schule",
      institution: institution.value,
      classification,
    });
    expect(offer).toMatchObject({
      title: "KooBO-Z an der Mathilde-Planck-Schule",
      type: "Berufsorientierung / VABO",
      institutionSlug: "mathilde-planck-schule-ludwigsburg",
      street: "Musterweg 1",
      postcode: "71638",
      lat: 48.91,
      lng: 9.21,
      geoPrecision: "exact",
      sourceRef: "einrichtungen:9",
      stand: "Schulmeldung ca. 2020",
    });
  });

  it("stays at its own Gemeinde point without a link", () => {
    const offer = toOffer(programme.value, { slug: "x", institution: null, classification });
    expect(offer).toMatchObject({ institutionSlug: null, street: null, lat: 48.9, lng: 9.2, geoPrecision: "municipality" });
  });
});
