import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { RefEntry } from "~/audiences/bildungsregion";
import { loadBildungsregionPage } from "~/audiences/bildungsregion.server";
import { THEMES } from "~/audiences/themes";
import { getDb } from "~/catalogue/db.server";
import { SECTORS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, audiences } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(audiences.region.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(loadBildungsregionPage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

const isWebAddress = (value: string) => /^https?:\/\//.test(value);

/** "Im Katalog: <entry>" after a sentence, or nothing when the catalogue has no such entry. */
function EntryRefs({ entries }: { entries: (RefEntry | null)[] }) {
  const { audiences } = useMessages();
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  const found = entries.filter((entry): entry is RefEntry => entry !== null);
  if (found.length === 0) return null;
  return (
    <>
      {" "}
      <span className="aud-refs">
        {audiences.inCatalogue}{" "}
        {found.map((entry, index) => (
          <span key={entry.slug}>
            {index > 0 ? ", " : null}
            <Link to={localize(`/angebote/${entry.slug}`)} lang={dataLang}>
              {entry.title}
            </Link>
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
  const { audiences, vocabulary } = useMessages();
  const t = audiences.region;
  const { number } = audiences;
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  const office = refs.bildungsbuero;
  return (
    <div className="wrap page aud">
      <h1>{t.title}</h1>
      <div className="prose">
        <p className="lead">{t.lead}</p>
      </div>

      <section aria-labelledby="ziele">
        <h2 id="ziele">{t.aimsTitle}</h2>
        <div className="prose">
          <p>{t.networkIntro}</p>
          <ul>
            {t.network.map((member) => (
              <li key={member}>{member}</li>
            ))}
          </ul>
          <p>{t.aimsIntro}</p>
          <ul>
            {t.aims.map((aim) => (
              <li key={aim}>{aim}</li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="steuerung">
        <h2 id="steuerung">{t.steeringTitle}</h2>
        <div className="prose">
          <h3>{t.steeringGroup.title}</h3>
          <Fact entries={[refs.steuergruppe]}>{t.steeringGroup.text}</Fact>
          <h3>{t.office.title}</h3>
          <Fact entries={[office]}>{t.office.text}</Fact>
          {office ? (
            <dl className="facts-list aud-contact">
              {office.website && isWebAddress(office.website) ? (
                <>
                  <dt>{t.office.website}</dt>
                  <dd>
                    <a href={office.website}>{office.website.replace(/^https?:\/\//, "")}</a>
                  </dd>
                </>
              ) : null}
              {office.phone ? (
                <>
                  <dt>{t.office.phone}</dt>
                  <dd>{office.phone}</dd>
                </>
              ) : null}
              <dt>{t.office.source}</dt>
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
              <dt>{t.office.stand}</dt>
              <dd lang={dataLang}>{office.stand}</dd>
            </dl>
          ) : null}
          <h3>{t.projectGroups.title}</h3>
          <Fact entries={[refs.projektgruppen]}>{t.projectGroups.text}</Fact>
        </div>
      </section>

      <section aria-labelledby="schwerpunkte">
        <h2 id="schwerpunkte">{t.focusTitle}</h2>
        <ul className="aud-links">
          {THEMES.map((theme) => (
            <li key={theme.slug}>
              <Link to={localize(`/themen/${theme.slug}`)}>{audiences.themes.pages[theme.slug].title}</Link>
            </li>
          ))}
        </ul>
        <div className="prose">
          <Fact entries={[refs.ruem, refs.modellregion]}>{t.ruem}</Fact>
          <Fact entries={[refs.avdual, refs.robertFranckSchule, refs.mathildePlanckSchule]}>{audiences.themes.facts.avdual}</Fact>
          <p>
            <LinkedText text={t.allProjects} to={localize("/projekte")} />
          </p>
        </div>
      </section>

      <section aria-labelledby="zahlen">
        <h2 id="zahlen">{t.figuresTitle}</h2>
        <div className="prose">
          <p>
            {t.figures({
              total: figures.total,
              institutions: figures.institutions,
              offers: figures.offers,
              withEntries: figures.municipalitiesWithEntries,
              municipalities: figures.municipalities.length,
              withoutMunicipality: figures.withoutMunicipality,
            })}
          </p>
          <p className="hint">
            <LinkedText text={t.figuresNote} to={localize("/datenquellen")} />
          </p>
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="tabelle-bereiche">
          <table>
            <caption id="tabelle-bereiche">{t.bySectorCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.sector}</th>
                <th scope="col" className="num">
                  {t.institutions}
                </th>
                <th scope="col" className="num">
                  {t.programmes}
                </th>
                <th scope="col" className="num">
                  {t.together}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.bySector.map((row) => (
                <tr key={row.sector}>
                  <th scope="row">{vocabulary.sectors[row.sector]}</th>
                  <td className="num">{number(row.institutions)}</td>
                  <td className="num">{number(row.offers)}</td>
                  <td className="num">{number(row.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.together}</th>
                <td className="num">{number(figures.institutions)}</td>
                <td className="num">{number(figures.offers)}</td>
                <td className="num">{number(figures.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="tabelle-gemeinden">
          <table>
            <caption id="tabelle-gemeinden">{t.byMunicipalityCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipality}</th>
                {SECTORS.map((sector) => (
                  <th key={sector} scope="col" className="num">
                    {vocabulary.sectorsShort[sector]}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t.together}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.municipalities.map((row) => (
                <tr key={row.slug}>
                  <th scope="row">
                    <Link to={localize(`/gemeinden/${row.slug}`)}>{row.name}</Link>
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
                <th scope="row">{t.allMunicipalities}</th>
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
          <LinkedText text={t.perThousand} to={localize("/gemeinden")} />
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
