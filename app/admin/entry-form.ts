// The back office's entry form as plain functions: raw form values <-> stored records, the
// zod rules with German messages per field, the position rules and the list's URL state.
// No database here, so every rule is tested on its own (tests/admin/entry-form.test.ts).
import { z } from "zod";
import type { Institution, Offer } from "../../db/schema";
import { slugify } from "~/catalogue/slug";
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  CARRIER_LABELS,
  CARRIERS,
  ENTRY_KINDS,
  GEO_PRECISIONS,
  SECTOR_LABELS,
  SECTORS,
  TOPIC_LABELS,
  TOPICS,
  type Audience,
  type Carrier,
  type EntryKind,
  type GeoPrecision,
  type Sector,
  type Status,
  type Topic,
} from "~/catalogue/vocabulary";

/** Positions outside this generous box around the Landkreis are typing errors. */
export const LANDKREIS_BOX = { minLat: 48.7, maxLat: 49.2, minLng: 8.8, maxLng: 9.6 } as const;

/** geoSource of a position an editor set by hand or with the pin. */
export const MANUAL_GEO_SOURCE = "Redaktion (Karte)";

/** Coordinates are kept to 6 decimals (about 10 cm). */
const COORDINATE_DECIMALS = 6;

export const MAX_SOURCE_URLS = 10;

/** What the form posts, as strings: re-rendered as is when something is wrong. */
export type EntryFormValues = {
  /** Name of an institution, title of an offer. */
  name: string;
  sector: string;
  type: string;
  /** Institutions: further types, one per line or separated by commas. */
  types: string;
  typeDetail: string;
  carrier: string;
  /** Offers: id of the institution that runs it. */
  institution: string;
  topics: string[];
  audiences: string[];
  street: string;
  postcode: string;
  town: string;
  /** Slug of the Gemeinde. */
  gemeinde: string;
  lat: string;
  lng: string;
  /** The position the stored precision and source describe (hidden fields). */
  geoLat: string;
  geoLng: string;
  geoPrecision: string;
  geoSource: string;
  phone: string;
  /** Institutions only: offers have no e-mail column. */
  email: string;
  website: string;
  description: string;
  targetGroup: string;
  ageMin: string;
  ageMax: string;
  /** One URL per line. */
  sourceUrls: string;
  licence: string;
  stand: string;
  /** "Angaben geprüft": sets the review date on saving. */
  reviewed: boolean;
};

export type FieldName = keyof EntryFormValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

/**
 * The columns institutions and offers share, in the order the audit log records them. The
 * form edits each in a field of the same name, except the Gemeinde (posted as its slug).
 */
const COMMON_COLUMNS = [
  "sector",
  "type",
  "street",
  "postcode",
  "town",
  "municipalityAgs",
  "lat",
  "lng",
  "geoPrecision",
  "geoSource",
  "phone",
  "website",
  "description",
  "targetGroup",
  "ageMin",
  "ageMax",
  "sourceUrls",
  "licence",
  "stand",
] as const satisfies readonly (keyof CommonFields)[];

type SameNameColumn = Exclude<(typeof COMMON_COLUMNS)[number], "municipalityAgs">;

const TEXT_FIELDS = [
  "name",
  "types",
  "typeDetail",
  "carrier",
  "institution",
  "gemeinde",
  "geoLat",
  "geoLng",
  "email",
  ...COMMON_COLUMNS.filter((column): column is SameNameColumn => column !== "municipalityAgs"),
] as const satisfies readonly FieldName[];

export function emptyValues(): EntryFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((name) => [name, ""])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return { ...values, topics: [], audiences: [], reviewed: false };
}

/** The entry form's values from posted form data; files and unknown fields are ignored. */
export function formValues(formData: FormData): EntryFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const list = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === "string");
  const values = emptyValues();
  for (const name of TEXT_FIELDS) values[name] = text(name);
  values.topics = list("topics");
  values.audiences = list("audiences");
  values.reviewed = text("reviewed") !== "";
  return values;
}

const numberText = (value: number | null) => (value === null ? "" : String(value));

/** The form's values for a stored entry (`municipalitySlug`: the slug of its Gemeinde). */
export function recordValues(
  entry: { kind: "einrichtung"; row: Institution } | { kind: "angebot"; row: Offer },
  municipalitySlug: string | null
): EntryFormValues {
  const row = entry.row;
  const common = {
    ...emptyValues(),
    sector: row.sector,
    type: row.type,
    street: row.street ?? "",
    postcode: row.postcode ?? "",
    town: row.town ?? "",
    gemeinde: municipalitySlug ?? "",
    lat: numberText(row.lat),
    lng: numberText(row.lng),
    geoLat: numberText(row.lat),
    geoLng: numberText(row.lng),
    geoPrecision: row.geoPrecision ?? "",
    geoSource: row.geoSource ?? "",
    phone: row.phone ?? "",
    website: row.website ?? "",
    description: row.description ?? "",
    targetGroup: row.targetGroup ?? "",
    ageMin: numberText(row.ageMin),
    ageMax: numberText(row.ageMax),
    sourceUrls: row.sourceUrls.join("\n"),
    licence: row.licence,
    stand: row.stand,
  };
  if (entry.kind === "einrichtung") {
    const institution = entry.row;
    return {
      ...common,
      name: institution.name,
      types: institution.types.filter((type) => type !== institution.type).join("\n"),
      typeDetail: institution.typeDetail ?? "",
      carrier: institution.carrier ?? "",
      email: institution.email ?? "",
    };
  }
  const offer = entry.row;
  return {
    ...common,
    name: offer.title,
    institution: offer.institutionId === null ? "" : String(offer.institutionId),
    topics: [...offer.topics],
    audiences: [...offer.audiences],
  };
}

// ---------------------------------------------------------------------------------------
// Validation

/** What the rules need to know about the catalogue. */
export type FormContext = {
  municipalities: { ags: string; slug: string; name: string; labelLat: number; labelLng: number }[];
  institutions: { id: number; name: string }[];
};

const tooLong = (label: string, max: number) => `${label} darf höchstens ${max} Zeichen lang sein.`;

const requiredText = (label: string, max: number, missing: string) => z.string().trim().min(1, missing).max(max, tooLong(label, max));

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(label, max))
    .transform((value) => (value === "" ? null : value));

/** Like `optionalText`, and a value other than "" that `valid` rejects gets `message`. */
const optionalFormatted = (label: string, max: number, valid: (value: string) => boolean, message: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong(label, max))
    .refine((value) => value === "" || valid(value), message)
    .transform((value) => (value === "" ? null : value));

/** "", or a value of the list; anything else gets `message`. */
const optionalChoice = <T extends string>(choices: readonly T[], message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || (choices as readonly string[]).includes(value), message)
    .transform((value) => (value === "" ? null : (value as T)));

const choiceList = <T extends string>(choices: readonly T[], message: string) =>
  z
    .array(z.string())
    .refine((values) => values.every((value) => (choices as readonly string[]).includes(value)), message)
    .transform((values) => choices.filter((choice) => values.includes(choice)));

/** A decimal with a point or a German comma; "" is null. */
const decimal = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || /^-?\d{1,3}(?:[.,]\d+)?$/.test(value), message)
    .transform((value) => (value === "" ? null : Number(value.replace(",", "."))));

function isHttpUrl(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const URL_MESSAGE = "Bitte geben Sie eine vollständige Web-Adresse an, die mit http:// oder https:// beginnt.";

const ageField = z
  .string()
  .trim()
  .refine(
    (value) => value === "" || (/^\d{1,2}$/.test(value) && Number(value) <= 99),
    "Bitte geben Sie ein Alter als ganze Zahl von 0 bis 99 an."
  )
  .transform((value) => (value === "" ? null : Number(value)));

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Allowed in a phone number: digits, spaces and + ( ) / - . */
const PHONE = /^\+?[\d\s()/.-]+$/;

function fieldSchemas(context: FormContext) {
  const agsBySlug = new Map(context.municipalities.map((m) => [m.slug, m.ags]));
  const institutionIds = new Set(context.institutions.map((institution) => institution.id));
  return {
    name: requiredText("Der Name", 200, "Bitte geben Sie einen Namen ein.").refine(
      (value) => slugify(value) !== "",
      "Der Name braucht mindestens einen Buchstaben oder eine Ziffer."
    ),
    sector: z.enum(SECTORS, { errorMap: () => ({ message: "Bitte wählen Sie einen Bereich aus der Liste." }) }),
    type: requiredText("Die Art", 100, "Bitte geben Sie die Art an, z. B. „Grundschule“ oder „Bibliothek“."),
    types: z
      .string()
      .transform((value) => [
        ...new Set(
          value
            .split(/[\n,;]/)
            .map((type) => type.trim())
            .filter(Boolean)
        ),
      ])
      .refine((types) => types.length <= 10, "Bitte geben Sie höchstens 10 weitere Arten an.")
      .refine((types) => types.every((type) => type.length <= 100), "Jede Art darf höchstens 100 Zeichen lang sein."),
    typeDetail: optionalText("Die Art laut Quelle", 200),
    carrier: optionalChoice<Carrier>(CARRIERS, "Bitte wählen Sie eine Trägerschaft aus der Liste."),
    institution: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || (/^\d+$/.test(value) && institutionIds.has(Number(value))),
        "Diese Einrichtung gibt es nicht (mehr). Bitte wählen Sie eine aus der Liste."
      )
      .transform((value) => (value === "" ? null : Number(value))),
    topics: choiceList<Topic>(TOPICS, "Bitte wählen Sie nur Themen aus der Liste."),
    audiences: choiceList<Audience>(AUDIENCES, "Bitte wählen Sie nur Zielgruppen aus der Liste."),
    street: optionalText("Die Straße", 200),
    postcode: z
      .string()
      .trim()
      .refine((value) => value === "" || /^\d{5}$/.test(value), "Die Postleitzahl besteht aus genau fünf Ziffern, z. B. 71634.")
      .transform((value) => (value === "" ? null : value)),
    town: optionalText("Der Ort", 100),
    gemeinde: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || agsBySlug.has(value),
        "Diese Gemeinde gibt es im Landkreis Ludwigsburg nicht. Bitte wählen Sie eine aus der Liste."
      )
      .transform((value) => (value === "" ? null : agsBySlug.get(value) ?? null)),
    lat: decimal("Bitte geben Sie den Breitengrad als Zahl an, z. B. 48,8974.").refine(
      (value) => value === null || (value >= LANDKREIS_BOX.minLat && value <= LANDKREIS_BOX.maxLat),
      "Der Breitengrad liegt nicht im Landkreis Ludwigsburg (erlaubt: 48,7 bis 49,2)."
    ),
    lng: decimal("Bitte geben Sie den Längengrad als Zahl an, z. B. 9,1920.").refine(
      (value) => value === null || (value >= LANDKREIS_BOX.minLng && value <= LANDKREIS_BOX.maxLng),
      "Der Längengrad liegt nicht im Landkreis Ludwigsburg (erlaubt: 8,8 bis 9,6)."
    ),
    // The hidden fields only carry what the page was given; a forged value is no error an
    // editor could fix, so it is dropped rather than reported.
    geoLat: decimal("").catch(null),
    geoLng: decimal("").catch(null),
    geoPrecision: optionalChoice<GeoPrecision>(GEO_PRECISIONS, "").catch(null),
    geoSource: optionalText("", 200).catch(null),
    phone: optionalFormatted(
      "Die Telefonnummer",
      40,
      (value) => PHONE.test(value) && (value.match(/\d/g) ?? []).length >= 3,
      "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten, z. B. 07141 144-0. Bitte nur eine Nummer angeben."
    ),
    email: optionalFormatted(
      "Die E-Mail-Adresse",
      254,
      (value) => z.string().email().safeParse(value).success,
      "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. info@beispiel.de."
    ),
    website: optionalFormatted("Die Web-Adresse", 500, isHttpUrl, URL_MESSAGE),
    description: optionalText("Die Beschreibung", 5000),
    targetGroup: optionalText("Die Zielgruppe", 300),
    ageMin: ageField,
    ageMax: ageField,
    sourceUrls: z
      .string()
      .transform(lines)
      .refine((urls) => urls.length > 0, "Bitte geben Sie mindestens eine Quelle als Web-Adresse an (woher stammen die Angaben?).")
      .refine((urls) => urls.length <= MAX_SOURCE_URLS, `Bitte geben Sie höchstens ${MAX_SOURCE_URLS} Quellen an.`)
      .superRefine((urls, ctx) => {
        const wrong = urls.findIndex((url) => url.length > 500 || !isHttpUrl(url));
        if (wrong >= 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Zeile ${wrong + 1}: ${URL_MESSAGE}` });
      })
      .transform((urls) => [...new Set(urls)]),
    licence: requiredText("Die Lizenz", 200, "Bitte geben Sie an, unter welcher Lizenz oder welchen Bedingungen die Angaben stehen."),
    stand: requiredText("Der Stand", 100, "Bitte geben Sie den Stand der Angaben an, z. B. „März 2026“."),
    reviewed: z.boolean(),
  } satisfies Record<FieldName, z.ZodTypeAny>;
}

type Schemas = ReturnType<typeof fieldSchemas>;
type Parsed = { [K in FieldName]: z.output<Schemas[K]> };

type CommonFields = {
  sector: Sector;
  type: string;
  street: string | null;
  postcode: string | null;
  town: string | null;
  municipalityAgs: string | null;
  lat: number | null;
  lng: number | null;
  geoPrecision: GeoPrecision | null;
  geoSource: string | null;
  phone: string | null;
  website: string | null;
  description: string | null;
  targetGroup: string | null;
  ageMin: number | null;
  ageMax: number | null;
  sourceUrls: string[];
  licence: string;
  stand: string;
};

export type InstitutionFields = CommonFields & {
  name: string;
  types: string[];
  typeDetail: string | null;
  carrier: Carrier | null;
  email: string | null;
};

export type OfferFields = CommonFields & {
  title: string;
  institutionId: number | null;
  topics: Topic[];
  audiences: Audience[];
};

export type ParsedEntry =
  | { kind: "einrichtung"; fields: InstitutionFields; reviewed: boolean }
  | { kind: "angebot"; fields: OfferFields; reviewed: boolean };

export type ParseResult = { ok: true; entry: ParsedEntry } | { ok: false; errors: FieldErrors };

/** Fields that only one kind has; the other kind's posted values are ignored. */
const INSTITUTION_ONLY: readonly FieldName[] = ["types", "typeDetail", "carrier", "email"];
const OFFER_ONLY: readonly FieldName[] = ["institution", "topics", "audiences"];

/** Whether a field belongs on the form of this kind. */
export function hasField(kind: EntryKind, field: FieldName) {
  return kind === "einrichtung" ? !OFFER_ONLY.includes(field) : !INSTITUTION_ONLY.includes(field);
}

/**
 * The position to store. When the coordinates are the ones the stored precision describes,
 * precision and source stay; coordinates typed in or set with the pin are exact and come
 * from the editorial office.
 */
export function resolvePosition(input: {
  lat: number | null;
  lng: number | null;
  geoLat: number | null;
  geoLng: number | null;
  geoPrecision: GeoPrecision | null;
  geoSource: string | null;
}): Pick<CommonFields, "lat" | "lng" | "geoPrecision" | "geoSource"> {
  if (input.lat === null || input.lng === null) return { lat: null, lng: null, geoPrecision: null, geoSource: null };
  const factor = 10 ** COORDINATE_DECIMALS;
  const round = (value: number) => Math.round(value * factor) / factor;
  const lat = round(input.lat);
  const lng = round(input.lng);
  const unchanged =
    input.geoPrecision !== null &&
    input.geoLat !== null &&
    input.geoLng !== null &&
    round(input.geoLat) === lat &&
    round(input.geoLng) === lng;
  return unchanged
    ? { lat, lng, geoPrecision: input.geoPrecision, geoSource: input.geoSource }
    : { lat, lng, geoPrecision: "exact", geoSource: MANUAL_GEO_SOURCE };
}

/** Checks the posted values of an entry of `kind`; the stored fields, or an error per field. */
export function parseEntryForm(kind: EntryKind, values: EntryFormValues, context: FormContext): ParseResult {
  const schemas = fieldSchemas(context);
  const errors: FieldErrors = {};
  const parsed: Partial<Record<FieldName, unknown>> = {};
  for (const field of Object.keys(schemas) as FieldName[]) {
    if (!hasField(kind, field)) continue;
    const result = schemas[field].safeParse(values[field]);
    if (result.success) parsed[field] = result.data;
    else errors[field] = result.error.issues[0]?.message ?? "Bitte prüfen Sie diese Angabe.";
  }
  if (parsed.ageMin != null && parsed.ageMax != null && Number(parsed.ageMin) > Number(parsed.ageMax)) {
    errors.ageMax = "Das Höchstalter darf nicht kleiner sein als das Mindestalter.";
  }
  const hasLat = parsed.lat != null;
  const hasLng = parsed.lng != null;
  if (hasLat !== hasLng && !errors.lat && !errors.lng) {
    errors[hasLat ? "lng" : "lat"] = "Bitte geben Sie Breiten- und Längengrad an, oder lassen Sie beide Felder leer.";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // Every field of this kind parsed: the record below is complete.
  const data = parsed as Parsed;
  const common: CommonFields = {
    sector: data.sector,
    type: data.type,
    street: data.street,
    postcode: data.postcode,
    town: data.town,
    municipalityAgs: data.gemeinde,
    ...resolvePosition({
      lat: data.lat,
      lng: data.lng,
      geoLat: data.geoLat,
      geoLng: data.geoLng,
      geoPrecision: data.geoPrecision,
      geoSource: data.geoSource,
    }),
    phone: data.phone,
    website: data.website,
    description: data.description,
    targetGroup: data.targetGroup,
    ageMin: data.ageMin,
    ageMax: data.ageMax,
    sourceUrls: data.sourceUrls,
    licence: data.licence,
    stand: data.stand,
  };
  if (kind === "einrichtung") {
    return {
      ok: true,
      entry: {
        kind,
        reviewed: data.reviewed,
        fields: {
          ...common,
          name: data.name,
          types: [...new Set([data.type, ...data.types])],
          typeDetail: data.typeDetail,
          carrier: data.carrier,
          email: data.email,
        },
      },
    };
  }
  return {
    ok: true,
    entry: {
      kind,
      reviewed: data.reviewed,
      fields: {
        ...common,
        title: data.name,
        institutionId: data.institution,
        topics: data.topics,
        audiences: data.audiences,
      },
    },
  };
}

/**
 * "Position aus Adresse" without a geocoder: the pin goes to the label point of the chosen
 * Gemeinde, marked as approximate. The values are returned for the form; nothing is saved.
 */
export function placeAtMunicipality(
  values: EntryFormValues,
  municipalities: FormContext["municipalities"]
): { ok: true; values: EntryFormValues } | { ok: false; errors: FieldErrors } {
  const municipality = municipalities.find((m) => m.slug === values.gemeinde.trim());
  if (!municipality) {
    return { ok: false, errors: { gemeinde: "Bitte wählen Sie zuerst die Gemeinde, in der der Eintrag liegt." } };
  }
  const lat = String(municipality.labelLat);
  const lng = String(municipality.labelLng);
  return {
    ok: true,
    values: { ...values, lat, lng, geoLat: lat, geoLng: lng, geoPrecision: "municipality", geoSource: "" },
  };
}

// ---------------------------------------------------------------------------------------
// Slugs

/**
 * The first free slug for a new entry: the name, then `<name>-<gemeinde>`, then
 * `<name>-<gemeinde>-2`, `-3` … (the importer's rule), checked with `isTaken`.
 */
export function allocateSlug(name: string, municipalitySlug: string | null, isTaken: (slug: string) => boolean): string {
  const base = slugify(name);
  if (base === "") throw new Error("allocateSlug: the name has no letters or digits");
  if (!isTaken(base)) return base;
  const withPlace =
    municipalitySlug && base !== municipalitySlug && !base.endsWith(`-${municipalitySlug}`) ? `${base}-${municipalitySlug}` : base;
  if (withPlace !== base && !isTaken(withPlace)) return withPlace;
  for (let n = 2; ; n++) {
    const candidate = `${withPlace}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}

// ---------------------------------------------------------------------------------------
// Audit snapshots and their display

const COMMON_SNAPSHOT = ["slug", "status", "reviewedAt", ...COMMON_COLUMNS] as const;
const INSTITUTION_SNAPSHOT = ["name", "types", "typeDetail", "carrier", "email", ...COMMON_SNAPSHOT] as const;
const OFFER_SNAPSHOT = ["title", "institutionId", "topics", "audiences", ...COMMON_SNAPSHOT] as const;

function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, row[key]]));
}

/** The editable fields of an entry (plus slug, status and review date), for the audit log. */
export function snapshotOf(entry: { kind: "einrichtung"; row: Institution } | { kind: "angebot"; row: Offer }) {
  return entry.kind === "einrichtung" ? pick(entry.row, INSTITUTION_SNAPSHOT) : pick(entry.row, OFFER_SNAPSHOT);
}

export const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  title: "Titel",
  slug: "Adresse der Seite",
  status: "Status",
  reviewedAt: "Geprüft am",
  sector: "Bereich",
  type: "Art",
  types: "Arten",
  typeDetail: "Art laut Quelle",
  carrier: "Trägerschaft",
  institutionId: "Einrichtung",
  topics: "Themen",
  audiences: "Zielgruppen",
  street: "Straße",
  postcode: "Postleitzahl",
  town: "Ort",
  municipalityAgs: "Gemeinde",
  lat: "Breitengrad",
  lng: "Längengrad",
  geoPrecision: "Genauigkeit der Lage",
  geoSource: "Herkunft der Lage",
  phone: "Telefon",
  email: "E-Mail",
  website: "Website",
  description: "Beschreibung",
  targetGroup: "Zielgruppe (Text)",
  ageMin: "Alter von",
  ageMax: "Alter bis",
  sourceUrls: "Quellen",
  licence: "Lizenz",
  stand: "Stand",
};

export const ACTION_LABELS: Record<string, string> = {
  create: "angelegt",
  update: "geändert",
  publish: "veröffentlicht",
  unpublish: "zurückgezogen (Entwurf)",
  review: "als geprüft bestätigt",
  delete: "gelöscht",
  import: "importiert",
};

export const STATUS_LABELS: Record<Status, string> = { published: "veröffentlicht", draft: "Entwurf" };
export const GEO_PRECISION_LABELS: Record<GeoPrecision, string> = {
  exact: "genau",
  municipality: "ungefähr: Ortsmitte der Gemeinde",
};

const MAX_SHOWN = 160;

/** A logged value as one short line of text: "–" for nothing, lists joined, long texts cut. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (Array.isArray(value)) return value.length === 0 ? "–" : value.map((item) => formatAuditValue(item)).join(", ");
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "ja" : "nein";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** Names for the codes a log stores (Gemeinde keys, institution ids). */
export type AuditLookups = { municipalities: ReadonlyMap<string, string>; institutions: ReadonlyMap<number, string> };

const berlinDateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

/** A logged field's value as an editor reads it: labels instead of keys, names instead of ids. */
export function describeValue(field: string, value: unknown, lookups: AuditLookups): string {
  if (value === null || value === undefined) return "–";
  const label = (labels: Record<string, string>) => (typeof value === "string" ? labels[value] ?? value : value);
  const labelAll = (labels: Record<string, string>) =>
    Array.isArray(value) ? value.map((item) => (typeof item === "string" ? labels[item] ?? item : item)) : value;
  switch (field) {
    case "status":
      return formatAuditValue(label(STATUS_LABELS));
    case "geoPrecision":
      return formatAuditValue(label(GEO_PRECISION_LABELS));
    case "sector":
      return formatAuditValue(label(SECTOR_LABELS));
    case "carrier":
      return formatAuditValue(label(CARRIER_LABELS));
    case "topics":
      return formatAuditValue(labelAll(TOPIC_LABELS));
    case "audiences":
      return formatAuditValue(labelAll(AUDIENCE_LABELS));
    case "municipalityAgs":
      return formatAuditValue(typeof value === "string" ? lookups.municipalities.get(value) ?? value : value);
    case "institutionId":
      return formatAuditValue(typeof value === "number" ? lookups.institutions.get(value) ?? `Nr. ${value} (gelöscht)` : value);
    case "reviewedAt": {
      const date = typeof value === "string" ? new Date(value) : null;
      return date && !Number.isNaN(date.getTime()) ? berlinDateTime.format(date) : formatAuditValue(value);
    }
    default:
      return formatAuditValue(value);
  }
}

// ---------------------------------------------------------------------------------------
// Addresses

export type EntryRef = { kind: EntryKind; id: number };

/** Where the public finds an entry (institutions and offers share /angebote/:slug). */
export const publicPath = (slug: string) => `/angebote/${encodeURIComponent(slug)}`;
export const editPath = (ref: EntryRef) => `/admin/eintraege/${ref.kind}/${ref.id}`;

/** The kind and id of an edit URL; null for anything else (the route answers 404). */
export function parseEntryRef(kind: string | undefined, id: string | undefined): EntryRef | null {
  const known = ENTRY_KINDS.find((value) => value === kind);
  if (!known || !id || !/^[1-9]\d{0,9}$/.test(id)) return null;
  return { kind: known, id: Number(id) };
}

export const KIND_LABELS: Record<EntryKind, string> = { einrichtung: "Einrichtung", angebot: "Angebot" };

/** The list's "Lage" column. */
export function positionLabel(entry: { hasPosition: boolean; geoPrecision: GeoPrecision | null }) {
  if (!entry.hasPosition) return "fehlt";
  if (entry.geoPrecision === "exact") return "genau";
  return entry.geoPrecision === "municipality" ? "ungefähr (Ortsmitte)" : "Genauigkeit unbekannt";
}

// ---------------------------------------------------------------------------------------
// The list's URL state

export const PAGE_SIZE = 50;

export const LIST_STATUSES = ["published", "draft", "stale", "lage"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const LIST_STATUS_LABELS: Record<ListStatus, string> = {
  published: "veröffentlicht",
  draft: "Entwurf",
  stale: "seit 12 Monaten nicht geprüft",
  lage: "Lage ungefähr oder fehlt",
};

export const MAX_LIST_PAGE = 1000;

export type ListParams = {
  q: string;
  art: EntryKind | null;
  kategorie: Sector | null;
  gemeinde: string | null;
  status: ListStatus | null;
  seite: number;
};

export const DEFAULT_LIST_PARAMS: ListParams = { q: "", art: null, kategorie: null, gemeinde: null, status: null, seite: 1 };

const listSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  art: z.enum(ENTRY_KINDS).nullable().catch(null),
  kategorie: z.enum(SECTORS).nullable().catch(null),
  gemeinde: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .nullable()
    .catch(null),
  status: z.enum(LIST_STATUSES).nullable().catch(null),
  seite: z.coerce.number().int().min(1).max(MAX_LIST_PAGE).catch(1),
});

/** The list's filters from the query string; a bad value falls back to its default. */
export function parseListParams(search: URLSearchParams): ListParams {
  const value = (name: string) => {
    const raw = search.get(name);
    return raw === null || raw === "" ? null : raw;
  };
  return listSchema.parse({
    q: value("q") ?? "",
    art: value("art"),
    kategorie: value("kategorie"),
    gemeinde: value("gemeinde"),
    status: value("status"),
    seite: value("seite") ?? 1,
  });
}

/** The query string of `params` (defaults left out), starting with "?" unless empty. */
export function listSearch(params: ListParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.art) search.set("art", params.art);
  if (params.kategorie) search.set("kategorie", params.kategorie);
  if (params.gemeinde) search.set("gemeinde", params.gemeinde);
  if (params.status) search.set("status", params.status);
  if (params.seite > 1) search.set("seite", String(params.seite));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally (ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
