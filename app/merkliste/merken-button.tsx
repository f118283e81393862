// "Merken" on result cards and detail pages. Rendered only in the browser once the stored list
// is known: without JavaScript there is nothing to store into, so there is no button either.
import { Link } from "@remix-run/react";
import { useState } from "react";
import { MERKLISTE_MAX } from "./ids";
import { useMerkliste, type MerklisteChange } from "./use-merkliste";

export const UNAVAILABLE_MESSAGE =
  "Die Merkliste konnte nicht gespeichert werden: Ihr Browser erlaubt dieser Seite keinen lokalen Speicher.";

export function changeMessage(change: MerklisteChange, title: string): string {
  switch (change) {
    case "added":
    case "already":
      return `„${title}“ steht auf Ihrer Merkliste.`;
    case "removed":
      return `„${title}“ ist nicht mehr auf Ihrer Merkliste.`;
    case "full":
      return `Die Merkliste ist voll (${MERKLISTE_MAX} Einträge). Bitte entfernen Sie zuerst einen Eintrag.`;
    case "cleared":
      return "Die Merkliste ist jetzt leer.";
    case "invalid":
      return "Dieser Eintrag kann nicht gemerkt werden.";
    case "unavailable":
      return UNAVAILABLE_MESSAGE;
  }
}

export function MerkenButton({ slug, title, listLink = false }: { slug: string; title: string; listLink?: boolean }) {
  const { slugs, add, remove } = useMerkliste();
  const [message, setMessage] = useState("");
  if (slugs === null) return null;
  const saved = slugs.includes(slug);
  const action = saved ? "Nicht mehr merken" : "Merken";
  return (
    <div className="merken">
      <button
        type="button"
        className="merken__button"
        data-saved={saved ? "true" : "false"}
        // The name says what the button does and to which entry (several cards on a page).
        aria-label={`${action}: ${title}`}
        onClick={() => setMessage(changeMessage(saved ? remove(slug) : add(slug), title))}
      >
        <span aria-hidden="true" className="merken__icon">
          {saved ? "★" : "☆"}
        </span>{" "}
        {action}
      </button>
      {listLink && saved ? (
        <Link to="/merkliste" className="merken__list-link">
          Zur Merkliste ({slugs.length})
        </Link>
      ) : null}
      <span className="mk-sr-only" role="status">
        {message}
      </span>
    </div>
  );
}
