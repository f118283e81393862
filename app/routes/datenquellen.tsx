import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { listDatasets } from "~/catalogue/details.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useMessages } from "~/i18n";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { German, useGermanData } from "~/ui/german";

export const meta: MetaFunction = ({ location }) => {
  const { common, detail } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(detail.sources.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json({ datasets: listDatasets(getDb()) }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

/** The datasets as their publishers describe them (German); the labels in the page's language. */
export default function SourcesPage() {
  const { datasets } = useLoaderData<typeof loader>();
  const { detail } = useMessages();
  const texts = detail.sources;
  const germanData = useGermanData();
  return (
    <div className="wrap page">
      <h1>{texts.title}</h1>
      <p>{texts.intro}</p>
      {datasets.map((dataset) => (
        <section key={dataset.id} id={dataset.id} aria-labelledby={`titel-${dataset.id}`} className="dataset">
          <h2 id={`titel-${dataset.id}`} {...germanData}>
            {dataset.title}
          </h2>
          <dl>
            <dt>{texts.publisher}</dt>
            <dd {...germanData}>{dataset.publisher}</dd>
            <dt>{texts.stand}</dt>
            <dd {...germanData}>{dataset.stand}</dd>
            <dt>{texts.licence}</dt>
            <dd {...germanData}>
              {dataset.licenceUrl ? (
                <a href={dataset.licenceUrl} rel="noopener noreferrer">
                  {dataset.licence}
                </a>
              ) : (
                dataset.licence
              )}
            </dd>
            <dt>{texts.attribution}</dt>
            <dd {...germanData}>{dataset.attribution}</dd>
            <dt>{texts.records}</dt>
            <dd>{detail.number(dataset.recordCount)}</dd>
            <dt>{texts.origin}</dt>
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
              <strong>{texts.note}</strong> <German>{dataset.caveats}</German>
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
