// The project's own seed format: JSON files under db/seed/, written by
// scripts/import-open-data.ts and loaded by scripts/db-seed.ts. Both sides validate with
// these schemas, so a malformed seed file fails before anything is written.
import { z } from "zod";
import {
  AUDIENCES,
  CARRIERS,
  GEO_PRECISIONS,
  SECTORS,
  STATUSES,
  TOPICS,
} from "../app/catalogue/vocabulary";

const nonEmpty = z.string().trim().min(1);
const optionalText = z.string().trim().min(1).nullable();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Slug: nur a–z, 0–9 und Bindestriche");
const ags = z.string().regex(/^08118\d{3}$/, "AGS einer Gemeinde im Landkreis Ludwigsburg");
const postcode = z.string().regex(/^\d{5}$/);
const lat = z.number().min(47).max(50);
const lng = z.number().min(7).max(11);
const url = z.string().url();

const position = z.array(z.number()).min(2);
const geometry = z.union([
  z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(position))) }),
]);

export const seedDataset = z.object({
  id: slug,
  title: nonEmpty,
  publisher: nonEmpty,
  licence: nonEmpty,
  licenceUrl: url.nullable(),
  attribution: nonEmpty,
  stand: nonEmpty,
  sourceUrls: z.array(url).min(1),
  caveats: z.string(),
  recordCount: z.number().int().nonnegative(),
});

export const seedMunicipality = z.object({
  ags,
  slug,
  name: nonEmpty,
  population: z.number().int().positive(),
  areaKm2: z.number().positive(),
  labelLat: lat,
  labelLng: lng,
  boundary: geometry,
  osmRelationId: z.number().int().positive().nullable(),
  datasetId: slug,
});

export const seedDistrict = z.object({
  ags: z.string().regex(/^08118$/, "AGS des Landkreises Ludwigsburg"),
  name: nonEmpty,
  population: z.number().int().positive(),
  areaKm2: z.number().positive(),
  boundary: geometry,
  datasetId: slug,
});

export const seedPostcode = z.object({
  postcode,
  municipalityAgs: ags,
  datasetId: slug,
});

const place = {
  street: optionalText,
  postcode: postcode.nullable(),
  town: optionalText,
  municipalityAgs: ags.nullable(),
  lat: lat.nullable(),
  lng: lng.nullable(),
  geoPrecision: z.enum(GEO_PRECISIONS).nullable(),
  geoSource: optionalText,
};

const provenance = {
  datasetId: slug,
  sourceRef: nonEmpty,
  sourceUrls: z.array(url).min(1),
  licence: nonEmpty,
  stand: nonEmpty,
  status: z.enum(STATUSES),
};

const ageRange = {
  ageMin: z.number().int().min(0).max(99).nullable(),
  ageMax: z.number().int().min(0).max(99).nullable(),
};

function coherentPlace<T extends z.ZodRawShape>(shape: z.ZodObject<T>) {
  return shape.superRefine((row: Record<string, unknown>, ctx) => {
    const hasPoint = row.lat !== null && row.lng !== null;
    if ((row.lat === null) !== (row.lng === null)) {
      ctx.addIssue({ code: "custom", message: "lat und lng nur gemeinsam" });
    }
    if (hasPoint !== (row.geoPrecision !== null)) {
      ctx.addIssue({ code: "custom", message: "geoPrecision genau dann, wenn Koordinaten vorliegen" });
    }
    const { ageMin, ageMax } = row as { ageMin: number | null; ageMax: number | null };
    if (ageMin !== null && ageMax !== null && ageMin > ageMax) {
      ctx.addIssue({ code: "custom", message: "ageMin größer als ageMax" });
    }
  });
}

export const seedInstitution = coherentPlace(
  z.object({
    slug,
    name: nonEmpty,
    sector: z.enum(SECTORS),
    type: nonEmpty,
    types: z.array(nonEmpty).min(1),
    typeDetail: optionalText,
    carrier: z.enum(CARRIERS).nullable(),
    ...place,
    phone: optionalText,
    email: z.string().email().nullable(),
    website: url.nullable(),
    description: optionalText,
    targetGroup: optionalText,
    ...ageRange,
    facts: z.record(z.union([z.string(), z.number()])),
    ...provenance,
  }),
);

export const seedOffer = coherentPlace(
  z.object({
    slug,
    title: nonEmpty,
    /** Slug of the institution that runs the offer, if the source names one. */
    institutionSlug: slug.nullable(),
    sector: z.enum(SECTORS),
    type: nonEmpty,
    topics: z.array(z.enum(TOPICS)),
    audiences: z.array(z.enum(AUDIENCES)),
    ...ageRange,
    description: optionalText,
    targetGroup: optionalText,
    website: url.nullable(),
    phone: optionalText,
    ...place,
    ...provenance,
  }),
);

export type SeedDataset = z.infer<typeof seedDataset>;
export type SeedMunicipality = z.infer<typeof seedMunicipality>;
export type SeedDistrict = z.infer<typeof seedDistrict>;
export type SeedPostcode = z.infer<typeof seedPostcode>;
export type SeedInstitution = z.infer<typeof seedInstitution>;
export type SeedOffer = z.infer<typeof seedOffer>;

/** File names under db/seed/ and the schema of each file's array. */
export const SEED_FILES = {
  datasets: { file: "datasets.json", schema: z.array(seedDataset) },
  municipalities: { file: "municipalities.json", schema: z.array(seedMunicipality) },
  /** One object, not an array: the district has one outline. */
  district: { file: "district.json", schema: seedDistrict },
  postcodes: { file: "postcodes.json", schema: z.array(seedPostcode) },
  institutions: { file: "institutions.json", schema: z.array(seedInstitution) },
  offers: { file: "offers.json", schema: z.array(seedOffer) },
} as const;
