import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { recordAudit } from "~/admin/audit.server";
import { requireUser, requireUserAction } from "~/admin/auth.server";
import { AdminErrorBoundary, CsrfField, formatDateTime, Notice } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";
import { getSyncWorker, syncOverview } from "~/search/sync-worker.server";
import type { ReconcileReport } from "~/search/sync.server";

export const meta: MetaFunction = () => [
  { title: "Suchindex – Redaktion Bildungsportal" },
  { name: "robots", content: "noindex" },
];

export const headers = () => ({ "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json(syncOverview(), { headers: { "Cache-Control": "no-store" } });
}

const Intent = z.enum(["synchronisieren", "neu-aufbauen", "abgleich"]);

type ActionData =
  | { intent: "synchronisieren"; ok: true; processed: number }
  | { intent: "neu-aufbauen"; ok: true; documents: number; ms: number }
  | { intent: "abgleich"; ok: true; report: ReconcileReport }
  | { intent: string; ok: false; message: string };

function engineMessage(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, formData } = await requireUserAction(request);
  const noStore = { "Cache-Control": "no-store" };
  const parsed = Intent.safeParse(formData.get("intent"));
  if (!parsed.success) {
    return json<ActionData>({ intent: "", ok: false, message: "Unbekannte Aktion." }, { status: 400, headers: noStore });
  }
  const intent = parsed.data;
  const worker = getSyncWorker();
  if (!worker) {
    return json<ActionData>(
      { intent, ok: false, message: "Der Webserver hat keinen Schreibzugriff auf den Suchindex (MEILI_WRITE_KEY fehlt)." },
      { status: 409, headers: noStore },
    );
  }
  try {
    if (intent === "synchronisieren") {
      const { processed } = await worker.syncNow();
      return json<ActionData>({ intent, ok: true, processed }, { headers: noStore });
    }
    if (intent === "neu-aufbauen") {
      const result = await worker.rebuild();
      recordAudit(getDb(), { actor: user, entity: "index", action: "rebuild", after: result });
      return json<ActionData>({ intent, ok: true, ...result }, { headers: noStore });
    }
    return json<ActionData>({ intent, ok: true, report: await worker.reconcile() }, { headers: noStore });
  } catch (error) {
    return json<ActionData>(
      { intent, ok: false, message: `Der Suchindex hat die Aktion nicht ausgeführt: ${engineMessage(error)}` },
      { status: 503, headers: noStore },
    );
  }
}

const ENTITY_LABELS: Record<string, string> = { institution: "Einrichtung", offer: "Angebot" };
const OPERATION_LABELS: Record<string, string> = { upsert: "geändert", delete: "gelöscht" };

function changes(count: number) {
  return `${count.toLocaleString("de-DE")} ${count === 1 ? "Änderung" : "Änderungen"}`;
}

/** "45 Sekunden", "12 Minuten", "3 Stunden", "2 Tage". */
function duration(ms: number) {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const [value, one, many] =
    seconds < 120
      ? [seconds, "Sekunde", "Sekunden"]
      : seconds < 7200
        ? [Math.round(seconds / 60), "Minute", "Minuten"]
        : seconds < 172_800
          ? [Math.round(seconds / 3600), "Stunde", "Stunden"]
          : [Math.round(seconds / 86_400), "Tag", "Tage"];
  return `${value} ${value === 1 ? one : many}`;
}

function IdList({ title, ids }: { title: string; ids: string[] }) {
  if (ids.length === 0) return null;
  const shown = ids.slice(0, 50);
  return (
    <>
      <h3>
        {title} ({ids.length.toLocaleString("de-DE")})
      </h3>
      <ul className="index-ids">
        {shown.map((id) => (
          <li key={id}>{id}</li>
        ))}
      </ul>
      {ids.length > shown.length ? <p>… und {ids.length - shown.length} weitere.</p> : null}
    </>
  );
}

function ReconcileResult({ report }: { report: ReconcileReport }) {
  return (
    <section aria-labelledby="abgleich">
      <h2 id="abgleich">Abgleich vom {formatDateTime(report.checkedAt)}</h2>
      {report.ok ? (
        <Notice kind="success">Der Suchindex enthält genau die veröffentlichten Einträge des Katalogs, jeweils in der aktuellen Fassung.</Notice>
      ) : (
        <Notice kind="error">
          Suchindex und Katalog weichen voneinander ab.{" "}
          {report.pending > 0
            ? `${changes(report.pending)} warten noch auf die Übernahme; danach erneut prüfen. Bleibt die Abweichung, hilft „Index neu aufbauen“.`
            : "„Index neu aufbauen“ stellt den Suchindex aus dem Katalog wieder her."}
        </Notice>
      )}
      <table className="admin-table index-compare">
        <thead>
          <tr>
            <td />
            <th scope="col" className="num">
              Katalog
            </th>
            <th scope="col" className="num">
              Suchindex
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Veröffentlichte Einträge</th>
            <td className="num">{report.catalogue.documents.toLocaleString("de-DE")}</td>
            <td className="num">{report.index.exists ? report.index.documents.toLocaleString("de-DE") : "Index fehlt"}</td>
          </tr>
          <tr>
            <th scope="row">Letzte Änderung</th>
            <td className="num">{formatDateTime(report.catalogue.lastUpdatedAt)}</td>
            <td className="num">{formatDateTime(report.index.lastUpdatedAt)}</td>
          </tr>
          <tr>
            <th scope="row">Wartende Änderungen</th>
            <td className="num">{report.pending.toLocaleString("de-DE")}</td>
            <td className="num">–</td>
          </tr>
        </tbody>
      </table>
      <IdList title="Fehlen im Suchindex" ids={report.missing} />
      <IdList title="Im Suchindex, aber nicht (mehr) veröffentlicht" ids={report.extra} />
      <IdList title="Im Suchindex in älterer Fassung" ids={report.outdated} />
    </section>
  );
}

function ActionResult({ data }: { data: ActionData }) {
  if (!data.ok) return <Notice kind="error">{data.message}</Notice>;
  if (data.intent === "synchronisieren") {
    return (
      <Notice kind="success">
        {data.processed === 0 ? "Es wartete keine Änderung; der Suchindex ist aktuell." : `${changes(data.processed)} in den Suchindex übernommen.`}
      </Notice>
    );
  }
  if (data.intent === "neu-aufbauen") {
    return (
      <Notice kind="success">
        Suchindex neu aufgebaut: {data.documents.toLocaleString("de-DE")} Einträge in {(data.ms / 1000).toLocaleString("de-DE", { maximumFractionDigits: 1 })} s.
      </Notice>
    );
  }
  return <ReconcileResult report={data.report} />;
}

export default function SearchIndexPage() {
  const overview = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const { worker, record } = overview;
  return (
    <>
      <h1>Suchindex</h1>
      <p>
        Die Suche liest aus einem Suchindex, der aus dem Katalog erzeugt wird. Jede Änderung im Katalog kommt in eine
        Warteschlange und wird von dort in den Suchindex übernommen, meist innerhalb einer Sekunde.
      </p>
      {data ? <ActionResult data={data} /> : null}
      {!worker ? (
        <Notice>
          Der automatische Abgleich ist ausgeschaltet: Der Webserver hat keinen Schreibzugriff auf den Suchindex
          (MEILI_WRITE_KEY). Änderungen werden beim nächsten Start des Portals übernommen.
        </Notice>
      ) : worker.failing ? (
        <Notice kind="error">
          Der Suchindex ist seit {formatDateTime(worker.failingSince)} nicht erreichbar ({worker.consecutiveFailures}{" "}
          {worker.consecutiveFailures === 1 ? "Versuch" : "Versuche"}
          {worker.nextAttemptAt ? `, nächster um ${formatDateTime(worker.nextAttemptAt)}` : ""}). Es geht keine Änderung
          verloren: Sie warten in der Warteschlange, bis der Suchindex wieder antwortet.
        </Notice>
      ) : null}

      <h2>Stand</h2>
      <dl className="index-figures">
        <dt>Automatischer Abgleich</dt>
        <dd>{!worker ? "aus" : worker.failing ? "gestört, wird wiederholt" : "läuft"}</dd>
        <dt>Wartende Änderungen</dt>
        <dd>{changes(overview.pending)}</dd>
        <dt>Älteste wartende Änderung</dt>
        <dd>
          {overview.oldestPendingAt
            ? `${formatDateTime(overview.oldestPendingAt)} (wartet seit ${duration(overview.oldestPendingAgeMs ?? 0)})`
            : "–"}
        </dd>
        <dt>Letzte Übernahme in den Suchindex</dt>
        <dd>{formatDateTime(record.lastSyncAt)}</dd>
        <dt>Letzter Neuaufbau</dt>
        <dd>{formatDateTime(record.lastRebuildAt)}</dd>
        <dt>Letzte Störung</dt>
        <dd>{record.lastErrorAt ? `${formatDateTime(record.lastErrorAt)}: ${record.lastError ?? ""}` : "–"}</dd>
      </dl>

      {worker ? (
        <Form method="post" className="admin-actions index-actions">
          <CsrfField />
          <button type="submit" name="intent" value="synchronisieren">
            {busy === "synchronisieren" ? "Synchronisiere …" : "Jetzt synchronisieren"}
          </button>
          <button type="submit" name="intent" value="neu-aufbauen">
            {busy === "neu-aufbauen" ? "Baue neu auf …" : "Index neu aufbauen"}
          </button>
          <button type="submit" name="intent" value="abgleich">
            {busy === "abgleich" ? "Prüfe …" : "Abgleich prüfen"}
          </button>
        </Form>
      ) : null}
      <p className="index-hint">
        „Index neu aufbauen“ erzeugt den Suchindex vollständig aus dem Katalog und tauscht ihn erst danach aus; die Suche
        bleibt währenddessen nutzbar. „Abgleich prüfen“ vergleicht Suchindex und Katalog Eintrag für Eintrag.
      </p>

      <h2>Übernahmen mit Störung</h2>
      {overview.failures.length === 0 ? (
        <p>Keine.</p>
      ) : (
        <table className="admin-table">
          <caption>Die letzten {overview.failures.length} Änderungen, deren Übernahme mindestens einmal scheiterte</caption>
          <thead>
            <tr>
              <th scope="col">Eintrag</th>
              <th scope="col">Änderung</th>
              <th scope="col">Erfasst</th>
              <th scope="col" className="num">
                Versuche
              </th>
              <th scope="col">Letzte Meldung</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            {overview.failures.map((row) => (
              <tr key={row.id}>
                <td>
                  {ENTITY_LABELS[row.entity] ?? row.entity} {row.entityId}
                </td>
                <td>{OPERATION_LABELS[row.operation] ?? row.operation}</td>
                <td>{formatDateTime(row.createdAt)}</td>
                <td className="num">{row.attempts}</td>
                <td className="index-message">{row.lastError}</td>
                <td>{row.processedAt ? `übernommen ${formatDateTime(row.processedAt)}` : "wartet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}
