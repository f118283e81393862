// The shape in which the audience pages read catalogue entries, and the one way their rules
// match an entry. Pure: the entries come from entries.server.ts, the rules are data in the
// modules next to this one, so every rule can be tested on small examples.
import type { EntryKind, Sector, Topic } from "~/catalogue/vocabulary";
import type { EntrySource } from "~/search/documents";

/**
 * A published institution or offer, as the audience pages need it. `types` lists every type
 * (for offers the one type); topics and audiences only offers have in the catalogue.
 */
export type AudienceEntry = Pick<
  EntrySource,
  | "kind" | "slug" | "title" | "sector" | "type" | "types" | "typeDetail" | "topics" | "audiences" | "description"
  | "targetGroup" | "municipality" | "lat" | "lng" | "geoPrecision" | "website" | "phone" | "sourceUrls" | "stand"
>;

/**
 * A published entry as the audience pages read it: an institution without its own list of
 * types counts under its main type, and a position is only as precise as it is present.
 */
export function toAudienceEntry(source: EntrySource): AudienceEntry {
  const { kind, slug, title, sector, type, types, typeDetail, topics, audiences, description, targetGroup } = source;
  const { municipality, lat, lng, geoPrecision, website, phone, sourceUrls, stand } = source;
  return {
    kind,
    slug,
    title,
    sector,
    type,
    types: types.length > 0 ? types : [type],
    typeDetail,
    topics,
    audiences,
    description,
    targetGroup,
    municipality,
    lat,
    lng,
    geoPrecision: lat !== null && lng !== null ? geoPrecision : null,
    website,
    phone,
    sourceUrls,
    stand,
  };
}

/**
 * A rule over what an entry states. An entry matches when any criterion matches: one of the
 * types, one of the topics, or the text pattern in the fields the rule names. `unless`
 * excludes entries whose text matches it.
 */
export type EntryRule = {
  types?: readonly string[];
  topics?: readonly Topic[];
  text?: RegExp;
  /** Which fields `text` and `unless` look at; title, type detail, description and target group by default. */
  fields?: readonly TextField[];
  unless?: RegExp;
  kinds?: readonly EntryKind[];
  sectors?: readonly Sector[];
};

export type TextField = "title" | "type" | "typeDetail" | "description" | "targetGroup";
const DEFAULT_FIELDS: readonly TextField[] = ["title", "typeDetail", "description", "targetGroup"];

export type RuleEntry = Pick<
  AudienceEntry,
  "kind" | "title" | "sector" | "type" | "types" | "typeDetail" | "topics" | "description" | "targetGroup"
>;

export function textOf(entry: RuleEntry, fields: readonly TextField[] = DEFAULT_FIELDS): string {
  return fields
    .map((field) => entry[field])
    .filter((value): value is string => typeof value === "string" && value !== "")
    .join(" \n ");
}

export function matchesRule(entry: RuleEntry, rule: EntryRule): boolean {
  if (rule.kinds && !rule.kinds.includes(entry.kind)) return false;
  if (rule.sectors && !rule.sectors.includes(entry.sector)) return false;
  const text = textOf(entry, rule.fields);
  if (rule.unless && rule.unless.test(text)) return false;
  return (
    (rule.types?.some((type) => entry.types.includes(type) || entry.type === type) ?? false) ||
    (rule.topics?.some((topic) => entry.topics.includes(topic)) ?? false) ||
    (rule.text?.test(text) ?? false)
  );
}

/** German alphabetical order by title. */
export function byTitle(a: { title: string }, b: { title: string }) {
  return a.title.localeCompare(b.title, "de");
}

/** What a list item on these pages shows of an entry. */
export type EntryLink = {
  slug: string;
  title: string;
  type: string;
  /** The Gemeinde's name; null for entries without a place (the page says so in its language). */
  place: string | null;
  targetGroup: string | null;
};

export function toEntryLink(entry: AudienceEntry): EntryLink {
  return {
    slug: entry.slug,
    title: entry.title,
    type: entry.type,
    place: entry.municipality?.name ?? null,
    targetGroup: entry.targetGroup,
  };
}
