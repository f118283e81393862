// The pieces the entry list and the position queue share: a filter select, the table frame
// around their rows and the links to the other pages of the list.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { EntryKind } from "~/catalogue/vocabulary";

type Option = { value: string; label: string };

/** A filter of the list: "alle" (no filter) first, then `options`. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | null;
  options: readonly Option[];
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">alle</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MunicipalityFilter({
  id,
  value,
  municipalities,
}: {
  id: string;
  value: string | null;
  municipalities: readonly { slug: string; name: string }[];
}) {
  const options = municipalities.map((municipality) => ({ value: municipality.slug, label: municipality.name }));
  return <FilterSelect id={id} name="gemeinde" label="Gemeinde" value={value} options={options} />;
}

/** The table of one page of entries; nothing when the page is empty. `children` renders a row's cells. */
export function EntryTable<Row extends { kind: EntryKind; id: number }>({
  caption,
  columns,
  rows,
  children,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly Row[];
  children: (row: Row) => ReactNode;
}) {
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption className="entry-sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.kind}-${row.id}`}>{children(row)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Vorherige Seite", "Seite 2 von 5", "Nächste Seite"; nothing for a list of one page. */
export function ListPages({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Seiten der Liste" className="admin-actions entry-pages">
      {page > 1 ? <Link to={href(page - 1)}>Vorherige Seite</Link> : null}
      <span>
        Seite {page} von {pageCount}
      </span>
      {page < pageCount ? <Link to={href(page + 1)}>Nächste Seite</Link> : null}
    </nav>
  );
}
