// Rows of einrichtungen_ludwigsburg.csv: a hand-compiled list of non-school institutions and
// programmes. Institutions become seed institutions, `programm` rows become offers.
import type { Carrier, Sector } from "../../app/catalogue/vocabulary";
import type { SeedInstitution, SeedOffer } from "../../db/seed-format";
import { type AgeRange, parseAgeRange } from "./age";
import { cell, type CsvRow, isHttpUrl, type Parsed, parseSourceUrls } from "./csv";
import { DATASET_IDS, EINRICHTUNGEN_LICENCE, EINRICHTUNGEN_NO_STAND } from "./datasets";
import { pointInGeometry } from "./geo";
import { derivePostcode, type Gazetteer } from "./municipalities";

export const OFFER_CATEGORY = "programm";

export const CATEGORY_SECTORS: Readonly<Record<string, Sector>> = {
  kita: "kita",
  kultur: "kultur",
  jugendhilfe: "jugendhilfe",
  weiterbildung: "weiterbildung",
  berufliche_schule: "schule",
};

/**
 * Normalised type from the source `subtype`, first match wins. The source wording stays in
 * `typeDetail` whenever it says more than the type.
 */
export const TYPE_RULES: ReadonlyArray<{ match: RegExp; type: string }> = [
  { match: /^Schulkindergarten/, type: "Schulkindergarten" },
  { match: /^(?:Natur|Wald)kindergarten|^Naturgruppe/, type: "Natur- und Waldkindergarten" },
  { match: /^Kinder- und Familienzentrum/, type: "Kinder- und Familienzentrum" },
  { match: /^Familienzentrum/, type: "Familienzentrum" },
  { match: /^Kindergarten/, type: "Kindergarten" },
  { match: /^Kinderhaus/, type: "Kinderhaus" },
  { match: /^(?:Kindertageseinrichtung|Kindertagesstätte|Kita)\b/, type: "Kita" },
  { match: /^Krippe/, type: "Krippe" },
  { match: /^Träger/, type: "Kita-Träger" },
  { match: /^Kindertagespflege/, type: "Kindertagespflege" },
  { match: /[Mm]useum|Museen/, type: "Museum" },
  { match: /^Archiv/, type: "Archiv" },
  { match: /^Gedenkstätte/, type: "Gedenkstätte" },
  { match: /^(?:Fahr)?[Bb]ibliothek/, type: "Bibliothek" },
  { match: /^Musikschule/, type: "Musikschule" },
  { match: /^Jugendkunstschule/, type: "Jugendkunstschule" },
  { match: /[Tt]heater/, type: "Theater" },
  { match: /^Kulturzentrum/, type: "Kulturzentrum" },
  { match: /^Medienzentrum/, type: "Medienzentrum" },
  { match: /^Schülerlabor/, type: "Schülerlabor" },
  { match: /^Gartenschau/, type: "Gartenschau" },
  { match: /^(?:Kinder- und )?Jugend(?:haus|zentrum)/, type: "Jugendhaus" },
  { match: /^Jugend(?:treff|club|café)/, type: "Jugendtreff" },
  { match: /^Mobile Jugendarbeit/, type: "Mobile Jugendarbeit" },
  { match: /^Agentur für Arbeit/, type: "Berufsberatung" },
  { match: /^Jobcenter/, type: "Jobcenter" },
  { match: /^Jugendamt/, type: "Jugendamt" },
  { match: /^Jugendberufsagentur/, type: "Jugendberufsagentur" },
  { match: /^Jugendbeteiligung/, type: "Jugendbeteiligung" },
  { match: /^Jugendförderung/, type: "Jugendförderung" },
  { match: /^Jugendverband/, type: "Jugendverband" },
  { match: /^Kreisjugendpflege/, type: "Kreisjugendpflege" },
  { match: /^Dachverband/, type: "Dachverband" },
  { match: /^Ambulante Jugendhilfe/, type: "Ambulante Jugendhilfe" },
  { match: /^Frühe Hilfen/, type: "Frühe Hilfen" },
  { match: /^Schulsozialarbeit/, type: "Schulsozialarbeit" },
  { match: /^Stadtteilzentrum/, type: "Stadtteilzentrum" },
  { match: /^Kinderschutz \//, type: "Kinderschutz" },
  { match: /[Bb]eratung/, type: "Beratungsstelle" },
  { match: /^Volkshochschule/, type: "Volkshochschule" },
  { match: /^Hochschulweiterbildung/, type: "Hochschulweiterbildung" },
  { match: /^Hochschule/, type: "Hochschule" },
  { match: /^Familienbildung/, type: "Familienbildung" },
  { match: /Erwachsenenbildung/, type: "Erwachsenenbildung" },
  { match: /^Lehrkräftefortbildung/, type: "Lehrkräftefortbildung" },
  { match: /^Politische Bildung/, type: "Politische Bildung" },
  { match: /^Kammer/, type: "Kammer" },
];

/** Further types the subtype states besides the main one ("Kindergarten mit Krippe"). */
export const EXTRA_TYPE_RULES: ReadonlyArray<{ match: RegExp; type: string }> = [
  { match: /[Ll]ernort/, type: "Außerschulischer Lernort" },
  { match: /mit Kindergarten/, type: "Kindergarten" },
  { match: /(?:mit|und) Krippe/, type: "Krippe" },
  { match: /mit Kita/, type: "Kita" },
  { match: /mit Familienzentrum/, type: "Familienzentrum" },
  { match: /Literaturarchiv/, type: "Archiv" },
  { match: /Galerie/, type: "Galerie" },
  { match: /Kino/, type: "Kino" },
  { match: /Konzerthaus/, type: "Konzerthaus" },
  { match: /Mobile Jugendarbeit/, type: "Mobile Jugendarbeit" },
  { match: /Jugendberufshilfe/, type: "Jugendberufshilfe" },
];

export interface TypeMapping {
  type: string;
  types: string[];
  typeDetail: string | null;
}

export function mapType(category: string, subtype: string): TypeMapping | null {
  const type =
    category === "berufliche_schule"
      ? "Berufliche Schule"
      : TYPE_RULES.find((rule) => rule.match.test(subtype))?.type;
  if (!type) return null;
  const types = [type];
  for (const rule of EXTRA_TYPE_RULES) {
    if (rule.match.test(subtype) && !types.includes(rule.type)) types.push(rule.type);
  }
  return { type, types, typeDetail: subtype === type ? null : subtype };
}

/** Carrier words in the subtype. "ehemals kirchlich" describes the past and is ignored. */
export const CARRIER_RULES: ReadonlyArray<{ match: RegExp; carrier: Carrier }> = [
  { match: /städtisch|kommunal|Landkreis|Landratsamt/, carrier: "oeffentlich" },
  { match: /evangelisch|katholisch|kirchlich|ökumenisch/, carrier: "kirchlich" },
  { match: /[Vv]erein|freier Träger|Elterninitiative|AWO|selbstverwaltet/, carrier: "frei" },
  { match: /privat/, carrier: "privat" },
];

/**
 * Carrier only where the subtype states one. A private church school ("private, katholisch")
 * is kirchlich; any other mix ("städtisch/Verein") is left open rather than guessed.
 */
export function mapCarrier(subtype: string): Carrier | null {
  const current = subtype.replace(/ehemals\s+[\p{L}-]+/gu, "");
  const found = new Set(CARRIER_RULES.filter((rule) => rule.match.test(current)).map((rule) => rule.carrier));
  if (found.size === 2 && found.has("privat") && found.has("kirchlich")) return "kirchlich";
  if (found.size !== 1) return null;
  return [...found][0] ?? null;
}

/** Location fields shared by institutions and offers. */
export type Place = Pick<
  SeedInstitution,
  "street" | "postcode" | "town" | "municipalityAgs" | "lat" | "lng" | "geoPrecision" | "geoSource"
>;

/** A row parsed into the fields institutions and offers have in common. */
export interface EinrichtungRow extends AgeRange {
  rowNumber: number;
  sourceRef: string;
  category: string;
  subtype: string;
  name: string;
  place: Place;
  phone: string | null;
  website: string | null;
  description: string | null;
  targetGroup: string | null;
  sourceUrls: string[];
  stand: string;
  warnings: string[];
}

function parseCoordinate(text: string | null): number | null {
  if (text === null) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** 1-based data row number (the header line does not count). */
export function parseEinrichtungRow(row: CsvRow, rowNumber: number, gazetteer: Gazetteer): Parsed<EinrichtungRow> {
  const warnings: string[] = [];
  const category = cell(row, "category");
  const subtype = cell(row, "subtype");
  const name = cell(row, "name");
  if (!category || !(category in CATEGORY_SECTORS || category === OFFER_CATEGORY)) {
    return { ok: false, reason: `unbekannte Kategorie "${category ?? ""}"` };
  }
  if (!name) return { ok: false, reason: "Name fehlt" };
  if (!subtype) return { ok: false, reason: "subtype fehlt" };
  const sourceUrls = parseSourceUrls(cell(row, "source_url"));
  if (!sourceUrls.ok) return sourceUrls;

  let website = cell(row, "website");
  if (website !== null && !isHttpUrl(website)) {
    warnings.push(`website "${website}" ist keine vollständige URL und wird weggelassen`);
    website = null;
  }
  let statedPostcode = cell(row, "postcode");
  if (statedPostcode !== null && !/^\d{5}$/.test(statedPostcode)) {
    warnings.push(`PLZ "${statedPostcode}" ungültig, weggelassen`);
    statedPostcode = null;
  }

  const town = cell(row, "town");
  const municipality = town === null ? null : gazetteer.byName.get(town);
  if (municipality === undefined) return { ok: false, reason: `unbekannte Gemeinde "${town ?? ""}"` };

  const lat = parseCoordinate(cell(row, "lat"));
  const lng = parseCoordinate(cell(row, "lon"));
  let point: Pick<Place, "lat" | "lng" | "geoPrecision" | "geoSource"> = municipality
    ? { lat: municipality.labelLat, lng: municipality.labelLng, geoPrecision: "municipality", geoSource: null }
    : { lat: null, lng: null, geoPrecision: null, geoSource: null };
  if (lat !== null && lng !== null && cell(row, "coord_precision") === "stated") {
    if (municipality && !pointInGeometry(lng, lat, municipality.boundary)) {
      warnings.push(`Koordinate ${lat}, ${lng} liegt nicht in ${municipality.name}; Gemeindepunkt verwendet`);
    } else {
      point = { lat, lng, geoPrecision: "exact", geoSource: cell(row, "coord_source") };
    }
  } else if (lat !== null || lng !== null) {
    warnings.push('Koordinate ohne coord_precision "stated" oder unvollständig: nicht verwendet');
  }
  const place: Place = {
    street: cell(row, "street"),
    postcode: derivePostcode(statedPostcode, municipality?.ags ?? null, gazetteer.postcodesByAgs),
    town,
    municipalityAgs: municipality?.ags ?? null,
    ...point,
  };

  const targetGroup = cell(row, "target_group");
  return {
    ok: true,
    value: {
      rowNumber,
      sourceRef: `einrichtungen:${rowNumber}`,
      category,
      subtype,
      name,
      place,
      phone: cell(row, "phone"),
      website,
      description: cell(row, "description_de"),
      targetGroup,
      ...parseAgeRange(targetGroup),
      sourceUrls: sourceUrls.value,
      stand: cell(row, "seen_date_or_stand") ?? EINRICHTUNGEN_NO_STAND,
      warnings,
    },
  };
}

const provenance = (row: EinrichtungRow) => ({
  datasetId: DATASET_IDS.einrichtungen,
  sourceRef: row.sourceRef,
  sourceUrls: row.sourceUrls,
  licence: EINRICHTUNGEN_LICENCE,
  stand: row.stand,
  status: "published" as const,
});

export function toInstitution(row: EinrichtungRow, slug: string): Parsed<SeedInstitution> {
  const sector = CATEGORY_SECTORS[row.category];
  const mapped = mapType(row.category, row.subtype);
  if (!sector) return { ok: false, reason: `Kategorie "${row.category}" ist keine Einrichtung` };
  if (!mapped) return { ok: false, reason: `kein Typ für subtype "${row.subtype}" (Tabelle TYPE_RULES ergänzen)` };
  return {
    ok: true,
    value: {
      slug,
      name: row.name,
      sector,
      ...mapped,
      carrier: mapCarrier(row.subtype),
      ...row.place,
      phone: row.phone,
      email: null,
      website: row.website,
      description: row.description,
      targetGroup: row.targetGroup,
      ageMin: row.ageMin,
      ageMax: row.ageMax,
      facts: {},
      ...provenance(row),
    },
  };
}

/**
 * Programme rows that name the institution running them, and that institution (by source
 * reference; the name is checked so the table cannot silently point at another row). Only
 * rows whose title names the institution are listed: nothing is linked by guesswork.
 */
export const OFFER_INSTITUTION_LINKS: ReadonlyArray<{ title: string; institutionRef: string; institutionName: string }> = [
  {
    title: "KooBO-Z an der Mathilde-Planck-Schule",
    institutionRef: "einrichtungen:17",
    institutionName: "Mathilde-Planck-Schule Ludwigsburg",
  },
  {
    title: "Kulturschule 2020 – Friedrich-Schiller-Gymnasium Ludwigsburg",
    institutionRef: "BW-77967",
    institutionName: "Friedrich-Schiller-Gymnasium",
  },
  {
    title: "MusikImpulse (Jugendmusikschule Ludwigsburg)",
    institutionRef: "einrichtungen:51",
    institutionName: "Jugendmusikschule Ludwigsburg (JMS)",
  },
  {
    title: "Lernfabrik 4.0 (Berufliches Schulzentrum Bietigheim-Bissingen mit Carl-Schaefer-Schule)",
    institutionRef: "einrichtungen:21",
    institutionName: "Berufliches Schulzentrum Bietigheim-Bissingen (BSZ)",
  },
  {
    title: "Ausbildungsmesse „Plan A“ (Jobcenter Landkreis Ludwigsburg)",
    institutionRef: "einrichtungen:84",
    institutionName: "Jobcenter Landkreis Ludwigsburg",
  },
];

export function placeOf(institution: SeedInstitution): Place {
  const { street, postcode, town, municipalityAgs, lat, lng, geoPrecision, geoSource } = institution;
  return { street, postcode, town, municipalityAgs, lat, lng, geoPrecision, geoSource };
}

export interface OfferInput {
  slug: string;
  institution: SeedInstitution | null;
  classification: Pick<SeedOffer, "sector" | "topics" | "audiences">;
}

/** An offer at its institution's place when linked, else at its own place. */
export function toOffer(row: EinrichtungRow, { slug, institution, classification }: OfferInput): SeedOffer {
  return {
    slug,
    title: row.name,
    institutionSlug: institution?.slug ?? null,
    ...classification,
    type: row.subtype,
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    description: row.description,
    targetGroup: row.targetGroup,
    website: row.website,
    phone: row.phone,
    ...(institution ? placeOf(institution) : row.place),
    ...provenance(row),
  };
}
