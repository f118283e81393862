import { describe, expect, it } from "vitest";
import type { Institution, Offer } from "../../db/schema";
import {
  allocateSlug,
  describeValue,
  editPath,
  emptyValues,
  formatAuditValue,
  formValues,
  hasField,
  likePattern,
  listSearch,
  MANUAL_GEO_SOURCE,
  parseEntryForm,
  parseEntryRef,
  parseListParams,
  placeAtMunicipality,
  positionLabel,
  recordValues,
  resolvePosition,
  snapshotOf,
  type EntryFormValues,
  type FormContext,
} from "~/admin/entry-form";

const CONTEXT: FormContext = {
  municipalities: [
    { ags: "08118048", slug: "ludwigsburg", name: "Ludwigsburg", labelLat: 48.89731, labelLng: 9.19161 },
    { ags: "08118046", slug: "kornwestheim", name: "Kornwestheim", labelLat: 48.86, labelLng: 9.185 },
  ],
  institutions: [{ id: 7, name: "Stadtbibliothek Ludwigsburg (Ludwigsburg)" }],
};

function valid(overrides: Partial<EntryFormValues> = {}): EntryFormValues {
  return {
    ...emptyValues(),
    name: "  Familienzentrum Oststadt ",
    sector: "jugendhilfe",
    type: "Familienzentrum",
    postcode: "71636",
    town: "Ludwigsburg",
    gemeinde: "ludwigsburg",
    phone: "07141 910-2000",
    website: "https://www.ludwigsburg.de/familienzentrum",
    sourceUrls: "https://www.ludwigsburg.de/familienzentrum\n",
    licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    stand: "März 2026",
    ...overrides,
  };
}

const errorsOf = (kind: "einrichtung" | "angebot", values: EntryFormValues) => {
  const result = parseEntryForm(kind, values, CONTEXT);
  return result.ok ? {} : result.errors;
};

describe("parseEntryForm: field rules", () => {
  it.each<[string, Partial<EntryFormValues>, keyof EntryFormValues, string]>([
    ["name missing", { name: "   " }, "name", "Bitte geben Sie einen Namen ein."],
    ["name without letters", { name: "– / –" }, "name", "Der Name braucht mindestens einen Buchstaben oder eine Ziffer."],
    ["name too long", { name: "x".repeat(201) }, "name", "Der Name darf höchstens 200 Zeichen lang sein."],
    ["sector not in the list", { sector: "sport" }, "sector", "Bitte wählen Sie einen Bereich aus der Liste."],
    ["sector missing", { sector: "" }, "sector", "Bitte wählen Sie einen Bereich aus der Liste."],
    ["type missing", { type: "" }, "type", "Bitte geben Sie die Art an, z. B. „Grundschule“ oder „Bibliothek“."],
    ["postcode with four digits", { postcode: "7163" }, "postcode", "Die Postleitzahl besteht aus genau fünf Ziffern, z. B. 71634."],
    ["postcode with a letter", { postcode: "7163a" }, "postcode", "Die Postleitzahl besteht aus genau fünf Ziffern, z. B. 71634."],
    ["email without @", { email: "info.beispiel.de" }, "email", "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. info@beispiel.de."],
    [
      "website without scheme",
      { website: "www.ludwigsburg.de" },
      "website",
      "Bitte geben Sie eine vollständige Web-Adresse an, die mit http:// oder https:// beginnt.",
    ],
    [
      "website javascript:",
      { website: "javascript:alert(1)" },
      "website",
      "Bitte geben Sie eine vollständige Web-Adresse an, die mit http:// oder https:// beginnt.",
    ],
    [
      "website ftp:",
      { website: "ftp://files.example.de" },
      "website",
      "Bitte geben Sie eine vollständige Web-Adresse an, die mit http:// oder https:// beginnt.",
    ],
    [
      "phone with letters",
      { phone: "07141 388144 (Kinokasse)" },
      "phone",
      "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten, z. B. 07141 144-0. Bitte nur eine Nummer angeben.",
    ],
    [
      "phone with two numbers",
      { phone: "07141 1; 07141 2" },
      "phone",
      "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten, z. B. 07141 144-0. Bitte nur eine Nummer angeben.",
    ],
    [
      "phone without digits",
      { phone: "-- / --" },
      "phone",
      "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten, z. B. 07141 144-0. Bitte nur eine Nummer angeben.",
    ],
    ["age above 99", { ageMin: "100" }, "ageMin", "Bitte geben Sie ein Alter als ganze Zahl von 0 bis 99 an."],
    ["negative age", { ageMax: "-1" }, "ageMax", "Bitte geben Sie ein Alter als ganze Zahl von 0 bis 99 an."],
    ["age with decimals", { ageMin: "3,5" }, "ageMin", "Bitte geben Sie ein Alter als ganze Zahl von 0 bis 99 an."],
    ["min age above max age", { ageMin: "12", ageMax: "6" }, "ageMax", "Das Höchstalter darf nicht kleiner sein als das Mindestalter."],
    [
      "latitude south of the box",
      { lat: "48.5", lng: "9.1" },
      "lat",
      "Der Breitengrad liegt nicht im Landkreis Ludwigsburg (erlaubt: 48,7 bis 49,2).",
    ],
    [
      "longitude east of the box",
      { lat: "48.9", lng: "9.7" },
      "lng",
      "Der Längengrad liegt nicht im Landkreis Ludwigsburg (erlaubt: 8,8 bis 9,6).",
    ],
    ["latitude is text", { lat: "Nord", lng: "9.1" }, "lat", "Bitte geben Sie den Breitengrad als Zahl an, z. B. 48,8974."],
    [
      "latitude without longitude",
      { lat: "48.9" },
      "lng",
      "Bitte geben Sie Breiten- und Längengrad an, oder lassen Sie beide Felder leer.",
    ],
    ["longitude without latitude", { lng: "9.1" }, "lat", "Bitte geben Sie Breiten- und Längengrad an, oder lassen Sie beide Felder leer."],
    [
      "unknown Gemeinde",
      { gemeinde: "stuttgart" },
      "gemeinde",
      "Diese Gemeinde gibt es im Landkreis Ludwigsburg nicht. Bitte wählen Sie eine aus der Liste.",
    ],
    [
      "no source",
      { sourceUrls: " \n " },
      "sourceUrls",
      "Bitte geben Sie mindestens eine Quelle als Web-Adresse an (woher stammen die Angaben?).",
    ],
    [
      "source is no URL",
      { sourceUrls: "https://ok.example.de\nTelefonat mit dem Träger" },
      "sourceUrls",
      "Zeile 2: Bitte geben Sie eine vollständige Web-Adresse an, die mit http:// oder https:// beginnt.",
    ],
    [
      "licence missing",
      { licence: "" },
      "licence",
      "Bitte geben Sie an, unter welcher Lizenz oder welchen Bedingungen die Angaben stehen.",
    ],
    ["stand missing", { stand: " " }, "stand", "Bitte geben Sie den Stand der Angaben an, z. B. „März 2026“."],
    ["carrier not in the list", { carrier: "kommunal" }, "carrier", "Bitte wählen Sie eine Trägerschaft aus der Liste."],
  ])("institution: %s", (_case, overrides, field, message) => {
    expect(errorsOf("einrichtung", valid(overrides))[field]).toBe(message);
  });

  it.each<[string, Partial<EntryFormValues>, keyof EntryFormValues, string]>([
    [
      "unknown institution",
      { institution: "999" },
      "institution",
      "Diese Einrichtung gibt es nicht (mehr). Bitte wählen Sie eine aus der Liste.",
    ],
    [
      "institution is no number",
      { institution: "7 or 1=1" },
      "institution",
      "Diese Einrichtung gibt es nicht (mehr). Bitte wählen Sie eine aus der Liste.",
    ],
    ["unknown topic", { topics: ["mint", "sport"] }, "topics", "Bitte wählen Sie nur Themen aus der Liste."],
    ["unknown audience", { audiences: ["senioren"] }, "audiences", "Bitte wählen Sie nur Zielgruppen aus der Liste."],
  ])("offer: %s", (_case, overrides, field, message) => {
    expect(errorsOf("angebot", valid(overrides))[field]).toBe(message);
  });

  it("reports every wrong field at once", () => {
    const errors = errorsOf("einrichtung", valid({ name: "", postcode: "1", email: "x", ageMin: "200", stand: "" }));
    expect(Object.keys(errors).sort()).toEqual(["ageMin", "email", "name", "postcode", "stand"]);
  });

  it("ignores the other kind's fields", () => {
    expect(errorsOf("einrichtung", valid({ topics: ["sport"], institution: "999" }))).toEqual({});
    expect(errorsOf("angebot", valid({ email: "kein-at", carrier: "x" }))).toEqual({});
    expect(hasField("angebot", "email")).toBe(false);
    expect(hasField("einrichtung", "topics")).toBe(false);
    expect(hasField("angebot", "reviewed")).toBe(true);
  });
});

describe("parseEntryForm: stored fields", () => {
  it("maps an institution's values to its columns", () => {
    const result = parseEntryForm(
      "einrichtung",
      valid({
        types: "Familienzentrum\nBeratungsstelle, Treff",
        carrier: "frei",
        email: " info@fz.example.de ",
        ageMin: "0",
        ageMax: "99",
        reviewed: true,
      }),
      CONTEXT
    );
    expect(result).toEqual({
      ok: true,
      entry: {
        kind: "einrichtung",
        reviewed: true,
        fields: {
          name: "Familienzentrum Oststadt",
          sector: "jugendhilfe",
          type: "Familienzentrum",
          types: ["Familienzentrum", "Beratungsstelle", "Treff"],
          typeDetail: null,
          carrier: "frei",
          street: null,
          postcode: "71636",
          town: "Ludwigsburg",
          municipalityAgs: "08118048",
          lat: null,
          lng: null,
          geoPrecision: null,
          geoSource: null,
          phone: "07141 910-2000",
          email: "info@fz.example.de",
          website: "https://www.ludwigsburg.de/familienzentrum",
          description: null,
          targetGroup: null,
          ageMin: 0,
          ageMax: 99,
          sourceUrls: ["https://www.ludwigsburg.de/familienzentrum"],
          licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
          stand: "März 2026",
        },
      },
    });
  });

  it("maps an offer's values to its columns, topics in vocabulary order", () => {
    const result = parseEntryForm("angebot", valid({ institution: "7", topics: ["lesen", "mint"], audiences: ["familien"] }), CONTEXT);
    if (!result.ok || result.entry.kind !== "angebot") throw new Error("expected an offer");
    expect(result.entry.fields).toMatchObject({
      title: "Familienzentrum Oststadt",
      institutionId: 7,
      topics: ["mint", "lesen"],
      audiences: ["familien"],
    });
    expect(result.entry.fields).not.toHaveProperty("email");
    expect(result.entry.fields).not.toHaveProperty("name");
  });

  it("keeps markup in texts as plain text (escaping is the page's job)", () => {
    const payload = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    const result = parseEntryForm("einrichtung", valid({ description: payload }), CONTEXT);
    expect(result.ok && result.entry.fields.description).toBe(payload);
  });

  it("reads German decimal commas and rounds coordinates to 6 decimals", () => {
    const result = parseEntryForm("einrichtung", valid({ lat: "48,89741234", lng: " 9.1920 " }), CONTEXT);
    expect(result.ok && result.entry.fields).toMatchObject({
      lat: 48.897412,
      lng: 9.192,
      geoPrecision: "exact",
      geoSource: MANUAL_GEO_SOURCE,
    });
  });
});

describe("resolvePosition", () => {
  const stored = { geoLat: 48.9, geoLng: 9.2, geoPrecision: "municipality" as const, geoSource: null };
  it.each([
    ["no position", { lat: null, lng: null, ...stored }, { lat: null, lng: null, geoPrecision: null, geoSource: null }],
    [
      "the stored position stays as it was",
      { lat: 48.9, lng: 9.2, ...stored },
      { lat: 48.9, lng: 9.2, geoPrecision: "municipality", geoSource: null },
    ],
    [
      "below the rounding it is the same position",
      { lat: 48.9000001, lng: 9.2, ...stored },
      { lat: 48.9, lng: 9.2, geoPrecision: "municipality", geoSource: null },
    ],
    [
      "a moved pin is exact",
      { lat: 48.91, lng: 9.2, ...stored },
      { lat: 48.91, lng: 9.2, geoPrecision: "exact", geoSource: MANUAL_GEO_SOURCE },
    ],
    [
      "the stored source of an exact position stays",
      { lat: 48.9, lng: 9.2, geoLat: 48.9, geoLng: 9.2, geoPrecision: "exact" as const, geoSource: "Geokodierung 2015" },
      { lat: 48.9, lng: 9.2, geoPrecision: "exact", geoSource: "Geokodierung 2015" },
    ],
    [
      "typed into an entry without position",
      { lat: 48.9, lng: 9.2, geoLat: null, geoLng: null, geoPrecision: null, geoSource: null },
      { lat: 48.9, lng: 9.2, geoPrecision: "exact", geoSource: MANUAL_GEO_SOURCE },
    ],
  ])("%s", (_case, input, expected) => {
    expect(resolvePosition(input)).toEqual(expected);
  });
});

describe("placeAtMunicipality", () => {
  it("puts the pin on the Gemeinde's label point, approximate", () => {
    const placed = placeAtMunicipality(valid({ lat: "48.95", lng: "9.3" }), CONTEXT.municipalities);
    expect(placed).toMatchObject({
      ok: true,
      values: { lat: "48.89731", lng: "9.19161", geoLat: "48.89731", geoLng: "9.19161", geoPrecision: "municipality", geoSource: "" },
    });
    // Saved unchanged, it stays approximate.
    const parsed = placed.ok ? parseEntryForm("einrichtung", placed.values, CONTEXT) : null;
    expect(parsed?.ok && parsed.entry.fields).toMatchObject({ lat: 48.89731, lng: 9.19161, geoPrecision: "municipality", geoSource: null });
  });

  it("asks for a Gemeinde first", () => {
    expect(placeAtMunicipality(valid({ gemeinde: "" }), CONTEXT.municipalities)).toEqual({
      ok: false,
      errors: { gemeinde: "Bitte wählen Sie zuerst die Gemeinde, in der der Eintrag liegt." },
    });
  });
});

describe("allocateSlug", () => {
  it.each<[string, string, string | null, string[], string]>([
    ["free name", "Jugendhaus Oase", "ludwigsburg", [], "jugendhaus-oase"],
    ["taken: add the Gemeinde", "Jugendhaus Oase", "ludwigsburg", ["jugendhaus-oase"], "jugendhaus-oase-ludwigsburg"],
    [
      "both taken: count",
      "Jugendhaus Oase",
      "ludwigsburg",
      ["jugendhaus-oase", "jugendhaus-oase-ludwigsburg"],
      "jugendhaus-oase-ludwigsburg-2",
    ],
    [
      "count on",
      "Jugendhaus Oase",
      "ludwigsburg",
      ["jugendhaus-oase", "jugendhaus-oase-ludwigsburg", "jugendhaus-oase-ludwigsburg-2"],
      "jugendhaus-oase-ludwigsburg-3",
    ],
    [
      "name ends with the Gemeinde",
      "Stadtbibliothek Ludwigsburg",
      "ludwigsburg",
      ["stadtbibliothek-ludwigsburg"],
      "stadtbibliothek-ludwigsburg-2",
    ],
    ["no Gemeinde", "Jugendhaus Oase", null, ["jugendhaus-oase"], "jugendhaus-oase-2"],
    ["umlauts", "Bücherei Möglingen", null, [], "buecherei-moeglingen"],
  ])("%s", (_case, name, gemeinde, taken, expected) => {
    expect(allocateSlug(name, gemeinde, (slug) => taken.includes(slug))).toBe(expected);
  });
});

const institutionRow: Institution = {
  id: 12,
  slug: "apfelbachschule-grundschule",
  name: "Apfelbachschule Grundschule",
  sector: "schule",
  type: "Grundschule",
  types: ["Grundschule", "Werkrealschule"],
  typeDetail: null,
  carrier: "oeffentlich",
  street: "Klingenstraße 14",
  postcode: "71563",
  town: "Affalterbach",
  municipalityAgs: "08118048",
  lat: 48.924133,
  lng: 9.329666,
  geoPrecision: "exact",
  geoSource: "Geokodierung Datenschule/jedeschule (2015)",
  phone: "07144/88775810",
  email: null,
  website: null,
  description: "Allgemeinbildende Schule.",
  targetGroup: null,
  ageMin: 6,
  ageMax: 10,
  facts: { schulId: "113901" },
  datasetId: "schulen-2015",
  sourceRef: "BW-113901",
  sourceUrls: ["https://example.org/a.csv", "https://example.org/b.csv"],
  licence: "CC0",
  stand: "Schulstatistik 2015",
  status: "published",
  reviewedAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

const offerRow: Offer = {
  id: 3,
  slug: "musikimpulse",
  title: "MusikImpulse",
  institutionId: 7,
  sector: "kultur",
  type: "Kurs",
  topics: ["musik"],
  audiences: ["familien", "lehrkraefte"],
  ageMin: null,
  ageMax: null,
  description: null,
  targetGroup: "Kinder",
  website: "https://example.org",
  phone: null,
  street: null,
  postcode: null,
  town: "Ludwigsburg",
  municipalityAgs: "08118048",
  lat: 48.89731,
  lng: 9.19161,
  geoPrecision: "municipality",
  geoSource: null,
  datasetId: "einrichtungen",
  sourceRef: "einrichtungen:3",
  sourceUrls: ["https://example.org/quelle"],
  licence: "Keine offene Lizenz",
  stand: "2025",
  status: "draft",
  reviewedAt: "2026-02-01T10:00:00.000Z",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("recordValues", () => {
  it("turns a stored institution into form values that parse back to the same columns", () => {
    const values = recordValues({ kind: "einrichtung", row: institutionRow }, "ludwigsburg");
    expect(values).toMatchObject({
      name: "Apfelbachschule Grundschule",
      types: "Werkrealschule",
      lat: "48.924133",
      geoLat: "48.924133",
      sourceUrls: "https://example.org/a.csv\nhttps://example.org/b.csv",
    });
    const parsed = parseEntryForm("einrichtung", values, CONTEXT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const {
      id: _id,
      slug: _slug,
      facts: _facts,
      datasetId: _d,
      sourceRef: _s,
      status: _st,
      reviewedAt: _r,
      createdAt: _c,
      updatedAt: _u,
      ...columns
    } = institutionRow;
    expect(parsed.entry.fields).toEqual(columns);
  });

  it("turns a stored offer into form values that parse back to the same columns", () => {
    const values = recordValues({ kind: "angebot", row: offerRow }, "ludwigsburg");
    expect(values).toMatchObject({ name: "MusikImpulse", institution: "7", topics: ["musik"], geoPrecision: "municipality" });
    const parsed = parseEntryForm("angebot", values, CONTEXT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const {
      id: _id,
      slug: _slug,
      datasetId: _d,
      sourceRef: _s,
      status: _st,
      reviewedAt: _r,
      createdAt: _c,
      updatedAt: _u,
      ...columns
    } = offerRow;
    expect(parsed.entry.fields).toEqual(columns);
  });
});

describe("formValues", () => {
  it("reads strings, lists and the checkbox; files and missing fields become empty", () => {
    const form = new FormData();
    form.set("name", "Kita Sonnenschein");
    form.append("topics", "mint");
    form.append("topics", "lesen");
    form.set("reviewed", "ja");
    form.set("stand", new Blob(["x"]));
    const values = formValues(form);
    expect(values).toMatchObject({
      name: "Kita Sonnenschein",
      topics: ["mint", "lesen"],
      audiences: [],
      reviewed: true,
      stand: "",
      email: "",
    });
  });
});

describe("snapshotOf", () => {
  it("keeps the editable fields, status and review date, not ids or timestamps", () => {
    const snapshot = snapshotOf({ kind: "angebot", row: offerRow });
    expect(snapshot).toMatchObject({ title: "MusikImpulse", status: "draft", reviewedAt: "2026-02-01T10:00:00.000Z", institutionId: 7 });
    expect(Object.keys(snapshot)).not.toContain("updatedAt");
    expect(Object.keys(snapshot)).not.toContain("id");
    expect(Object.keys(snapshotOf({ kind: "einrichtung", row: institutionRow }))).toContain("email");
  });
});

describe("audit values", () => {
  const lookups = { municipalities: new Map([["08118048", "Ludwigsburg"]]), institutions: new Map([[7, "Stadtbibliothek"]]) };
  it.each<[string, unknown, string]>([
    ["phone", null, "–"],
    ["phone", "07141 1", "07141 1"],
    ["lat", 48.9, "48,9"],
    ["status", "draft", "Entwurf"],
    ["status", "published", "veröffentlicht"],
    ["geoPrecision", "municipality", "ungefähr: Ortsmitte der Gemeinde"],
    ["sector", "kita", "Kita und Kindertagesbetreuung"],
    ["topics", ["mint", "lesen"], "MINT, Lesen"],
    ["topics", [], "–"],
    ["municipalityAgs", "08118048", "Ludwigsburg"],
    ["institutionId", 7, "Stadtbibliothek"],
    ["institutionId", 99, "Nr. 99 (gelöscht)"],
    ["reviewedAt", "2026-03-01T09:30:00.000Z", "01.03.2026, 10:30"],
    ["description", "a".repeat(300), `${"a".repeat(159)}…`],
  ])("%s %j → %j", (field, value, expected) => {
    expect(describeValue(field, value, lookups)).toBe(expected);
  });

  it("formats values of unknown fields plainly", () => {
    expect(formatAuditValue(true)).toBe("ja");
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe("list URL state", () => {
  it.each<[string, string, ReturnType<typeof parseListParams>]>([
    ["defaults", "", { q: "", art: null, kategorie: null, gemeinde: null, status: null, seite: 1 }],
    [
      "every filter",
      "q=Kita&art=angebot&kategorie=kita&gemeinde=ludwigsburg&status=stale&seite=3",
      { q: "Kita", art: "angebot", kategorie: "kita", gemeinde: "ludwigsburg", status: "stale", seite: 3 },
    ],
    [
      "bad values fall back",
      "art=schule&kategorie=sport&gemeinde=../x&status=alt&seite=-2",
      { q: "", art: null, kategorie: null, gemeinde: null, status: null, seite: 1 },
    ],
    ["page is no number", "seite=zwei&status=lage", { q: "", art: null, kategorie: null, gemeinde: null, status: "lage", seite: 1 }],
    ["page too high", "seite=99999", { q: "", art: null, kategorie: null, gemeinde: null, status: null, seite: 1 }],
  ])("%s", (_case, query, expected) => {
    expect(parseListParams(new URLSearchParams(query))).toEqual(expected);
  });

  it("writes the filters back, defaults left out", () => {
    expect(listSearch(parseListParams(new URLSearchParams("")))).toBe("");
    const params = parseListParams(new URLSearchParams("status=draft&q=M%C3%B6glingen&seite=2"));
    expect(listSearch(params)).toBe("?q=M%C3%B6glingen&status=draft&seite=2");
    expect(parseListParams(new URLSearchParams(listSearch(params)))).toEqual(params);
  });

  it.each([
    ["Kita", "%Kita%"],
    ["100%", "%100\\%%"],
    ["a_b", "%a\\_b%"],
    ["C:\\x", "%C:\\\\x%"],
  ])("likePattern(%j) = %j", (text, pattern) => {
    expect(likePattern(text)).toBe(pattern);
  });
});

describe("addresses", () => {
  it.each<[string | undefined, string | undefined, ReturnType<typeof parseEntryRef>]>([
    ["einrichtung", "12", { kind: "einrichtung", id: 12 }],
    ["angebot", "3", { kind: "angebot", id: 3 }],
    ["schule", "3", null],
    ["angebot", "0", null],
    ["angebot", "3abc", null],
    ["angebot", "-3", null],
    [undefined, "3", null],
  ])("parseEntryRef(%j, %j)", (kind, id, expected) => {
    expect(parseEntryRef(kind, id)).toEqual(expected);
  });

  it("builds the edit path and the position label", () => {
    expect(editPath({ kind: "angebot", id: 3 })).toBe("/admin/eintraege/angebot/3");
    expect(positionLabel({ hasPosition: false, geoPrecision: null })).toBe("fehlt");
    expect(positionLabel({ hasPosition: true, geoPrecision: "exact" })).toBe("genau");
    expect(positionLabel({ hasPosition: true, geoPrecision: "municipality" })).toBe("ungefähr (Ortsmitte)");
  });
});
