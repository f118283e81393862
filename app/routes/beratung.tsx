import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { loadCounsellingPage } from "~/audiences/beratung.server";
import { THEMES } from "~/audiences/themes";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Beratung und Übergänge – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(loadCounsellingPage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

const KIND_LABELS = { angebot: "Angebot", einrichtung: "Einrichtung" } as const;

export default function CounsellingPage() {
  const { parts } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page aud">
      <h1>Beratung und Übergänge</h1>
      <p className="lead">
        Programme und Stellen für die Übergänge vom Kindergarten in die Schule und von der Schule in den Beruf, geordnet
        nach der Lage des Kindes oder jungen Menschen. Für Eltern, Jugendliche und alle, die sie beraten.
      </p>
      <nav aria-label="Lebenslagen" className="aud-jump">
        <ul>
          {parts.flatMap((part) =>
            part.situations.map((situation) => (
              <li key={situation.id}>
                <a href={`#${situation.id}`}>{situation.title}</a>
              </li>
            )),
          )}
        </ul>
      </nav>

      {parts.map((part) => (
        <section key={part.id} aria-labelledby={`teil-${part.id}`}>
          <h2 id={`teil-${part.id}`}>{part.title}</h2>
          {part.situations.map((situation) => (
            <section key={situation.id} aria-labelledby={situation.id} className="aud-card">
              <h3 id={situation.id}>{situation.title}</h3>
              <p>{situation.intro}</p>
              <ul className="plain-list aud-entries">
                {situation.entries.map((entry) => (
                  <li key={entry.slug}>
                    <Link to={`/angebote/${entry.slug}`}>{entry.title}</Link>
                    <span className="muted">
                      {" "}
                      – {KIND_LABELS[entry.kind]}: {entry.type}, {entry.place}
                    </span>
                    {entry.sites.length > 0 ? (
                      <div className="aud-sites">
                        <p>Schulen, deren Eintrag {entry.programme} nennt:</p>
                        <ul>
                          {entry.sites.map((site) => (
                            <li key={site.slug}>
                              <Link to={`/angebote/${site.slug}`}>{site.title}</Link>{" "}
                              <span className="muted">– „{site.statement}“</span>
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}

      <section aria-labelledby="mehr">
        <h2 id="mehr">Mehr zu den Übergängen</h2>
        <ul className="aud-links">
          {THEMES.map((theme) => (
            <li key={theme.slug}>
              <Link to={`/themen/${theme.slug}`}>{theme.title}: was die Bildungsregion tut</Link>
            </li>
          ))}
          <li>
            <Link to={`/suche${toSearchQuery({ zielgruppe: ["beratung"] })}`}>Alle Einträge für Beratung und Übergang in der Suche</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
