import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/admin/auth.server";
import { positionQueue } from "~/admin/entries.server";
import { editPath, KIND_LABELS, listSearch, positionLabel, STATUS_LABELS } from "~/admin/entry-form";
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
          <div>
            <label htmlFor="lage-gemeinde">Gemeinde</label>
            <select id="lage-gemeinde" name="gemeinde" defaultValue={params.gemeinde ?? ""}>
              <option value="">alle</option>
              {municipalities.map((municipality) => (
                <option key={municipality.slug} value={municipality.slug}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </div>
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
      {list.rows.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table">
            <caption className="entry-sr-only">Einträge mit ungefährer oder fehlender Lage</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Art</th>
                <th scope="col">Gemeinde</th>
                <th scope="col">Lage</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={`${row.kind}-${row.id}`}>
                  <td>
                    <Link to={`${editPath(row)}#lage`}>{row.title}</Link>
                  </td>
                  <td>{KIND_LABELS[row.kind]}</td>
                  <td>{row.municipality ?? "–"}</td>
                  <td>{positionLabel(row)}</td>
                  <td>{STATUS_LABELS[row.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.pageCount > 1 ? (
        <nav aria-label="Seiten der Liste" className="admin-actions entry-pages">
          {list.page > 1 ? <Link to={pageLink(list.page - 1)}>Vorherige Seite</Link> : null}
          <span>
            Seite {list.page} von {list.pageCount}
          </span>
          {list.page < list.pageCount ? <Link to={pageLink(list.page + 1)}>Nächste Seite</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}
