// JSON-LD in a <script> element. The JSON goes into the HTML unescaped by React
// (dangerouslySetInnerHTML), so every character that could end the script element or open a
// comment is written as a JSON \u escape: "</script>" in a description stays data.

const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: unknown): string {
  return (JSON.stringify(data) ?? "null").replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
