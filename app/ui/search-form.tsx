import { Form } from "@remix-run/react";
import { toSearchQuery } from "~/search/params";
import { SearchCombobox, type SearchFilters } from "./search-combobox";

/**
 * The GET search form; works without JavaScript. The current filters travel with a new
 * query as hidden fields, and a chosen suggestion keeps them too.
 */
export function SearchForm({ query = "", filters = {} }: { query?: string; filters?: SearchFilters }) {
  const hidden = [...new URLSearchParams(toSearchQuery({ ...filters, q: "", seite: 1 })).entries()];
  return (
    <Form method="get" action="/suche" role="search" className="search-form">
      <label htmlFor="suchbegriff" className="search-form__label">
        Suchbegriff
      </label>
      <div className="search-form__row">
        <SearchCombobox
          id="suchbegriff"
          name="q"
          defaultValue={query}
          filters={filters}
          placeholder="z. B. Kita Kornwestheim, Gymnasium Marbach, Musikschule"
          describedBy="suchhilfe"
        />
        <button type="submit">Suchen</button>
      </div>
      <p id="suchhilfe" className="hint">
        Name, Art der Einrichtung oder Gemeinde – zum Beispiel „Grundschule Asperg“.
      </p>
      {hidden.map(([name, value]) => (
        <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
      ))}
    </Form>
  );
}
