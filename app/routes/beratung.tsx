import { json, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { loadCounsellingPage } from "~/audiences/beratung.server";
import { THEMES } from "~/audiences/themes";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";

export const meta: MetaFunction = ({ location }) => {
  const { common, audiences } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(audiences.counselling.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(loadCounsellingPage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function CounsellingPage() {
  const { parts } = useLoaderData<typeof loader>();
  const { audiences } = useMessages();
  const t = audiences.counselling;
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  return (
    <div className="wrap page aud">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <nav aria-label={t.situationsNav} className="aud-jump">
        <ul>
          {parts.flatMap((part) =>
            part.situations.map((situation) => (
              <li key={situation.id}>
                <a href={`#${situation.id}`}>{t.situations[situation.id].title}</a>
              </li>
            )),
          )}
        </ul>
      </nav>

      {parts.map((part) => (
        <section key={part.id} aria-labelledby={`teil-${part.id}`}>
          <h2 id={`teil-${part.id}`}>{t.parts[part.id]}</h2>
          {part.situations.map((situation) => (
            <section key={situation.id} aria-labelledby={situation.id} className="aud-card">
              <h3 id={situation.id}>{t.situations[situation.id].title}</h3>
              <p>{t.situations[situation.id].intro}</p>
              <ul className="plain-list aud-entries">
                {situation.entries.map((entry) => (
                  <li key={entry.slug}>
                    <Link to={localize(`/angebote/${entry.slug}`)} lang={dataLang}>
                      {entry.title}
                    </Link>
                    <span className="muted">
                      {" "}
                      – {audiences.kinds[entry.kind]}: <span lang={dataLang}>{entry.type}</span>, {entry.place ?? audiences.noPlace}
                    </span>
                    {entry.sites.length > 0 && entry.programme ? (
                      <div className="aud-sites">
                        <p>{t.sites(entry.programme)}</p>
                        <ul>
                          {entry.sites.map((site) => (
                            <li key={site.slug}>
                              <Link to={localize(`/angebote/${site.slug}`)} lang={dataLang}>
                                {site.title}
                              </Link>{" "}
                              <span className="muted">
                                – {audiences.quote.open}
                                <span lang={dataLang}>{site.statement}</span>
                                {audiences.quote.close}
                              </span>
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
        <h2 id="mehr">{t.moreTitle}</h2>
        <ul className="aud-links">
          {THEMES.map((theme) => (
            <li key={theme.slug}>
              <Link to={localize(`/themen/${theme.slug}`)}>{t.theme(audiences.themes.pages[theme.slug].title)}</Link>
            </li>
          ))}
          <li>
            <Link to={localize(`/suche${toSearchQuery({ zielgruppe: ["beratung"] })}`)}>{t.allInSearch}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
