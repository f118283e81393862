// The three focus topics of the Bildungsregion as theme pages. The text says only what the
// product owner has confirmed about the Bildungsregion; everything else on a theme page is
// catalogue entries (the Projektgruppe, programmes and institutions from the index).
import type { Topic } from "~/catalogue/vocabulary";
import type { SearchParams } from "~/search/params";
import type { RefKey } from "./bildungsregion";

/** A sentence of a theme page; `refs` are catalogue entries it names, linked after it. */
export type ThemeFact = { text: string; refs?: RefKey[] };

export type Theme = {
  slug: string;
  title: string;
  /** The index topic whose programmes the page lists. */
  topic: Topic;
  facts: ThemeFact[];
  /** Institutions of the theme, listed from the index; only where types say so. */
  institutions?: { title: string; search: Partial<SearchParams> };
  /** Further searches with their number of hits. */
  searches: { label: string; search: Partial<SearchParams> }[];
  /** The situation on /beratung that belongs to the theme. */
  situation: string;
};

const COMMON: ThemeFact = {
  text:
    "Zu jedem Schwerpunkt gibt es eine Projektgruppe. Die Regionale Steuergruppe unter Vorsitz des Landrats legt die " +
    "Strategie fest; das Bildungsbüro ist die Geschäftsstelle der Bildungsregion und setzt die Beschlüsse mit den " +
    "Projektgruppen um.",
  refs: ["steuergruppe", "bildungsbuero"],
};

export const THEMES: readonly Theme[] = [
  {
    slug: "uebergang-kita-schule",
    title: "Übergang Kindergarten–Schule",
    topic: "uebergang-kita-schule",
    facts: [
      {
        text:
          "Der Übergang vom Kindergarten in die Grundschule ist einer der Schwerpunkte der Bildungsregion Landkreis " +
          "Ludwigsburg. Die Bildungsregion will die Übergänge von der frühkindlichen Bildung bis in das Berufsleben gestalten.",
      },
      COMMON,
    ],
    searches: [
      { label: "Kitas und Kindergärten", search: { kategorie: ["kita"] } },
      { label: "Grundschulen", search: { typ: ["Grundschule"] } },
    ],
    situation: "vor-der-einschulung",
  },
  {
    slug: "sprachfoerderung-grundschule",
    title: "Sprachförderung in der Grundschule",
    topic: "sprachfoerderung",
    facts: [
      {
        text:
          "Die Sprachförderung in der Grundschule ist einer der Schwerpunkte der Bildungsregion Landkreis Ludwigsburg. " +
          "Die Bildungsregion vernetzt alle, die Bildung gestalten: Kitas, Schulen, Jugendhilfe und Jugendarbeit, " +
          "Kultureinrichtungen, Weiterbildung und Wirtschaft.",
      },
      COMMON,
    ],
    searches: [
      { label: "Grundschulen", search: { typ: ["Grundschule"] } },
      { label: "Angebote zur Integration", search: { thema: ["integration"] } },
    ],
    situation: "deutsch-lernen",
  },
  {
    slug: "uebergang-schule-beruf",
    title: "Übergang Schule–Beruf",
    topic: "uebergang-schule-beruf",
    facts: [
      {
        text:
          "Der Übergang von der Schule in den Beruf ist einer der Schwerpunkte der Bildungsregion Landkreis Ludwigsburg.",
      },
      {
        text: "Seit dem 1. September 2017 gibt es im Landkreis das Regionale Übergangsmanagement (RÜM).",
        refs: ["ruem", "modellregion"],
      },
      {
        text:
          "Die Ausbildungsvorbereitung dual (AV dual) gibt es an der Robert-Franck-Schule seit dem Schuljahr 2017/18 " +
          "und an der Mathilde-Planck-Schule seit dem Schuljahr 2018/19.",
        refs: ["avdual", "robertFranckSchule", "mathildePlanckSchule"],
      },
      COMMON,
    ],
    institutions: {
      title: "Einrichtungen im Übergang Schule–Beruf",
      search: { typ: ["Berufliche Schule", "Jugendberufsagentur", "Jugendberufshilfe", "Berufsberatung", "Jobcenter"] },
    },
    searches: [{ label: "Berufsorientierung und Ausbildungsmessen", search: { thema: ["berufsorientierung"] } }],
    situation: "ohne-ausbildungsplatz",
  },
];

export function themeBySlug(slug: string): Theme | null {
  return THEMES.find((theme) => theme.slug === slug) ?? null;
}
