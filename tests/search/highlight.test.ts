import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, highlightToHtml, splitHighlight, stripHighlight } from "~/search/highlight";

describe("highlights", () => {
  it.each([
    [`${S}Gymnasium${E} Marbach`, [{ text: "Gymnasium", marked: true }, { text: " Marbach", marked: false }]],
    ["ohne Treffer", [{ text: "ohne Treffer", marked: false }]],
    [`a ${S}b${E} c ${S}d${E}`, [{ text: "a ", marked: false }, { text: "b", marked: true }, { text: " c ", marked: false }, { text: "d", marked: true }]],
  ])("splits %j", (text, parts) => expect(splitHighlight(text)).toEqual(parts));

  it.each([
    [`${S}Kita${E} <script>alert(1)</script>`, "<mark>Kita</mark> &lt;script&gt;alert(1)&lt;/script&gt;"],
    [`„${S}Sprache${E}“ & "mehr"`, "„<mark>Sprache</mark>“ &amp; &quot;mehr&quot;"],
  ])("escapes data in HTML for the API: %j", (text, html) => expect(highlightToHtml(text)).toBe(html));

  it("strips the markers", () => expect(stripHighlight(`${S}a${E}b`)).toBe("ab"));
});
