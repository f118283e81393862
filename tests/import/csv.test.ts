import { describe, expect, it } from "vitest";
import { isHttpUrl, parseCount, parseCsv, parseSourceUrls } from "../../scripts/import/csv";

describe("parseSourceUrls", () => {
  it("splits on ' ; ' and keeps every URL", () => {
    expect(parseSourceUrls("https://a.example/x ; http://b.example/y?z=1")).toEqual({
      ok: true,
      value: ["https://a.example/x", "http://b.example/y?z=1"],
    });
  });

  it("drops a label in front of a URL", () => {
    expect(
      parseSourceUrls(
        "http://fh-rpl.de/ph/ ; Koordinaten: https://en.wikipedia.org/wiki/P%C3%A4dagogische_Hochschule_Ludwigsburg",
      ),
    ).toEqual({
      ok: true,
      value: ["http://fh-rpl.de/ph/", "https://en.wikipedia.org/wiki/P%C3%A4dagogische_Hochschule_Ludwigsburg"],
    });
  });

  it.each([
    ["www.example.de", 'source_url enthält keine gültige URL: "www.example.de"'],
    ["https://a.example ; siehe Zeitung", 'source_url enthält keine gültige URL: "siehe Zeitung"'],
    ["ftp://files.example/x", 'source_url enthält keine gültige URL: "ftp://files.example/x"'],
    [null, "source_url ist leer"],
  ])("rejects %j with a reason", (text, reason) => {
    expect(parseSourceUrls(text)).toEqual({ ok: false, reason });
  });
});

describe("isHttpUrl", () => {
  it.each([
    ["https://www.vhs-ludwigsburg.de", true],
    ["https://bildungsregion-landkreis-ludwigsburg.de/seite/408751/bildungsbüro.html", true],
    ["www.ejw-lb.de", false],
    ["https://exa mple.de", false],
    ["mailto:info@example.de", false],
  ])("%s → %s", (text, expected) => {
    expect(isHttpUrl(text)).toBe(expected);
  });
});

describe("parseCount", () => {
  it.each([
    ["342", 342],
    ["1 431", 1431],
    ["1.431", 1431],
    ["", null],
    ["k. A.", null],
  ])("%j → %s", (text, expected) => {
    expect(parseCount(text === "" ? null : text)).toBe(expected);
  });
});

describe("parseCsv", () => {
  it("reads quoted cells with commas and line breaks into objects by header", () => {
    const rows = parseCsv('name,town\n"Kita ""Sonne"", Haus A",Tamm\n"Zwei\nZeilen",\n');
    expect(rows).toEqual([
      { name: 'Kita "Sonne", Haus A', town: "Tamm" },
      { name: "Zwei\nZeilen", town: "" },
    ]);
  });
});
