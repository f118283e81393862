// /familien: the child's age first. Each age band leads to searches that are already
// filtered, and the counselling services families need come live from the catalogue.
import type { SearchParams } from "~/search/params";
import { byTitle, matchesRule, toEntryLink, type AudienceEntry, type EntryLink, type EntryRule } from "./entries";

/** The prepared links of the age bands; their labels are in the catalogues (app/i18n, `audiences.families.links`). */
export type BandLinkId =
  | "krippen"
  | "tagespflege"
  | "fruehe-hilfen"
  | "kitas"
  | "kultur-kita"
  | "kita-schule"
  | "grundschulen"
  | "kultur-grundschule"
  | "sprachfoerderung"
  | "weiterfuehrende-schulen"
  | "jugendhaeuser"
  | "jugendbeteiligung"
  | "berufliche-schulen"
  | "schule-beruf"
  | "berufsorientierung"
  | "beratung";

/** Why a link searches differently from the rest of its band (`audiences.families.hints`). */
export type BandLinkHint = "withoutAge";

export type BandLink =
  | { id: BandLinkId; hint?: BandLinkHint; search: Partial<SearchParams> }
  | { id: BandLinkId; hint?: BandLinkHint; to: string };

export type AgeBandId = "0-3" | "3-6" | "6-10" | "10-16" | "16-25";

/** An age band; its label ("3 bis 6 Jahre"), title and note are in the catalogues (`audiences.families.bands`). */
export type AgeBand = {
  id: AgeBandId;
  /**
   * The age the searches of this band use. `alter` takes one age (entries whose range contains
   * it); an age inside the band avoids its edges, where the neighbouring band's types start
   * or end (a Krippe is for children under three, so `alter=3` would still list Krippen).
   */
  age: number;
  links: BandLink[];
  /** Sectors of the "in der Nähe" search of this band, with `alter` and the postcode. */
  nearby: Pick<SearchParams, "kategorie">;
};

export const AGE_BANDS: readonly AgeBand[] = [
  {
    id: "0-3",
    age: 1,
    links: [
      { id: "krippen", search: { kategorie: ["kita"], alter: 1 } },
      { id: "tagespflege", search: { typ: ["Kindertagespflege"] } },
      { id: "fruehe-hilfen", search: { typ: ["Frühe Hilfen", "Willkommensbesuche / Frühe Hilfen"] } },
    ],
    nearby: { kategorie: ["kita"] },
  },
  {
    id: "3-6",
    age: 4,
    links: [
      { id: "kitas", search: { kategorie: ["kita"], alter: 4 } },
      { id: "kultur-kita", search: { kategorie: ["kultur"], alter: 4 } },
      { id: "kita-schule", to: "/themen/uebergang-kita-schule" },
    ],
    nearby: { kategorie: ["kita"] },
  },
  {
    id: "6-10",
    age: 8,
    links: [
      { id: "grundschulen", search: { kategorie: ["schule"], alter: 8 } },
      { id: "kultur-grundschule", search: { kategorie: ["kultur"], alter: 8 } },
      { id: "sprachfoerderung", to: "/themen/sprachfoerderung-grundschule" },
    ],
    nearby: { kategorie: ["schule"] },
  },
  {
    id: "10-16",
    age: 12,
    links: [
      { id: "weiterfuehrende-schulen", search: { kategorie: ["schule"], alter: 12 } },
      { id: "jugendhaeuser", hint: "withoutAge", search: { typ: ["Jugendhaus", "Jugendtreff", "Mobile Jugendarbeit"] } },
      { id: "jugendbeteiligung", search: { typ: ["Jugendbeteiligung"] } },
    ],
    nearby: { kategorie: ["schule", "jugendhilfe"] },
  },
  {
    id: "16-25",
    age: 17,
    links: [
      { id: "berufliche-schulen", search: { kategorie: ["schule"], alter: 17 } },
      { id: "schule-beruf", search: { thema: ["uebergang-schule-beruf"] } },
      { id: "berufsorientierung", search: { thema: ["berufsorientierung"] } },
      { id: "beratung", to: "/beratung" },
    ],
    nearby: { kategorie: ["schule"] },
  },
];

/** The search behind the "in der Nähe" form of a band; the form adds `ort`. */
export function nearbySearch(band: AgeBand): Partial<SearchParams> {
  return { kategorie: band.nearby.kategorie, alter: band.age, sort: "entfernung" };
}

/** Hidden fields of the "in der Nähe" form: the parameters of the band's nearby search, in URL order. */
export function nearbyHiddenFields(band: AgeBand): { name: string; value: string }[] {
  const search = nearbySearch(band);
  return [
    ...(search.kategorie ?? []).map((value) => ({ name: "kategorie", value })),
    { name: "alter", value: String(band.age) },
    { name: "sort", value: "entfernung" },
  ];
}

export type FamilyServiceId = "schwangerschaft" | "fruehe-hilfen" | "erziehungsberatung" | "jugendamt" | "kinderschutz" | "familienbildung";

/** A group of counselling services; its title is in the catalogues (`audiences.families.services`). */
export type FamilyServiceGroup = { id: FamilyServiceId; rule: EntryRule };

/**
 * Counselling families need, by what the catalogue states: the type, the source's own type
 * wording (typeDetail) or an offer's topic. Every group also requires that the stated target
 * group names families, parents, children or pregnant women (FOR_FAMILIES), which keeps out
 * services for professionals such as the Kinderschutz-Fachberatung for Kitas and schools.
 */
export const FAMILY_SERVICE_GROUPS: readonly FamilyServiceGroup[] = [
  {
    id: "schwangerschaft",
    rule: { text: /Schwanger/, fields: ["typeDetail"] },
  },
  {
    id: "fruehe-hilfen",
    rule: { types: ["Frühe Hilfen", "Willkommensbesuche / Frühe Hilfen"], topics: ["fruehe-hilfen"] },
  },
  {
    id: "erziehungsberatung",
    rule: { text: /Erziehungs/, fields: ["typeDetail"] },
  },
  {
    id: "jugendamt",
    rule: { types: ["Jugendamt", "Kindertagespflege"], sectors: ["jugendhilfe"] },
  },
  {
    id: "kinderschutz",
    rule: { types: ["Kinderschutz"], text: /Kinderschutz/, fields: ["typeDetail"] },
  },
  {
    id: "familienbildung",
    rule: { types: ["Familienbildung", "Familienzentrum", "Kinder- und Familienzentrum", "Kinder- und Familienzentren"] },
  },
];

export const FOR_FAMILIES = /Eltern|Famili|Kinder|Schwangere|Mütter/;

export type FamilyServices = { id: FamilyServiceId; entries: EntryLink[] }[];

/** The groups with the entries that match them; a group without entries is left out. */
export function familyServices(entries: readonly AudienceEntry[]): FamilyServices {
  return FAMILY_SERVICE_GROUPS.map((group) => ({
    id: group.id,
    entries: entries
      .filter((entry) => FOR_FAMILIES.test(entry.targetGroup ?? "") && matchesRule(entry, group.rule))
      .sort(byTitle)
      .map(toEntryLink),
  })).filter((group) => group.entries.length > 0);
}
