// "Merken" on result cards and detail pages. Rendered only in the browser once the stored list
// is known: without JavaScript there is nothing to store into, so there is no button either.
import { Link } from "@remix-run/react";
import { useState } from "react";
import { useLocalize, useMessages, type Messages } from "~/i18n";
import { merkliste as germanTexts } from "~/i18n/de/merkliste";
import { MERKLISTE_MAX } from "./ids";
import { useMerkliste, type MerklisteChange } from "./use-merkliste";

type MerklisteTexts = Messages["merkliste"];

/** What a change did, in the page's language (German by default). */
export function changeMessage(change: MerklisteChange, title: string, texts: MerklisteTexts = germanTexts): string {
  const say = texts.changes;
  switch (change) {
    case "added":
    case "already":
      return say.saved(title);
    case "removed":
      return say.removed(title);
    case "full":
      return say.full(MERKLISTE_MAX);
    case "cleared":
      return say.cleared;
    case "invalid":
      return say.invalid;
    case "unavailable":
      return say.unavailable;
  }
}

export function MerkenButton({ slug, title, listLink = false }: { slug: string; title: string; listLink?: boolean }) {
  const { slugs, add, remove } = useMerkliste();
  const texts = useMessages().merkliste;
  const localize = useLocalize();
  const [message, setMessage] = useState("");
  if (slugs === null) return null;
  const saved = slugs.includes(slug);
  const action = saved ? texts.unsave : texts.save;
  return (
    <div className="merken">
      <button
        type="button"
        className="merken__button"
        data-saved={saved ? "true" : "false"}
        // The name says what the button does and to which entry (several cards on a page).
        aria-label={texts.buttonLabel(action, title)}
        onClick={() => setMessage(changeMessage(saved ? remove(slug) : add(slug), title, texts))}
      >
        <span aria-hidden="true" className="merken__icon">
          {saved ? "★" : "☆"}
        </span>{" "}
        {action}
      </button>
      {listLink && saved ? (
        <Link to={localize("/merkliste")} className="merken__list-link">
          {texts.toList(slugs.length)}
        </Link>
      ) : null}
      <span className="mk-sr-only" role="status">
        {message}
      </span>
    </div>
  );
}
