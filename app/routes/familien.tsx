import { json, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AGE_BANDS, nearbyHiddenFields, type BandLink } from "~/audiences/familien";
import { loadFamilyPage } from "~/audiences/familien.server";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, audiences } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(audiences.families.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(loadFamilyPage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

function hrefOf(link: BandLink) {
  return "to" in link ? link.to : `/suche${toSearchQuery(link.search)}`;
}

export default function FamiliesPage() {
  const { services } = useLoaderData<typeof loader>();
  const { audiences } = useMessages();
  const t = audiences.families;
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  return (
    <div className="wrap page aud">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <nav aria-label={t.onThisPage} className="aud-jump">
        <ul>
          {AGE_BANDS.map((band) => (
            <li key={band.id}>
              <a href={`#alter-${band.id}`}>{t.bands[band.id].label}</a>
            </li>
          ))}
          <li>
            <a href="#beratung">{t.jumpToServices}</a>
          </li>
        </ul>
      </nav>

      <div className="aud-bands">
        {AGE_BANDS.map((band) => {
          const texts = t.bands[band.id];
          return (
            <section key={band.id} className="aud-card" aria-labelledby={`alter-${band.id}`}>
              <h2 id={`alter-${band.id}`}>
                {texts.label}: {texts.title}
              </h2>
              <ul className="aud-links">
                {band.links.map((link) => (
                  <li key={link.id}>
                    <Link to={localize(hrefOf(link))}>{t.links[link.id]}</Link>
                    {link.hint ? <span className="muted"> ({t.hints[link.hint]})</span> : null}
                  </li>
                ))}
              </ul>
              <p className="hint">{t.ageHint(band.age)}</p>
              {texts.note ? <p className="hint">{texts.note}</p> : null}
              <Form method="get" action={localize("/suche")} className="aud-nearby" aria-label={t.nearby.form(texts.label)}>
                {nearbyHiddenFields(band).map((field) => (
                  <input key={`${field.name}-${field.value}`} type="hidden" name={field.name} value={field.value} />
                ))}
                <label htmlFor={`ort-${band.id}`}>{t.nearby.label}</label>
                <div className="aud-nearby__row">
                  <input
                    id={`ort-${band.id}`}
                    name="ort"
                    required
                    maxLength={60}
                    autoComplete="postal-code"
                    placeholder={t.nearby.placeholder}
                  />
                  <button type="submit">{t.nearby.submit}</button>
                </div>
              </Form>
            </section>
          );
        })}
      </div>

      <section aria-labelledby="beratung">
        <h2 id="beratung">{t.servicesTitle}</h2>
        <p>{t.servicesIntro}</p>
        {services.length === 0 ? <p>{audiences.noEntries}</p> : null}
        {services.map((group) => (
          <section key={group.id} aria-labelledby={`hilfe-${group.id}`}>
            <h3 id={`hilfe-${group.id}`}>{t.services[group.id]}</h3>
            <ul className="plain-list aud-entries">
              {group.entries.map((entry) => (
                <li key={entry.slug}>
                  <Link to={localize(`/angebote/${entry.slug}`)} lang={dataLang}>
                    {entry.title}
                  </Link>
                  <span className="muted">
                    {" "}
                    – <span lang={dataLang}>{entry.type}</span>, {entry.place ?? audiences.noPlace}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p>
          <LinkedText text={t.transitions} to={localize("/beratung")} />
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
