import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/admin/auth.server";
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type PreviewViewRow } from "~/admin/csv-import";
import { importReport, type ImportPageResult, importUpload, previewUpload, readImportForm } from "~/admin/csv-import.server";
import { AdminErrorBoundary, CsrfField, FieldError, formatDateTime, Notice } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";
import { SECTOR_SHORT_LABELS } from "~/catalogue/vocabulary";

export const meta: MetaFunction = () => [{ title: "Import – Redaktion Bildungsportal" }, { name: "robots", content: "noindex" }];

export const headers = () => ({ "Cache-Control": "no-store" });

const NO_STORE = { "Cache-Control": "no-store" };
const reportParam = z.coerce.number().int().positive().optional().catch(undefined);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = reportParam.parse(new URL(request.url).searchParams.get("bericht") ?? undefined);
  const report = id === undefined ? null : importReport(getDb(), id);
  if (id !== undefined && !report) throw new Response("Diesen Importbericht gibt es nicht.", { status: 404, headers: NO_STORE });
  return json(
    { report, columns: IMPORT_COLUMNS, maxMegabytes: MAX_IMPORT_BYTES / (1024 * 1024), maxRows: MAX_IMPORT_ROWS },
    { headers: NO_STORE },
  );
}

type ActionData = Exclude<ImportPageResult, { kind: "imported" }>;

export async function action({ request }: ActionFunctionArgs) {
  const read = await readImportForm(request);
  if (!read.ok) return json<ActionData>({ kind: "error", message: read.message }, { status: 400, headers: NO_STORE });
  const { form, user } = read;
  const result =
    form.intent === "vorschau" ? await previewUpload(getDb(), form.datei) : importUpload(getDb(), user, form.csv, form.dateiname ?? null);
  // Post/redirect/get: reloading the report page must not import the file a second time.
  if (result.kind === "imported") return redirect(`/admin/import?bericht=${result.auditId}`, { headers: NO_STORE });
  const status = result.kind === "error" || result.attempted ? 400 : 200;
  return json<ActionData>(result, { status, headers: NO_STORE });
}

const PRECISION_LABELS = { exact: "genau", municipality: "Gemeindepunkt" } as const;
const STATUS_TEXT = { published: "veröffentlicht", draft: "Entwurf" } as const;
const count = (n: number, one: string, many: string) => `${n.toLocaleString("de-DE")} ${n === 1 ? one : many}`;

export default function ImportPage() {
  const { report, columns, maxMegabytes, maxRows } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const uploadError = data?.kind === "error" ? data.message : null;
  return (
    <>
      <h1>Import von Einrichtungen (CSV)</h1>

      {report ? (
        <section aria-labelledby="bericht" className="import-report">
          <Notice kind="success">
            <h2 id="bericht">Import abgeschlossen</h2>
            <p>
              {count(report.inserted, "Einrichtung", "Einrichtungen")} angelegt
              {report.fileName ? ` aus „${report.fileName}“` : ""}: {report.published.toLocaleString("de-DE")} veröffentlicht,{" "}
              {count(report.drafts, "Entwurf", "Entwürfe")}.
            </p>
          </Notice>
          <dl className="import-facts">
            <dt>Zeitpunkt</dt>
            <dd>{formatDateTime(report.at)}</dd>
            <dt>Von</dt>
            <dd>{report.actor}</dd>
            <dt>Zeilen mit Hinweisen</dt>
            <dd>{report.withWarnings.toLocaleString("de-DE")}</dd>
            <dt>Für den Suchindex vorgemerkt</dt>
            <dd>{count(report.outboxRows, "Änderung", "Änderungen")}</dd>
            <dt>Dauer</dt>
            <dd>
              Prüfen {report.validateMs.toLocaleString("de-DE")} ms, Schreiben {report.writeMs.toLocaleString("de-DE")} ms
            </dd>
          </dl>
          <p className="admin-actions">
            {report.drafts > 0 ? <Link to="/admin/eintraege?status=draft">Entwürfe prüfen und veröffentlichen</Link> : null}
            <Link to="/admin/eintraege">Zu den Einträgen</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="hochladen">
        <h2 id="hochladen">CSV-Datei prüfen</h2>
        <p>
          Zuerst zeigt die Vorschau, wie jede Zeile gelesen wird. Importiert wird erst nach einem zweiten Klick, und nur, wenn keine
          Zeile einen Fehler hat: dann alle Zeilen oder keine.
        </p>
        <Form method="post" encType="multipart/form-data" className="admin-form" noValidate>
          <CsrfField />
          <div>
            <label htmlFor="datei">CSV-Datei (höchstens {maxMegabytes} MB)</label>
            <input
              id="datei"
              name="datei"
              type="file"
              accept=".csv,text/csv"
              required
              {...(uploadError ? { "aria-invalid": true, "aria-describedby": "datei-fehler" } : {})}
            />
            <FieldError id="datei-fehler" message={uploadError} />
          </div>
          <div className="admin-actions">
            <button type="submit" name="intent" value="vorschau" disabled={busy}>
              Vorschau
            </button>
            <a href="/admin/import/vorlage.csv" download>
              Vorlage herunterladen (CSV)
            </a>
          </div>
        </Form>
      </section>

      {data?.kind === "preview" ? <Preview {...data} busy={busy} /> : null}

      <section aria-labelledby="spalten">
        <h2 id="spalten">Aufbau der Datei</h2>
        <ul>
          <li>Kodierung UTF-8 (in Excel: „CSV UTF-8 (durch Trennzeichen getrennt)“); Trennzeichen Semikolon oder Komma, wird erkannt.</li>
          <li>
            Die erste Zeile nennt die Spalten; Groß- und Kleinschreibung, Umlaute und Leerzeichen sind egal („Längengrad“ =
            „laengengrad“). Unbekannte Spalten werden gemeldet und nicht übernommen.
          </li>
          <li>Höchstens {maxRows.toLocaleString("de-DE")} Zeilen je Datei. Leere Zeilen werden übersprungen.</li>
          <li>
            Ohne Angabe in der Spalte status werden Einträge als <strong>Entwurf</strong> angelegt: sie erscheinen erst nach dem
            Veröffentlichen im Portal und in der Suche.
          </li>
          <li>
            Hinweise (unbekannte Gemeinde, PLZ passt nicht zur Gemeinde, möglicherweise doppelt) verhindern den Import nicht;
            Fehler schon.
          </li>
        </ul>
        <div className="table-scroll">
          <table className="admin-table import-columns">
            <caption>Spalten der Importdatei</caption>
            <thead>
              <tr>
                <th scope="col">Spalte</th>
                <th scope="col">Pflicht</th>
                <th scope="col">Bedeutung</th>
                <th scope="col">Beispiel</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((column) => (
                <tr key={column.key}>
                  <th scope="row">
                    <code>{column.key}</code>
                  </th>
                  <td>{column.required ? "ja" : "nein"}</td>
                  <td>{column.description}</td>
                  <td>{column.example}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function Preview({
  view,
  csv,
  fileName,
  attempted,
  decodeWarning,
  busy,
}: Extract<ActionData, { kind: "preview" }> & { busy: boolean }) {
  const { counts } = view;
  const blocked = !view.ok;
  return (
    <section aria-labelledby="vorschau" className="import-preview">
      <h2 id="vorschau">Vorschau{fileName ? `: ${fileName}` : ""}</h2>
      {attempted && blocked ? <Notice kind="error">Nichts importiert: die Datei hat Fehler (siehe unten).</Notice> : null}
      <p>
        {count(counts.rows, "Zeile", "Zeilen")} gelesen (Trennzeichen „{view.delimiter}“): {counts.withErrors.toLocaleString("de-DE")}{" "}
        mit Fehlern, {counts.withWarnings.toLocaleString("de-DE")} mit Hinweisen. Würden angelegt:{" "}
        {counts.published.toLocaleString("de-DE")} veröffentlicht, {count(counts.drafts, "Entwurf", "Entwürfe")}.
      </p>
      {view.fileErrors.length > 0 ? (
        <Notice kind="error">
          <ul>
            {view.fileErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {decodeWarning || view.fileWarnings.length > 0 ? (
        <Notice>
          <ul>
            {[...(decodeWarning ? [decodeWarning] : []), ...view.fileWarnings].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      {view.problemRows.length > 0 ? (
        <PreviewTable
          caption={`Zeilen mit Fehlern oder Hinweisen (Zeilennummern wie in der Datei, Kopfzeile = 1)${
            view.hiddenProblemRows > 0 ? `; ${view.hiddenProblemRows.toLocaleString("de-DE")} weitere nicht angezeigt` : ""
          }`}
          rows={view.problemRows}
        />
      ) : null}
      {view.sampleRows.length > 0 ? <PreviewTable caption="Die ersten Zeilen ohne Anmerkungen" rows={view.sampleRows} /> : null}

      {blocked ? (
        <Notice kind="error">
          {counts.rows === 0 && view.fileErrors.length === 0
            ? "Die Datei enthält keine Einträge."
            : "Der Import ist erst möglich, wenn keine Zeile einen Fehler hat. Bitte korrigieren Sie die Datei und laden Sie sie erneut hoch."}
        </Notice>
      ) : (
        <Form method="post" encType="multipart/form-data" className="admin-form">
          <CsrfField />
          <input type="hidden" name="dateiname" value={fileName ?? ""} />
          <textarea name="csv" hidden readOnly defaultValue={csv} />
          <div className="admin-actions">
            <button type="submit" name="intent" value="importieren" disabled={busy}>
              Importieren ({count(counts.rows, "Eintrag", "Einträge")})
            </button>
          </div>
        </Form>
      )}
    </section>
  );
}

function PreviewTable({ caption, rows }: { caption: string; rows: PreviewViewRow[] }) {
  return (
    <div className="table-scroll">
      <table className="admin-table import-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Zeile
            </th>
            <th scope="col">Name</th>
            <th scope="col">Bereich · Typ</th>
            <th scope="col">Gemeinde</th>
            <th scope="col">Lage</th>
            <th scope="col">Status</th>
            <th scope="col">Meldungen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.errors.length > 0 ? "import-row--error" : row.warnings.length > 0 ? "import-row--warning" : undefined}>
              <td className="num">{row.line}</td>
              <td>{row.name || "–"}</td>
              <td>{row.sector ? `${SECTOR_SHORT_LABELS[row.sector]} · ${row.type ?? ""}` : "–"}</td>
              <td>{row.municipality ?? "–"}</td>
              <td>{row.geoPrecision ? PRECISION_LABELS[row.geoPrecision] : "–"}</td>
              <td>{row.status ? STATUS_TEXT[row.status] : "–"}</td>
              <td>
                {row.errors.length + row.warnings.length > 0 ? (
                  <ul className="import-messages">
                    {row.errors.map((message) => (
                      <li key={`f-${message}`} className="import-error">
                        <strong>Fehler:</strong> {message}
                      </li>
                    ))}
                    {row.warnings.map((message) => (
                      <li key={`h-${message}`} className="import-warning">
                        Hinweis: {message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}
