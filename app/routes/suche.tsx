import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { SECTORS, type Audience, type EntryKind, type Sector, type Topic } from "~/catalogue/vocabulary";
import { cacheHeaders, NO_STORE, PRIVATE_SEARCH_CACHE_CONTROL, reuseLoaderHeaders, SEARCH_CACHE_CONTROL } from "~/http/headers";
import { LOCALES, localeFromPath, localeOfRequest, localizePath, messagesFor, useLocalize, useMessages, type Locale } from "~/i18n";
import { RADII_KM, SORTS, toSearchQuery, type SearchParams } from "~/search/params";
import { runSearch } from "~/search/page.server";
import { EntryCard } from "~/ui/entry-card";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LocateButton } from "~/ui/locate-button";
import { FacetGroup, type FacetOption } from "~/ui/facet-group";
import { useGermanData } from "~/ui/german";
import { SearchForm } from "~/ui/search-form";
import { useMediaQuery } from "~/ui/use-media-query";
import { useTileConfig } from "~/map/map-config";
import { ResultsMapFrame } from "~/map/map-frame";
import { MAP_LINKS } from "~/map/styles";
import { LinkedText } from "~/ui/linked-text";

export const links: LinksFunction = () => MAP_LINKS;

/** From this width the map stands beside the list (see map.css). */
const WIDE_SCREEN = "(min-width: 64rem)";

export const meta: MetaFunction<typeof loader> = ({ data, location }) => {
  const { common, search } = messagesFor(localeFromPath(location.pathname));
  return [
    { title: common.title(search.page.metaTitle(data?.params.q ?? "")) },
    ...(data
      ? [
          { tagName: "link", rel: "canonical", href: data.urls[data.locale] },
          ...LOCALES.map((locale) => ({ tagName: "link", rel: "alternate", hrefLang: locale, href: data.urls[locale] })),
        ]
      : []),
  ];
};

export const headers = reuseLoaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const locale = localeOfRequest(request);
  const result = await runSearch(url.searchParams, locale, { statistics: true });
  const degraded = result.outcome.status === "degraded";
  const query = toSearchQuery(result.params);
  // The canonical URL is the page in its own language; the other language is its alternate.
  const urls = { de: "", en: "" } satisfies Record<Locale, string>;
  for (const other of LOCALES) urls[other] = `${url.origin}${localizePath(`/suche${query}`, other)}`;
  return json(
    { ...result, locale, urls },
    { status: degraded ? 503 : 200, headers: cacheHeaders(degraded ? NO_STORE : result.params.lat !== null ? PRIVATE_SEARCH_CACHE_CONTROL : SEARCH_CACHE_CONTROL) },
  );
}

type ListKey = "kategorie" | "typ" | "thema" | "zielgruppe" | "gemeinde" | "art";

/** Filters whose values are the catalogue's own German words (types, Gemeinde names). */
const GERMAN_DATA_KEYS: readonly ListKey[] = ["typ", "gemeinde"];

function filtersOf({ q: _q, seite: _seite, ...filters }: SearchParams) {
  return filters;
}

export default function SearchPage() {
  const { params, issues, plan, outcome, suggestion, municipalityNames } = useLoaderData<typeof loader>();
  const { search, vocabulary } = useMessages();
  const texts = search.page;
  const localize = useLocalize();
  const germanData = useGermanData();
  const tiles = useTileConfig();
  const wide = useMediaQuery(WIDE_SCREEN);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const mapView = params.ansicht === "karte";
  const href = (current: SearchParams, change: Partial<SearchParams>) =>
    localize(`/suche${toSearchQuery({ ...current, ...change, seite: change.seite ?? 1 })}`);
  const toggle = (current: SearchParams, key: ListKey, value: string) => {
    const values: string[] = current[key];
    const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    return href(current, { [key]: next });
  };
  const label: Record<ListKey, (value: string) => string> = {
    kategorie: (value) => vocabulary.sectorsShort[value as Sector] ?? value,
    typ: (value) => value,
    thema: (value) => vocabulary.topics[value as Topic] ?? value,
    zielgruppe: (value) => vocabulary.audiences[value as Audience] ?? value,
    gemeinde: (value) => municipalityNames[value] ?? value,
    art: (value) => vocabulary.kindsPlural[value as EntryKind] ?? value,
  };
  const listKeys: ListKey[] = ["kategorie", "typ", "thema", "zielgruppe", "art", "gemeinde"];
  const chips = [
    ...listKeys.flatMap((key) => params[key].map((value: string) => ({ key: `${key}-${value}`, text: label[key](value), href: toggle(params, key, value) }))),
    ...(params.alter !== null ? [{ key: "alter", text: texts.ageChip(params.alter), href: href(params, { alter: null }) }] : []),
    ...(plan.origin
      ? [{ key: "ort", text: texts.originChip(plan.origin.label, plan.radiusKm), href: href(params, { ort: "", lat: null, lng: null, umkreis: null, sort: params.sort === "entfernung" ? "relevanz" : params.sort }) }]
      : []),
    ...(params.bbox ? [{ key: "bbox", text: texts.bboxChip, href: href(params, { bbox: null }) }] : []),
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
        ...(GERMAN_DATA_KEYS.includes(key) ? germanData : {}),
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
  if (plan.ortUnknown) fieldErrors.ort ??= texts.ortUnknownField;
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
      <h1>{texts.title}</h1>
      {/* Keyed by the URL: after Back/Forward the fields show the state of that URL again. */}
      <SearchForm key={`q${toSearchQuery(params)}`} query={params.q} filters={filtersOf(params)} />

      <details
        className="refine"
        open={params.ort !== "" || params.lat !== null || params.alter !== null || params.sort !== "relevanz" || Object.keys(fieldErrors).length > 0}
      >
        <summary>{texts.refine}</summary>
        <Form key={`o${toSearchQuery(params)}`} method="get" action={localize("/suche")} className="location-form" aria-label={texts.locationForm}>
          {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
          {listKeys.map((key) => params[key].map((value: string) => <input key={`${key}-${value}`} type="hidden" name={key} value={value} />))}
          {params.woertlich ? <input type="hidden" name="woertlich" value="1" /> : null}
          {mapView ? <input type="hidden" name="ansicht" value="karte" /> : null}
          <div className="location-form__row">
            <div>
              <label htmlFor="ort">{texts.ort}</label>
              <input id="ort" name="ort" defaultValue={params.ort} maxLength={60} autoComplete="postal-code" placeholder={texts.ortPlaceholder} {...errorProps("ort")} />
              {fieldError("ort")}
            </div>
            <div>
              <label htmlFor="umkreis">{texts.radius}</label>
              <select id="umkreis" name="umkreis" defaultValue={params.umkreis === null ? "" : String(params.umkreis)} {...errorProps("umkreis")}>
                <option value="">{texts.anyRadius}</option>
                {RADII_KM.map((km) => (
                  <option key={km} value={km}>
                    {texts.km(km)}
                  </option>
                ))}
              </select>
              {fieldError("umkreis")}
            </div>
            <div>
              <label htmlFor="sort">{texts.sort}</label>
              <select id="sort" name="sort" defaultValue={params.sort} {...errorProps("sort")}>
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {texts.sorts[sort]}
                  </option>
                ))}
              </select>
              {fieldError("sort")}
            </div>
            <div>
              <label htmlFor="alter">{texts.age}</label>
              <input id="alter" name="alter" type="number" inputMode="numeric" min={0} max={99} defaultValue={params.alter ?? ""} {...errorProps("alter")} />
              {fieldError("alter")}
            </div>
            <button type="submit">{texts.apply}</button>
          </div>
          <LocateButton hrefFor={(lat, lng) => href(params, { ort: "", lat, lng, sort: "entfernung" })} />
        </Form>
      </details>

      {issues.length > 0 ? (
        <div className="notice" role="status">
          <p>{texts.issuesIntro}</p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.param}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {plan.ortChoices ? (
        <div className="notice" role="status">
          <p>{texts.ortChoices(params.ort)}</p>
          <ul {...germanData}>
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
          <p>{texts.ortUnknown(params.ort)}</p>
        </div>
      ) : null}

      {plan.recognised.length > 0 ? (
        <p className="recognised" role="status">
          {plan.recognised.map((match) => (
            <span key={match.text}>
              {texts.recognised(
                match.text,
                match.municipalities.map((m) => m.name),
              )}{" "}
            </span>
          ))}
          <Link to={href(params, { woertlich: true })}>{texts.useAsWord}</Link>
        </p>
      ) : null}

      {hasFilters ? (
        <div className="chips">
          <span id="aktive-filter">{texts.activeFilters}</span>
          <ul aria-labelledby="aktive-filter">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link className="chip" to={chip.href} aria-label={texts.removeFilter(chip.text)}>
                  {chip.text} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
          <Link to={localize(`/suche${toSearchQuery({ q: params.q, woertlich: params.woertlich })}`)}>{texts.resetFilters}</Link>
        </div>
      ) : null}

      {outcome.status === "degraded" ? (
        <div className="notice notice--error" role="alert">
          <h2>{texts.degraded.title}</h2>
          <p>{texts.degraded.text}</p>
          <p>
            <LinkedText text={texts.degraded.browse} to={localize("/gemeinden")} />
          </p>
        </div>
      ) : (
        <div className={`results-layout results-layout--with-map${mapView ? " results-layout--karte" : ""}`}>
          <nav className="view-switch" aria-label={texts.view}>
            <Link to={href(params, { ansicht: "liste", seite: params.seite })} aria-current={mapView ? undefined : "page"}>
              {texts.list}
            </Link>
            <Link to={href(params, { ansicht: "karte", seite: params.seite })} aria-current={mapView ? "page" : undefined}>
              {texts.map}
            </Link>
          </nav>
          <section className="results results-list-panel" aria-labelledby="ergebnisse">
            <h2 id="ergebnisse" aria-live="polite">
              {outcome.status === "empty"
                ? texts.allEntries(outcome.total)
                : outcome.status === "no-results"
                  ? texts.noResults(params.q)
                  : texts.results(outcome.total, params.q)}
            </h2>
            {suggestion ? (
              <p className="did-you-mean">
                {texts.didYouMean.before}
                <Link to={href(params, { q: suggestion })}>{search.quote(suggestion)}</Link>
                {texts.didYouMean.after}
              </p>
            ) : null}
            {plan.origin ? (
              <p className="hint">{texts.distancesFrom(plan.origin.label, plan.origin.approximate)}</p>
            ) : null}
            {outcome.status === "no-results" ? (
              <div className="help">
                <p>{texts.help}</p>
                <ul>
                  <li>{texts.helpSpelling}</li>
                  {chips.map((chip) => (
                    <li key={`help-${chip.key}`}>
                      <Link to={chip.href}>{texts.helpWithout(chip.text)}</Link>
                    </li>
                  ))}
                  {plan.recognised.length > 0 ? (
                    <li>
                      <Link to={href(params, { woertlich: true })}>{texts.helpPlaceAsWord}</Link>
                    </li>
                  ) : null}
                </ul>
              </div>
            ) : null}
            {outcome.totalPages > 1 ? (
              <p className="hint">{texts.pageOf(outcome.page, outcome.totalPages)}</p>
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
              <nav className="pagination" aria-label={texts.pages}>
                {outcome.page > 1 ? (
                  <Link rel="prev" to={href(params, { seite: outcome.page - 1 })}>
                    {texts.previous}
                  </Link>
                ) : null}
                {outcome.page < outcome.totalPages ? (
                  <Link rel="next" to={href(params, { seite: outcome.page + 1 })}>
                    {texts.next}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>

          <section className="results-map-panel" aria-label={texts.mapPanel}>
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
              caption={texts.mapCaption}
            />
          </section>

          <aside className="facets" aria-label={texts.facetsLabel}>
            <h2>{texts.facetsTitle}</h2>
            <FacetGroup id="kategorie" title={texts.facets.kategorie} options={facetOptions("kategorie", [...SECTORS])} />
            <FacetGroup id="typ" title={texts.facets.typ} options={facetOptions("typ", byCount("typ"))} />
            <FacetGroup id="thema" title={texts.facets.thema} options={facetOptions("thema", byCount("thema"))} />
            <FacetGroup id="zielgruppe" title={texts.facets.zielgruppe} options={facetOptions("zielgruppe", byCount("zielgruppe"))} />
            <FacetGroup id="art" title={texts.facets.art} options={facetOptions("art", ["einrichtung", "angebot"])} />
            <FacetGroup id="gemeinde" title={texts.facets.gemeinde} options={facetOptions("gemeinde", Object.keys(municipalityNames))} visible={40} />
          </aside>
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
