// CSV import of institutions by the editorial office: decoding, parsing, per-row validation
// and the checks against the catalogue (Gemeinde, PLZ, probable duplicates). Pure: the
// catalogue facts come in as an `ImportContext`, nothing here touches the database.
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import type { NewInstitution } from "../../db/schema";
import type { SeedMunicipality } from "../../db/seed-format";
import { parseAgeRange } from "../../scripts/import/age";
import { isHttpUrl } from "../../scripts/import/csv";
import { pointInGeometry } from "../../scripts/import/geo";
import { derivePostcode, type Gazetteer } from "../../scripts/import/municipalities";
import { slugify } from "~/catalogue/slug";
import { allocateSlug as allocateEntrySlug, LANDKREIS_BOX } from "./entry-form";
import {
  CARRIER_LABELS,
  CARRIERS,
  type Carrier,
  type GeoPrecision,
  SECTOR_LABELS,
  SECTOR_SHORT_LABELS,
  SECTORS,
  type Sector,
  type Status,
} from "~/catalogue/vocabulary";

/** Upload limit; the confirmation form posts the same text again, so it applies twice. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
/** The template's example row starts with this; a file that still has it is refused. */
export const EXAMPLE_MARKER = "Beispiel – bitte löschen";
export const GEO_SOURCE_CSV = "Angabe im CSV-Import";

export const COLUMN_KEYS = [
  "name",
  "kategorie",
  "typ",
  "strasse",
  "plz",
  "ort",
  "gemeinde",
  "breitengrad",
  "laengengrad",
  "telefon",
  "email",
  "webseite",
  "beschreibung",
  "zielgruppe",
  "alter_von",
  "alter_bis",
  "traeger",
  "quelle",
  "lizenz",
  "stand",
  "status",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnDoc {
  key: ColumnKey;
  required: boolean;
  description: string;
  example: string;
  /** Further header spellings that are accepted (compared after normalising). */
  aliases: string[];
}

/** The column reference: drives the header mapping, the template and the help on the page. */
export const IMPORT_COLUMNS: readonly ColumnDoc[] = [
  { key: "name", required: true, description: "Name der Einrichtung", example: `${EXAMPLE_MARKER}: Kita Sonnenschein`, aliases: ["bezeichnung", "einrichtung"] },
  {
    key: "kategorie",
    required: true,
    description: "Bereich: kita, schule, jugendhilfe, kultur oder weiterbildung (auch die deutschen Bezeichnungen wie „Kita und Kindertagesbetreuung“)",
    example: "kita",
    aliases: ["bereich", "sektor"],
  },
  { key: "typ", required: true, description: "Art der Einrichtung, z. B. Kindergarten, Grundschule, Bibliothek", example: "Kindergarten", aliases: ["art", "einrichtungsart"] },
  { key: "strasse", required: false, description: "Straße und Hausnummer", example: "Musterstraße 1", aliases: ["str", "adresse", "anschrift"] },
  { key: "plz", required: false, description: "Postleitzahl, fünfstellig; fehlt sie, wird sie ergänzt, wenn die Gemeinde nur eine hat", example: "71634", aliases: ["postleitzahl"] },
  { key: "ort", required: false, description: "Ort oder Ortsteil wie in der Anschrift; leer: Name der Gemeinde", example: "Ludwigsburg", aliases: ["ortsteil", "stadt"] },
  {
    key: "gemeinde",
    required: false,
    description: "Gemeinde im Landkreis (Name oder achtstelliger Gemeindeschlüssel); leer: aus dem Ort, der PLZ (wenn eindeutig) oder den Koordinaten abgeleitet",
    example: "Ludwigsburg",
    aliases: ["kommune", "ags", "gemeindeschluessel"],
  },
  {
    key: "breitengrad",
    required: false,
    description: "Geografische Breite (WGS84, Dezimalzahl mit Punkt oder Komma); nur zusammen mit dem Längengrad. Ohne Koordinaten steht der Eintrag am Gemeindepunkt (ungefähre Lage).",
    example: "48,8975",
    aliases: ["breite", "lat", "latitude"],
  },
  { key: "laengengrad", required: false, description: "Geografische Länge (WGS84)", example: "9,1920", aliases: ["laenge", "lng", "lon", "longitude"] },
  { key: "telefon", required: false, description: "Telefonnummer", example: "07141 000000", aliases: ["tel", "telefonnummer"] },
  { key: "email", required: false, description: "E-Mail-Adresse", example: "kita@example.org", aliases: ["e_mail", "mail"] },
  { key: "webseite", required: false, description: "Webadresse (https://…; „www.…“ wird ergänzt)", example: "https://www.example.org", aliases: ["website", "internet", "url", "homepage"] },
  { key: "beschreibung", required: false, description: "Kurze Beschreibung in eigenen Worten", example: "Zweigruppige Einrichtung mit Garten.", aliases: [] },
  { key: "zielgruppe", required: false, description: "Für wen, z. B. „Kinder von 1 Jahr bis Schuleintritt“; daraus wird das Alter gelesen, wenn alter_von und alter_bis leer sind", example: "Kinder von 1 Jahr bis Schuleintritt", aliases: [] },
  { key: "alter_von", required: false, description: "Mindestalter in Jahren (0–99)", example: "1", aliases: ["alter_min", "ab_alter"] },
  { key: "alter_bis", required: false, description: "Höchstalter in Jahren (0–99)", example: "6", aliases: ["alter_max", "bis_alter"] },
  { key: "traeger", required: false, description: "Trägerschaft: oeffentlich, privat, kirchlich oder frei (freier Träger)", example: "oeffentlich", aliases: ["traegerschaft"] },
  {
    key: "quelle",
    required: true,
    description:
      "Webseite(n), aus denen die Angaben stammen (https://…; mehrere mit ; oder | trennen). Eine Auskunft ohne Webseite gehört in die Spalte stand, z. B. „Auskunft der Einrichtung, 03/2026“.",
    example: "https://www.example.org/kita",
    aliases: ["quellen", "source"],
  },
  { key: "lizenz", required: true, description: "Unter welchen Bedingungen die Angaben genutzt werden dürfen", example: "Eigene Angaben der Einrichtung", aliases: ["licence", "license"] },
  { key: "stand", required: true, description: "Datum oder Zeitraum der Angaben", example: "03/2026", aliases: ["datenstand", "datum"] },
  {
    key: "status",
    required: false,
    description: "veroeffentlicht oder entwurf; leer: entwurf. Entwürfe erscheinen nicht im Portal und nicht in der Suche.",
    example: "entwurf",
    aliases: [],
  },
];

const COLUMN_BY_HEADER: ReadonlyMap<string, ColumnKey> = new Map(
  IMPORT_COLUMNS.flatMap((column) => [column.key, ...column.aliases].map((name) => [name, column.key] as const)),
);

/** "Längengrad", "E-Mail", " Alter von " → "laengengrad", "e_mail", "alter_von". */
export function normaliseHeader(header: string): string {
  return slugify(header).replace(/-/g, "_");
}

export function columnOf(header: string): ColumnKey | null {
  return COLUMN_BY_HEADER.get(normaliseHeader(header)) ?? null;
}

// ---------------------------------------------------------------------------------------
// Decoding and parsing

export type Decoded = { ok: true; text: string; warning: string | null } | { ok: false; error: string };

/**
 * The file's bytes as text. UTF-8 (with or without BOM) is expected; a file that is not valid
 * UTF-8 is most likely Excel's older "CSV (Trennzeichen-getrennt)" in Windows-1252 and is read
 * as such, with a warning to check the umlauts.
 */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return {
      ok: false,
      error: "Das ist eine Excel- oder ZIP-Datei, keine CSV-Datei. Bitte in Excel „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.",
    };
  }
  if (bytes.includes(0)) return { ok: false, error: "Die Datei ist keine Textdatei (CSV)." };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warning: null };
  } catch {
    return {
      ok: true,
      text: new TextDecoder("windows-1252").decode(bytes),
      warning: "Die Datei ist nicht UTF-8-kodiert und wurde als Windows-1252 gelesen. Bitte prüfen Sie Umlaute in der Vorschau; besser als „CSV UTF-8“ speichern.",
    };
  }
}

export type Delimiter = ";" | "," | "\t";

/** The delimiter that occurs most often in the header line outside quotes (`;` on a tie: Excel's German default). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text.replace(/^\ufeff/, "")) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === ";" || ch === "," || ch === "\t")) counts[ch] += 1;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ";");
  return counts[best] === 0 ? ";" : best;
}

export interface CsvRecord {
  /** Line in the file where the record starts; the header is line 1. */
  line: number;
  /** Differs from `line` when a quoted cell spans several lines. */
  endLine: number;
  cells: Record<ColumnKey, string>;
  /** Text in cells beyond the header's columns. */
  extraCells: boolean;
}

export interface ParsedCsv {
  delimiter: Delimiter;
  columns: ColumnKey[];
  records: CsvRecord[];
  fileErrors: string[];
  fileWarnings: string[];
}

const CSV_ERROR_TEXTS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "ein Anführungszeichen wird nicht geschlossen",
  CSV_INVALID_CLOSING_QUOTE: "nach einem schließenden Anführungszeichen folgt kein Trennzeichen",
  INVALID_OPENING_QUOTE: "ein Anführungszeichen steht mitten im Feld",
};

/**
 * Line numbers of records from csv-parse's byte offsets (its own line counter miscounts
 * CRLF inside quotes and in empty lines). Calls must come in file order.
 */
function lineCounter(text: string) {
  const bytes = new TextEncoder().encode(text);
  const isBreak = (i: number) => bytes[i] === 0x0a || bytes[i] === 0x0d;
  let pos = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; pos < to; pos++) if (bytes[pos] === 0x0a || (bytes[pos] === 0x0d && bytes[pos + 1] !== 0x0a)) line++;
  };
  let previousEnd = 0;
  return (end: number) => {
    let start = previousEnd;
    while (start < end && isBreak(start)) start++;
    let stop = end;
    while (stop > start && isBreak(stop - 1)) stop--;
    previousEnd = end;
    advance(start);
    const first = line;
    advance(stop);
    return { line: first, endLine: line };
  };
}

const emptyCells = (): Record<ColumnKey, string> =>
  Object.fromEntries(COLUMN_KEYS.map((key) => [key, ""])) as Record<ColumnKey, string>;

/** Splits the text into records and maps the header onto the known columns. */
export function parseImportCsv(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const fileErrors: string[] = [];
  const fileWarnings: string[] = [];
  const raw: Array<{ record: string[]; bytes: number }> = [];
  try {
    parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        raw.push({ record, bytes: context.bytes });
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const reason = CSV_ERROR_TEXTS[error.code] ?? "die Datei hat kein gültiges CSV-Format";
    const lines = typeof error.lines === "number" ? error.lines : null;
    return {
      delimiter,
      columns: [],
      records: [],
      fileErrors: [`Die Datei kann nicht gelesen werden: ${reason}${lines ? ` (Zeile ${lines})` : ""}.`],
      fileWarnings,
    };
  }

  const [header, ...body] = raw;
  if (!header) return { delimiter, columns: [], records: [], fileErrors: ["Die Datei ist leer."], fileWarnings };
  const linesOf = lineCounter(text);
  linesOf(header.bytes);

  const indexOf = new Map<ColumnKey, number>();
  header.record.forEach((name, index) => {
    if (name.trim() === "") return;
    const key = columnOf(name);
    if (key === null) fileWarnings.push(`Die Spalte „${name.trim()}“ ist unbekannt und wird nicht übernommen.`);
    else if (indexOf.has(key)) fileErrors.push(`Die Spalte „${key}“ kommt mehrfach vor (auch als „${name.trim()}“).`);
    else indexOf.set(key, index);
  });
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !indexOf.has(column.key)).map((column) => column.key);
  if (missing.length > 0) {
    fileErrors.push(
      `Pflichtspalte${missing.length > 1 ? "n" : ""} fehlt in der Kopfzeile: ${missing.join(", ")}. ` +
        `Erkanntes Trennzeichen: ${delimiter === "\t" ? "Tabulator" : `„${delimiter}“`}.`,
    );
  }

  const records: CsvRecord[] = [];
  for (const { record, bytes } of body) {
    const { line, endLine } = linesOf(bytes);
    // Excel writes rows of bare delimiters below the data; they are no rows.
    if (record.every((value) => value.trim() === "")) continue;
    const cells = emptyCells();
    for (const [key, index] of indexOf) cells[key] = record[index] ?? "";
    // Empty cells beyond the header (a trailing delimiter) are harmless; text there is not.
    const extraCells = record.slice(header.record.length).some((value) => value.trim() !== "");
    records.push({ line, endLine, cells, extraCells });
  }
  if (records.length === 0 && fileErrors.length === 0) fileErrors.push("Die Datei enthält nur die Kopfzeile, keine Einträge.");
  if (records.length > MAX_IMPORT_ROWS) {
    fileErrors.push(
      `Die Datei hat ${records.length.toLocaleString("de-DE")} Zeilen; höchstens ${MAX_IMPORT_ROWS.toLocaleString("de-DE")} auf einmal. Bitte aufteilen.`,
    );
  }
  return { delimiter, columns: [...indexOf.keys()], records, fileErrors, fileWarnings };
}

// ---------------------------------------------------------------------------------------
// One row: zod schema from cell texts to typed values

const lookup = <T extends string>(entries: Array<[string, T]>) =>
  new Map(entries.map(([text, value]) => [slugify(text), value] as const));

const SECTOR_BY_TEXT = lookup<Sector>(
  SECTORS.flatMap((sector) => [
    [sector, sector],
    [SECTOR_LABELS[sector], sector],
    [SECTOR_SHORT_LABELS[sector], sector],
  ]),
);
const CARRIER_BY_TEXT = lookup<Carrier>([
  ...CARRIERS.flatMap((carrier): Array<[string, Carrier]> => [
    [carrier, carrier],
    [CARRIER_LABELS[carrier], carrier],
  ]),
  ["freier Träger", "frei"],
  ["öffentlicher Träger", "oeffentlich"],
  ["kommunal", "oeffentlich"],
]);
const STATUS_BY_TEXT = lookup<Status>([
  ["veröffentlicht", "published"],
  ["veroeffentlicht", "published"],
  ["published", "published"],
  ["entwurf", "draft"],
  ["draft", "draft"],
]);

const cellText = (max: number) => z.string().trim().max(max, `ist zu lang (höchstens ${max} Zeichen)`);
const requiredText = (max: number) => cellText(max).min(1, "fehlt (Pflichtangabe)");
const optionalText = (max: number) => cellText(max).transform((value) => (value === "" ? null : value));

function oneOf<T extends string>(table: ReadonlyMap<string, T>, allowed: string) {
  return (value: string | null, ctx: z.RefinementCtx): T | null => {
    if (value === null) return null;
    const found = table.get(slugify(value));
    if (found === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `„${value}“ ist nicht erlaubt (${allowed})` });
      return z.NEVER;
    }
    return found;
  };
}

// Limits as in the entry form (entry-form.ts), so an imported entry can be saved there again.
function decimal(min: number, max: number, hint: string) {
  return optionalText(30).transform((value, ctx) => {
    if (value === null) return null;
    if (!/^-?\d{1,3}(?:[.,]\d+)?$/.test(value)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `„${value}“ ist keine Dezimalzahl` });
      return z.NEVER;
    }
    const n = Number(value.replace(",", "."));
    if (n < min || n > max) {
      const range = `${String(min).replace(".", ",")} bis ${String(max).replace(".", ",")}`;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${value} liegt nicht im Landkreis Ludwigsburg (erlaubt: ${range}; ${hint})` });
      return z.NEVER;
    }
    return n;
  });
}

const age = optionalText(20).transform((value, ctx) => {
  if (value === null) return null;
  if (!/^\d{1,2}$/.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `„${value}“ ist kein Alter in ganzen Jahren (0–99)` });
    return z.NEVER;
  }
  return Number(value);
});

const withScheme = (value: string) => (/^www\./i.test(value) ? `https://${value}` : value);

const website = optionalText(500).transform((value, ctx) => {
  if (value === null) return null;
  const url = withScheme(value);
  if (!isHttpUrl(url)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `„${value}“ ist keine vollständige Webadresse (https://…)` });
    return z.NEVER;
  }
  return url;
});

const phone = optionalText(40).superRefine((value, ctx) => {
  if (value === null) return;
  if (!/^\+?[\d\s()/.-]+$/.test(value) || (value.match(/\d/g)?.length ?? 0) < 3) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `„${value}“ ist keine Telefonnummer (nur Ziffern, Leerzeichen und + ( ) / - .; nur eine Nummer)`,
    });
  }
});

const emailAddress = z.string().email();
const email = optionalText(254).superRefine((value, ctx) => {
  if (value !== null && !emailAddress.safeParse(value).success) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `„${value}“ ist keine gültige E-Mail-Adresse` });
  }
});

/**
 * One or more web addresses, separated by ";", "|" or line breaks. Only addresses: the detail
 * page links every source and the entry form accepts nothing else, so a text here would be a
 * broken link and an entry the editors cannot save again.
 */
const sources = requiredText(2000).transform((value, ctx) => {
  const list: string[] = [];
  for (const part of value.split(/\s*[;|\r\n]+\s*/)) {
    if (part === "") continue;
    const entry = withScheme(part);
    if (!isHttpUrl(entry)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `„${part}“ ist keine Webadresse (https://…); eine Auskunft ohne Webseite gehört in die Spalte stand`,
      });
      return z.NEVER;
    }
    if (entry.length > 500) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "eine Webadresse ist länger als 500 Zeichen" });
      return z.NEVER;
    }
    if (!list.includes(entry)) list.push(entry);
  }
  if (list.length === 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: "fehlt (Pflichtangabe)" });
    return z.NEVER;
  }
  return list;
});

export const importRowSchema = z
  .object({
    name: requiredText(200)
      .refine((value) => !value.startsWith(EXAMPLE_MARKER), "ist die Beispielzeile aus der Vorlage: bitte löschen")
      .refine((value) => slugify(value) !== "", "braucht mindestens einen Buchstaben oder eine Ziffer"),
    kategorie: requiredText(100).transform(oneOf(SECTOR_BY_TEXT, SECTORS.join(", "))).pipe(z.enum(SECTORS)),
    typ: requiredText(100),
    strasse: optionalText(200),
    plz: optionalText(10).refine((value) => value === null || /^\d{5}$/.test(value), "muss fünfstellig sein"),
    ort: optionalText(100),
    gemeinde: optionalText(100),
    breitengrad: decimal(LANDKREIS_BOX.minLat, LANDKREIS_BOX.maxLat, "mit dem Längengrad vertauscht?"),
    laengengrad: decimal(LANDKREIS_BOX.minLng, LANDKREIS_BOX.maxLng, "mit dem Breitengrad vertauscht?"),
    telefon: phone,
    email,
    webseite: website,
    beschreibung: optionalText(5000),
    zielgruppe: optionalText(300),
    alter_von: age,
    alter_bis: age,
    traeger: optionalText(100).transform(oneOf(CARRIER_BY_TEXT, `${CARRIERS.join(", ")} oder leer`)),
    quelle: sources,
    lizenz: requiredText(200),
    stand: requiredText(100),
    status: optionalText(30).transform(oneOf(STATUS_BY_TEXT, "veroeffentlicht, entwurf oder leer")),
  })
  .superRefine((row, ctx) => {
    if ((row.breitengrad === null) !== (row.laengengrad === null)) {
      const missing = row.breitengrad === null ? "breitengrad" : "laengengrad";
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [missing], message: "fehlt: Koordinaten nur als Paar angeben" });
    }
    if (row.alter_von !== null && row.alter_bis !== null && row.alter_von > row.alter_bis) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["alter_bis"], message: `ist kleiner als alter_von (${row.alter_von})` });
    }
  });
export type ImportRow = z.infer<typeof importRowSchema>;

/** The row's values, or its problems as "spalte: Meldung". */
export function validateRow(cells: Record<ColumnKey, string>): { ok: true; value: ImportRow } | { ok: false; errors: string[] } {
  const result = importRowSchema.safeParse(cells);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => {
    const column = issue.path[0];
    return typeof column === "string" ? `${column}: ${issue.message}` : issue.message;
  });
  return { ok: false, errors: [...new Set(errors)] };
}

// ---------------------------------------------------------------------------------------
// Gemeinde, PLZ and coordinates

type GazetteerMunicipality = SeedMunicipality;

/** An institution already in the catalogue, for the duplicate check. */
export interface ExistingInstitution {
  slug: string;
  name: string;
  street: string | null;
  town: string | null;
  municipalityAgs: string | null;
}

export interface ImportContext {
  gazetteer: Gazetteer;
  existing: readonly ExistingInstitution[];
}

/** Short names without the river ("Marbach" for "Marbach am Neckar"), where unique. */
function shortNames(gazetteer: Gazetteer): Map<string, GazetteerMunicipality> {
  const counts = new Map<string, GazetteerMunicipality[]>();
  for (const m of gazetteer.byAgs.values()) {
    const short = m.slug.split(/-(?:am|an-der)-/)[0] ?? m.slug;
    if (short === m.slug) continue;
    counts.set(short, [...(counts.get(short) ?? []), m]);
  }
  return new Map([...counts].filter(([, list]) => list.length === 1).map(([short, list]) => [short, list[0]!]));
}

const shortNameCache = new WeakMap<Gazetteer, Map<string, GazetteerMunicipality>>();

/**
 * A Gemeinde by its name, its slug, its AGS, or its name without the river ("Marbach",
 * "Marbach a. N.", "Vaihingen/Enz").
 */
export function findMunicipality(gazetteer: Gazetteer, text: string): GazetteerMunicipality | null {
  const trimmed = text.trim();
  const byAgs = gazetteer.byAgs.get(trimmed);
  if (byAgs) return byAgs;
  const slug = slugify(trimmed);
  for (const m of gazetteer.byAgs.values()) if (m.slug === slug) return m;
  let shorts = shortNameCache.get(gazetteer);
  if (!shorts) {
    shorts = shortNames(gazetteer);
    shortNameCache.set(gazetteer, shorts);
  }
  const head = slug.split(/-(?:a|am|an|a-d|an-der|i|im)(?:-|$)|-(?=enz$|neckar$|murr$)/)[0] ?? slug;
  return shorts.get(head) ?? null;
}

function municipalitiesOfPostcode(gazetteer: Gazetteer, postcode: string): GazetteerMunicipality[] {
  const found: GazetteerMunicipality[] = [];
  for (const [ags, list] of gazetteer.postcodesByAgs) {
    const m = gazetteer.byAgs.get(ags);
    if (m && list.includes(postcode)) found.push(m);
  }
  return found.sort((a, b) => a.name.localeCompare(b.name, "de"));
}

function municipalityAt(gazetteer: Gazetteer, lng: number, lat: number): GazetteerMunicipality | null {
  for (const m of gazetteer.byAgs.values()) if (pointInGeometry(lng, lat, m.boundary)) return m;
  return null;
}

const names = (list: Array<{ name: string }>) => list.map((m) => m.name).join(", ");

export interface Placement {
  street: string | null;
  postcode: string | null;
  town: string | null;
  municipalityAgs: string | null;
  municipalitySlug: string | null;
  municipalityName: string | null;
  lat: number | null;
  lng: number | null;
  geoPrecision: GeoPrecision | null;
  geoSource: string | null;
}

/**
 * Where the entry is. The Gemeinde comes from the column, else from `ort` when that is a
 * Gemeinde, else from the PLZ when it belongs to one Gemeinde only, else from the coordinates.
 * Stated coordinates outside the Gemeinde are replaced by the Gemeinde point, as in the seed.
 */
export function placeRow(row: ImportRow, gazetteer: Gazetteer): { place: Placement; warnings: string[] } {
  const warnings: string[] = [];
  let municipality = row.gemeinde === null ? null : findMunicipality(gazetteer, row.gemeinde);
  const unknownGemeinde = row.gemeinde !== null && municipality === null;
  if (unknownGemeinde) warnings.push(`Gemeinde „${row.gemeinde}“ gibt es im Landkreis Ludwigsburg nicht.`);
  if (!municipality && row.gemeinde === null && row.ort !== null) municipality = findMunicipality(gazetteer, row.ort);

  const postcodeOwners = row.plz === null ? [] : municipalitiesOfPostcode(gazetteer, row.plz);
  if (!municipality && postcodeOwners.length === 1) municipality = postcodeOwners[0] ?? null;
  const point = row.breitengrad !== null && row.laengengrad !== null ? { lat: row.breitengrad, lng: row.laengengrad } : null;
  if (!municipality && point) municipality = municipalityAt(gazetteer, point.lng, point.lat);

  if (municipality && unknownGemeinde) warnings.push(`Stattdessen zugeordnet: ${municipality.name}.`);
  if (!municipality && row.gemeinde === null) {
    warnings.push(
      postcodeOwners.length > 1
        ? `PLZ ${row.plz} gehört zu mehreren Gemeinden (${names(postcodeOwners)}): bitte die Spalte gemeinde ausfüllen.`
        : "Keine Gemeinde angegeben und keine ableitbar: der Eintrag erscheint bei keiner Gemeinde.",
    );
  }
  if (row.plz !== null && postcodeOwners.length === 0) {
    warnings.push(`PLZ ${row.plz} liegt nicht im Landkreis Ludwigsburg.`);
  } else if (row.plz !== null && municipality && !postcodeOwners.includes(municipality)) {
    const own = gazetteer.postcodesByAgs.get(municipality.ags) ?? [];
    warnings.push(`PLZ ${row.plz} gehört nicht zu ${municipality.name} (dort: ${own.join(", ") || "keine"}), sondern zu ${names(postcodeOwners)}.`);
  }

  let position: Pick<Placement, "lat" | "lng" | "geoPrecision" | "geoSource"> = municipality
    ? { lat: municipality.labelLat, lng: municipality.labelLng, geoPrecision: "municipality", geoSource: null }
    : { lat: null, lng: null, geoPrecision: null, geoSource: null };
  if (point) {
    if (municipality && !pointInGeometry(point.lng, point.lat, municipality.boundary)) {
      warnings.push(`Die Koordinaten liegen nicht in ${municipality.name}; der Eintrag steht am Gemeindepunkt (ungefähre Lage).`);
    } else {
      if (!municipality) warnings.push("Die Koordinaten liegen außerhalb des Landkreises.");
      position = { ...point, geoPrecision: "exact", geoSource: GEO_SOURCE_CSV };
    }
  }
  return {
    place: {
      street: row.strasse,
      postcode: derivePostcode(row.plz, municipality?.ags ?? null, gazetteer.postcodesByAgs),
      town: row.ort ?? municipality?.name ?? null,
      municipalityAgs: municipality?.ags ?? null,
      municipalitySlug: municipality?.slug ?? null,
      municipalityName: municipality?.name ?? null,
      ...position,
    },
    warnings,
  };
}

// ---------------------------------------------------------------------------------------
// Probable duplicates

const compact = (text: string) => slugify(text).replace(/strasse/g, "str").replace(/-/g, "");

/** Same normalised name in the same Gemeinde (or town when there is none). */
export function duplicateKey(entry: { name: string; municipalityAgs: string | null; town: string | null }): string {
  return `${compact(entry.name)}@${entry.municipalityAgs ?? `ort:${compact(entry.town ?? "")}`}`;
}

/** Streets are compared when both sides have one: "Musterstr. 1" equals "Muster-Straße 1". */
export function sameStreet(a: string | null, b: string | null): boolean {
  return a === null || b === null || compact(a) === compact(b);
}

// ---------------------------------------------------------------------------------------
// The preview

/** What is stored for a row, except slug, dataset and source reference. */
export type InstitutionValues = Omit<NewInstitution, "id" | "slug" | "datasetId" | "sourceRef" | "createdAt" | "updatedAt" | "reviewedAt"> & {
  status: Status;
};

export interface PreviewRow {
  line: number;
  endLine: number;
  name: string;
  errors: string[];
  warnings: string[];
  /** Null when the row has errors. */
  values: InstitutionValues | null;
  municipalitySlug: string | null;
  municipalityName: string | null;
}

export interface ImportPreview {
  delimiter: Delimiter;
  fileErrors: string[];
  fileWarnings: string[];
  rows: PreviewRow[];
  counts: { rows: number; withErrors: number; withWarnings: number; published: number; drafts: number };
  /** True when there is something to import and nothing blocks it. */
  ok: boolean;
}

function toValues(row: ImportRow, place: Placement): InstitutionValues {
  const stated = { ageMin: row.alter_von, ageMax: row.alter_bis };
  const ages = stated.ageMin === null && stated.ageMax === null ? parseAgeRange(row.zielgruppe) : stated;
  return {
    name: row.name,
    sector: row.kategorie,
    type: row.typ,
    types: [row.typ],
    typeDetail: null,
    carrier: row.traeger,
    street: place.street,
    postcode: place.postcode,
    town: place.town,
    municipalityAgs: place.municipalityAgs,
    lat: place.lat,
    lng: place.lng,
    geoPrecision: place.geoPrecision,
    geoSource: place.geoSource,
    phone: row.telefon,
    email: row.email,
    website: row.webseite,
    description: row.beschreibung,
    targetGroup: row.zielgruppe,
    ageMin: ages.ageMin,
    ageMax: ages.ageMax,
    facts: {},
    sourceUrls: row.quelle,
    licence: row.lizenz,
    stand: row.stand,
    status: row.status ?? "draft",
  };
}

/** Parses and checks a whole file against the catalogue. Nothing is written. */
export function previewCsv(text: string, context: ImportContext): ImportPreview {
  const parsed = parseImportCsv(text);
  const existing = new Map<string, ExistingInstitution[]>();
  for (const entry of context.existing) {
    const key = duplicateKey(entry);
    existing.set(key, [...(existing.get(key) ?? []), entry]);
  }
  const inFile = new Map<string, Array<{ line: number; street: string | null }>>();

  const rows = parsed.records.map((record): PreviewRow => {
    const name = record.cells.name.trim();
    const checked = validateRow(record.cells);
    const extra = record.extraCells ? ["Die Zeile hat mehr Felder als die Kopfzeile Spalten (Trennzeichen im Text nicht in Anführungszeichen?)."] : [];
    if (!checked.ok || extra.length > 0) {
      return {
        line: record.line,
        endLine: record.endLine,
        name,
        errors: [...extra, ...(checked.ok ? [] : checked.errors)],
        warnings: [],
        values: null,
        municipalitySlug: null,
        municipalityName: null,
      };
    }
    const { place, warnings } = placeRow(checked.value, context.gazetteer);
    const values = toValues(checked.value, place);
    const key = duplicateKey({ name: values.name, municipalityAgs: place.municipalityAgs, town: place.town });
    for (const match of existing.get(key) ?? []) {
      if (sameStreet(match.street, place.street)) {
        warnings.push(`Möglicherweise schon im Katalog: „${match.name}“${match.street ? `, ${match.street}` : ""} (/angebote/${match.slug}).`);
      }
    }
    for (const earlier of inFile.get(key) ?? []) {
      if (sameStreet(earlier.street, place.street)) warnings.push(`Möglicherweise doppelt in der Datei: wie Zeile ${earlier.line}.`);
    }
    inFile.set(key, [...(inFile.get(key) ?? []), { line: record.line, street: place.street }]);
    return {
      line: record.line,
      endLine: record.endLine,
      name,
      errors: [],
      warnings,
      values,
      municipalitySlug: place.municipalitySlug,
      municipalityName: place.municipalityName,
    };
  });

  const valid = rows.filter((row) => row.values !== null);
  const counts = {
    rows: rows.length,
    withErrors: rows.length - valid.length,
    withWarnings: rows.filter((row) => row.warnings.length > 0).length,
    published: valid.filter((row) => row.values?.status === "published").length,
    drafts: valid.filter((row) => row.values?.status === "draft").length,
  };
  return {
    delimiter: parsed.delimiter,
    fileErrors: parsed.fileErrors,
    fileWarnings: parsed.fileWarnings,
    rows,
    counts,
    ok: parsed.fileErrors.length === 0 && counts.withErrors === 0 && rows.length > 0,
  };
}

// ---------------------------------------------------------------------------------------
// Slugs and the page's view of a preview

/**
 * The slug scheme of the seed importer (scripts/import/slugs.ts), against the slugs already
 * taken: `<name>`, then `<name>-<gemeinde>`, then `<name>-<gemeinde>-2`, `-3` …
 */
export function allocateSlug(taken: Set<string>, name: string, municipalitySlug: string | null): string {
  const slug = allocateEntrySlug(slugify(name) ? name : "eintrag", municipalitySlug, (candidate) => taken.has(candidate));
  taken.add(slug);
  return slug;
}

export interface PreviewViewRow {
  line: string;
  name: string;
  sector: Sector | null;
  type: string | null;
  municipality: string | null;
  geoPrecision: GeoPrecision | null;
  status: Status | null;
  errors: string[];
  warnings: string[];
}

export interface PreviewView {
  delimiter: string;
  fileErrors: string[];
  fileWarnings: string[];
  counts: ImportPreview["counts"];
  ok: boolean;
  /** Rows with errors or warnings, in file order, at most `limit`. */
  problemRows: PreviewViewRow[];
  hiddenProblemRows: number;
  /** The first rows without any remark, so the editor sees how the file was read. */
  sampleRows: PreviewViewRow[];
}

const viewRow = (row: PreviewRow): PreviewViewRow => ({
  line: row.endLine > row.line ? `${row.line}–${row.endLine}` : String(row.line),
  name: row.name,
  sector: row.values?.sector ?? null,
  type: row.values?.type ?? null,
  municipality: row.municipalityName,
  geoPrecision: row.values?.geoPrecision ?? null,
  status: row.values?.status ?? null,
  errors: row.errors,
  warnings: row.warnings,
});

/** What the page shows of a preview: small enough to send to the browser for any file size. */
export function previewView(preview: ImportPreview, limit = 500, sample = 10): PreviewView {
  const problems = preview.rows.filter((row) => row.errors.length > 0 || row.warnings.length > 0);
  return {
    delimiter: preview.delimiter === "\t" ? "Tabulator" : preview.delimiter,
    fileErrors: preview.fileErrors,
    fileWarnings: preview.fileWarnings,
    counts: preview.counts,
    ok: preview.ok,
    problemRows: problems.slice(0, limit).map(viewRow),
    hiddenProblemRows: Math.max(0, problems.length - limit),
    sampleRows: preview.rows
      .filter((row) => row.errors.length === 0 && row.warnings.length === 0)
      .slice(0, sample)
      .map(viewRow),
  };
}

// ---------------------------------------------------------------------------------------
// The template

const csvCell = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Header plus one example row, `;`-separated with a BOM so Excel opens it as UTF-8. */
export function templateCsv(): string {
  const header = IMPORT_COLUMNS.map((column) => column.key).join(";");
  const example = IMPORT_COLUMNS.map((column) => csvCell(column.example)).join(";");
  return `\ufeff${header}\r\n${example}\r\n`;
}
