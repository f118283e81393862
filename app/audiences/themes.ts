// The three focus topics of the Bildungsregion as theme pages. The text (in the catalogues,
// app/i18n, `audiences.themes`) says only what the product owner has confirmed about the
// Bildungsregion; everything else on a theme page is catalogue entries (the Projektgruppe,
// programmes and institutions from the index).
import type { Topic } from "~/catalogue/vocabulary";
import type { SearchParams } from "~/search/params";
import type { SituationId } from "./beratung";
import type { RefKey } from "./bildungsregion";

export type ThemeSlug = "uebergang-kita-schule" | "sprachfoerderung-grundschule" | "uebergang-schule-beruf";

/** The confirmed sentences; their wording is in the catalogues (`audiences.themes.facts`). */
export type ThemeFactId = "kitaSchule" | "sprachfoerderung" | "schuleBeruf" | "ruem" | "avdual" | "bodies";

/** The further searches of the theme pages; their labels are in `audiences.themes.searches`. */
export type ThemeSearchId = "kitas" | "grundschulen" | "integration" | "berufsorientierung";

/** A sentence of a theme page; `refs` are catalogue entries it names, linked after it. */
export type ThemeFact = { id: ThemeFactId; refs?: RefKey[] };

/** A theme page; its title and the title of its institution list are in `audiences.themes.pages`. */
export type Theme = {
  slug: ThemeSlug;
  /** The index topic whose programmes the page lists. */
  topic: Topic;
  facts: ThemeFact[];
  /** Institutions of the theme, listed from the index; only where types say so. */
  institutions?: { search: Partial<SearchParams> };
  /** Further searches with their number of hits. */
  searches: { id: ThemeSearchId; search: Partial<SearchParams> }[];
  /** The situation on /beratung that belongs to the theme. */
  situation: SituationId;
};

/** The Projektgruppen, the Regionale Steuergruppe and the Bildungsbüro: on every theme page. */
const BODIES: ThemeFact = { id: "bodies", refs: ["steuergruppe", "bildungsbuero"] };

export const THEMES: readonly Theme[] = [
  {
    slug: "uebergang-kita-schule",
    topic: "uebergang-kita-schule",
    facts: [{ id: "kitaSchule" }, BODIES],
    searches: [
      { id: "kitas", search: { kategorie: ["kita"] } },
      { id: "grundschulen", search: { typ: ["Grundschule"] } },
    ],
    situation: "vor-der-einschulung",
  },
  {
    slug: "sprachfoerderung-grundschule",
    topic: "sprachfoerderung",
    facts: [{ id: "sprachfoerderung" }, BODIES],
    searches: [
      { id: "grundschulen", search: { typ: ["Grundschule"] } },
      { id: "integration", search: { thema: ["integration"] } },
    ],
    situation: "deutsch-lernen",
  },
  {
    slug: "uebergang-schule-beruf",
    topic: "uebergang-schule-beruf",
    facts: [
      { id: "schuleBeruf" },
      { id: "ruem", refs: ["ruem", "modellregion"] },
      { id: "avdual", refs: ["avdual", "robertFranckSchule", "mathildePlanckSchule"] },
      BODIES,
    ],
    institutions: {
      search: { typ: ["Berufliche Schule", "Jugendberufsagentur", "Jugendberufshilfe", "Berufsberatung", "Jobcenter"] },
    },
    searches: [{ id: "berufsorientierung", search: { thema: ["berufsorientierung"] } }],
    situation: "ohne-ausbildungsplatz",
  },
];

export function themeBySlug(slug: string): Theme | null {
  return THEMES.find((theme) => theme.slug === slug) ?? null;
}
