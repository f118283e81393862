import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { MAX_WORDS_LENGTH } from "~/audiences/projekte";
import { loadProjectsPage } from "~/audiences/projekte.server";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, audiences } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(audiences.projects.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return json(loadProjectsPage(getDb(), new URL(request.url).searchParams), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function ProjectsPage() {
  const { q, thema, ignoredTopic, total, topics, projects } = useLoaderData<typeof loader>();
  const { audiences, vocabulary } = useMessages();
  const t = audiences.projects;
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  const filtered = q !== "" || thema !== null;
  return (
    <div className="wrap page aud">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>

      <Form method="get" action={localize("/projekte")} className="location-form aud-filter" aria-label={t.form}>
        <div className="aud-filter__row">
          <div>
            <label htmlFor="projekte-q">{t.words}</label>
            <input id="projekte-q" name="q" type="search" defaultValue={q} maxLength={MAX_WORDS_LENGTH} placeholder={t.wordsPlaceholder} />
          </div>
          <div>
            <label htmlFor="projekte-thema">{t.topic}</label>
            <select id="projekte-thema" name="thema" defaultValue={thema ?? ""}>
              <option value="">{t.allTopics}</option>
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {vocabulary.topics[topic]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
      {ignoredTopic ? (
        <div className="notice" role="status">
          <p>{t.unknownTopic}</p>
        </div>
      ) : null}

      <section aria-labelledby="liste">
        <h2 id="liste" aria-live="polite">
          {t.heading(projects.length, total, filtered, q, thema ? vocabulary.topics[thema] : null)}
        </h2>
        {filtered ? (
          <p>
            <Link to={localize("/projekte")}>{t.showAll}</Link>
          </p>
        ) : null}
        {projects.length === 0 ? <p>{t.nothingFound}</p> : null}
        <ul className="plain-list aud-projects">
          {projects.map((project) => (
            <li key={project.slug} className="aud-project">
              <h3>
                <Link to={localize(`/angebote/${project.slug}`)} lang={dataLang}>
                  {project.title}
                </Link>
              </h3>
              <p className="aud-meta">
                <span lang={dataLang}>{project.type}</span>, {project.place ?? audiences.noPlace}
                {project.topics.length > 0
                  ? ` · ${t.topics} ${project.topics.map((topic) => vocabulary.topics[topic]).join(", ")}`
                  : ""}
              </p>
              {project.description ? <p lang={dataLang}>{project.description}</p> : null}
              <p className="aud-meta">
                {audiences.stand} <span lang={dataLang}>{project.stand}</span>
              </p>
            </li>
          ))}
        </ul>
        <p>
          <LinkedText text={t.inSearch} to={localize(`/suche${toSearchQuery({ art: ["angebot"] })}`)} />
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
