import type { CatalogueDb } from "~/catalogue/db.server";
import { engineConfigFromEnv, type EngineConfig } from "~/search/meili.server";
import { DEFAULT_SEARCH_PARAMS, toSearchQuery, type SearchParams } from "~/search/params";
import type { Gazetteer } from "~/search/places";
import { planSearch } from "~/search/plan";
import { searchCatalogue, type SearchHit } from "~/search/search.server";
import { resolveRefs } from "./bildungsregion";
import { loadAudienceEntries } from "./entries.server";
import { THEMES, themeBySlug } from "./themes";

export type ThemeList = { status: "ok"; total: number; hits: SearchHit[]; href: string } | { status: "degraded"; href: string };

export type ThemeDeps = { db: CatalogueDb; gazetteer: Gazetteer; config?: EngineConfig };

/** One search as /suche would run it; the page shows its first page and links to the rest. */
async function list(deps: ThemeDeps, search: Partial<SearchParams>): Promise<ThemeList> {
  const href = `/suche${toSearchQuery(search)}`;
  const plan = planSearch({ ...DEFAULT_SEARCH_PARAMS, ...search }, deps.gazetteer);
  const outcome = await searchCatalogue(plan, deps.config ?? engineConfigFromEnv());
  if (outcome.status === "degraded") return { status: "degraded", href };
  return { status: "ok", total: outcome.total, hits: outcome.hits, href };
}

/**
 * A theme page: the confirmed facts with the catalogue entries they name, the Projektgruppe,
 * and the theme's programmes and institutions live from the index. Null for an unknown slug.
 */
export async function loadThemePage(deps: ThemeDeps, slug: string) {
  const theme = themeBySlug(slug);
  if (!theme) return null;
  const refs = resolveRefs(loadAudienceEntries(deps.db));
  const [programmes, institutions, ...searches] = await Promise.all([
    list(deps, { thema: [theme.topic] }),
    theme.institutions ? list(deps, theme.institutions.search) : Promise.resolve(null),
    ...theme.searches.map((search) => list(deps, search.search)),
  ]);
  return {
    theme: {
      slug: theme.slug,
      facts: theme.facts.map((fact) => ({
        id: fact.id,
        links: (fact.refs ?? []).flatMap((key) => {
          const entry = refs[key];
          return entry ? [{ slug: entry.slug, title: entry.title }] : [];
        }),
      })),
    },
    projektgruppe: refs.projektgruppen,
    programmes,
    institutions,
    searches: theme.searches.map((search, index) => {
      const result = searches[index];
      return {
        id: search.id,
        href: `/suche${toSearchQuery(search.search)}`,
        total: result && result.status === "ok" ? result.total : null,
      };
    }),
    situation: theme.situation,
    otherThemes: THEMES.filter((other) => other.slug !== theme.slug).map((other) => other.slug),
  };
}
