import { json, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { requireUser, requireUserAction } from "~/admin/auth.server";
import { editEntryAction, fieldsContext, getEditableEntry } from "~/admin/entries.server";
import { EntryFields, ErrorSummary } from "~/admin/entry-fields";
import { GEO_PRECISION_LABELS, KIND_LABELS, parseEntryRef, STATUS_LABELS } from "~/admin/entry-form";
import { AdminErrorBoundary, CsrfField, FieldError, formatDate, formatDateTime, Notice } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";
import { MAP_LINKS } from "~/map/styles";

export const links: LinksFunction = () => MAP_LINKS;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.entry.title ?? "Eintrag"} – Redaktion Bildungsportal` },
  { name: "robots", content: "noindex" },
];

export const headers = () => ({ "Cache-Control": "no-store" });

function refOf(params: { kind?: string; id?: string }) {
  const ref = parseEntryRef(params.kind, params.id);
  if (!ref) throw new Response("Diesen Eintrag gibt es nicht.", { status: 404 });
  return ref;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const db = getDb();
  const entry = getEditableEntry(db, refOf(params));
  if (!entry) throw new Response("Diesen Eintrag gibt es nicht (mehr).", { status: 404 });
  return json({ entry, context: fieldsContext(db) }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const ref = refOf(params);
  const { user, formData } = await requireUserAction(request);
  const result = editEntryAction(getDb(), user, ref, formData);
  if (result.type === "not-found") throw new Response("Diesen Eintrag gibt es nicht (mehr).", { status: 404 });
  if (result.type === "redirect") return redirect(result.to, { headers: { "Cache-Control": "no-store" } });
  return json(result.data, { status: result.status, headers: { "Cache-Control": "no-store" } });
}

const SUCCESS: Record<string, string> = {
  angelegt: "Der Eintrag ist als Entwurf angelegt. Öffentlich sichtbar wird er erst mit „Veröffentlichen“.",
  gespeichert: "Die Änderungen sind gespeichert.",
  unveraendert: "Es gab keine Änderungen zu speichern.",
  veroeffentlicht: "Der Eintrag ist veröffentlicht. Die Suche übernimmt ihn in Kürze.",
  zurueckgezogen: "Der Eintrag ist zurückgezogen: Er ist nur noch als Entwurf in der Redaktion sichtbar.",
  geprueft: "Die Angaben sind als geprüft bestätigt.",
};

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

export default function EditEntry() {
  const { entry, context } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const success = SUCCESS[search.get("erfolg") ?? ""];
  const values = data?.values ?? entry.values;
  const errors = data?.errors ?? {};
  const published = entry.status === "published";
  return (
    <>
      <p>
        <Link to="/admin/eintraege">Zurück zur Liste</Link>
      </p>
      <h1>{entry.title}</h1>
      <p className="muted">
        {KIND_LABELS[entry.ref.kind]} · <span className={published ? undefined : "status-draft"}>{STATUS_LABELS[entry.status]}</span>
      </p>
      {success && !data ? <Notice kind="success">{success}</Notice> : null}
      {data?.message ? <ErrorSummary message={data.message} errors={errors} /> : null}
      {data?.notice ? <Notice kind="success">{data.notice}</Notice> : null}

      <section aria-labelledby="status-titel" className="entry-section">
        <h2 id="status-titel">Status und Prüfung</h2>
        <dl className="entry-facts">
          <dt>Status</dt>
          <dd>{published ? "veröffentlicht: im Portal und in der Suche" : "Entwurf: nur in der Redaktion sichtbar"}</dd>
          <dt>Geprüft am</dt>
          <dd className={entry.stale ? "status-stale" : undefined}>
            {entry.reviewedAt ? formatDate(entry.reviewedAt) : "noch nie"}
            {entry.stale ? " – Prüfung fällig (länger als 12 Monate her oder nie geprüft)" : null}
          </dd>
          <dt>Öffentliche Seite</dt>
          <dd>{entry.publicPath ? <a href={entry.publicPath}>{entry.publicPath}</a> : "keine (Entwürfe haben keine öffentliche Seite)"}</dd>
          <dt>Zuletzt geändert</dt>
          <dd>{formatDateTime(entry.updatedAt)}</dd>
        </dl>
        <div className="admin-actions">
          <Form method="post">
            <CsrfField />
            {published ? (
              <button type="submit" name="intent" value="zurueckziehen" disabled={busy}>
                Zurückziehen (zum Entwurf machen)
              </button>
            ) : (
              <button type="submit" name="intent" value="veroeffentlichen" disabled={busy}>
                Veröffentlichen
              </button>
            )}
          </Form>
          <Form method="post">
            <CsrfField />
            <button type="submit" name="intent" value="pruefen" disabled={busy}>
              Als geprüft bestätigen
            </button>
          </Form>
        </div>
      </section>

      <section aria-labelledby="angaben-titel" className="entry-section">
        <h2 id="angaben-titel">Angaben bearbeiten</h2>
        <Form method="post" className="admin-form entry-form" noValidate>
          <CsrfField />
          {/* Enter in a field submits the form's first button: this one, not "Position aus Adresse". */}
          <button type="submit" name="intent" value="speichern" className="entry-default-submit" tabIndex={-1} aria-hidden="true">
            Speichern
          </button>
          <input type="hidden" name="version" value={entry.updatedAt} />
          <EntryFields
            kind={entry.ref.kind}
            values={values}
            errors={errors}
            context={context}
            revision={data?.revision ?? entry.updatedAt}
          />
          <div className="admin-actions">
            <button type="submit" name="intent" value="speichern" disabled={busy}>
              Speichern
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="herkunft-titel" className="entry-section">
        <h2 id="herkunft-titel">Herkunft</h2>
        <dl className="entry-facts">
          <dt>Datensatz</dt>
          <dd>{entry.provenance.dataset.title}</dd>
          <dt>Kennung in der Quelle</dt>
          <dd>
            <code>{entry.provenance.sourceRef}</code>
          </dd>
          <dt>Quellen</dt>
          <dd>
            <ul>
              {entry.provenance.sourceUrls.map((url) => (
                <li key={url}>
                  {isWebAddress(url) ? (
                    <a href={url} rel="noopener noreferrer">
                      {url}
                    </a>
                  ) : (
                    url
                  )}
                </li>
              ))}
            </ul>
          </dd>
          <dt>Lizenz</dt>
          <dd>{entry.provenance.licence}</dd>
          <dt>Stand</dt>
          <dd>{entry.provenance.stand}</dd>
          <dt>Lage</dt>
          <dd>
            {entry.provenance.geoPrecision ? GEO_PRECISION_LABELS[entry.provenance.geoPrecision] : "keine Position"}
            {entry.provenance.geoSource ? ` (Herkunft: ${entry.provenance.geoSource})` : null}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="verlauf-titel" className="entry-section">
        <h2 id="verlauf-titel">Änderungsverlauf</h2>
        {entry.history.length === 0 ? (
          <p>Seit der Übernahme aus der Quelle hat niemand diesen Eintrag geändert.</p>
        ) : (
          <div className="table-scroll">
            <table className="admin-table">
              <caption className="entry-sr-only">Änderungen, die neueste zuerst</caption>
              <thead>
                <tr>
                  <th scope="col">Wann</th>
                  <th scope="col">Wer</th>
                  <th scope="col">Aktion</th>
                  <th scope="col">Geänderte Felder (vorher → nachher)</th>
                </tr>
              </thead>
              <tbody>
                {entry.history.map((item) => (
                  <tr key={item.id}>
                    <td>{formatDateTime(item.at)}</td>
                    <td>{item.actor}</td>
                    <td>{item.action}</td>
                    <td>
                      {item.changes.length === 0 ? (
                        "–"
                      ) : (
                        <ul className="diff-list">
                          {item.changes.map((change) => (
                            <li key={change.field}>
                              {change.label}: <del>{change.before}</del> → <ins>{change.after}</ins>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="loeschen-titel" className="entry-section entry-danger">
        <h2 id="loeschen-titel">Eintrag löschen</h2>
        <p>
          Löschen entfernt den Eintrag endgültig aus dem Katalog, aus der Suche und von seiner öffentlichen Seite. Wenn er nur vorübergehend
          nicht erscheinen soll, wählen Sie stattdessen „Zurückziehen“.
        </p>
        <Form method="post" className="admin-form">
          <CsrfField />
          <div>
            <label>
              <input
                type="checkbox"
                name="bestaetigen"
                value="ja"
                {...(data?.deleteError ? { "aria-invalid": true, "aria-describedby": "bestaetigen-fehler" } : {})}
              />{" "}
              Ja, „{entry.title}“ endgültig löschen
            </label>
            <FieldError id="bestaetigen-fehler" message={data?.deleteError} />
          </div>
          <div className="admin-actions">
            <button type="submit" name="intent" value="loeschen" disabled={busy}>
              Löschen
            </button>
          </div>
        </Form>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}
