// The texts with numbers, plurals and values of the Gemeinden, audience and legal pages, in
// both languages: German exactly as the pages said it before the English UI, English with
// English number formats.
import { describe, expect, it } from "vitest";
import { messagesFor } from "~/i18n";

const de = messagesFor("de");
const en = messagesFor("en");

describe("places", () => {
  it("formats numbers and the per-1,000 figures", () => {
    expect([de.places.number(12345), en.places.number(12345)]).toEqual(["12.345", "12,345"]);
    expect([de.places.decimal(1.5), en.places.decimal(1.5)]).toEqual(["1,50", "1.50"]);
  });

  it("describes a Gemeinde with one or several postcodes", () => {
    expect(de.places.municipality.facts(7412, 4.99, ["71732"])).toBe("7.412 Einwohnerinnen und Einwohner, 4,99 km². Postleitzahl: 71732.");
    expect(de.places.municipality.facts(93584, 43.33, ["71634", "71636"])).toBe(
      "93.584 Einwohnerinnen und Einwohner, 43,33 km². Postleitzahlen: 71634, 71636.",
    );
    expect(en.places.municipality.facts(7412, 4.99, ["71732"])).toBe("7,412 inhabitants, 4.99 km². Postcode: 71732.");
    expect(en.places.municipality.facts(93584, 43.33, ["71634", "71636"])).toBe("93,584 inhabitants, 43.33 km². Postcodes: 71634, 71636.");
  });

  it("counts the entries of a Gemeinde, filtered or not", () => {
    expect(de.places.municipality.entries(3, 12, true, "Tamm")).toBe("3 von 12 Einträgen in Tamm.");
    expect(de.places.municipality.entries(12, 12, false, "Tamm")).toBe("12 Einträge in Tamm.");
    expect(en.places.municipality.entries(3, 12, true, "Tamm")).toBe("3 of 12 entries in Tamm.");
    expect(en.places.municipality.entries(1, 1, false, "Tamm")).toBe("1 entry in Tamm.");
    expect(en.places.municipality.mapCaption("Tamm", 1)).toContain("1 entry with a known location");
  });

  it("names an unknown sector in the reader's quotation marks", () => {
    expect(de.places.municipality.ignored(["kino"], ["Kita", "Schule"])).toBe("Unbekannter Bereich ignoriert: „kino“. Möglich sind Kita, Schule.");
    expect(en.places.municipality.ignored(["kino"], ["Day care", "School"])).toBe(
      "Unknown sector ignored: “kino”. Possible sectors are Day care, School.",
    );
  });
});

describe("audiences", () => {
  it("says distances from a school, exact and approximate", () => {
    const cases: [number, boolean, string, string][] = [
      [0.34, false, "340 m entfernt", "340 m away"],
      [1.24, false, "1,2 km entfernt", "1.2 km away"],
      [12.6, false, "13 km entfernt", "13 km away"],
      [3.4, true, "ca. 3 km entfernt", "about 3 km away"],
      [0.5, true, "ca. unter 1 km entfernt", "less than 1 km away"],
    ];
    for (const [km, approximate, german, english] of cases) {
      expect(de.audiences.teachers.away(km, approximate)).toBe(german);
      expect(en.audiences.teachers.away(km, approximate)).toBe(english);
    }
  });

  it("heads the list of Lernorte with number, subject and school", () => {
    const school = { title: "Friedrich-Schiller-Gymnasium", place: "Marbach am Neckar" };
    expect(de.audiences.teachers.heading(1, "Musik", null)).toBe("1 Lernort für Musik");
    expect(de.audiences.teachers.heading(5, "Deutsch und Literatur", school)).toBe(
      "5 Lernorte für Deutsch und Literatur, nach Entfernung ab Friedrich-Schiller-Gymnasium (Marbach am Neckar)",
    );
    expect(en.audiences.teachers.heading(1, "Music", null)).toBe("1 place to learn for Music");
    expect(en.audiences.teachers.heading(5, null, school)).toBe(
      "5 places to learn, by distance from Friedrich-Schiller-Gymnasium (Marbach am Neckar)",
    );
  });

  it("names values of the query it cannot use", () => {
    expect(de.audiences.teachers.issues.unknownSubject("latein")).toBe("Das Fach „latein“ kennen wir nicht; gezeigt werden alle Fächer.");
    expect(de.audiences.teachers.issues.unknownSchool("<script>")).toBe(
      "Die Schule „<script>“ steht nicht im Katalog; die Liste ist nicht nach Entfernung sortiert.",
    );
    expect(en.audiences.teachers.issues.unknownSubject("latein")).toBe("We do not know the subject “latein”; showing all subjects.");
  });

  it("says the age of the prepared searches, one year or more", () => {
    expect(de.audiences.families.ageHint(1)).toContain("auf ein Kind von 1 Jahr eingestellt");
    expect(de.audiences.families.ageHint(4)).toContain("auf ein Kind von 4 Jahren eingestellt");
    expect(en.audiences.families.ageHint(1)).toContain("a child of 1 year.");
    expect(en.audiences.families.ageHint(4)).toContain("a child of 4 years.");
  });

  it("counts projects, with the words and topic of the filter", () => {
    expect(de.audiences.projects.heading(3, 32, true, "Ausbildungsmesse", null)).toBe("3 von 32 Projekten und Programmen für „Ausbildungsmesse“");
    expect(de.audiences.projects.heading(32, 32, false, "", null)).toBe("32 Projekte und Programme");
    expect(de.audiences.projects.heading(2, 32, true, "", "Musik")).toBe("2 von 32 Projekten und Programmen zum Thema Musik");
    expect(en.audiences.projects.heading(3, 32, true, "Ausbildungsmesse", null)).toBe("3 of 32 projects and programmes for “Ausbildungsmesse”");
    expect(en.audiences.projects.heading(1, 1, false, "", null)).toBe("1 project or programme");
  });

  it("counts entries with thousands separators and plurals", () => {
    expect([de.audiences.themes.entries(1), de.audiences.themes.entries(1234)]).toEqual(["1 Eintrag", "1.234 Einträge"]);
    expect([en.audiences.themes.entries(1), en.audiences.themes.entries(1234)]).toEqual(["1 entry", "1,234 entries"]);
    const figures = { total: 1454, institutions: 1422, offers: 32, withEntries: 39, municipalities: 39, withoutMunicipality: 1 };
    expect(de.audiences.region.figures(figures)).toBe(
      "Im Portal sind 1.454 Einträge erfasst: 1.422 Einrichtungen und 32 Programme und Projekte. 39 der 39 Städte und " +
        "Gemeinden haben mindestens einen Eintrag; 1 Einträge haben keinen Ort in einer Gemeinde.",
    );
    expect(en.audiences.region.figures(figures)).toBe(
      "The portal lists 1,454 entries: 1,422 institutions and 32 programmes and projects. 39 of the 39 towns and " +
        "municipalities have at least one entry; 1 entry has no place in a town.",
    );
  });
});

describe("legal", () => {
  it("marks gaps in the configuration with the setting that fills them", () => {
    expect(de.legal.imprint.missing("OPERATOR_NAME")).toBe("Noch nicht eingetragen (Einstellung OPERATOR_NAME)");
    expect(en.legal.imprint.missing("OPERATOR_NAME")).toBe("Not yet provided (setting OPERATOR_NAME)");
  });

  it("dates the accessibility statement in each language's format", () => {
    const date = new Date("2026-11-22T00:00:00Z");
    expect(de.legal.accessibility.prepared(date)).toBe("Diese Erklärung wurde am 22.11.2026 erstellt.");
    expect(en.legal.accessibility.prepared(date)).toBe("This statement was prepared on 22 November 2026.");
  });

  it("names the tile server in the privacy text", () => {
    expect(de.legal.privacy.tiles("tiles.example.org").strong).toBe("tiles.example.org");
    expect(en.legal.privacy.tiles("tiles.example.org").before).toBe("The maps load map tiles from ");
  });
});
