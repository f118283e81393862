// Allgemeinbildende Schulen from schulen_ludwigsburg_2015.csv (Schulverzeichnis 2015 via
// jedeschule.de; names already encoding-repaired, see SOURCES.md section 3).
import type { Carrier } from "../../app/catalogue/vocabulary";
import type { SeedInstitution } from "../../db/seed-format";
import { cell, type CsvRow, type Parsed, parseCount } from "./csv";
import { DATASET_IDS, SCHOOL_GEO_SOURCE, SCHOOL_LICENCE, SCHOOL_SOURCE_URLS, SCHOOL_STAND } from "./datasets";
import type { Gazetteer } from "./municipalities";

const CARRIERS: Readonly<Record<string, Carrier>> = { öffentlich: "oeffentlich", privat: "privat" };

export type School = Omit<SeedInstitution, "slug">;

const splitList = (text: string | null) => (text ?? "").split("; ").map((s) => s.trim()).filter((s) => s !== "");

const formatCount = (n: number) => n.toLocaleString("de-DE");

/** One factual sentence pair, built only from fields of the row. */
export function describeSchool(types: string[], carrier: Carrier | null, pupils: number | null, classes: number | null) {
  const kind = types.length > 0 ? `Allgemeinbildende Schule (${types.join(", ")})` : "Allgemeinbildende Schule";
  const carrierText =
    carrier === "oeffentlich" ? " in öffentlicher Trägerschaft" : carrier === "privat" ? " in privater Trägerschaft" : "";
  let statistics = "";
  if (pupils !== null) {
    const pupilText = `${formatCount(pupils)} ${pupils === 1 ? "Schülerin oder Schüler" : "Schülerinnen und Schüler"}`;
    const classText = classes === null ? "" : ` in ${formatCount(classes)} ${classes === 1 ? "Klasse" : "Klassen"}`;
    statistics = ` Laut Schulstatistik 2015: ${pupilText}${classText}.`;
  }
  return `${kind}${carrierText}.${statistics}`;
}

/** A school as parsed, before its point is checked against the other schools. */
export interface SchoolRow {
  school: School;
  /** The point as the source states it, or null when it has none. */
  sourcePoint: { lat: number; lng: number } | null;
}

export function parseSchoolRow(row: CsvRow, gazetteer: Gazetteer): Parsed<SchoolRow> {
  const id = cell(row, "id");
  const name = cell(row, "name");
  const ags = cell(row, "ags");
  if (!id) return { ok: false, reason: "id fehlt" };
  if (!name) return { ok: false, reason: "Name fehlt" };
  const municipality = ags === null ? undefined : gazetteer.byAgs.get(ags);
  if (!municipality) return { ok: false, reason: `unbekannte Gemeinde (ags ${ags ?? "leer"})` };

  const types = splitList(cell(row, "schularten"));
  if (types.length === 0) return { ok: false, reason: "keine Schulart" };
  const forms = splitList(cell(row, "schulformen"));
  const formsText = forms.join("; ");
  const carrier = CARRIERS[cell(row, "traegerschaft") ?? ""] ?? null;
  const pupils = parseCount(cell(row, "schueler_insgesamt"));
  const classes = parseCount(cell(row, "klassen_insgesamt"));
  const outposts = parseCount(cell(row, "aussenstellen"));
  const schulId = cell(row, "schul_id");
  const fax = cell(row, "fax");

  // Facts as present; 0 Außenstellen carries nothing a reader needs.
  const facts: Record<string, string | number> = {};
  if (schulId) facts.schulId = schulId;
  if (formsText) facts.schulformen = formsText;
  if (pupils !== null) facts.schuelerInsgesamt = pupils;
  if (classes !== null) facts.klassenInsgesamt = classes;
  if (fax) facts.fax = fax;
  if (outposts) facts.aussenstellen = outposts;

  const lat = Number(cell(row, "lat"));
  const lng = Number(cell(row, "lon"));
  const sourcePoint = cell(row, "lat") && cell(row, "lon") && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
  const postcode = cell(row, "plz");

  return {
    ok: true,
    value: {
      sourcePoint,
      school: {
        name,
        sector: "schule",
        type: types.join(", "),
        types,
        typeDetail: formsText && formsText !== types.join("; ") ? formsText : null,
        carrier,
        street: cell(row, "strasse"),
        postcode: postcode && /^\d{5}$/.test(postcode) ? postcode : null,
        town: cell(row, "ort"),
        municipalityAgs: municipality.ags,
        ...(sourcePoint
          ? { ...sourcePoint, geoPrecision: "exact" as const, geoSource: SCHOOL_GEO_SOURCE }
          : { lat: municipality.labelLat, lng: municipality.labelLng, geoPrecision: "municipality" as const, geoSource: null }),
        phone: cell(row, "telefon"),
        email: null,
        website: null,
        description: describeSchool(types, carrier, pupils, classes),
        targetGroup: null,
        ageMin: null,
        ageMax: null,
        facts,
        datasetId: DATASET_IDS.schools,
        sourceRef: id,
        sourceUrls: [...SCHOOL_SOURCE_URLS],
        licence: SCHOOL_LICENCE,
        stand: cell(row, "stand") ?? SCHOOL_STAND,
        status: "published",
      },
    },
  };
}

/** Street name plus the leading house number: "Hasenbergstraße 16" and "… 16/2" are one site. */
export function addressKey(street: string | null): string {
  const normalised = (street ?? "").toLowerCase().replace(/str\.(?=\s|$)/g, "straße").replace(/\s+/g, " ").trim();
  const match = /^(.*?)\s*(\d+)/.exec(normalised);
  return match ? `${match[1]} ${match[2]}` : normalised;
}

export interface PointUser {
  ref: string;
  municipalityAgs: string | null;
  street: string | null;
  point: { lat: number; lng: number } | null;
}

/**
 * Geocoder fallbacks: a point shared by schools at different addresses (street and house
 * number) in the same Gemeinde cannot be the position of each of them, so none of them is
 * trusted (Fröbelstraße 16/24/26 in Ludwigsburg share one town-level point). Schools in one
 * building with the same address may share a point. Returns the refs to move.
 */
export function findSharedFallbackPoints(rows: PointUser[]): Set<string> {
  const groups = new Map<string, PointUser[]>();
  for (const row of rows) {
    if (!row.point) continue;
    const key = `${row.municipalityAgs} ${row.point.lat} ${row.point.lng}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const untrusted = new Set<string>();
  for (const group of groups.values()) {
    if (new Set(group.map((row) => addressKey(row.street))).size > 1) group.forEach((row) => untrusted.add(row.ref));
  }
  return untrusted;
}

/** Moves a school whose point is a geocoder fallback to its Gemeinde's label point. */
export function toMunicipalityPoint(school: School, gazetteer: Gazetteer): School {
  const municipality = school.municipalityAgs ? gazetteer.byAgs.get(school.municipalityAgs) : undefined;
  if (!municipality) return { ...school, lat: null, lng: null, geoPrecision: null, geoSource: null };
  return { ...school, lat: municipality.labelLat, lng: municipality.labelLng, geoPrecision: "municipality", geoSource: null };
}
