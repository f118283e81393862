// /familien: the child's age first. Each age band leads to searches that are already
// filtered, and the counselling services families need come live from the catalogue.
import type { SearchParams } from "~/search/params";
import { byTitle, matchesRule, toEntryLink, type AudienceEntry, type EntryLink, type EntryRule } from "./entries";

export type BandLink =
  | { label: string; hint?: string; search: Partial<SearchParams> }
  | { label: string; hint?: string; to: string };

export type AgeBand = {
  id: string;
  /** The band as people say it: "3 bis 6 Jahre". */
  label: string;
  /** What the band is about: "Kita und Kindergarten". */
  title: string;
  /**
   * The age the searches of this band use. `alter` takes one age (entries whose range contains
   * it); an age inside the band avoids its edges, where the neighbouring band's types start
   * or end (a Krippe is for children under three, so `alter=3` would still list Krippen).
   */
  age: number;
  links: BandLink[];
  /** Sectors of the "in der Nähe" search of this band, with `alter` and the postcode. */
  nearby: Pick<SearchParams, "kategorie">;
  /** What the catalogue cannot answer for this band, said instead of faked. */
  note?: string;
};

export const AGE_BANDS: readonly AgeBand[] = [
  {
    id: "0-3",
    label: "0 bis 3 Jahre",
    title: "Krippe und Kindertagespflege",
    age: 1,
    links: [
      { label: "Krippen und Kitas", search: { kategorie: ["kita"], alter: 1 } },
      { label: "Vermittlung von Kindertagespflege", search: { typ: ["Kindertagespflege"] } },
      { label: "Frühe Hilfen für Familien mit Babys", search: { typ: ["Frühe Hilfen", "Willkommensbesuche / Frühe Hilfen"] } },
    ],
    nearby: { kategorie: ["kita"] },
  },
  {
    id: "3-6",
    label: "3 bis 6 Jahre",
    title: "Kita und Kindergarten",
    age: 4,
    links: [
      { label: "Kitas und Kindergärten", search: { kategorie: ["kita"], alter: 4 } },
      { label: "Musik, Kunst und Bücher für Kinder", search: { kategorie: ["kultur"], alter: 4 } },
      { label: "Vom Kindergarten in die Schule", to: "/themen/uebergang-kita-schule" },
    ],
    nearby: { kategorie: ["kita"] },
  },
  {
    id: "6-10",
    label: "6 bis 10 Jahre",
    title: "Grundschule und Betreuung",
    age: 8,
    links: [
      { label: "Grundschulen", search: { kategorie: ["schule"], alter: 8 } },
      { label: "Musik, Kunst und Lernorte für Kinder", search: { kategorie: ["kultur"], alter: 8 } },
      { label: "Sprachförderung in der Grundschule", to: "/themen/sprachfoerderung-grundschule" },
    ],
    nearby: { kategorie: ["schule"] },
    note:
      "Zur Betreuung von Grundschulkindern (Hort, Ganztag, Kernzeit) enthält der Katalog kaum Angaben. " +
      "Fragen Sie bei der Grundschule oder Ihrer Gemeinde nach.",
  },
  {
    id: "10-16",
    label: "10 bis 16 Jahre",
    title: "Weiterführende Schulen und Jugendarbeit",
    age: 12,
    links: [
      { label: "Weiterführende Schulen", search: { kategorie: ["schule"], alter: 12 } },
      {
        label: "Jugendhäuser, Jugendtreffs und Mobile Jugendarbeit",
        hint: "ohne Altersangabe im Katalog, daher ohne Altersfilter",
        search: { typ: ["Jugendhaus", "Jugendtreff", "Mobile Jugendarbeit"] },
      },
      { label: "Jugendbeteiligung", search: { typ: ["Jugendbeteiligung"] } },
    ],
    nearby: { kategorie: ["schule", "jugendhilfe"] },
  },
  {
    id: "16-25",
    label: "16 bis 25 Jahre",
    title: "Ausbildung und Übergang in den Beruf",
    age: 17,
    links: [
      { label: "Berufliche Schulen und Gymnasien", search: { kategorie: ["schule"], alter: 17 } },
      { label: "Programme im Übergang Schule–Beruf", search: { thema: ["uebergang-schule-beruf"] } },
      { label: "Berufsorientierung und Ausbildungsmessen", search: { thema: ["berufsorientierung"] } },
      { label: "Beratung nach Lebenslage: ohne Ausbildungsplatz, Abschluss nachholen …", to: "/beratung" },
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

export type FamilyServiceGroup = { id: string; title: string; rule: EntryRule };

/**
 * Counselling families need, by what the catalogue states: the type, the source's own type
 * wording (typeDetail) or an offer's topic. Every group also requires that the stated target
 * group names families, parents, children or pregnant women (FOR_FAMILIES), which keeps out
 * services for professionals such as the Kinderschutz-Fachberatung for Kitas and schools.
 */
export const FAMILY_SERVICE_GROUPS: readonly FamilyServiceGroup[] = [
  {
    id: "schwangerschaft",
    title: "Schwangerschaft",
    rule: { text: /Schwanger/, fields: ["typeDetail"] },
  },
  {
    id: "fruehe-hilfen",
    title: "Frühe Hilfen: die ersten Lebensjahre",
    rule: { types: ["Frühe Hilfen", "Willkommensbesuche / Frühe Hilfen"], topics: ["fruehe-hilfen"] },
  },
  {
    id: "erziehungsberatung",
    title: "Erziehungs- und Familienberatung",
    rule: { text: /Erziehungs/, fields: ["typeDetail"] },
  },
  {
    id: "jugendamt",
    title: "Jugendamt und Kindertagespflege",
    rule: { types: ["Jugendamt", "Kindertagespflege"], sectors: ["jugendhilfe"] },
  },
  {
    id: "kinderschutz",
    title: "Kinderschutz",
    rule: { types: ["Kinderschutz"], text: /Kinderschutz/, fields: ["typeDetail"] },
  },
  {
    id: "familienbildung",
    title: "Familienbildung und Familienzentren",
    rule: { types: ["Familienbildung", "Familienzentrum", "Kinder- und Familienzentrum", "Kinder- und Familienzentren"] },
  },
];

export const FOR_FAMILIES = /Eltern|Famili|Kinder|Schwangere|Mütter/;

export type FamilyServices = { id: string; title: string; entries: EntryLink[] }[];

/** The groups with the entries that match them; a group without entries is left out. */
export function familyServices(entries: readonly AudienceEntry[]): FamilyServices {
  return FAMILY_SERVICE_GROUPS.map((group) => ({
    id: group.id,
    title: group.title,
    entries: entries
      .filter((entry) => FOR_FAMILIES.test(entry.targetGroup ?? "") && matchesRule(entry, group.rule))
      .sort(byTitle)
      .map(toEntryLink),
  })).filter((group) => group.entries.length > 0);
}
