import { splitHighlight } from "~/search/highlight";

/** Renders engine highlights as <mark>; all text goes through React's escaping. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlight(text).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
