import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import {
  AUDIENCE_LABELS,
  SECTOR_SHORT_LABELS,
  SECTORS,
  TOPIC_LABELS,
  type Audience,
  type Sector,
  type Topic,
} from "~/catalogue/vocabulary";
import { cacheHeaders, NO_STORE, PRIVATE_SEARCH_CACHE_CONTROL, reuseLoaderHeaders, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { RADII_KM, toSearchQuery, type SearchParams } from "~/search/params";
import { runSearch } from "~/search/page.server";
import { EntryCard } from "~/ui/entry-card";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LocateButton } from "~/ui/locate-button";
import { FacetGroup, type FacetOption } from "~/ui/facet-group";
import { SearchForm } from "~/ui/search-form";
import { useMediaQuery } from "~/ui/use-media-query";
import { useTileConfig } from "~/map/map-config";
import { ResultsMapFrame } from "~/map/map-frame";
import { MAP_LINKS } from "~/map/styles";

export const links: LinksFunction = () => MAP_LINKS;

/** From this width the map stands beside the list (see map.css). */
const WIDE_SCREEN = "(min-width: 64rem)";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const query = data?.params.q;
  return [
    { title: query ? `„${query}“ – Suche – Bildungsportal Landkreis Ludwigsburg` : "Suche – Bildungsportal Landkreis Ludwigsburg" },
    ...(data ? [{ tagName: "link", rel: "canonical", href: data.canonical }] : []),
  ];
};

export const headers = reuseLoaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const result = await runSearch(url.searchParams);
  const degraded = result.outcome.status === "degraded";
  return json(
    { ...result, canonical: `${url.origin}/suche${toSearchQuery(result.params)}` },
    { status: degraded ? 503 : 200, headers: cacheHeaders(degraded ? NO_STORE : result.params.lat !== null ? PRIVATE_SEARCH_CACHE_CONTROL : SEARCH_CACHE_CONTROL) },
  );
}

type ListKey = "kategorie" | "typ" | "thema" | "zielgruppe" | "gemeinde" | "art";

function href(params: SearchParams, change: Partial<SearchParams>) {
  return `/suche${toSearchQuery({ ...params, ...change, seite: change.seite ?? 1 })}`;
}

function toggle(params: SearchParams, key: ListKey, value: string) {
  const current: string[] = params[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return href(params, { [key]: next });
}

function filtersOf({ q: _q, seite: _seite, ...filters }: SearchParams) {
  return filters;
}

function count(value: number, one: string, many: string) {
  return `${value.toLocaleString("de-DE")} ${value === 1 ? one : many}`;
}

const ART_LABELS: Record<string, string> = { einrichtung: "Einrichtungen", angebot: "Angebote und Programme" };

export default function SearchPage() {
  const { params, issues, plan, outcome, suggestion, municipalityNames } = useLoaderData<typeof loader>();
  const tiles = useTileConfig();
  const wide = useMediaQuery(WIDE_SCREEN);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const mapView = params.ansicht === "karte";
  const label: Record<ListKey, (value: string) => string> = {
    kategorie: (value) => SECTOR_SHORT_LABELS[value as Sector] ?? value,
    typ: (value) => value,
    thema: (value) => TOPIC_LABELS[value as Topic] ?? value,
    zielgruppe: (value) => AUDIENCE_LABELS[value as Audience] ?? value,
    gemeinde: (value) => municipalityNames[value] ?? value,
    art: (value) => ART_LABELS[value] ?? value,
  };
  const listKeys: ListKey[] = ["kategorie", "typ", "thema", "zielgruppe", "art", "gemeinde"];
  const chips = [
    ...listKeys.flatMap((key) => params[key].map((value: string) => ({ key: `${key}-${value}`, text: label[key](value), href: toggle(params, key, value) }))),
    ...(params.alter !== null ? [{ key: "alter", text: `Alter: ${params.alter} Jahre`, href: href(params, { alter: null }) }] : []),
    ...(plan.origin
      ? [{ key: "ort", text: `${plan.radiusKm ? `Bis ${plan.radiusKm} km um ` : "Nähe "}${plan.origin.label}`, href: href(params, { ort: "", lat: null, lng: null, umkreis: null, sort: params.sort === "entfernung" ? "relevanz" : params.sort }) }]
      : []),
    ...(params.bbox ? [{ key: "bbox", text: "Kartenausschnitt", href: href(params, { bbox: null }) }] : []),
  ];
  const hasFilters = chips.length > 0;

  const facetOptions = (key: ListKey, values: string[]): FacetOption[] => {
    if (outcome.status === "degraded") return [];
    const counts = outcome.facets[key];
    return values
      .map((value) => ({
        value,
        label: label[key](value),
        count: counts[value] ?? 0,
        active: (params[key] as string[]).includes(value),
        href: toggle(params, key, value),
      }))
      .filter((option) => option.count > 0 || option.active);
  };
  const byCount = (key: ListKey) =>
    outcome.status === "degraded"
      ? []
      : [...new Set([...Object.keys(outcome.facets[key]), ...(params[key] as string[])])].sort(
          (a, b) => (outcome.facets[key][b] ?? 0) - (outcome.facets[key][a] ?? 0) || a.localeCompare(b, "de"),
        );

  // Problems with a field of the location form are shown at that field, too.
  const fieldErrors: Record<string, string | undefined> = Object.fromEntries(
    issues.filter((issue) => ["ort", "umkreis", "sort", "alter", "lat", "lng"].includes(issue.param)).map((issue) => [issue.param === "lng" ? "lat" : issue.param, issue.message]),
  );
  if (plan.ortUnknown) fieldErrors.ort ??= "Diesen Ort kennen wir nicht. Bitte eine Postleitzahl oder Gemeinde im Landkreis angeben.";
  const errorProps = (field: string) =>
    fieldErrors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-fehler` } : {};
  const fieldError = (field: string) =>
    fieldErrors[field] ? (
      <p id={`${field}-fehler`} className="field-error">
        {fieldErrors[field]}
      </p>
    ) : null;

  return (
    <div className="wrap wrap--wide page">
      <h1>Suche</h1>
      {/* Keyed by the URL: after Back/Forward the fields show the state of that URL again. */}
      <SearchForm key={`q${toSearchQuery(params)}`} query={params.q} filters={filtersOf(params)} />

      <details
        className="refine"
        open={params.ort !== "" || params.lat !== null || params.alter !== null || params.sort !== "relevanz" || Object.keys(fieldErrors).length > 0}
      >
        <summary>Ort, Umkreis, Sortierung und Alter</summary>
        <Form key={`o${toSearchQuery(params)}`} method="get" action="/suche" className="location-form" aria-label="Ort, Umkreis und Alter">
          {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
          {listKeys.map((key) => params[key].map((value: string) => <input key={`${key}-${value}`} type="hidden" name={key} value={value} />))}
          {params.woertlich ? <input type="hidden" name="woertlich" value="1" /> : null}
          {mapView ? <input type="hidden" name="ansicht" value="karte" /> : null}
          <div className="location-form__row">
            <div>
              <label htmlFor="ort">Ort oder Postleitzahl</label>
              <input id="ort" name="ort" defaultValue={params.ort} maxLength={60} autoComplete="postal-code" placeholder="z. B. 71634 oder Tamm" {...errorProps("ort")} />
              {fieldError("ort")}
            </div>
            <div>
              <label htmlFor="umkreis">Umkreis</label>
              <select id="umkreis" name="umkreis" defaultValue={params.umkreis === null ? "" : String(params.umkreis)} {...errorProps("umkreis")}>
                <option value="">beliebig</option>
                {RADII_KM.map((km) => (
                  <option key={km} value={km}>
                    {km} km
                  </option>
                ))}
              </select>
              {fieldError("umkreis")}
            </div>
            <div>
              <label htmlFor="sort">Sortierung</label>
              <select id="sort" name="sort" defaultValue={params.sort} {...errorProps("sort")}>
                <option value="relevanz">Relevanz</option>
                <option value="entfernung">Entfernung</option>
                <option value="name">Name</option>
              </select>
              {fieldError("sort")}
            </div>
            <div>
              <label htmlFor="alter">Alter (Jahre)</label>
              <input id="alter" name="alter" type="number" inputMode="numeric" min={0} max={99} defaultValue={params.alter ?? ""} {...errorProps("alter")} />
              {fieldError("alter")}
            </div>
            <button type="submit">Anwenden</button>
          </div>
          <LocateButton hrefFor={(lat, lng) => href(params, { ort: "", lat, lng, sort: "entfernung" })} />
        </Form>
      </details>

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

      {plan.ortChoices ? (
        <div className="notice" role="status">
          <p>Die Postleitzahl {params.ort} gehört zu mehreren Gemeinden. Welche meinen Sie?</p>
          <ul>
            {plan.ortChoices.map((choice) => (
              <li key={choice.slug}>
                <Link to={href(params, { ort: choice.slug })}>{choice.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan.ortUnknown ? (
        <div className="notice" role="status">
          <p>
            Den Ort „{params.ort}“ kennen wir nicht. Geben Sie eine Postleitzahl oder eine Gemeinde im Landkreis
            Ludwigsburg an.
          </p>
        </div>
      ) : null}

      {plan.recognised.length > 0 ? (
        <p className="recognised" role="status">
          {plan.recognised.map((match) => (
            <span key={match.text}>
              „{match.text}“ verstanden als Gemeinde {match.municipalities.map((m) => m.name).join(" oder ")}.{" "}
            </span>
          ))}
          <Link to={href(params, { woertlich: true })}>Stattdessen als Suchwort verwenden</Link>
        </p>
      ) : null}

      {hasFilters ? (
        <div className="chips">
          <span id="aktive-filter">Aktive Filter:</span>
          <ul aria-labelledby="aktive-filter">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link className="chip" to={chip.href} aria-label={`Filter ${chip.text} entfernen`}>
                  {chip.text} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link to={`/suche${toSearchQuery({ q: params.q, woertlich: params.woertlich })}`}>Alle Filter zurücksetzen</Link>
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
        <div className={`results-layout results-layout--with-map${mapView ? " results-layout--karte" : ""}`}>
          <nav className="view-switch" aria-label="Ansicht">
            <Link to={href(params, { ansicht: "liste", seite: params.seite })} aria-current={mapView ? undefined : "page"}>
              Liste
            </Link>
            <Link to={href(params, { ansicht: "karte", seite: params.seite })} aria-current={mapView ? "page" : undefined}>
              Karte
            </Link>
          </nav>
          <section className="results results-list-panel" aria-labelledby="ergebnisse">
            <h2 id="ergebnisse" aria-live="polite">
              {outcome.status === "empty"
                ? `Alle ${count(outcome.total, "Eintrag", "Einträge")}`
                : outcome.status === "no-results"
                  ? `Keine Treffer${params.q ? ` für „${params.q}“` : ""}`
                  : `${count(outcome.total, "Treffer", "Treffer")}${params.q ? ` für „${params.q}“` : ""}`}
            </h2>
            {suggestion ? (
              <p className="did-you-mean">
                Meinten Sie <Link to={href(params, { q: suggestion })}>„{suggestion}“</Link>?
              </p>
            ) : null}
            {plan.origin ? (
              <p className="hint">
                Entfernungen ab {plan.origin.label}
                {plan.origin.approximate ? " (Ortsmitte, ungefähr)" : ""}, Luftlinie.
              </p>
            ) : null}
            {outcome.status === "no-results" ? (
              <div className="help">
                <p>So finden Sie eher etwas:</p>
                <ul>
                  <li>Prüfen Sie die Schreibweise oder verwenden Sie ein allgemeineres Wort (z. B. „Schule“ statt „Realschule“).</li>
                  {chips.map((chip) => (
                    <li key={`help-${chip.key}`}>
                      <Link to={chip.href}>Ohne Filter „{chip.text}“ suchen</Link>
                    </li>
                  ))}
                  {plan.recognised.length > 0 ? (
                    <li>
                      <Link to={href(params, { woertlich: true })}>Ortsnamen als Suchwort verwenden</Link>
                    </li>
                  ) : null}
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
                <li
                  key={hit.id}
                  className={highlightId === hit.id ? "is-highlighted" : undefined}
                  onMouseEnter={() => setHighlightId(hit.id)}
                  onMouseLeave={() => setHighlightId(null)}
                  onFocus={() => setHighlightId(hit.id)}
                  onBlur={() => setHighlightId(null)}
                >
                  <EntryCard entry={hit} />
                </li>
              ))}
            </ol>
            {outcome.totalPages > 1 ? (
              <nav className="pagination" aria-label="Seiten">
                {outcome.page > 1 ? (
                  <Link rel="prev" to={href(params, { seite: outcome.page - 1 })}>
                    ← Vorherige Seite
                  </Link>
                ) : null}
                {outcome.page < outcome.totalPages ? (
                  <Link rel="next" to={href(params, { seite: outcome.page + 1 })}>
                    Nächste Seite →
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>

          <section className="results-map-panel" aria-label="Karte">
            <ResultsMapFrame
              load={wide || mapView}
              query={toSearchQuery({ ...params, seite: 1, ansicht: "liste" })}
              bbox={params.bbox}
              origin={plan.origin}
              radiusKm={plan.radiusKm}
              tiles={tiles}
              highlightId={highlightId}
              onHighlight={setHighlightId}
              hrefForSection={(bbox) => href(params, { bbox })}
              caption="Die Karte zeigt alle Treffer mit bekannter Lage, nicht nur diese Seite. Alle Einträge stehen auch in der Liste."
            />
          </section>

          <aside className="facets" aria-label="Ergebnisse eingrenzen">
            <h2>Eingrenzen</h2>
            <FacetGroup id="kategorie" title="Bereich" options={facetOptions("kategorie", [...SECTORS])} />
            <FacetGroup id="typ" title="Art" options={facetOptions("typ", byCount("typ"))} />
            <FacetGroup id="thema" title="Thema" options={facetOptions("thema", byCount("thema"))} />
            <FacetGroup id="zielgruppe" title="Zielgruppe" options={facetOptions("zielgruppe", byCount("zielgruppe"))} />
            <FacetGroup id="art" title="Eintrag" options={facetOptions("art", ["einrichtung", "angebot"])} />
            <FacetGroup id="gemeinde" title="Gemeinde" options={facetOptions("gemeinde", Object.keys(municipalityNames))} visible={40} />
          </aside>
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
