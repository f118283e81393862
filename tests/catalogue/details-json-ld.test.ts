// JSON-LD goes into the page as raw HTML: data must never end the script element.
import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "~/ui/json-ld";

describe("serializeJsonLd", () => {
  it.each<[string, unknown]>([
    ["a closing script tag", { description: "Vorher</script><script>alert(1)</script>nachher" }],
    ["upper case", { name: "</SCRIPT >" }],
    ["an HTML comment", { name: "<!-- kein Kommentar -->" }],
    ["ampersands and entities", { name: "Kunst & Kultur &amp; mehr" }],
    ["line and paragraph separators", { name: "Zeile\u2028Absatz\u2029Ende" }],
    ["umlauts and quotes", { name: "„Mörike“ – Schüler's \"Bühne\"" }],
    ["nested arrays", { list: [{ a: "<b>" }, ["</script>"]] }],
  ])("keeps %s inert and parses back to the same data", (_name, data) => {
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });

  it("writes the escapes JSON defines", () => {
    expect(serializeJsonLd({ x: "</script>&" })).toBe('{"x":"\\u003c/script\\u003e\\u0026"}');
  });

  it("keeps umlauts readable", () => {
    expect(serializeJsonLd({ name: "Grundschule Möglingen" })).toBe('{"name":"Grundschule Möglingen"}');
  });
});
