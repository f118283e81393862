import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { listMunicipalities } from "~/catalogue/places.server";
import { SECTORS, SECTOR_SHORT_LABELS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Städte und Gemeinden – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json({ municipalities: listMunicipalities(getDb()) }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function MunicipalitiesPage() {
  const { municipalities } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <h1>Städte und Gemeinden</h1>
      <p>
        Der Landkreis Ludwigsburg hat {municipalities.length} Städte und Gemeinden. Die Tabelle zeigt, wie viele
        Einträge das Portal je Bereich kennt. Die Zahlen sagen nichts über das tatsächliche Angebot vor Ort: Vor allem
        Kitas sind bisher nur zum kleinen Teil erfasst.
      </p>
      <div className="table-scroll" role="region" aria-label="Einträge je Gemeinde" tabIndex={0}>
        <table>
          <caption>Einträge je Gemeinde und Bereich</caption>
          <thead>
            <tr>
              <th scope="col">Gemeinde</th>
              <th scope="col" className="num">Einwohner</th>
              {SECTORS.map((sector) => (
                <th key={sector} scope="col" className="num">
                  {SECTOR_SHORT_LABELS[sector]}
                </th>
              ))}
              <th scope="col" className="num">Gesamt</th>
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
                    {m.counts[sector]}
                  </td>
                ))}
                <td className="num">{m.total}</td>
              </tr>
            ))}
          </tbody>
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
