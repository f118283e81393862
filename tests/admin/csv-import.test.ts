import { describe, expect, it } from "vitest";
import {
  allocateSlug,
  COLUMN_KEYS,
  type ColumnKey,
  columnOf,
  decodeCsvBytes,
  detectDelimiter,
  EXAMPLE_MARKER,
  type ImportContext,
  type ImportRow,
  parseImportCsv,
  placeRow,
  previewCsv,
  previewView,
  templateCsv,
  validateRow,
} from "~/admin/csv-import";
import { buildGazetteer } from "../../scripts/import/municipalities";
import { makeMunicipality } from "../support/municipalities";

const LUDWIGSBURG = "08118048";
const MARBACH = "08118049";
const MURR = "08118054";

const gazetteer = buildGazetteer(
  [
    makeMunicipality(LUDWIGSBURG, "Ludwigsburg", 9.2, 48.9),
    makeMunicipality(MARBACH, "Marbach am Neckar", 9.26, 48.94),
    makeMunicipality(MURR, "Murr", 9.25, 49.0),
  ],
  [
    { postcode: "71634", municipalityAgs: LUDWIGSBURG, datasetId: "osm-plz" },
    { postcode: "71638", municipalityAgs: LUDWIGSBURG, datasetId: "osm-plz" },
    { postcode: "71672", municipalityAgs: LUDWIGSBURG, datasetId: "osm-plz" },
    { postcode: "71672", municipalityAgs: MARBACH, datasetId: "osm-plz" },
    { postcode: "71711", municipalityAgs: MARBACH, datasetId: "osm-plz" },
    { postcode: "71711", municipalityAgs: MURR, datasetId: "osm-plz" },
  ],
);

const context: ImportContext = {
  gazetteer,
  existing: [{ slug: "stadtbibliothek-ludwigsburg", name: "Stadtbibliothek Ludwigsburg", street: "Wilhelmstraße 9/1", town: "Ludwigsburg", municipalityAgs: LUDWIGSBURG }],
};

const VALID: Record<ColumnKey, string> = {
  ...(Object.fromEntries(COLUMN_KEYS.map((key) => [key, ""])) as Record<ColumnKey, string>),
  name: "Kita Regenbogen",
  kategorie: "kita",
  typ: "Kindergarten",
  gemeinde: "Ludwigsburg",
  quelle: "https://www.example.org/kita",
  lizenz: "Eigene Angaben der Einrichtung",
  stand: "03/2026",
};

const row = (overrides: Partial<Record<ColumnKey, string>>) => ({ ...VALID, ...overrides });

function valid(overrides: Partial<Record<ColumnKey, string>>): ImportRow {
  const result = validateRow(row(overrides));
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result.value;
}

describe("columnOf", () => {
  it.each([
    ["name", "name"],
    ["Längengrad", "laengengrad"],
    ["E-Mail", "email"],
    ["Straße", "strasse"],
    [" Alter von ", "alter_von"],
    ["PLZ", "plz"],
    ["Träger", "traeger"],
    ["Website", "webseite"],
    ["lat", "breitengrad"],
    ["Lieblingsfarbe", null],
  ])("%j → %s", (header, key) => {
    expect(columnOf(header)).toBe(key);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["name;kategorie;typ\nA;b;c", ";"],
    ["name,kategorie,typ\nA,b,c", ","],
    ["name\tkategorie\ttyp", "\t"],
    ['"name, lang";kategorie;typ', ";"],
    ["\ufeffname,typ;quelle,lizenz", ","],
    ["name", ";"],
  ])("%j → %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("decodeCsvBytes", () => {
  it("reads UTF-8 with a byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("name;ort\nKita;Möglingen")]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, warning: null });
    expect(decoded.ok && parseImportCsv(decoded.text).records[0]?.cells.ort).toBe("Möglingen");
  });

  it("reads Windows-1252 with a warning to check the umlauts", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("ort\nL"), 0xf6, ...new TextEncoder().encode("chgau")]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.ok && decoded.text).toBe("ort\nLöchgau");
    expect(decoded.ok && decoded.warning).toMatch(/Windows-1252/);
  });

  it.each([
    ["an Excel workbook", [0x50, 0x4b, 0x03, 0x04, 0x14], /Excel/],
    ["binary data", [0x6e, 0x00, 0x61], /keine Textdatei/],
  ])("refuses %s", (_, bytes, message) => {
    const decoded = decodeCsvBytes(new Uint8Array(bytes));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(message);
  });
});

const HEADER = "name;kategorie;typ;gemeinde;quelle;lizenz;stand";

describe("parseImportCsv", () => {
  it.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("maps German headers, skips empty rows and counts lines like the file (header = 1), %s", (_, eol) => {
    const text = [
      "\ufeffName;Kategorie;Typ;Gemeinde;Quelle;Lizenz;Stand;Beschreibung",
      "Kita A;kita;Kita;Ludwigsburg;https://a.example;L;2026;kurz",
      "",
      ';;;;;;;',
      'Kita B;kita;Kita;Ludwigsburg;https://b.example;L;2026;"zwei',
      'Zeilen"',
      "Kita C;kita;Kita;Ludwigsburg;https://c.example;L;2026;",
    ].join(eol);
    const parsed = parseImportCsv(text);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.delimiter).toBe(";");
    expect(parsed.records.map((r) => [r.cells.name, r.line, r.endLine])).toEqual([
      ["Kita A", 2, 2],
      ["Kita B", 5, 6],
      ["Kita C", 7, 7],
    ]);
    expect(parsed.records[1]?.cells.beschreibung).toBe(`zwei${eol}Zeilen`);
  });

  it.each([
    ["a missing required column", "name;kategorie;typ;quelle;lizenz\nA;kita;Kita;q;l", /Pflichtspalte fehlt in der Kopfzeile: stand/],
    ["several missing columns", "name,typ\nA,Kita", /Pflichtspalten fehlt in der Kopfzeile: kategorie, quelle, lizenz, stand/],
    ["a column named twice", `${HEADER};Längengrad;lon\nA;kita;Kita;;q;l;s;9,2;9,2`, /„laengengrad“ kommt mehrfach vor/],
    ["an unclosed quote", `${HEADER}\nA;kita;"Kita;;q;l;s\n`, /Anführungszeichen wird nicht geschlossen/],
    ["only a header", `${HEADER}\n`, /nur die Kopfzeile/],
    ["nothing", "", /leer/],
  ])("reports %s as a file error", (_, text, message) => {
    expect(parseImportCsv(text).fileErrors.join(" ")).toMatch(message);
  });

  it("warns about unknown columns and ignores them", () => {
    const parsed = parseImportCsv(`${HEADER};Lieblingsfarbe\nA;kita;Kita;;q;l;s;blau`);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.fileWarnings).toEqual(["Die Spalte „Lieblingsfarbe“ ist unbekannt und wird nicht übernommen."]);
  });
});

describe("validateRow", () => {
  it.each<[string, Partial<Record<ColumnKey, string>>, Partial<ImportRow>]>([
    ["the minimal row, a draft by default", {}, { kategorie: "kita", status: null, traeger: null, breitengrad: null }],
    ["a sector by its German label", { kategorie: "Kita und Kindertagesbetreuung" }, { kategorie: "kita" }],
    ["a sector in capitals", { kategorie: "Schule" }, { kategorie: "schule" }],
    ["decimal commas", { breitengrad: "48,8975", laengengrad: "9,192" }, { breitengrad: 48.8975, laengengrad: 9.192 }],
    ["a web address without scheme", { webseite: "www.example.org" }, { webseite: "https://www.example.org" }],
    ["several sources", { quelle: "https://a.example ; https://c.example/x | www.b.example" }, { quelle: ["https://a.example", "https://c.example/x", "https://www.b.example"] }],
    ["a carrier by its label", { traeger: "freier Träger" }, { traeger: "frei" }],
    ["published", { status: "veröffentlicht" }, { status: "published" }],
    ["published without umlaut", { status: "Veroeffentlicht" }, { status: "published" }],
    ["a phone number with extension", { telefon: "+49 (0)7141 910-0" }, { telefon: "+49 (0)7141 910-0" }],
    ["ages", { alter_von: "1", alter_bis: "6" }, { alter_von: 1, alter_bis: 6 }],
    ["trimmed cells", { name: "  Kita Regenbogen  " }, { name: "Kita Regenbogen" }],
  ])("accepts %s", (_, overrides, expected) => {
    expect(valid(overrides)).toMatchObject(expected);
  });

  it.each<[string, Partial<Record<ColumnKey, string>>, string]>([
    ["a missing name", { name: " " }, "name: fehlt (Pflichtangabe)"],
    ["an unknown sector", { kategorie: "Zoo" }, "kategorie: „Zoo“ ist nicht erlaubt (kita, schule, jugendhilfe, kultur, weiterbildung)"],
    ["a missing type", { typ: "" }, "typ: fehlt (Pflichtangabe)"],
    ["a four-digit PLZ", { plz: "7163" }, "plz: muss fünfstellig sein"],
    ["swapped coordinates", { breitengrad: "9,19", laengengrad: "48,89" }, "breitengrad: 9,19 liegt nicht im Landkreis Ludwigsburg (erlaubt: 48,7 bis 49,2; mit dem Längengrad vertauscht?)"],
    ["a point far away", { breitengrad: "52,52", laengengrad: "13,40" }, "laengengrad: 13,40 liegt nicht im Landkreis Ludwigsburg (erlaubt: 8,8 bis 9,6; mit dem Breitengrad vertauscht?)"],
    ["a coordinate that is no number", { breitengrad: "48°53'", laengengrad: "9,19" }, "breitengrad: „48°53'“ ist keine Dezimalzahl"],
    ["a single coordinate", { breitengrad: "48,9" }, "laengengrad: fehlt: Koordinaten nur als Paar angeben"],
    ["a bad e-mail address", { email: "kita@" }, "email: „kita@“ ist keine gültige E-Mail-Adresse"],
    ["a bad web address", { webseite: "kita-regenbogen" }, "webseite: „kita-regenbogen“ ist keine vollständige Webadresse (https://…)"],
    ["letters in the phone number", { telefon: "auf Anfrage" }, "telefon: „auf Anfrage“ ist keine Telefonnummer (nur Ziffern, Leerzeichen und + ( ) / - .; nur eine Nummer)"],
    ["a name without letters", { name: "–" }, "name: braucht mindestens einen Buchstaben oder eine Ziffer"],
    ["ages the wrong way round", { alter_von: "7", alter_bis: "3" }, "alter_bis: ist kleiner als alter_von (7)"],
    ["an age in months", { alter_von: "6 Monate" }, "alter_von: „6 Monate“ ist kein Alter in ganzen Jahren (0–99)"],
    ["an unknown carrier", { traeger: "städtisch" }, "traeger: „städtisch“ ist nicht erlaubt (oeffentlich, privat, kirchlich, frei oder leer)"],
    ["a missing source", { quelle: "" }, "quelle: fehlt (Pflichtangabe)"],
    ["a broken source URL", { quelle: "https://" }, "quelle: „https://“ ist keine Webadresse (https://…); eine Auskunft ohne Webseite gehört in die Spalte stand"],
    [
      "a source that is no web address",
      { quelle: "https://a.example; Auskunft der Einrichtung" },
      "quelle: „Auskunft der Einrichtung“ ist keine Webadresse (https://…); eine Auskunft ohne Webseite gehört in die Spalte stand",
    ],
    ["a missing licence", { lizenz: "" }, "lizenz: fehlt (Pflichtangabe)"],
    ["a missing stand", { stand: "" }, "stand: fehlt (Pflichtangabe)"],
    ["an unknown status", { status: "später" }, "status: „später“ ist nicht erlaubt (veroeffentlicht, entwurf oder leer)"],
    ["the template's example row", { name: `${EXAMPLE_MARKER}: Kita Sonnenschein` }, "name: ist die Beispielzeile aus der Vorlage: bitte löschen"],
    ["a name that is too long", { name: "x".repeat(201) }, "name: ist zu lang (höchstens 200 Zeichen)"],
  ])("refuses %s", (_, overrides, message) => {
    const result = validateRow(row(overrides));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(message);
  });
});

describe("placeRow", () => {
  it.each<[string, Partial<Record<ColumnKey, string>>, { ags: string | null; precision: string | null; postcode?: string | null; warnings: Array<string | RegExp> }]>([
    ["Gemeinde and fitting PLZ", { gemeinde: "Ludwigsburg", plz: "71634" }, { ags: LUDWIGSBURG, precision: "municipality", postcode: "71634", warnings: [] }],
    ["Gemeinde by AGS, PLZ derived (one PLZ only)", { gemeinde: MURR }, { ags: MURR, precision: "municipality", postcode: "71711", warnings: [] }],
    ["Gemeinde without river from the Ort", { gemeinde: "", ort: "Marbach a. N." }, { ags: MARBACH, precision: "municipality", warnings: [] }],
    ["Gemeinde from an unambiguous PLZ", { gemeinde: "", plz: "71638" }, { ags: LUDWIGSBURG, precision: "municipality", warnings: [] }],
    [
      "an ambiguous PLZ",
      { gemeinde: "", plz: "71672" },
      { ags: null, precision: null, warnings: ["PLZ 71672 gehört zu mehreren Gemeinden (Ludwigsburg, Marbach am Neckar): bitte die Spalte gemeinde ausfüllen."] },
    ],
    ["an ambiguous PLZ with coordinates", { gemeinde: "", plz: "71672", breitengrad: "48,941", laengengrad: "9,262" }, { ags: MARBACH, precision: "exact", warnings: [] }],
    [
      "a PLZ of another Gemeinde",
      { gemeinde: "Murr", plz: "71634" },
      { ags: MURR, precision: "municipality", postcode: "71634", warnings: ["PLZ 71634 gehört nicht zu Murr (dort: 71711), sondern zu Ludwigsburg."] },
    ],
    ["a PLZ outside the district", { plz: "70173" }, { ags: LUDWIGSBURG, precision: "municipality", warnings: ["PLZ 70173 liegt nicht im Landkreis Ludwigsburg."] }],
    [
      "an unknown Gemeinde with a PLZ",
      { gemeinde: "Atlantis", plz: "71634" },
      { ags: LUDWIGSBURG, precision: "municipality", warnings: ["Gemeinde „Atlantis“ gibt es im Landkreis Ludwigsburg nicht.", "Stattdessen zugeordnet: Ludwigsburg."] },
    ],
    ["an unknown Gemeinde alone", { gemeinde: "Atlantis" }, { ags: null, precision: null, warnings: [/„Atlantis“ gibt es im Landkreis Ludwigsburg nicht/] }],
    ["nothing about the place", { gemeinde: "" }, { ags: null, precision: null, warnings: [/Keine Gemeinde angegeben/] }],
    [
      "coordinates outside the Gemeinde",
      { gemeinde: "Murr", breitengrad: "48,9", laengengrad: "9,2" },
      { ags: MURR, precision: "municipality", warnings: [/nicht in Murr; der Eintrag steht am Gemeindepunkt/] },
    ],
    ["coordinates inside", { breitengrad: "48,905", laengengrad: "9,21" }, { ags: LUDWIGSBURG, precision: "exact", warnings: [] }],
    ["coordinates outside the district", { gemeinde: "", breitengrad: "48,75", laengengrad: "9,18" }, { ags: null, precision: "exact", warnings: [/Keine Gemeinde angegeben/, /außerhalb des Landkreises/] }],
  ])("%s", (_, overrides, expected) => {
    const { place, warnings } = placeRow(valid(overrides), gazetteer);
    expect(place.municipalityAgs).toBe(expected.ags);
    expect(place.geoPrecision).toBe(expected.precision);
    if (expected.postcode !== undefined) expect(place.postcode).toBe(expected.postcode);
    expect(warnings).toHaveLength(expected.warnings.length);
    expected.warnings.forEach((warning, i) => expect(warnings[i]).toMatch(warning));
  });

  it("puts the entry at the Gemeinde point without coordinates and at its own point with them", () => {
    expect(placeRow(valid({}), gazetteer).place).toMatchObject({ lat: 48.9, lng: 9.2, geoSource: null, town: "Ludwigsburg" });
    expect(placeRow(valid({ breitengrad: "48,905", laengengrad: "9,21", ort: "Hoheneck" }), gazetteer).place).toMatchObject({
      lat: 48.905,
      lng: 9.21,
      geoSource: "Angabe im CSV-Import",
      town: "Hoheneck",
    });
  });
});

const csv = (...lines: string[]) => [`${HEADER};strasse;zielgruppe;status`, ...lines].join("\n");

describe("previewCsv", () => {
  it("flags probable duplicates in the catalogue and within the file", () => {
    const preview = previewCsv(
      csv(
        "Stadtbibliothek Ludwigsburg;kultur;Bibliothek;Ludwigsburg;https://a.example;L;2026;Wilhelmstr. 9/1;;",
        "Kita Regenbogen;kita;Kita;Ludwigsburg;https://a.example;L;2026;Musterstraße 1;;",
        "Kita  Regenbogen;kita;Kita;Ludwigsburg;https://a.example;L;2026;Muster-Straße 1;;",
        "Kita Regenbogen;kita;Kita;Ludwigsburg;https://a.example;L;2026;Andere Straße 2;;",
        "Kita Regenbogen;kita;Kita;Murr;https://a.example;L;2026;Musterstraße 1;;",
      ),
      context,
    );
    expect(preview.rows.map((r) => r.warnings)).toEqual([
      ["Möglicherweise schon im Katalog: „Stadtbibliothek Ludwigsburg“, Wilhelmstraße 9/1 (/angebote/stadtbibliothek-ludwigsburg)."],
      [],
      ["Möglicherweise doppelt in der Datei: wie Zeile 3."],
      [],
      [],
    ]);
    expect(preview.ok).toBe(true);
    expect(preview.counts).toEqual({ rows: 5, withErrors: 0, withWarnings: 2, published: 0, drafts: 5 });
  });

  it("blocks the import when one row has an error and names its line", () => {
    const preview = previewCsv(
      csv(
        "Kita A;kita;Kita;Ludwigsburg;https://a.example;L;2026;;;veroeffentlicht",
        "Kita B;kita;Kita;Ludwigsburg;https://a.example;;2026;;;",
        "Kita C;kita;Kita;Ludwigsburg;https://a.example;L;2026;;;;zu viel",
        "Kita D;kita;Kita;Ludwigsburg;https://a.example;L;2026;;;;;",
      ),
      context,
    );
    expect(preview.ok).toBe(false);
    expect(preview.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ["lizenz: fehlt (Pflichtangabe)"]],
      [4, ["Die Zeile hat mehr Felder als die Kopfzeile Spalten (Trennzeichen im Text nicht in Anführungszeichen?)."]],
      [5, []],
    ]);
    expect(preview.counts).toMatchObject({ withErrors: 2, published: 1, drafts: 1 });
  });

  it("reads the age from the target group when no age column is filled", () => {
    const preview = previewCsv(csv("Kita A;kita;Kita;Ludwigsburg;https://a.example;L;2026;;Kinder von 1 Jahr bis Schuleintritt;"), context);
    expect(preview.rows[0]?.values).toMatchObject({ ageMin: 1, ageMax: 6, targetGroup: "Kinder von 1 Jahr bis Schuleintritt", status: "draft" });
  });

  it("reads a comma-separated file with quoted commas", () => {
    const preview = previewCsv(
      'name,kategorie,typ,gemeinde,quelle,lizenz,stand\n"Kita A, Nord",kita,Kita,Ludwigsburg,https://a.example,"CC BY 4.0, Stadt",2026\n',
      context,
    );
    expect(preview.delimiter).toBe(",");
    expect(preview.rows[0]?.values).toMatchObject({ name: "Kita A, Nord", licence: "CC BY 4.0, Stadt" });
  });

  it("shows a bounded view: problem rows first, then a sample of clean rows", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Kita ${i};kita;Kita;${i % 3 === 0 ? "Atlantis" : "Ludwigsburg"};https://a.example;L;2026;;;`);
    const view = previewView(previewCsv(csv(...lines), context), 4, 3);
    expect(view.problemRows.map((r) => r.line)).toEqual(["2", "5", "8", "11"]);
    expect(view.hiddenProblemRows).toBe(6);
    expect(view.sampleRows.map((r) => r.name)).toEqual(["Kita 1", "Kita 2", "Kita 4"]);
  });
});

describe("allocateSlug", () => {
  it.each<[string, string[], string, string | null, string]>([
    ["the plain slug when free", [], "Kita Regenbogen", "ludwigsburg", "kita-regenbogen"],
    ["the Gemeinde on a collision", ["kita-regenbogen"], "Kita Regenbogen", "ludwigsburg", "kita-regenbogen-ludwigsburg"],
    ["a number after that", ["kita-regenbogen", "kita-regenbogen-ludwigsburg"], "Kita Regenbogen", "ludwigsburg", "kita-regenbogen-ludwigsburg-2"],
    ["no doubled Gemeinde", ["stadtbibliothek-ludwigsburg"], "Stadtbibliothek Ludwigsburg", "ludwigsburg", "stadtbibliothek-ludwigsburg-2"],
    ["a fallback for names without letters", [], "–", null, "eintrag"],
  ])("%s", (_, taken, name, municipalitySlug, slug) => {
    const set = new Set(taken);
    expect(allocateSlug(set, name, municipalitySlug)).toBe(slug);
    expect(set.has(slug)).toBe(true);
  });
});

describe("templateCsv", () => {
  it("has every column and one example row that is refused only for being the example", () => {
    const text = templateCsv();
    expect(text.startsWith("\ufeff")).toBe(true);
    const preview = previewCsv(text, context);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.fileWarnings).toEqual([]);
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]?.errors).toEqual(["name: ist die Beispielzeile aus der Vorlage: bitte löschen"]);
    const withoutMarker = text.replace(`${EXAMPLE_MARKER}: `, "");
    const accepted = previewCsv(withoutMarker, context);
    expect(accepted.ok).toBe(true);
    expect(accepted.rows[0]?.values).toMatchObject({ sector: "kita", geoPrecision: "exact", municipalityAgs: LUDWIGSBURG, ageMin: 1, ageMax: 6 });
  });
});
