import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/admin/auth.server";
import { entryListPage } from "~/admin/entries.server";
import {
  editPath,
  KIND_LABELS,
  LIST_STATUS_LABELS,
  LIST_STATUSES,
  listSearch,
  PAGE_SIZE,
  positionLabel,
  STATUS_LABELS,
} from "~/admin/entry-form";
import { AdminErrorBoundary, formatDate, Notice } from "~/admin/ui";
import { getDb } from "~/catalogue/db.server";
import { SECTOR_LABELS, SECTOR_SHORT_LABELS, SECTORS } from "~/catalogue/vocabulary";

export const meta: MetaFunction = () => [{ title: "Einträge – Redaktion Bildungsportal" }, { name: "robots", content: "noindex" }];

export const headers = () => ({ "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const page = entryListPage(getDb(), new URL(request.url).searchParams);
  return json(page, { headers: { "Cache-Control": "no-store" } });
}

export default function EntryList() {
  const { params, list, municipalities } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const deleted = search.get("erfolg") === "geloescht";
  const from = list.total === 0 ? 0 : (list.page - 1) * PAGE_SIZE + 1;
  const to = (list.page - 1) * PAGE_SIZE + list.rows.length;
  return (
    <>
      <h1>Einträge</h1>
      {deleted ? <Notice kind="success">Der Eintrag wurde gelöscht.</Notice> : null}
      <p className="admin-actions">
        <Link to="/admin/eintraege/neu">Neuen Eintrag anlegen</Link>
        <Link to="/admin/eintraege/lage-pruefen">Lage prüfen</Link>
      </p>

      <Form method="get" className="admin-form entry-filter" aria-label="Einträge filtern">
        <div>
          <label htmlFor="filter-q">Name oder Titel enthält</label>
          <input id="filter-q" name="q" type="search" defaultValue={params.q} />
        </div>
        <div className="entry-filter__row">
          <div>
            <label htmlFor="filter-art">Art des Eintrags</label>
            <select id="filter-art" name="art" defaultValue={params.art ?? ""}>
              <option value="">alle</option>
              <option value="einrichtung">Einrichtungen</option>
              <option value="angebot">Angebote</option>
            </select>
          </div>
          <div>
            <label htmlFor="filter-kategorie">Bereich</label>
            <select id="filter-kategorie" name="kategorie" defaultValue={params.kategorie ?? ""}>
              <option value="">alle</option>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {SECTOR_LABELS[sector]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-gemeinde">Gemeinde</label>
            <select id="filter-gemeinde" name="gemeinde" defaultValue={params.gemeinde ?? ""}>
              <option value="">alle</option>
              {municipalities.map((municipality) => (
                <option key={municipality.slug} value={municipality.slug}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-status">Status</label>
            <select id="filter-status" name="status" defaultValue={params.status ?? ""}>
              <option value="">alle</option>
              {LIST_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {LIST_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="admin-actions">
          <button type="submit">Filtern</button>
          <Link to="/admin/eintraege">Filter zurücksetzen</Link>
        </div>
      </Form>

      <p role="status">
        {list.total === 0
          ? "Keine Einträge gefunden."
          : `${list.total.toLocaleString("de-DE")} Einträge, angezeigt ${from} bis ${to} (Seite ${list.page} von ${list.pageCount}).`}
      </p>

      {list.rows.length > 0 ? (
        <div className="table-scroll">
          <table className="admin-table">
            <caption className="entry-sr-only">Einträge, nach Name sortiert</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Art</th>
                <th scope="col">Bereich</th>
                <th scope="col">Gemeinde</th>
                <th scope="col">Status</th>
                <th scope="col">Geprüft am</th>
                <th scope="col">Lage</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={`${row.kind}-${row.id}`}>
                  <td>
                    <Link to={editPath(row)}>{row.title}</Link>
                    <br />
                    <span className="muted">{row.type}</span>
                  </td>
                  <td>{KIND_LABELS[row.kind]}</td>
                  <td>{SECTOR_SHORT_LABELS[row.sector]}</td>
                  <td>{row.municipality ?? "–"}</td>
                  <td className={row.status === "draft" ? "status-draft" : undefined}>{STATUS_LABELS[row.status]}</td>
                  <td className={row.stale ? "status-stale" : undefined}>
                    {row.reviewedAt ? formatDate(row.reviewedAt) : "nie"}
                    {row.stale ? <span className="entry-sr-only"> (Prüfung fällig)</span> : null}
                  </td>
                  <td>{positionLabel(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {list.pageCount > 1 ? (
        <nav aria-label="Seiten der Liste" className="admin-actions entry-pages">
          {list.page > 1 ? <Link to={`/admin/eintraege${listSearch({ ...params, seite: list.page - 1 })}`}>Vorherige Seite</Link> : null}
          <span>
            Seite {list.page} von {list.pageCount}
          </span>
          {list.page < list.pageCount ? (
            <Link to={`/admin/eintraege${listSearch({ ...params, seite: list.page + 1 })}`}>Nächste Seite</Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}
