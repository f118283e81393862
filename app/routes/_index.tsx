import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { listMunicipalities } from "~/catalogue/places.server";
import { SECTORS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";
import { SearchForm } from "~/ui/search-form";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => [{ title: messagesFor(localeFromPath(location.pathname)).common.title() }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  const municipalities = listMunicipalities(getDb()).map(({ slug, name, total }) => ({ slug, name, total }));
  return json({ municipalities }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function HomePage() {
  const { municipalities } = useLoaderData<typeof loader>();
  const { search, vocabulary } = useMessages();
  const texts = search.home;
  const localize = useLocalize();
  const germanData = useGermanData();
  return (
    <div className="wrap page home">
      <section className="hero" aria-labelledby="titel">
        <h1 id="titel">{texts.title}</h1>
        <p className="lead">{texts.lead}</p>
        <SearchForm />
      </section>

      <section aria-labelledby="einstieg">
        <h2 id="einstieg">{texts.entryPointsTitle}</h2>
        <ul className="entry-points">
          {(
            [
              ["/familien", texts.entryPoints.families],
              ["/lehrkraefte", texts.entryPoints.teachers],
              ["/beratung", texts.entryPoints.counselling],
            ] as const
          ).map(([to, entryPoint]) => (
            <li key={to}>
              <Link to={localize(to)} className="entry-point">
                <span className="entry-point__title">{entryPoint.title}</span>
                <span className="entry-point__text">{entryPoint.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bereiche">
        <h2 id="bereiche">{texts.sectorsTitle}</h2>
        <ul className="sector-links">
          {SECTORS.map((sector) => (
            <li key={sector}>
              <Link to={localize(`/suche${toSearchQuery({ kategorie: [sector] })}`)} className={`sector-link sector-link--${sector}`}>
                {vocabulary.sectors[sector]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bildungsregion">
        <h2 id="bildungsregion">{texts.regionTitle}</h2>
        <p>{texts.regionText}</p>
        <p>{texts.regionFocus}</p>
        <ul>
          <li>
            <Link to={localize("/themen/uebergang-kita-schule")}>{texts.themes.kitaSchool}</Link>
          </li>
          <li>
            <Link to={localize("/themen/sprachfoerderung-grundschule")}>{texts.themes.language}</Link>
          </li>
          <li>
            <Link to={localize("/themen/uebergang-schule-beruf")}>{texts.themes.schoolWork}</Link>
            {texts.themes.schoolWorkMore}
          </li>
        </ul>
        <p>
          <Link to={localize("/bildungsregion")}>{texts.moreRegion}</Link> ·{" "}
          <Link to={localize("/projekte")}>{texts.projects}</Link>
        </p>
      </section>

      <section aria-labelledby="gemeinden">
        <h2 id="gemeinden">{texts.municipalitiesTitle}</h2>
        <ul className="municipality-links" {...germanData}>
          {municipalities.map((m) => (
            <li key={m.slug}>
              <Link to={localize(`/gemeinden/${m.slug}`)}>{m.name}</Link>{" "}
              <span className="muted">({search.number(m.total)})</span>
            </li>
          ))}
        </ul>
      </section>

      <p className="hint">
        <LinkedText text={texts.dataNote} to={localize("/datenquellen")} />
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
