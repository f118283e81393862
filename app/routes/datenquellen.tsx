import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { listDatasets } from "~/catalogue/details.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Datenquellen und Lizenzen – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json({ datasets: listDatasets(getDb()) }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function SourcesPage() {
  const { datasets } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <h1>Datenquellen und Lizenzen</h1>
      <p>
        Alle Einträge stammen aus den folgenden Quellen. Jeder Eintrag nennt auf seiner Seite seine Quelle, seinen
        Stand und seine Lizenz. Nichts wurde erfunden: Fehlt eine Angabe, nennt die Quelle sie nicht.
      </p>
      {datasets.map((dataset) => (
        <section key={dataset.id} id={dataset.id} aria-labelledby={`titel-${dataset.id}`} className="dataset">
          <h2 id={`titel-${dataset.id}`}>{dataset.title}</h2>
          <dl>
            <dt>Herausgeber</dt>
            <dd>{dataset.publisher}</dd>
            <dt>Stand</dt>
            <dd>{dataset.stand}</dd>
            <dt>Lizenz</dt>
            <dd>
              {dataset.licenceUrl ? (
                <a href={dataset.licenceUrl} rel="noopener noreferrer">
                  {dataset.licence}
                </a>
              ) : (
                dataset.licence
              )}
            </dd>
            <dt>Namensnennung</dt>
            <dd>{dataset.attribution}</dd>
            <dt>Einträge im Portal</dt>
            <dd>{dataset.recordCount.toLocaleString("de-DE")}</dd>
            <dt>Herkunft</dt>
            <dd>
              <ul>
                {dataset.sourceUrls.map((url) => (
                  <li key={url}>
                    <a href={url} rel="noopener noreferrer">
                      {url}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          {dataset.caveats ? (
            <p className="notice">
              <strong>Hinweis:</strong> {dataset.caveats}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
