import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/catalogue/db.server";
import { getMunicipalityPage } from "~/catalogue/places.server";
import { SECTOR_LABELS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { formatAddress } from "~/search/documents";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.municipality.name} – Bildungsportal Landkreis Ludwigsburg`
      : "Nicht gefunden – Bildungsportal Landkreis Ludwigsburg",
  },
];

export const headers = reuseLoaderHeaders;

export async function loader({ params }: LoaderFunctionArgs) {
  const page = getMunicipalityPage(getDb(), params.slug ?? "");
  if (!page) throw new Response("Nicht gefunden", { status: 404 });
  return json(page, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function MunicipalityPage() {
  const { municipality, bySector, total } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link to="/gemeinden">Gemeinden</Link>
      </nav>
      <h1>{municipality.name}</h1>
      <p>
        {municipality.population.toLocaleString("de-DE")} Einwohnerinnen und Einwohner,{" "}
        {municipality.areaKm2.toLocaleString("de-DE")} km². Postleitzahl
        {municipality.postcodes.length === 1 ? "" : "en"}: {municipality.postcodes.join(", ")}.
      </p>
      <p>
        <Link to={`/suche${toSearchQuery({ gemeinde: [municipality.slug] })}`}>
          Alle {total} Einträge in {municipality.name} durchsuchen
        </Link>
      </p>
      {bySector.length === 0 ? (
        <p>
          Für {municipality.name} sind noch keine Einträge erfasst. Landkreisweite Angebote finden Sie über die{" "}
          <Link to="/suche">Suche</Link>.
        </p>
      ) : null}
      {bySector.map((group) => (
        <section key={group.sector} aria-labelledby={`bereich-${group.sector}`}>
          <h2 id={`bereich-${group.sector}`}>
            {SECTOR_LABELS[group.sector]} ({group.entries.length})
          </h2>
          <ul className="plain-list">
            {group.entries.map((entry) => (
              <li key={entry.slug}>
                <Link to={`/angebote/${entry.slug}`}>{entry.title}</Link>
                <span className="muted">
                  {" "}
                  – {entry.type}
                  {formatAddress(entry) ? `, ${formatAddress(entry)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
