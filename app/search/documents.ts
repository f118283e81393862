import {
  SECTOR_LABELS,
  TOPIC_LABELS,
  type Audience,
  type EntryKind,
  type GeoPrecision,
  type Sector,
  type Topic,
} from "~/catalogue/vocabulary";

/** One entry of the search index: an institution or an offer, flattened for searching. */
export type SearchDocument = {
  id: string;
  kind: EntryKind;
  slug: string;
  title: string;
  category: Sector;
  categoryLabel: string;
  type: string;
  types: string[];
  typeDetail: string | null;
  topics: Topic[];
  topicLabels: string[];
  audiences: Audience[];
  ageMin: number | null;
  ageMax: number | null;
  municipalitySlug: string | null;
  municipalityName: string | null;
  institutionName: string | null;
  street: string | null;
  postcode: string | null;
  town: string | null;
  address: string | null;
  description: string | null;
  targetGroup: string | null;
  lat: number | null;
  lng: number | null;
  geoPrecision: GeoPrecision | null;
  /** How current the source's information is ("Schulstatistik 2015", "2024-11" …). */
  stand: string;
  _geo?: { lat: number; lng: number };
};

/** The catalogue row as the sync module reads it (institution or offer, joined). */
export type EntrySource = {
  kind: EntryKind;
  id: number;
  slug: string;
  title: string;
  sector: Sector;
  type: string;
  types: string[];
  typeDetail: string | null;
  topics: Topic[];
  audiences: Audience[];
  ageMin: number | null;
  ageMax: number | null;
  municipality: { slug: string; name: string } | null;
  institutionName: string | null;
  street: string | null;
  postcode: string | null;
  town: string | null;
  description: string | null;
  targetGroup: string | null;
  lat: number | null;
  lng: number | null;
  geoPrecision: GeoPrecision | null;
  stand: string;
};

export function documentId(kind: EntryKind, id: number): string {
  return `${kind}-${id}`;
}

/** "Schulstraße 34, 71672 Marbach am Neckar"; whatever parts the source has. */
export function formatAddress(parts: { street: string | null; postcode: string | null; town: string | null }) {
  const place = [parts.postcode, parts.town].filter(Boolean).join(" ");
  const address = [parts.street, place].filter(Boolean).join(", ");
  return address || null;
}

export function toSearchDocument(entry: EntrySource): SearchDocument {
  const geo = entry.lat !== null && entry.lng !== null ? { lat: entry.lat, lng: entry.lng } : null;
  return {
    id: documentId(entry.kind, entry.id),
    kind: entry.kind,
    slug: entry.slug,
    title: entry.title,
    category: entry.sector,
    categoryLabel: SECTOR_LABELS[entry.sector],
    type: entry.type,
    types: entry.types.length > 0 ? entry.types : [entry.type],
    typeDetail: entry.typeDetail,
    topics: entry.topics,
    topicLabels: entry.topics.map((topic) => TOPIC_LABELS[topic]),
    audiences: entry.audiences,
    ageMin: entry.ageMin,
    ageMax: entry.ageMax,
    municipalitySlug: entry.municipality?.slug ?? null,
    municipalityName: entry.municipality?.name ?? null,
    institutionName: entry.institutionName,
    street: entry.street,
    postcode: entry.postcode,
    town: entry.town,
    address: formatAddress(entry),
    description: entry.description,
    targetGroup: entry.targetGroup,
    lat: entry.lat,
    lng: entry.lng,
    geoPrecision: geo ? entry.geoPrecision : null,
    stand: entry.stand,
    ...(geo ? { _geo: geo } : {}),
  };
}
