import { json, type LinksFunction, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { sectorCoverage } from "~/catalogue/map.server";
import { SECTORS, SECTOR_SHORT_LABELS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { useTileConfig } from "~/map/map-config";
import { OverviewMapFrame } from "~/map/map-frame";
import { MAP_LINKS } from "~/map/styles";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Städte und Gemeinden – Bildungsportal Landkreis Ludwigsburg" }];

export const links: LinksFunction = () => MAP_LINKS;

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(sectorCoverage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

const decimal = (value: number) => value.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export default function MunicipalitiesPage() {
  const { municipalities, district } = useLoaderData<typeof loader>();
  const tiles = useTileConfig();
  return (
    <div className="wrap page">
      <h1>Städte und Gemeinden</h1>
      <p>
        Der Landkreis Ludwigsburg hat {municipalities.length} Städte und Gemeinden. Wählen Sie eine Gemeinde auf der Karte
        oder in der Tabelle: Ihre Seite zeigt alle Einträge dort.
      </p>
      <OverviewMapFrame
        className="map-figure--tall"
        tiles={tiles}
        caption="Karte des Landkreises mit den Grenzen aller 39 Städte und Gemeinden; ein Klick öffnet die Seite der Gemeinde. Dieselben Seiten erreichen Sie über die Tabelle."
      />
      <h2 id="zahlen">Einträge je Gemeinde</h2>
      <p>
        Die Tabelle zeigt, wie viele Einträge das Portal je Bereich kennt, absolut und je 1.000 Einwohnerinnen und
        Einwohner. Die Zahlen sagen nichts über das tatsächliche Angebot vor Ort: Vor allem Kitas sind bisher nur zum
        kleinen Teil erfasst.
      </p>
      <div className="table-scroll" role="region" aria-labelledby="zahlen" tabIndex={0}>
        <table>
          <caption>Einträge je Gemeinde und Bereich (in Klammern: je 1.000 Einwohner)</caption>
          <thead>
            <tr>
              <th scope="col">Gemeinde</th>
              <th scope="col" className="num">
                Einwohner
              </th>
              {SECTORS.map((sector) => (
                <th key={sector} scope="col" className="num">
                  {SECTOR_SHORT_LABELS[sector]}
                </th>
              ))}
              <th scope="col" className="num">
                Gesamt
              </th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((m) => (
              <tr key={m.slug}>
                <th scope="row">
                  <Link to={`/gemeinden/${m.slug}`}>{m.name}</Link>
                </th>
                <td className="num">{m.population.toLocaleString("de-DE")}</td>
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
              <th scope="row">Landkreis</th>
              <td className="num">{district.population.toLocaleString("de-DE")}</td>
              {SECTORS.map((sector) => (
                <td key={sector} className="num">
                  {district.counts[sector]} <span className="muted">({decimal(district.perThousand[sector])})</span>
                </td>
              ))}
              <td className="num">
                {district.total} <span className="muted">({decimal(district.totalPerThousand)})</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="hint">
        Einwohner: BKG VG250-EW (© GeoBasis-DE / BKG (2025), dl-de/by-2-0). Landkreisweite Angebote ohne Ort sind
        keiner Gemeinde zugeordnet.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
