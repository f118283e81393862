// Matched words come back from the engine between two private-use characters. Data and
// queries cannot contain them (the parameter parser strips them), so splitting on them is
// safe, and nothing from the data is ever treated as markup.
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export type HighlightPart = { text: string; marked: boolean };

export function splitHighlight(text: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  let current = "";
  for (const ch of text) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      if (current) parts.push({ text: current, marked });
      current = "";
      marked = ch === HIGHLIGHT_START;
    } else {
      current += ch;
    }
  }
  if (current) parts.push({ text: current, marked });
  return parts;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** HTML for API clients: the text escaped, matches in <mark>. */
export function highlightToHtml(text: string): string {
  return splitHighlight(text)
    .map(({ text: part, marked }) => {
      const escaped = part.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
      return marked ? `<mark>${escaped}</mark>` : escaped;
    })
    .join("");
}

export function stripHighlight(text: string): string {
  return text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
}
