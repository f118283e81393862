import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { loadThemePage, type ThemeList } from "~/audiences/themes.server";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, NO_STORE, reuseLoaderHeaders, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { searchContext } from "~/search/context.server";
import { DEGRADED_MESSAGE } from "~/search/search.server";
import { EntryCard } from "~/ui/entry-card";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";

export const meta: MetaFunction<typeof loader> = ({ data, location }) => {
  const { common, audiences } = messagesFor(localeFromPath(location.pathname));
  const page = data ? audiences.themes.metaTitle(audiences.themes.pages[data.theme.slug].title) : audiences.notFound;
  return [{ title: common.title(page) }];
};

export const headers = reuseLoaderHeaders;

export async function loader({ params }: LoaderFunctionArgs) {
  const page = await loadThemePage({ db: getDb(), gazetteer: searchContext().gazetteer }, params.slug ?? "");
  if (!page) throw new Response("Nicht gefunden", { status: 404 });
  // The facts stand without the engine; only the lists need it, and they say so.
  const degraded = page.programmes.status === "degraded" || page.institutions?.status === "degraded";
  return json(page, { headers: cacheHeaders(degraded ? NO_STORE : SEARCH_CACHE_CONTROL) });
}

function EntryList({ id, title, list }: { id: string; title: string; list: ThemeList }) {
  const { audiences } = useMessages();
  const t = audiences.themes;
  const localize = useLocalize();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{list.status === "ok" ? t.listTitle(title, list.total) : title}</h2>
      {list.status === "degraded" ? (
        <div className="notice notice--error" role="status">
          <p>{DEGRADED_MESSAGE}</p>
        </div>
      ) : list.total === 0 ? (
        <p>{audiences.noEntries}</p>
      ) : (
        <ol className="result-list">
          {list.hits.map((hit) => (
            <li key={hit.id}>
              <EntryCard entry={hit} />
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to={localize(list.href)}>
          {list.status === "ok" && list.total > list.hits.length ? t.openAll(list.total) : t.openInSearch}
        </Link>
      </p>
    </section>
  );
}

export default function ThemePage() {
  const { theme, projektgruppe, programmes, institutions, searches, situation, otherThemes } = useLoaderData<typeof loader>();
  const { audiences, common } = useMessages();
  const t = audiences.themes;
  const page = t.pages[theme.slug];
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  return (
    <div className="wrap page aud">
      <nav aria-label={audiences.breadcrumbs} className="breadcrumbs">
        <Link to={localize("/bildungsregion")}>{common.nav.region}</Link>
      </nav>
      <h1>{page.title}</h1>

      <section aria-labelledby="bildungsregion">
        <h2 id="bildungsregion">{t.whatTitle}</h2>
        <div className="prose">
          {theme.facts.map((fact) => (
            <p key={fact.id}>
              {t.facts[fact.id]}
              {fact.links.length > 0 ? (
                <>
                  {" "}
                  <span className="aud-refs">
                    {audiences.inCatalogue}{" "}
                    {fact.links.map((link, index) => (
                      <span key={link.slug}>
                        {index > 0 ? ", " : null}
                        <Link to={localize(`/angebote/${link.slug}`)} lang={dataLang}>
                          {link.title}
                        </Link>
                      </span>
                    ))}
                  </span>
                </>
              ) : null}
            </p>
          ))}
        </div>
      </section>

      <section aria-labelledby="projektgruppe">
        <h2 id="projektgruppe">{t.projektgruppeTitle}</h2>
        {projektgruppe ? (
          <div className="prose">
            <p>
              <Link to={localize(`/angebote/${projektgruppe.slug}`)} lang={dataLang}>
                {projektgruppe.title}
              </Link>
            </p>
            {projektgruppe.description ? <p lang={dataLang}>{projektgruppe.description}</p> : null}
            <p className="hint">
              {audiences.stand} <span lang={dataLang}>{projektgruppe.stand}</span>
            </p>
          </div>
        ) : (
          <p>{t.noProjektgruppe}</p>
        )}
      </section>

      <EntryList id="programme" title={t.programmesTitle} list={programmes} />
      {institutions && page.institutions ? <EntryList id="einrichtungen" title={page.institutions} list={institutions} /> : null}

      <section aria-labelledby="weiter">
        <h2 id="weiter">{t.furtherTitle}</h2>
        <ul className="aud-links">
          {searches.map((search) => (
            <li key={search.href}>
              <Link to={localize(search.href)}>{t.searches[search.id]}</Link>
              {search.total !== null ? <span className="muted"> ({t.entries(search.total)})</span> : null}
            </li>
          ))}
          <li>
            <Link to={localize(`/beratung#${situation}`)}>{t.situation(audiences.counselling.situations[situation].title)}</Link>
          </li>
          {otherThemes.map((other) => (
            <li key={other}>
              <Link to={localize(`/themen/${other}`)}>{t.otherTheme(t.pages[other].title)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
