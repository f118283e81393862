import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SUBJECTS } from "~/audiences/lehrkraefte";
import { loadTeacherPage } from "~/audiences/lehrkraefte.server";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { toSearchQuery } from "~/search/params";
import { formatApproximateDistance, formatDistance } from "~/search/places";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction = () => [{ title: "Für Lehrkräfte – Bildungsportal Landkreis Ludwigsburg" }];

export const headers = reuseLoaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const page = loadTeacherPage(getDb(), new URL(request.url).searchParams);
  return json(page, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

const SUBJECT_LABELS: Record<string, string> = Object.fromEntries(SUBJECTS.map((subject) => [subject.id, subject.label]));

export default function TeachersPage() {
  const { subject, school, issues, schoolGroups, counts, totalLernorte, otherCulture, lernorte } = useLoaderData<typeof loader>();
  const heading = [
    `${lernorte.length} ${lernorte.length === 1 ? "Lernort" : "Lernorte"}`,
    subject ? ` für ${SUBJECT_LABELS[subject]}` : "",
    school ? `, nach Entfernung ab ${school.title} (${school.place})` : "",
  ].join("");
  return (
    <div className="wrap page aud">
      <h1>Für Lehrkräfte</h1>
      <p className="lead">
        Außerschulische Lernorte und Partner für Ihren Unterricht: Museen, Archive, Gedenkstätten, Bibliotheken, Musik-
        und Kunstschulen und Schülerlabore im Landkreis Ludwigsburg.
      </p>

      <Form method="get" action="/lehrkraefte" className="location-form aud-filter" aria-label="Lernorte auswählen">
        <div className="aud-filter__row">
          <div>
            <label htmlFor="fach">Fach</label>
            <select id="fach" name="fach" defaultValue={subject ?? ""}>
              <option value="">Alle Fächer ({totalLernorte})</option>
              {SUBJECTS.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label} ({counts[option.id] ?? 0})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="schule">Entfernung ab Ihrer Schule</label>
            <select id="schule" name="schule" defaultValue={school?.slug ?? ""}>
              <option value="">Keine Schule gewählt</option>
              {schoolGroups.map((group) => (
                <optgroup key={group.place} label={group.place}>
                  {group.schools.map((option) => (
                    <option key={option.slug} value={option.slug}>
                      {option.title} ({group.place})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit">Anzeigen</button>
        </div>
        <p className="hint aud-filter__note">
          Nach Klassenstufe können wir nicht filtern: Die Quellen nennen sie nur bei wenigen Lernorten (etwa
          „Grundschulklassen“ oder „alle Schularten“). Was ein Lernort dazu angibt, steht bei ihm unter „Zielgruppe“.
        </p>
      </Form>

      {issues.length > 0 ? (
        <div className="notice" role="status">
          <ul>
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="lernorte">
        <h2 id="lernorte">{heading}</h2>
        {school ? (
          <p className="hint">
            Luftlinie. „ca.“: Die Lage des Lernorts ist nur auf die Gemeinde genau bekannt.
          </p>
        ) : null}
        {lernorte.length === 0 ? (
          <p>
            Für dieses Fach ist kein Lernort erfasst. <Link to="/lehrkraefte">Alle Lernorte zeigen</Link>
          </p>
        ) : null}
        <ol className="plain-list aud-lernorte">
          {lernorte.map((lernort) => (
            <li key={lernort.slug} className="aud-lernort">
              <h3>
                <Link to={`/angebote/${lernort.slug}`}>{lernort.title}</Link>
              </h3>
              <p className="aud-meta">
                {lernort.type}, {lernort.place}
                {lernort.distanceKm !== null ? (
                  <>
                    {" · "}
                    {lernort.approximate ? formatApproximateDistance(lernort.distanceKm) : formatDistance(lernort.distanceKm)}{" "}
                    entfernt
                  </>
                ) : null}
              </p>
              {lernort.subjects.length > 0 ? (
                <p className="aud-meta">Fächer: {lernort.subjects.map((id) => SUBJECT_LABELS[id]).join(", ")}</p>
              ) : null}
              {lernort.targetGroup ? <p className="aud-meta">Zielgruppe laut Quelle: {lernort.targetGroup}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="auswahl">
        <h2 id="auswahl">Wie wir Lernorte auswählen</h2>
        <div className="prose">
          <p>
            Der Katalog hat kein eigenes Merkmal „für Schulklassen“. Wir zeigen Einrichtungen aus Kultur und
            Weiterbildung, die ihre Quelle als außerschulischen Lernort oder Schülerlabor führt, bei denen die Quelle
            Schulklassen, Schulen oder Schülerinnen und Schüler als Zielgruppe nennt oder deren Beschreibung Angebote für
            Schulklassen oder eine Zusammenarbeit mit Schulen nennt.
          </p>
          <p>
            Die Fächer leiten wir aus der Art der Einrichtung und den Worten ihrer Beschreibung ab, zum Beispiel Archive und
            Gedenkstätten für Geschichte oder Musikschulen für Musik. Bei weiteren {otherCulture} Kultureinrichtungen sagen
            die Quellen nichts über Angebote für Schulklassen; Sie finden sie in der{" "}
            <Link to={`/suche${toSearchQuery({ kategorie: ["kultur"] })}`}>Suche nach Kultur</Link>.
          </p>
        </div>
      </section>

      <section aria-labelledby="programme">
        <h2 id="programme">Programme und Fortbildung</h2>
        <ul className="aud-links">
          <li>
            <Link to={`/suche${toSearchQuery({ zielgruppe: ["lehrkraefte"] })}`}>Programme und Stellen für Lehrkräfte</Link>
          </li>
          <li>
            <Link to={`/suche${toSearchQuery({ typ: ["Lehrkräftefortbildung", "Hochschulweiterbildung"] })}`}>
              Fortbildung und Weiterbildung für Lehrkräfte
            </Link>
          </li>
          <li>
            <Link to="/themen/sprachfoerderung-grundschule">Sprachförderung in der Grundschule</Link>
          </li>
          <li>
            <Link to="/themen/uebergang-schule-beruf">Übergang Schule–Beruf</Link>
          </li>
          <li>
            <Link to="/projekte">Alle Projekte und Programme</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
