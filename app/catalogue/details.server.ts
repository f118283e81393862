import { and, eq, inArray } from "drizzle-orm";
import { datasets, institutions, municipalities, offers, type Institution, type Offer } from "../../db/schema";
import { formatAddress } from "~/search/documents";
import type { EntryCardData } from "~/ui/entry-card";
import type { CatalogueDb } from "./db.server";
import type { Audience, Carrier, EntryKind, GeoPrecision, Sector, Topic } from "./vocabulary";

export type EntryDetail = {
  kind: EntryKind;
  title: string;
  slug: string;
  sector: Sector;
  type: string;
  types: string[];
  typeDetail: string | null;
  carrier: Carrier | null;
  street: string | null;
  postcode: string | null;
  town: string | null;
  lat: number | null;
  lng: number | null;
  geoPrecision: GeoPrecision | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
  targetGroup: string | null;
  ageMin: number | null;
  ageMax: number | null;
  topics: Topic[];
  audiences: Audience[];
  facts: Record<string, string | number>;
  sourceUrls: string[];
  licence: string;
  stand: string;
  updatedAt: string;
  municipality: { slug: string; name: string } | null;
  dataset: { id: string; title: string; attribution: string };
  /** For offers: the institution that runs it. */
  institution: { slug: string; name: string } | null;
  /** For institutions: the offers it runs. */
  relatedOffers: { slug: string; title: string; type: string }[];
};

/** A published institution or offer by its slug, with everything the detail page shows. */
export function getEntryBySlug(db: CatalogueDb, slug: string): EntryDetail | null {
  const institution = db
    .select({ entry: institutions, municipality: municipalities, dataset: datasets })
    .from(institutions)
    .leftJoin(municipalities, eq(institutions.municipalityAgs, municipalities.ags))
    .innerJoin(datasets, eq(institutions.datasetId, datasets.id))
    .where(and(eq(institutions.slug, slug), eq(institutions.status, "published")))
    .get();
  if (institution) {
    const { entry, municipality, dataset } = institution;
    const relatedOffers = db
      .select({ slug: offers.slug, title: offers.title, type: offers.type })
      .from(offers)
      .where(and(eq(offers.institutionId, entry.id), eq(offers.status, "published")))
      .all();
    return {
      kind: "einrichtung",
      title: entry.name,
      slug: entry.slug,
      sector: entry.sector,
      type: entry.type,
      types: entry.types,
      typeDetail: entry.typeDetail,
      carrier: entry.carrier,
      street: entry.street,
      postcode: entry.postcode,
      town: entry.town,
      lat: entry.lat,
      lng: entry.lng,
      geoPrecision: entry.geoPrecision,
      phone: entry.phone,
      email: entry.email,
      website: entry.website,
      description: entry.description,
      targetGroup: entry.targetGroup,
      ageMin: entry.ageMin,
      ageMax: entry.ageMax,
      topics: [],
      audiences: [],
      facts: entry.facts,
      sourceUrls: entry.sourceUrls,
      licence: entry.licence,
      stand: entry.stand,
      updatedAt: entry.updatedAt,
      municipality: municipality ? { slug: municipality.slug, name: municipality.name } : null,
      dataset: { id: dataset.id, title: dataset.title, attribution: dataset.attribution },
      institution: null,
      relatedOffers,
    };
  }

  const offer = db
    .select({ entry: offers, municipality: municipalities, dataset: datasets, institution: institutions })
    .from(offers)
    .leftJoin(municipalities, eq(offers.municipalityAgs, municipalities.ags))
    .leftJoin(institutions, eq(offers.institutionId, institutions.id))
    .innerJoin(datasets, eq(offers.datasetId, datasets.id))
    .where(and(eq(offers.slug, slug), eq(offers.status, "published")))
    .get();
  if (!offer) return null;
  const { entry, municipality, dataset, institution: host } = offer;
  return {
    kind: "angebot",
    title: entry.title,
    slug: entry.slug,
    sector: entry.sector,
    type: entry.type,
    types: [entry.type],
    typeDetail: null,
    carrier: null,
    street: entry.street,
    postcode: entry.postcode,
    town: entry.town,
    lat: entry.lat,
    lng: entry.lng,
    geoPrecision: entry.geoPrecision,
    phone: entry.phone,
    email: null,
    website: entry.website,
    description: entry.description,
    targetGroup: entry.targetGroup,
    ageMin: entry.ageMin,
    ageMax: entry.ageMax,
    topics: entry.topics,
    audiences: entry.audiences,
    facts: {},
    sourceUrls: entry.sourceUrls,
    licence: entry.licence,
    stand: entry.stand,
    updatedAt: entry.updatedAt,
    municipality: municipality ? { slug: municipality.slug, name: municipality.name } : null,
    dataset: { id: dataset.id, title: dataset.title, attribution: dataset.attribution },
    institution: host && host.status === "published" ? { slug: host.slug, name: host.name } : null,
    relatedOffers: [],
  };
}

export function listDatasets(db: CatalogueDb) {
  return db.select().from(datasets).all();
}

/**
 * Published entries by slug, as result cards, in the order asked (a Merkliste's order).
 * Slugs that name nothing published are simply missing from the answer.
 */
export function getEntryCards(db: CatalogueDb, slugs: readonly string[]): EntryCardData[] {
  if (slugs.length === 0) return [];
  const wanted = [...new Set(slugs)];
  const municipality = { slug: municipalities.slug, name: municipalities.name };
  const bySlug = new Map<string, EntryCardData>();
  // An offer sharing a slug with an institution is shadowed, as on /angebote/:slug.
  const offerRows = db
    .select({ entry: offers, municipality })
    .from(offers)
    .leftJoin(municipalities, eq(offers.municipalityAgs, municipalities.ags))
    .where(and(inArray(offers.slug, wanted), eq(offers.status, "published")))
    .all();
  const institutionRows = db
    .select({ entry: institutions, municipality })
    .from(institutions)
    .leftJoin(municipalities, eq(institutions.municipalityAgs, municipalities.ags))
    .where(and(inArray(institutions.slug, wanted), eq(institutions.status, "published")))
    .all();
  const addCard = (entry: Offer | Institution, title: string, m: EntryCardData["municipality"]) =>
    bySlug.set(entry.slug, {
      slug: entry.slug,
      title,
      category: entry.sector,
      type: entry.type,
      municipality: m,
      address: formatAddress(entry),
      geoPrecision: entry.geoPrecision,
      stand: entry.stand,
    });
  for (const { entry, municipality: m } of offerRows) addCard(entry, entry.title, m);
  for (const { entry, municipality: m } of institutionRows) addCard(entry, entry.name, m);
  return wanted.flatMap((slug) => {
    const card = bySlug.get(slug);
    return card ? [card] : [];
  });
}
