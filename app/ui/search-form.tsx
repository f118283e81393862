import { Form } from "@remix-run/react";
import { useLocalize, useMessages } from "~/i18n";
import { toSearchQuery } from "~/search/params";
import { SearchCombobox, type SearchFilters } from "./search-combobox";

/**
 * The GET search form; works without JavaScript. The current filters travel with a new
 * query as hidden fields, and a chosen suggestion keeps them too.
 */
export function SearchForm({ query = "", filters = {} }: { query?: string; filters?: SearchFilters }) {
  const hidden = [...new URLSearchParams(toSearchQuery({ ...filters, q: "", seite: 1 })).entries()];
  const texts = useMessages().search.form;
  const localize = useLocalize();
  return (
    <Form method="get" action={localize("/suche")} role="search" className="search-form">
      <label htmlFor="suchbegriff" className="search-form__label">
        {texts.label}
      </label>
      <div className="search-form__row">
        <SearchCombobox
          id="suchbegriff"
          name="q"
          defaultValue={query}
          filters={filters}
          placeholder={texts.placeholder}
          describedBy="suchhilfe"
        />
        <button type="submit">{texts.submit}</button>
      </div>
      <p id="suchhilfe" className="hint">
        {texts.hint}
      </p>
      {hidden.map(([name, value]) => (
        <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
      ))}
    </Form>
  );
}
