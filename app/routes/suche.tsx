import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SECTORS, SECTOR_SHORT_LABELS } from "~/catalogue/vocabulary";
import { cacheHeaders, NO_STORE, reuseLoaderHeaders, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { toSearchQuery, type SearchParams } from "~/search/params";
import { runSearch } from "~/search/page.server";
import { EntryCard } from "~/ui/entry-card";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SearchForm } from "~/ui/search-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const query = data?.params.q;
  return [{ title: query ? `„${query}“ – Suche – Bildungsportal Landkreis Ludwigsburg` : "Suche – Bildungsportal Landkreis Ludwigsburg" }];
};

export const headers = reuseLoaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const result = await runSearch(new URL(request.url).searchParams);
  const degraded = result.outcome.status === "degraded";
  return json(result, {
    status: degraded ? 503 : 200,
    headers: cacheHeaders(degraded ? NO_STORE : SEARCH_CACHE_CONTROL),
  });
}

function toggle(params: SearchParams, key: "kategorie" | "gemeinde", value: string) {
  const current: string[] = params[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return `/suche${toSearchQuery({ ...params, [key]: next, seite: 1 })}`;
}

function plural(count: number, one: string, many: string) {
  return `${count.toLocaleString("de-DE")} ${count === 1 ? one : many}`;
}

export default function SearchPage() {
  const { params, issues, outcome, municipalityNames } = useLoaderData<typeof loader>();
  const chips = [
    ...params.kategorie.map((value) => ({ key: "kategorie" as const, value, label: SECTOR_SHORT_LABELS[value] })),
    ...params.gemeinde.map((value) => ({ key: "gemeinde" as const, value, label: municipalityNames[value] ?? value })),
  ];

  return (
    <div className="wrap page">
      <h1>Suche</h1>
      <SearchForm query={params.q} kategorie={params.kategorie} gemeinde={params.gemeinde} />

      {issues.length > 0 ? (
        <div className="notice" role="status">
          <p>Einige Angaben konnten nicht verwendet werden und wurden ignoriert:</p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.param}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {chips.length > 0 ? (
        <div className="chips" aria-label="Aktive Filter">
          <span>Aktive Filter:</span>
          <ul>
            {chips.map((chip) => (
              <li key={`${chip.key}-${chip.value}`}>
                <Link className="chip" to={toggle(params, chip.key, chip.value)} aria-label={`Filter ${chip.label} entfernen`}>
                  {chip.label} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link to={`/suche${toSearchQuery({ q: params.q })}`}>Alle Filter zurücksetzen</Link>
        </div>
      ) : null}

      {outcome.status === "degraded" ? (
        <div className="notice notice--error" role="alert">
          <h2>Die Suche ist vorübergehend nicht verfügbar</h2>
          <p>{outcome.message}</p>
          <p>
            Sie können die Einträge auch nach <Link to="/gemeinden">Gemeinden</Link> durchsehen.
          </p>
        </div>
      ) : (
        <div className="results-layout">
          <section className="results" aria-labelledby="ergebnisse">
            <h2 id="ergebnisse" aria-live="polite">
              {outcome.status === "empty"
                ? `Alle ${plural(outcome.total, "Eintrag", "Einträge")}`
                : outcome.status === "no-results"
                  ? `Keine Treffer${params.q ? ` für „${params.q}“` : ""}`
                  : `${plural(outcome.total, "Treffer", "Treffer")}${params.q ? ` für „${params.q}“` : ""}`}
            </h2>
            {outcome.status === "no-results" ? (
              <div className="help">
                <p>So finden Sie eher etwas:</p>
                <ul>
                  <li>Prüfen Sie die Schreibweise oder verwenden Sie ein allgemeineres Wort (z. B. „Schule“ statt „Realschule“).</li>
                  {chips.map((chip) => (
                    <li key={`help-${chip.key}-${chip.value}`}>
                      <Link to={toggle(params, chip.key, chip.value)}>Ohne Filter „{chip.label}“ suchen</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {outcome.totalPages > 1 ? (
              <p className="hint">
                Seite {outcome.page} von {outcome.totalPages}
              </p>
            ) : null}
            <ol className="result-list">
              {outcome.hits.map((hit) => (
                <li key={hit.id}>
                  <EntryCard entry={hit} />
                </li>
              ))}
            </ol>
            {outcome.totalPages > 1 ? (
              <nav className="pagination" aria-label="Seiten">
                {outcome.page > 1 ? (
                  <Link rel="prev" to={`/suche${toSearchQuery({ ...params, seite: outcome.page - 1 })}`}>
                    ← Vorherige Seite
                  </Link>
                ) : null}
                {outcome.page < outcome.totalPages ? (
                  <Link rel="next" to={`/suche${toSearchQuery({ ...params, seite: outcome.page + 1 })}`}>
                    Nächste Seite →
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>

          <aside className="facets" aria-label="Ergebnisse eingrenzen">
            <h2>Eingrenzen</h2>
            <section aria-labelledby="facet-kategorie">
              <h3 id="facet-kategorie">Bereich</h3>
              <ul className="facet-list">
                {SECTORS.map((sector) => {
                  const active = params.kategorie.includes(sector);
                  return (
                    <li key={sector}>
                      <Link to={toggle(params, "kategorie", sector)} aria-current={active ? "true" : undefined} className={active ? "facet facet--active" : "facet"}>
                        {SECTOR_SHORT_LABELS[sector]} <span className="count">({outcome.facets.kategorie[sector] ?? 0})</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
            <section aria-labelledby="facet-gemeinde">
              <h3 id="facet-gemeinde">Gemeinde</h3>
              <ul className="facet-list facet-list--scroll">
                {Object.entries(municipalityNames)
                  .filter(([slug]) => (outcome.facets.gemeinde[slug] ?? 0) > 0 || params.gemeinde.includes(slug))
                  .map(([slug, name]) => {
                    const active = params.gemeinde.includes(slug);
                    return (
                      <li key={slug}>
                        <Link to={toggle(params, "gemeinde", slug)} aria-current={active ? "true" : undefined} className={active ? "facet facet--active" : "facet"}>
                          {name} <span className="count">({outcome.facets.gemeinde[slug] ?? 0})</span>
                        </Link>
                      </li>
                    );
                  })}
              </ul>
            </section>
          </aside>
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
