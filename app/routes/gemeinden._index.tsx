import { json, type LinksFunction, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { sectorCoverage } from "~/catalogue/map.server";
import { SECTORS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { useTileConfig } from "~/map/map-config";
import { OverviewMapFrame } from "~/map/map-frame";
import { MAP_LINKS } from "~/map/styles";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = ({ location }) => {
  const { common, places } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(places.overview.title) }];
};

export const links: LinksFunction = () => MAP_LINKS;

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(sectorCoverage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function MunicipalitiesPage() {
  const { municipalities, district } = useLoaderData<typeof loader>();
  const tiles = useTileConfig();
  const { places, vocabulary } = useMessages();
  const localize = useLocalize();
  const t = places.overview;
  const { number, decimal } = places;
  return (
    <div className="wrap page">
      <h1>{t.title}</h1>
      <p>{t.intro(municipalities.length)}</p>
      <OverviewMapFrame className="map-figure--tall" tiles={tiles} caption={t.mapCaption(municipalities.length)} />
      <h2 id="zahlen">{t.figuresTitle}</h2>
      <p>{t.figuresIntro}</p>
      <div className="table-scroll" role="region" aria-labelledby="zahlen" tabIndex={0}>
        <table>
          <caption>{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.municipality}</th>
              <th scope="col" className="num">
                {t.population}
              </th>
              {SECTORS.map((sector) => (
                <th key={sector} scope="col" className="num">
                  {vocabulary.sectorsShort[sector]}
                </th>
              ))}
              <th scope="col" className="num">
                {t.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((m) => (
              <tr key={m.slug}>
                <th scope="row">
                  <Link to={localize(`/gemeinden/${m.slug}`)}>{m.name}</Link>
                </th>
                <td className="num">{number(m.population)}</td>
                {SECTORS.map((sector) => (
                  <td key={sector} className="num">
                    {m.counts[sector]} <span className="muted">({decimal(m.perThousand[sector])})</span>
                  </td>
                ))}
                <td className="num">
                  {m.total} <span className="muted">({decimal(m.totalPerThousand)})</span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.district}</th>
              <td className="num">{number(district.population)}</td>
              {SECTORS.map((sector) => (
                <td key={sector} className="num">
                  {number(district.counts[sector])} <span className="muted">({decimal(district.perThousand[sector])})</span>
                </td>
              ))}
              <td className="num">
                {number(district.total)} <span className="muted">({decimal(district.totalPerThousand)})</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="hint">{t.sourceNote}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
