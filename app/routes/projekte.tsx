import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { MAX_WORDS_LENGTH } from "~/audiences/projekte";
import { loadProjectsPage } from "~/audiences/projekte.server";
import { getDb } from "~/catalogue/db.server";
import { TOPIC_LABELS } from "~/catalogue/vocabulary";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Projekte und Programme – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return json(loadProjectsPage(getDb(), new URL(request.url).searchParams), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function ProjectsPage() {
  const { q, thema, ignoredTopic, total, topics, projects } = useLoaderData<typeof loader>();
  const filtered = q !== "" || thema !== null;
  return (
    <div className="wrap page aud">
      <h1>Projekte und Programme</h1>
      <p className="lead">
        Programme, Projekte und Netzwerke der Bildung im Landkreis Ludwigsburg, wie der Katalog sie kennt: von der
        Bildungsregion und ihren Projektgruppen bis zu Ausbildungsmessen.
      </p>

      <Form method="get" action="/projekte" className="location-form aud-filter" aria-label="Projekte durchsuchen">
        <div className="aud-filter__row">
          <div>
            <label htmlFor="projekte-q">Suchwort</label>
            <input id="projekte-q" name="q" type="search" defaultValue={q} maxLength={MAX_WORDS_LENGTH} placeholder="z. B. Sprache, Ausbildung, Musik" />
          </div>
          <div>
            <label htmlFor="projekte-thema">Thema</label>
            <select id="projekte-thema" name="thema" defaultValue={thema ?? ""}>
              <option value="">Alle Themen</option>
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {TOPIC_LABELS[topic]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Filtern</button>
        </div>
      </Form>
      {ignoredTopic ? (
        <div className="notice" role="status">
          <p>Dieses Thema kennen wir nicht; gezeigt werden alle Themen.</p>
        </div>
      ) : null}

      <section aria-labelledby="liste">
        <h2 id="liste" aria-live="polite">
          {filtered ? `${projects.length} von ${total} Projekten und Programmen` : `${total} Projekte und Programme`}
          {q ? ` für „${q}“` : ""}
          {thema ? ` zum Thema ${TOPIC_LABELS[thema]}` : ""}
        </h2>
        {filtered ? (
          <p>
            <Link to="/projekte">Alle zeigen</Link>
          </p>
        ) : null}
        {projects.length === 0 ? <p>Nichts gefunden. Versuchen Sie ein anderes Wort oder ein anderes Thema.</p> : null}
        <ul className="plain-list aud-projects">
          {projects.map((project) => (
            <li key={project.slug} className="aud-project">
              <h3>
                <Link to={`/angebote/${project.slug}`}>{project.title}</Link>
              </h3>
              <p className="aud-meta">
                {project.type}, {project.place}
                {project.topics.length > 0 ? ` · Themen: ${project.topics.map((topic) => TOPIC_LABELS[topic]).join(", ")}` : ""}
              </p>
              {project.description ? <p>{project.description}</p> : null}
              <p className="aud-meta">Stand: {project.stand}</p>
            </li>
          ))}
        </ul>
        <p>
          Programme zusammen mit Einrichtungen, auf der Karte und nach Entfernung:{" "}
          <Link to={`/suche${toSearchQuery({ art: ["angebot"] })}`}>Programme in der Suche</Link>.
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
