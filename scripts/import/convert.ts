// The whole conversion as one pure function: source file texts in, seed arrays and a report
// out. The CLI reads and writes files; tests run this on inline fixtures or the real data.
import type { ZodTypeAny } from "zod";
import type { Sector } from "../../app/catalogue/vocabulary";
import { SEED_FILES, type SeedDistrict, type SeedInstitution, type SeedOffer } from "../../db/seed-format";
import { type CsvRow, parseCsv } from "./csv";
import { buildDatasets, DATASET_IDS } from "./datasets";
import {
  type EinrichtungRow,
  OFFER_CATEGORY,
  OFFER_INSTITUTION_LINKS,
  parseEinrichtungRow,
  toInstitution,
  toOffer,
} from "./einrichtungen";
import { buildGazetteer, parseDistrict, parseMunicipalities, parsePostcodes } from "./municipalities";
import { classifyOffer } from "./rules";
import { parseSchoolRow, findSharedFallbackPoints, type School, toMunicipalityPoint } from "./schools";
import { createSlugAllocator } from "./slugs";

export const SOURCE_FILES = {
  municipalitiesGeojson: "gemeinden_ludwigsburg.geojson",
  municipalitiesCsv: "gemeinden_ludwigsburg.csv",
  districtGeojson: "landkreis_ludwigsburg.geojson",
  postcodesCsv: "plz_gemeinden_ludwigsburg.csv",
  schoolsCsv: "schulen_ludwigsburg_2015.csv",
  einrichtungenCsv: "einrichtungen_ludwigsburg.csv",
} as const;

export type SourceTexts = Record<keyof typeof SOURCE_FILES, string>;

export interface Seed {
  datasets: ReturnType<typeof buildDatasets>;
  municipalities: ReturnType<typeof parseMunicipalities>["municipalities"];
  /** Null only when the source failed its checks (then `errors` says why). */
  district: SeedDistrict | null;
  postcodes: ReturnType<typeof parsePostcodes>["postcodes"];
  institutions: SeedInstitution[];
  offers: SeedOffer[];
}

export interface Rejection {
  file: string;
  ref: string;
  name: string;
  reason: string;
}

export interface OfferReportRow {
  title: string;
  sector: Sector;
  sectorReason: string;
  topics: string[];
  audiences: string[];
  ageMin: number | null;
  ageMax: number | null;
  institutionSlug: string | null;
  geoPrecision: string | null;
}

export interface Conversion {
  seed: Seed;
  /** Dataset-level failures: when any exist, nothing may be written. */
  errors: string[];
  rejections: Rejection[];
  warnings: string[];
  verticesBefore: number;
  verticesAfter: number;
  districtVerticesBefore: number;
  districtVerticesAfter: number;
  /** Schools whose shared point was replaced by the Gemeinde point. */
  movedSchools: Array<{ ref: string; name: string; street: string | null }>;
  offerReport: OfferReportRow[];
}

export function convertOpenData(texts: SourceTexts): Conversion {
  const errors: string[] = [];
  const rejections: Rejection[] = [];
  const warnings: string[] = [];

  const municipalityResult = parseMunicipalities(texts.municipalitiesGeojson, texts.municipalitiesCsv);
  const { municipalities } = municipalityResult;
  errors.push(...municipalityResult.errors);
  const districtResult = parseDistrict(texts.districtGeojson, municipalities);
  errors.push(...districtResult.errors);
  const postcodeResult = parsePostcodes(texts.postcodesCsv, municipalities);
  errors.push(...postcodeResult.errors);
  const { postcodes } = postcodeResult;
  const gazetteer = buildGazetteer(municipalities, postcodes);
  const municipalitySlug = (ags: string | null) => (ags ? (gazetteer.byAgs.get(ags)?.slug ?? null) : null);

  // Schools first: they get the plain slugs when names collide.
  const schoolRows = parseCsv(texts.schoolsCsv);
  const parsedSchools: Array<{ school: School; sourcePoint: { lat: number; lng: number } | null }> = [];
  schoolRows.forEach((row, index) => {
    const parsed = parseSchoolRow(row, gazetteer);
    if (parsed.ok) parsedSchools.push(parsed.value);
    else {
      const rejection = { file: SOURCE_FILES.schoolsCsv, ref: row.id || `Zeile ${index + 1}`, name: row.name ?? "", reason: parsed.reason };
      if (parsed.reason.startsWith("unbekannte Gemeinde")) errors.push(`${rejection.file} ${rejection.ref}: ${parsed.reason}`);
      else rejections.push(rejection);
    }
  });
  const moved = findSharedFallbackPoints(
    parsedSchools.map(({ school, sourcePoint }) => ({
      ref: school.sourceRef,
      municipalityAgs: school.municipalityAgs,
      street: school.street,
      point: sourcePoint,
    })),
  );
  const movedSchools: Conversion["movedSchools"] = [];
  const allocateSlug = createSlugAllocator();
  const institutions: SeedInstitution[] = [];
  for (const { school } of parsedSchools) {
    const placed = moved.has(school.sourceRef) ? toMunicipalityPoint(school, gazetteer) : school;
    if (moved.has(school.sourceRef)) movedSchools.push({ ref: school.sourceRef, name: school.name, street: school.street });
    const slug = allocateSlug(school.name, municipalitySlug(school.municipalityAgs));
    if (slug === null) rejections.push({ file: SOURCE_FILES.schoolsCsv, ref: school.sourceRef, name: school.name, reason: "Name ergibt keinen Slug" });
    else institutions.push({ slug, ...placed });
  }

  // Einrichtungen in file order; offers are built after all institutions exist (a programme
  // can name an institution further down the file).
  const einrichtungRows: CsvRow[] = parseCsv(texts.einrichtungenCsv);
  const unknownTowns = new Set(
    einrichtungRows.map((row) => row.town?.trim() ?? "").filter((town) => town !== "" && !gazetteer.byName.has(town)),
  );
  for (const town of unknownTowns) errors.push(`${SOURCE_FILES.einrichtungenCsv}: unbekannte Gemeinde "${town}"`);

  const pendingOffers: Array<{ row: EinrichtungRow; slug: string }> = [];
  einrichtungRows.forEach((csvRow, index) => {
    const rowNumber = index + 1;
    const reject = (reason: string) =>
      rejections.push({ file: SOURCE_FILES.einrichtungenCsv, ref: `einrichtungen:${rowNumber}`, name: csvRow.name ?? "", reason });
    const parsed = parseEinrichtungRow(csvRow, rowNumber, gazetteer);
    if (!parsed.ok) return reject(parsed.reason);
    const row = parsed.value;
    warnings.push(...row.warnings.map((warning) => `${row.sourceRef} ${row.name}: ${warning}`));
    const slug = allocateSlug(row.name, municipalitySlug(row.place.municipalityAgs));
    if (slug === null) return reject("Name ergibt keinen Slug");
    if (row.category === OFFER_CATEGORY) return void pendingOffers.push({ row, slug });
    const institution = toInstitution(row, slug);
    if (institution.ok) institutions.push(institution.value);
    else reject(institution.reason);
  });

  const institutionsByRef = new Map(institutions.map((institution) => [institution.sourceRef, institution]));
  for (const link of OFFER_INSTITUTION_LINKS) {
    const target = institutionsByRef.get(link.institutionRef);
    if (target?.name !== link.institutionName) {
      errors.push(`Verknüpfung "${link.title}": ${link.institutionRef} ist nicht "${link.institutionName}" (${target?.name ?? "fehlt"})`);
    }
    if (!pendingOffers.some(({ row }) => row.name === link.title)) {
      errors.push(`Verknüpfung "${link.title}": kein Angebot mit diesem Titel`);
    }
  }

  const offers: SeedOffer[] = [];
  const offerReport: OfferReportRow[] = [];
  for (const { row, slug } of pendingOffers) {
    const link = OFFER_INSTITUTION_LINKS.find((entry) => entry.title === row.name);
    const institution = (link && institutionsByRef.get(link.institutionRef)) ?? null;
    const { sectorReason, ...classification } = classifyOffer(row, institution?.sector ?? null);
    const offer = toOffer(row, { slug, institution, classification });
    offers.push(offer);
    offerReport.push({
      title: offer.title,
      sector: offer.sector,
      sectorReason,
      topics: offer.topics,
      audiences: offer.audiences,
      ageMin: offer.ageMin,
      ageMax: offer.ageMax,
      institutionSlug: offer.institutionSlug,
      geoPrecision: offer.geoPrecision,
    });
  }

  const slugs = new Set<string>();
  for (const { slug } of [...institutions, ...offers]) {
    if (slugs.has(slug)) errors.push(`Slug doppelt: ${slug}`);
    slugs.add(slug);
  }
  for (const list of [institutions, offers]) {
    const refs = new Set<string>();
    for (const { sourceRef } of list) {
      if (refs.has(sourceRef)) errors.push(`sourceRef doppelt: ${sourceRef}`);
      refs.add(sourceRef);
    }
  }

  const countFrom = (datasetId: string, list: Array<{ datasetId: string }>) =>
    list.filter((entry) => entry.datasetId === datasetId).length;
  const seed: Seed = {
    datasets: buildDatasets({
      // The Gemeinden and the district outline.
      municipalities: municipalities.length + (districtResult.district ? 1 : 0),
      postcodes: postcodes.length,
      schools: countFrom(DATASET_IDS.schools, institutions),
      einrichtungen: countFrom(DATASET_IDS.einrichtungen, institutions) + countFrom(DATASET_IDS.einrichtungen, offers),
    }),
    municipalities,
    district: districtResult.district,
    postcodes,
    institutions,
    offers,
  };
  errors.push(...validateSeed(seed));

  return {
    seed,
    errors,
    rejections,
    warnings,
    verticesBefore: municipalityResult.verticesBefore,
    verticesAfter: municipalityResult.verticesAfter,
    districtVerticesBefore: districtResult.verticesBefore,
    districtVerticesAfter: districtResult.verticesAfter,
    movedSchools,
    offerReport,
  };
}

/** Checks every seed array against the contract in db/seed-format.ts; returns the problems. */
export function validateSeed(seed: Seed): string[] {
  const problems: string[] = [];
  const check = (file: string, schema: ZodTypeAny, data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return;
    for (const issue of result.error.issues.slice(0, 10)) {
      problems.push(`${file}: ${issue.path.join(".")}: ${issue.message}`);
    }
  };
  check(SEED_FILES.datasets.file, SEED_FILES.datasets.schema, seed.datasets);
  check(SEED_FILES.municipalities.file, SEED_FILES.municipalities.schema, seed.municipalities);
  check(SEED_FILES.district.file, SEED_FILES.district.schema, seed.district);
  check(SEED_FILES.postcodes.file, SEED_FILES.postcodes.schema, seed.postcodes);
  check(SEED_FILES.institutions.file, SEED_FILES.institutions.schema, seed.institutions);
  check(SEED_FILES.offers.file, SEED_FILES.offers.schema, seed.offers);
  return problems;
}
