import { ageRangeOf } from "~/catalogue/ages";
import { foldGerman } from "./places";
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
  /** The title for alphabetical order: German letters folded (ä sorts as a, ß as ss). */
  sortTitle: string;
  category: Sector;
  categoryLabel: string;
  type: string;
  types: string[];
  typeDetail: string | null;
  topics: Topic[];
  topicLabels: string[];
  audiences: Audience[];
  /** Age range for the `alter` filter: stated by the source, or typical for the type. */
  ageMin: number | null;
  ageMax: number | null;
  ageTypical: boolean;
  /** Spellings without umlauts ("Moerike-Gymnasium"), so both forms find the entry. */
  aliases: string[];
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
  /**
   * When the catalogue row last changed (ISO 8601). The reconciliation compares it with the
   * catalogue to find documents the index holds in an older version.
   */
  updatedAt: string | null;
  _geo?: { lat: number; lng: number };
};

/**
 * A published catalogue entry (institution or offer, joined) as the sync module builds search
 * documents from it and the audience pages read it.
 */
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
  /** Contact and sources: shown on the audience pages, not indexed. */
  website: string | null;
  phone: string | null;
  sourceUrls: string[];
  stand: string;
  /** The row's `updated_at`: the reconciliation compares it with the index. */
  updatedAt: string | null;
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

const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };

/** The umlaut-free spelling of a text, when it differs ("Mörike" → "Moerike"). */
export function transliterate(text: string): string | null {
  const ascii = text.replace(/[äöüÄÖÜß]/g, (ch) => TRANSLITERATION[ch] ?? ch);
  return ascii === text ? null : ascii;
}

export function toSearchDocument(entry: EntrySource): SearchDocument {
  const ages = ageRangeOf(entry);
  const aliases = [entry.title, ...entry.types, entry.municipality?.name ?? ""]
    .map(transliterate)
    .filter((alias): alias is string => alias !== null);
  const geo = entry.lat !== null && entry.lng !== null ? { lat: entry.lat, lng: entry.lng } : null;
  return {
    id: documentId(entry.kind, entry.id),
    kind: entry.kind,
    slug: entry.slug,
    title: entry.title,
    sortTitle: foldGerman(entry.title).replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim(),
    category: entry.sector,
    categoryLabel: SECTOR_LABELS[entry.sector],
    type: entry.type,
    types: entry.types.length > 0 ? entry.types : [entry.type],
    typeDetail: entry.typeDetail,
    topics: entry.topics,
    topicLabels: entry.topics.map((topic) => TOPIC_LABELS[topic]),
    audiences: entry.audiences,
    ageMin: ages?.min ?? null,
    ageMax: ages?.max ?? null,
    ageTypical: ages?.typical ?? false,
    aliases: [...new Set(aliases)],
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
    updatedAt: entry.updatedAt ?? null,
    ...(geo ? { _geo: geo } : {}),
  };
}

/** The Gemeinde of an indexed entry, as search results and suggestions show it. */
export function municipalityOf(document: Pick<SearchDocument, "municipalitySlug" | "municipalityName">) {
  return document.municipalitySlug && document.municipalityName
    ? { slug: document.municipalitySlug, name: document.municipalityName }
    : null;
}
