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
import { EntryTable, FilterSelect, ListPages, MunicipalityFilter } from "~/admin/entry-list";
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

const KIND_OPTIONS = [
  { value: "einrichtung", label: "Einrichtungen" },
  { value: "angebot", label: "Angebote" },
];
const SECTOR_OPTIONS = SECTORS.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }));
const STATUS_OPTIONS = LIST_STATUSES.map((status) => ({ value: status, label: LIST_STATUS_LABELS[status] }));

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
          <FilterSelect id="filter-art" name="art" label="Art des Eintrags" value={params.art} options={KIND_OPTIONS} />
          <FilterSelect id="filter-kategorie" name="kategorie" label="Bereich" value={params.kategorie} options={SECTOR_OPTIONS} />
          <MunicipalityFilter id="filter-gemeinde" value={params.gemeinde} municipalities={municipalities} />
          <FilterSelect id="filter-status" name="status" label="Status" value={params.status} options={STATUS_OPTIONS} />
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

      <EntryTable
        caption="Einträge, nach Name sortiert"
        columns={["Name", "Art", "Bereich", "Gemeinde", "Status", "Geprüft am", "Lage"]}
        rows={list.rows}
      >
        {(row) => (
          <>
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
          </>
        )}
      </EntryTable>

      <ListPages page={list.page} pageCount={list.pageCount} href={(seite) => `/admin/eintraege${listSearch({ ...params, seite })}`} />
    </>
  );
}

export function ErrorBoundary() {
  return <AdminErrorBoundary />;
}
