// The schema.org type of every kind of entry, and the JSON-LD built from a detail page's data.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { entryJsonLd, INSTITUTION_TYPES, schemaOrgType, type JsonLdEntry } from "~/catalogue/schema-org";
import type { EntryKind, Sector } from "~/catalogue/vocabulary";

type Case = [EntryKind, Sector, string[], string];

describe("schemaOrgType", () => {
  it.each<Case>([
    ["einrichtung", "schule", ["Gymnasium"], "School"],
    ["einrichtung", "schule", ["Grundschule", "Werkrealschule"], "School"],
    ["einrichtung", "schule", ["SBBZ"], "School"],
    ["einrichtung", "schule", ["Berufliche Schule"], "School"],
    ["einrichtung", "kita", ["Kita"], "Preschool"],
    ["einrichtung", "kita", ["Kindergarten"], "Preschool"],
    ["einrichtung", "kita", ["Kinderhaus"], "Preschool"],
    ["einrichtung", "kita", ["Natur- und Waldkindergarten"], "Preschool"],
    ["einrichtung", "kita", ["Schulkindergarten"], "Preschool"],
    ["einrichtung", "kita", ["Krippe"], "ChildCare"],
    ["einrichtung", "kita", ["Krippe", "Kindergarten"], "ChildCare"],
    ["einrichtung", "kita", ["Familienzentrum"], "ChildCare"],
    ["einrichtung", "kita", ["Kita-Träger"], "Organization"],
    ["einrichtung", "jugendhilfe", ["Kindertagespflege"], "ChildCare"],
    ["einrichtung", "jugendhilfe", ["Jugendamt"], "GovernmentOrganization"],
    ["einrichtung", "jugendhilfe", ["Jugendhaus"], "Organization"],
    ["einrichtung", "jugendhilfe", ["Beratungsstelle"], "Organization"],
    ["einrichtung", "kultur", ["Museum"], "Museum"],
    ["einrichtung", "kultur", ["Bibliothek"], "Library"],
    ["einrichtung", "kultur", ["Archiv"], "ArchiveOrganization"],
    ["einrichtung", "kultur", ["Theater"], "PerformingArtsTheater"],
    ["einrichtung", "kultur", ["Kino"], "MovieTheater"],
    ["einrichtung", "kultur", ["Gedenkstätte"], "LandmarksOrHistoricalBuildings"],
    ["einrichtung", "kultur", ["Musikschule"], "EducationalOrganization"],
    ["einrichtung", "kultur", ["Kulturzentrum"], "Organization"],
    ["einrichtung", "kultur", ["Kulturzentrum", "Kino"], "MovieTheater"],
    ["einrichtung", "kultur", ["Museum", "Galerie"], "Museum"],
    ["einrichtung", "weiterbildung", ["Volkshochschule"], "EducationalOrganization"],
    ["einrichtung", "weiterbildung", ["Hochschule"], "CollegeOrUniversity"],
    ["einrichtung", "weiterbildung", ["Theater"], "EducationalOrganization"],
    ["einrichtung", "weiterbildung", ["Kammer"], "Organization"],
    ["angebot", "schule", ["Bildungsgang AVdual"], "Course"],
    ["angebot", "schule", ["Sprachförderung / VABO"], "Course"],
    ["angebot", "kultur", ["Kinderuni"], "Course"],
    ["angebot", "kita", ["MINT-Frühbildung"], "Course"],
    ["angebot", "schule", ["Landesmodellvorhaben"], "Course"],
    ["angebot", "schule", ["Bildungsbüro / Bildungsregion"], "GovernmentOrganization"],
    ["angebot", "schule", ["Schulaufsicht / Beratung"], "GovernmentOrganization"],
    ["angebot", "schule", ["Gremium"], "Organization"],
    ["angebot", "kita", ["Kinder- und Familienzentren"], "Organization"],
    ["angebot", "schule", ["Ausbildungsmesse"], "Event"],
    ["angebot", "weiterbildung", ["Hochschulinformation"], "Event"],
    ["angebot", "weiterbildung", ["Auszeichnung berufliche Bildung"], "Thing"],
    ["angebot", "kita", ["Kita-Anmeldung"], "Service"],
    ["angebot", "schule", ["Sprachförderung (Beratung/Materialien)"], "Service"],
    ["angebot", "schule", ["Sprachmittlung"], "Service"],
  ])("%s, %s, %j → %s", (kind, sector, types, expected) => {
    expect(schemaOrgType({ kind, sector, types })).toBe(expected);
  });

  it("sends only these institution types of the seed to their sector's default", () => {
    // A new type from the importer shows up here and gets a conscious decision.
    const seed = JSON.parse(fs.readFileSync("db/seed/institutions.json", "utf8")) as { sector: Sector; types: string[] }[];
    const fallbacks = new Set<string>();
    for (const { sector, types } of seed) {
      if (!types.some((type) => type in INSTITUTION_TYPES[sector].byType)) fallbacks.add(`${sector}: ${types.join(", ")}`);
    }
    const bySector = [...fallbacks].sort((a, b) => a.localeCompare(b, "de"));
    expect(bySector.filter((line) => line.startsWith("kita:"))).toEqual(["kita: Kinder- und Familienzentrum"]);
    expect(bySector.filter((line) => line.startsWith("kultur:"))).toEqual(["kultur: Kulturzentrum"]);
  });
});

const SCHOOL: JsonLdEntry = {
  kind: "einrichtung",
  sector: "schule",
  types: ["Gymnasium"],
  title: "Friedrich-Schiller-Gymnasium",
  description: null,
  street: "Schulstraße 34",
  postcode: "71672",
  town: "Marbach am Neckar",
  lat: 48.934816,
  lng: 9.263506,
  geoPrecision: "exact",
  phone: "07144 123",
  email: "poststelle@example.org",
  website: "https://schule.example.org/",
  ageMin: null,
  ageMax: null,
  municipality: { name: "Marbach am Neckar" },
};
const PAGE = "https://bildung.example.org/angebote/fsg";

describe("entryJsonLd", () => {
  it("describes a school with address, position, phone and e-mail", () => {
    expect(entryJsonLd(SCHOOL, PAGE)).toEqual({
      "@context": "https://schema.org",
      "@type": "School",
      "@id": `${PAGE}#eintrag`,
      name: "Friedrich-Schiller-Gymnasium",
      url: "https://schule.example.org/",
      mainEntityOfPage: PAGE,
      address: {
        "@type": "PostalAddress",
        streetAddress: "Schulstraße 34",
        postalCode: "71672",
        addressLocality: "Marbach am Neckar",
        addressCountry: "DE",
      },
      telephone: "07144 123",
      email: "poststelle@example.org",
      geo: { "@type": "GeoCoordinates", latitude: 48.934816, longitude: 9.263506 },
    });
  });

  it("leaves out what the catalogue does not hold", () => {
    const bare = { ...SCHOOL, street: null, postcode: null, town: null, phone: null, email: null, website: null, lat: null, lng: null, geoPrecision: null };
    expect(entryJsonLd(bare, PAGE)).toEqual({
      "@context": "https://schema.org",
      "@type": "School",
      "@id": `${PAGE}#eintrag`,
      name: "Friedrich-Schiller-Gymnasium",
      mainEntityOfPage: PAGE,
    });
  });

  it("gives no position for an entry placed at its Gemeinde", () => {
    expect(entryJsonLd({ ...SCHOOL, geoPrecision: "municipality" }, PAGE)).not.toHaveProperty("geo");
  });

  it("gives a museum (a place, not an organisation) no e-mail", () => {
    const museum = entryJsonLd({ ...SCHOOL, sector: "kultur", types: ["Museum"] }, PAGE);
    expect(museum).toMatchObject({ "@type": "Museum", telephone: "07144 123", geo: expect.any(Object) });
    expect(museum).not.toHaveProperty("email");
  });

  it("gives an office (an organisation, not a place) no geo", () => {
    const office = entryJsonLd({ ...SCHOOL, sector: "jugendhilfe", types: ["Jugendamt"] }, PAGE);
    expect(office).toMatchObject({ "@type": "GovernmentOrganization", email: "poststelle@example.org" });
    expect(office).not.toHaveProperty("geo");
  });

  it("describes a programme as a course with its provider and ages", () => {
    const course = entryJsonLd(
      { ...SCHOOL, kind: "angebot", sector: "kultur", types: ["Musikalische Bildung Kita/Grundschule"], ageMin: 3, ageMax: 10 },
      PAGE,
      { name: "Jugendmusikschule Ludwigsburg", url: "https://bildung.example.org/angebote/jms" },
    );
    expect(course).toMatchObject({
      "@type": "Course",
      provider: { "@type": "Organization", name: "Jugendmusikschule Ludwigsburg", url: "https://bildung.example.org/angebote/jms" },
      typicalAgeRange: "3-10",
    });
    // A course is no place: its address is not claimed as the course's.
    expect(course).not.toHaveProperty("address");
    expect(course).not.toHaveProperty("telephone");
  });

  it.each<[number | null, number | null, string | undefined]>([
    [6, 10, "6-10"],
    [14, null, "14-"],
    [null, 6, "0-6"],
    [null, null, undefined],
  ])("writes ages %s–%s as %s", (ageMin, ageMax, expected) => {
    const course = entryJsonLd({ ...SCHOOL, kind: "angebot", types: ["Kinderuni"], ageMin, ageMax }, PAGE);
    expect(course.typicalAgeRange).toBe(expected);
  });

  it("places a fair at its address", () => {
    const fair = entryJsonLd({ ...SCHOOL, kind: "angebot", types: ["Ausbildungsmesse"], geoPrecision: "municipality" }, PAGE);
    expect(fair).toMatchObject({
      "@type": "Event",
      location: { "@type": "Place", name: "Marbach am Neckar", address: { streetAddress: "Schulstraße 34" } },
    });
    expect(fair).not.toHaveProperty("location.geo");
  });
});
