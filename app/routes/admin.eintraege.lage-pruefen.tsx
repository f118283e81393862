import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/admin/auth.server";
import { positionQueue } from "~/admin/entries.server";
import { editPath, KIND_LABELS, listSearch, positionLabel, STATUS_LABELS } from "~/admin/entry-form";
import { EntryTable, ListPages, MunicipalityFilter } from "~/admin/entry-list";
import { AdminErrorBoundary } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";

export const meta: MetaFunction = () => [{ title: "Lage prüfen – Redaktion Bildungsportal" }, { name: "robots", content: "noindex" }];

export const headers = () => ({ "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json(positionQueue(getDb(), new URL(request.url).searchParams), { headers: { "Cache-Control": "no-store" } });
}

export default function PositionQueue() {
  const { params, list, municipalities } = useLoaderData<typeof loader>();
  const pageLink = (seite: number) => `/admin/eintraege/lage-pruefen${listSearch({ ...params, status: null, seite })}`;
  return (
    <>
      <h1>Lage prüfen</h1>
      <p>
        Diese Einträge haben keine Position oder nur eine ungefähre (die Ortsmitte ihrer Gemeinde). Auf Karten erscheinen sie hohl oder gar
        nicht, und die Umkreissuche kann sie nicht richtig einordnen. Öffnen Sie einen Eintrag, setzen Sie die Position mit der Karte oder
        tragen Sie Breiten- und Längengrad ein, und speichern Sie.
      </p>
      <Form method="get" className="admin-form entry-filter" aria-label="Nach Gemeinde eingrenzen">
        <div className="entry-filter__row">
          <MunicipalityFilter id="lage-gemeinde" value={params.gemeinde} municipalities={municipalities} />
        </div>
        <div className="admin-actions">
          <button type="submit">Eingrenzen</button>
        </div>
      </Form>
      <p role="status">
        {list.total === 0
          ? "Alle Einträge haben eine genaue Position."
          : `${list.total.toLocaleString("de-DE")} Einträge zu prüfen (Seite ${list.page} von ${list.pageCount}).`}
      </p>
      <EntryTable
        caption="Einträge mit ungefährer oder fehlender Lage"
        columns={["Name", "Art", "Gemeinde", "Lage", "Status"]}
        rows={list.rows}
      >
        {(row) => (
          <>
            <td>
              <Link to={`${editPath(row)}#lage`}>{row.title}</Link>
            </td>
            <td>{KIND_LABELS[row.kind]}</td>
            <td>{row.municipality ?? "–"}</td>
            <td>{positionLabel(row)}</td>
            <td>{STATUS_LABELS[row.status]}</td>
          </>
        )}
      </EntryTable>
      <ListPages page={list.page} pageCount={list.pageCount} href={pageLink} />
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}
