import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { RefEntry } from "~/audiences/bildungsregion";
import { loadBildungsregionPage } from "~/audiences/bildungsregion.server";
import { THEMES } from "~/audiences/themes";
import { getDb } from "~/catalogue/db.server";
import { SECTOR_LABELS, SECTOR_SHORT_LABELS, SECTORS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Bildungsregion Landkreis Ludwigsburg – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(loadBildungsregionPage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

const number = (value: number) => value.toLocaleString("de-DE");
const isWebAddress = (value: string) => /^https?:\/\//.test(value);

/** "Im Katalog: <entry>" after a sentence, or nothing when the catalogue has no such entry. */
function EntryRefs({ entries }: { entries: (RefEntry | null)[] }) {
  const found = entries.filter((entry): entry is RefEntry => entry !== null);
  if (found.length === 0) return null;
  return (
    <>
      {" "}
      <span className="aud-refs">
        Im Katalog:{" "}
        {found.map((entry, index) => (
          <span key={entry.slug}>
            {index > 0 ? ", " : null}
            <Link to={`/angebote/${entry.slug}`}>{entry.title}</Link>
          </span>
        ))}
      </span>
    </>
  );
}

function Fact({ children, entries = [] }: { children: ReactNode; entries?: (RefEntry | null)[] }) {
  return (
    <p>
      {children}
      <EntryRefs entries={entries} />
    </p>
  );
}

export default function BildungsregionPage() {
  const { refs, figures } = useLoaderData<typeof loader>();
  const office = refs.bildungsbuero;
  return (
    <div className="wrap page aud">
      <h1>Bildungsregion Landkreis Ludwigsburg</h1>
      <div className="prose">
        <p className="lead">
          Seit dem 1. Januar 2011 ist der Landkreis Ludwigsburg Bildungsregion. Er nimmt am Landesprogramm
          Bildungsregionen des Landes Baden-Württemberg teil, an dem 28 der 44 Stadt- und Landkreise beteiligt sind.
        </p>
      </div>

      <section aria-labelledby="ziele">
        <h2 id="ziele">Was die Bildungsregion will</h2>
        <div className="prose">
          <p>Die Bildungsregion vernetzt alle, die Bildung gestalten:</p>
          <ul>
            <li>Kindertageseinrichtungen</li>
            <li>Schulen</li>
            <li>Jugendhilfe und Jugendarbeit</li>
            <li>Kultureinrichtungen</li>
            <li>Weiterbildung</li>
            <li>Wirtschaft</li>
          </ul>
          <p>Ihre Ziele sind:</p>
          <ul>
            <li>die Akteure der Bildung miteinander vernetzen,</li>
            <li>Bildungseinrichtungen unterstützen,</li>
            <li>Projekte anstoßen und verbreiten,</li>
            <li>die Übergänge von der frühkindlichen Bildung bis in das Berufsleben gestalten.</li>
          </ul>
        </div>
      </section>

      <section aria-labelledby="steuerung">
        <h2 id="steuerung">Wer die Bildungsregion steuert</h2>
        <div className="prose">
          <h3>Regionale Steuergruppe</h3>
          <Fact entries={[refs.steuergruppe]}>
            Die Regionale Steuergruppe unter Vorsitz des Landrats legt die Strategie der Bildungsregion fest.
          </Fact>
          <h3>Bildungsbüro</h3>
          <Fact entries={[office]}>Das Bildungsbüro ist die Geschäftsstelle der Bildungsregion.</Fact>
          {office ? (
            <dl className="facts-list aud-contact">
              {office.website && isWebAddress(office.website) ? (
                <>
                  <dt>Webseite</dt>
                  <dd>
                    <a href={office.website}>{office.website.replace(/^https?:\/\//, "")}</a>
                  </dd>
                </>
              ) : null}
              {office.phone ? (
                <>
                  <dt>Telefon</dt>
                  <dd>{office.phone}</dd>
                </>
              ) : null}
              <dt>Quelle</dt>
              <dd>
                <ul className="plain-list">
                  {office.sourceUrls.filter(isWebAddress).map((url) => (
                    <li key={url}>
                      <a href={url} className="aud-url">
                        {url}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
              <dt>Stand</dt>
              <dd>{office.stand}</dd>
            </dl>
          ) : null}
          <h3>Projektgruppen</h3>
          <Fact entries={[refs.projektgruppen]}>
            Zu jedem Schwerpunkt gibt es eine Projektgruppe. Mit ihnen setzt das Bildungsbüro die Beschlüsse der
            Steuergruppe um.
          </Fact>
        </div>
      </section>

      <section aria-labelledby="schwerpunkte">
        <h2 id="schwerpunkte">Schwerpunkte</h2>
        <ul className="aud-links">
          {THEMES.map((theme) => (
            <li key={theme.slug}>
              <Link to={`/themen/${theme.slug}`}>{theme.title}</Link>
            </li>
          ))}
        </ul>
        <div className="prose">
          <Fact entries={[refs.ruem, refs.modellregion]}>
            Im Übergang Schule–Beruf gibt es seit dem 1. September 2017 das Regionale Übergangsmanagement (RÜM).
          </Fact>
          <Fact entries={[refs.avdual, refs.robertFranckSchule, refs.mathildePlanckSchule]}>
            Die Ausbildungsvorbereitung dual (AV dual) gibt es an der Robert-Franck-Schule seit dem Schuljahr 2017/18 und an
            der Mathilde-Planck-Schule seit dem Schuljahr 2018/19.
          </Fact>
          <p>
            Alle Programme und Projekte im Katalog: <Link to="/projekte">Projekte und Programme</Link>.
          </p>
        </div>
      </section>

      <section aria-labelledby="zahlen">
        <h2 id="zahlen">Das Netzwerk in Zahlen</h2>
        <div className="prose">
          <p>
            Im Portal sind {number(figures.total)} Einträge erfasst: {number(figures.institutions)} Einrichtungen und{" "}
            {number(figures.offers)} Programme und Projekte. {number(figures.municipalitiesWithEntries)} der{" "}
            {number(figures.municipalities.length)} Städte und Gemeinden haben mindestens einen Eintrag;{" "}
            {number(figures.withoutMunicipality)} Einträge haben keinen Ort in einer Gemeinde.
          </p>
          <p className="hint">
            Die Zahlen zeigen, was der Katalog enthält, nicht alle Bildungseinrichtungen im Landkreis: Die Liste der
            allgemeinbildenden Schulen hat den Stand 2015, und Kitas sind nur zum Teil erfasst. Mehr dazu unter{" "}
            <Link to="/datenquellen">Datenquellen</Link>.
          </p>
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="tabelle-bereiche">
          <table>
            <caption id="tabelle-bereiche">Einrichtungen und Programme nach Bereich</caption>
            <thead>
              <tr>
                <th scope="col">Bereich</th>
                <th scope="col" className="num">
                  Einrichtungen
                </th>
                <th scope="col" className="num">
                  Programme
                </th>
                <th scope="col" className="num">
                  Zusammen
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.bySector.map((row) => (
                <tr key={row.sector}>
                  <th scope="row">{SECTOR_LABELS[row.sector]}</th>
                  <td className="num">{number(row.institutions)}</td>
                  <td className="num">{number(row.offers)}</td>
                  <td className="num">{number(row.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Zusammen</th>
                <td className="num">{number(figures.institutions)}</td>
                <td className="num">{number(figures.offers)}</td>
                <td className="num">{number(figures.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="tabelle-gemeinden">
          <table>
            <caption id="tabelle-gemeinden">Einträge nach Gemeinde und Bereich</caption>
            <thead>
              <tr>
                <th scope="col">Gemeinde</th>
                {SECTORS.map((sector) => (
                  <th key={sector} scope="col" className="num">
                    {SECTOR_SHORT_LABELS[sector]}
                  </th>
                ))}
                <th scope="col" className="num">
                  Zusammen
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.municipalities.map((row) => (
                <tr key={row.slug}>
                  <th scope="row">
                    <Link to={`/gemeinden/${row.slug}`}>{row.name}</Link>
                  </th>
                  {SECTORS.map((sector) => (
                    <td key={sector} className="num">
                      {number(row.counts[sector])}
                    </td>
                  ))}
                  <td className="num">{number(row.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Alle Gemeinden</th>
                {SECTORS.map((sector) => (
                  <td key={sector} className="num">
                    {number(figures.district.counts[sector])}
                  </td>
                ))}
                <td className="num">{number(figures.district.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p>
          Einträge je 1.000 Einwohnerinnen und Einwohner und eine Karte: <Link to="/gemeinden">Gemeinden</Link>.
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
