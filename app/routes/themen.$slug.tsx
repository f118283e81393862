import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { loadThemePage, type ThemeList } from "~/audiences/themes.server";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, NO_STORE, reuseLoaderHeaders, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { searchContext } from "~/search/context.server";
import { DEGRADED_MESSAGE } from "~/search/search.server";
import { EntryCard } from "~/ui/entry-card";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.theme.title} – Bildungsregion – Bildungsportal Landkreis Ludwigsburg`
      : "Nicht gefunden – Bildungsportal Landkreis Ludwigsburg",
  },
];

export const headers = reuseLoaderHeaders;

export async function loader({ params }: LoaderFunctionArgs) {
  const page = await loadThemePage({ db: getDb(), gazetteer: searchContext().gazetteer }, params.slug ?? "");
  if (!page) throw new Response("Nicht gefunden", { status: 404 });
  // The facts stand without the engine; only the lists need it, and they say so.
  const degraded = page.programmes.status === "degraded" || page.institutions?.list.status === "degraded";
  return json(page, { headers: cacheHeaders(degraded ? NO_STORE : SEARCH_CACHE_CONTROL) });
}

function count(value: number, one: string, many: string) {
  return `${value.toLocaleString("de-DE")} ${value === 1 ? one : many}`;
}

function EntryList({ id, title, list }: { id: string; title: string; list: ThemeList }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{list.status === "ok" ? `${title} (${list.total})` : title}</h2>
      {list.status === "degraded" ? (
        <div className="notice notice--error" role="status">
          <p>{DEGRADED_MESSAGE}</p>
        </div>
      ) : list.total === 0 ? (
        <p>Im Katalog sind dazu zurzeit keine Einträge erfasst.</p>
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
        <Link to={list.href}>
          {list.status === "ok" && list.total > list.hits.length ? `Alle ${list.total} in der Suche öffnen` : "In der Suche öffnen"}
        </Link>
      </p>
    </section>
  );
}

export default function ThemePage() {
  const { theme, projektgruppe, programmes, institutions, searches, situation, otherThemes } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page aud">
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link to="/bildungsregion">Bildungsregion</Link>
      </nav>
      <h1>{theme.title}</h1>

      <section aria-labelledby="bildungsregion">
        <h2 id="bildungsregion">Was die Bildungsregion tut</h2>
        <div className="prose">
          {theme.facts.map((fact) => (
            <p key={fact.text}>
              {fact.text}
              {fact.links.length > 0 ? (
                <>
                  {" "}
                  <span className="aud-refs">
                    Im Katalog:{" "}
                    {fact.links.map((link, index) => (
                      <span key={link.slug}>
                        {index > 0 ? ", " : null}
                        <Link to={`/angebote/${link.slug}`}>{link.title}</Link>
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
        <h2 id="projektgruppe">Die Projektgruppe</h2>
        {projektgruppe ? (
          <div className="prose">
            <p>
              <Link to={`/angebote/${projektgruppe.slug}`}>{projektgruppe.title}</Link>
            </p>
            {projektgruppe.description ? <p>{projektgruppe.description}</p> : null}
            <p className="hint">Stand: {projektgruppe.stand}</p>
          </div>
        ) : (
          <p>Zur Projektgruppe enthält der Katalog zurzeit keinen Eintrag.</p>
        )}
      </section>

      <EntryList id="programme" title="Programme und Angebote zum Thema" list={programmes} />
      {institutions ? <EntryList id="einrichtungen" title={institutions.title} list={institutions.list} /> : null}

      <section aria-labelledby="weiter">
        <h2 id="weiter">Weiter suchen</h2>
        <ul className="aud-links">
          {searches.map((search) => (
            <li key={search.href}>
              <Link to={search.href}>{search.label}</Link>
              {search.total !== null ? <span className="muted"> ({count(search.total, "Eintrag", "Einträge")})</span> : null}
            </li>
          ))}
          {situation ? (
            <li>
              <Link to={`/beratung#${situation.id}`}>Beratung: {situation.title}</Link>
            </li>
          ) : null}
          {otherThemes.map((other) => (
            <li key={other.slug}>
              <Link to={`/themen/${other.slug}`}>Schwerpunkt {other.title}</Link>
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
