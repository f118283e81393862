import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { listMunicipalities } from "~/catalogue/places.server";
import { SECTORS, SECTOR_LABELS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SearchForm } from "~/ui/search-form";

export const meta: MetaFunction = () => [{ title: "Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  const municipalities = listMunicipalities(getDb()).map(({ slug, name, total }) => ({ slug, name, total }));
  return json({ municipalities }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function HomePage() {
  const { municipalities } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page home">
      <section className="hero" aria-labelledby="titel">
        <h1 id="titel">Bildung im Landkreis Ludwigsburg finden</h1>
        <p className="lead">
          Kitas, Schulen, Jugendhilfe, Kultur und Weiterbildung in den 39 Städten und Gemeinden des Landkreises – an
          einem Ort durchsuchbar.
        </p>
        <SearchForm />
      </section>

      <section aria-labelledby="einstieg">
        <h2 id="einstieg">Womit können wir helfen?</h2>
        <ul className="entry-points">
          <li>
            <Link to="/familien" className="entry-point">
              <span className="entry-point__title">Für Familien</span>
              <span className="entry-point__text">Krippe, Kita, Schule und Beratung – nach dem Alter Ihres Kindes</span>
            </Link>
          </li>
          <li>
            <Link to="/lehrkraefte" className="entry-point">
              <span className="entry-point__title">Für Lehrkräfte</span>
              <span className="entry-point__text">Außerschulische Lernorte für Ihre Klasse, nach Fach und Entfernung</span>
            </Link>
          </li>
          <li>
            <Link to="/beratung" className="entry-point">
              <span className="entry-point__title">Beratung und Übergänge</span>
              <span className="entry-point__text">Programme zwischen Kita, Schule und Beruf, nach Lebenslage</span>
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="bereiche">
        <h2 id="bereiche">Bereiche</h2>
        <ul className="sector-links">
          {SECTORS.map((sector) => (
            <li key={sector}>
              <Link to={`/suche${toSearchQuery({ kategorie: [sector] })}`} className={`sector-link sector-link--${sector}`}>
                {SECTOR_LABELS[sector]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bildungsregion">
        <h2 id="bildungsregion">Die Bildungsregion Landkreis Ludwigsburg</h2>
        <p>
          Seit 2011 ist der Landkreis Ludwigsburg Bildungsregion im Landesprogramm Bildungsregionen des Landes
          Baden-Württemberg. Die Bildungsregion vernetzt alle, die Bildung gestalten: Kitas, Schulen, Jugendhilfe und
          Jugendarbeit, Kultureinrichtungen, Weiterbildung und Wirtschaft. Eine Regionale Steuergruppe unter Vorsitz
          des Landrats legt die Strategie fest, das Bildungsbüro setzt sie um.
        </p>
        <p>Ihre Schwerpunkte sind die Übergänge:</p>
        <ul>
          <li>
            <Link to="/themen/uebergang-kita-schule">Übergang Kindergarten – Schule</Link>
          </li>
          <li>
            <Link to="/themen/sprachfoerderung-grundschule">Sprachförderung in der Grundschule</Link>
          </li>
          <li>
            <Link to="/themen/uebergang-schule-beruf">Übergang Schule – Beruf</Link>, mit dem Regionalen
            Übergangsmanagement (RÜM) und der Ausbildungsvorbereitung dual (AVdual)
          </li>
        </ul>
        <p>
          <Link to="/bildungsregion">Mehr zur Bildungsregion</Link> · <Link to="/projekte">Projekte und Programme</Link>
        </p>
      </section>

      <section aria-labelledby="gemeinden">
        <h2 id="gemeinden">Städte und Gemeinden</h2>
        <ul className="municipality-links">
          {municipalities.map((m) => (
            <li key={m.slug}>
              <Link to={`/gemeinden/${m.slug}`}>{m.name}</Link> <span className="muted">({m.total})</span>
            </li>
          ))}
        </ul>
      </section>

      <p className="hint">
        Die Daten stammen aus offenen und öffentlichen Quellen mit unterschiedlichem Stand; die Angaben zu
        allgemeinbildenden Schulen haben den Stand der Schulstatistik 2015. Details unter{" "}
        <Link to="/datenquellen">Datenquellen</Link>.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
