import { Link } from "@remix-run/react";

/** A catalogue sentence with one link in it: `{ before, link, after }` around the link text. */
export function LinkedText({ text, to }: { text: { before: string; link: string; after: string }; to: string }) {
  return (
    <>
      {text.before}
      <Link to={to}>{text.link}</Link>
      {text.after}
    </>
  );
}

/**
 * On translated legal pages: the German text is the binding one, with a link to it.
 * Nothing on German pages (the note only exists in other languages' catalogues).
 */
export function TranslationNote({ note, germanPath }: { note: { text: string; link: string } | null; germanPath: string }) {
  if (!note) return null;
  return (
    <p className="notice" role="note">
      {note.text}{" "}
      <Link to={germanPath} hrefLang="de">
        {note.link}
      </Link>
    </p>
  );
}
