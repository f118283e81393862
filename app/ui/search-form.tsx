import { Form } from "@remix-run/react";
import { SECTORS, SECTOR_SHORT_LABELS, type Sector } from "~/catalogue/vocabulary";

/** The GET search form; works without JavaScript. */
export function SearchForm({
  query = "",
  kategorie = [],
  gemeinde = [],
  showSectorSelect = false,
}: {
  query?: string;
  kategorie?: Sector[];
  gemeinde?: string[];
  showSectorSelect?: boolean;
}) {
  return (
    <Form method="get" action="/suche" role="search" className="search-form">
      <label htmlFor="suchbegriff" className="search-form__label">
        Suchbegriff
      </label>
      <div className="search-form__row">
        <input
          id="suchbegriff"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          autoComplete="off"
          placeholder="z. B. Kita Kornwestheim, Gymnasium Marbach, Musikschule"
          aria-describedby="suchhilfe"
        />
        <button type="submit">Suchen</button>
      </div>
      <p id="suchhilfe" className="hint">
        Name, Art der Einrichtung oder Gemeinde – zum Beispiel „Grundschule Asperg“.
      </p>
      {showSectorSelect ? (
        <fieldset className="sector-choice">
          <legend>Bereich</legend>
          {SECTORS.map((sector) => (
            <label key={sector}>
              <input type="checkbox" name="kategorie" value={sector} defaultChecked={kategorie.includes(sector)} />{" "}
              {SECTOR_SHORT_LABELS[sector]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {gemeinde.map((slug) => (
        <input key={slug} type="hidden" name="gemeinde" value={slug} />
      ))}
    </Form>
  );
}
