import { json, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AGE_BANDS, nearbyHiddenFields, type BandLink } from "~/audiences/familien";
import { loadFamilyPage } from "~/audiences/familien.server";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Für Familien – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json(loadFamilyPage(getDb()), { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

function hrefOf(link: BandLink) {
  return "to" in link ? link.to : `/suche${toSearchQuery(link.search)}`;
}

export default function FamiliesPage() {
  const { services } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page aud">
      <h1>Für Familien</h1>
      <p className="lead">
        Wie alt ist Ihr Kind? Wählen Sie die Altersstufe: Die Links führen zu passenden Einträgen in der Suche, und Sie
        können mit Ihrer Postleitzahl nach Angeboten in Ihrer Nähe suchen.
      </p>
      <nav aria-label="Auf dieser Seite" className="aud-jump">
        <ul>
          {AGE_BANDS.map((band) => (
            <li key={band.id}>
              <a href={`#alter-${band.id}`}>{band.label}</a>
            </li>
          ))}
          <li>
            <a href="#beratung">Beratung und Hilfe</a>
          </li>
        </ul>
      </nav>

      <div className="aud-bands">
        {AGE_BANDS.map((band) => (
          <section key={band.id} className="aud-card" aria-labelledby={`alter-${band.id}`}>
            <h2 id={`alter-${band.id}`}>
              {band.label}: {band.title}
            </h2>
            <ul className="aud-links">
              {band.links.map((link) => (
                <li key={link.label}>
                  <Link to={hrefOf(link)}>{link.label}</Link>
                  {link.hint ? <span className="muted"> ({link.hint})</span> : null}
                </li>
              ))}
            </ul>
            <p className="hint">
              Die Suchen mit Altersangabe sind auf ein Kind von {band.age} {band.age === 1 ? "Jahr" : "Jahren"} eingestellt.
              In der Suche können Sie das Alter ändern.
            </p>
            {band.note ? <p className="hint">{band.note}</p> : null}
            <Form method="get" action="/suche" className="aud-nearby" aria-label={`In der Nähe suchen: ${band.label}`}>
              {nearbyHiddenFields(band).map((field) => (
                <input key={`${field.name}-${field.value}`} type="hidden" name={field.name} value={field.value} />
              ))}
              <label htmlFor={`ort-${band.id}`}>Postleitzahl oder Ort</label>
              <div className="aud-nearby__row">
                <input
                  id={`ort-${band.id}`}
                  name="ort"
                  required
                  maxLength={60}
                  autoComplete="postal-code"
                  placeholder="z. B. 70806"
                />
                <button type="submit">In der Nähe suchen</button>
              </div>
            </Form>
          </section>
        ))}
      </div>

      <section aria-labelledby="beratung">
        <h2 id="beratung">Beratung und Hilfe für Familien</h2>
        <p>
          Beratungsstellen und Hilfen, die der Katalog für Familien, Eltern, Kinder oder Schwangere nennt. Mehr über jede
          Stelle, mit Quelle und Stand, finden Sie auf ihrer Seite.
        </p>
        {services.length === 0 ? <p>Im Katalog sind dazu zurzeit keine Einträge erfasst.</p> : null}
        {services.map((group) => (
          <section key={group.id} aria-labelledby={`hilfe-${group.id}`}>
            <h3 id={`hilfe-${group.id}`}>{group.title}</h3>
            <ul className="plain-list aud-entries">
              {group.entries.map((entry) => (
                <li key={entry.slug}>
                  <Link to={`/angebote/${entry.slug}`}>{entry.title}</Link>
                  <span className="muted">
                    {" "}
                    – {entry.type}, {entry.place}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p>
          Übergänge in Schule und Beruf: <Link to="/beratung">Beratung nach Lebenslage</Link>.
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
