import { describe, expect, it } from "vitest";
import { localeFromPath, localizePath, withoutLocale } from "~/i18n/locale";

describe("localeFromPath", () => {
  it.each([
    ["/", "de"],
    ["/suche", "de"],
    ["/en", "en"],
    ["/en/", "en"],
    ["/en/suche", "en"],
    ["/english", "de"],
    ["/angebote/en", "de"],
  ] as const)("%s → %s", (path, locale) => {
    expect(localeFromPath(path)).toBe(locale);
  });
});

describe("withoutLocale", () => {
  it.each([
    ["/en", "/"],
    ["/en/suche", "/suche"],
    ["/suche", "/suche"],
    ["/", "/"],
  ])("%s → %s", (path, plain) => {
    expect(withoutLocale(path)).toBe(plain);
  });
});

describe("localizePath", () => {
  it.each([
    ["/", "en", "/en"],
    ["/suche?q=kita&kategorie=kita", "en", "/en/suche?q=kita&kategorie=kita"],
    ["/en/suche?q=kita", "en", "/en/suche?q=kita"],
    ["/en/suche?q=kita", "de", "/suche?q=kita"],
    ["/en", "de", "/"],
    ["/angebote/kita-sonnenschein#lage", "en", "/en/angebote/kita-sonnenschein#lage"],
    ["/suche", "de", "/suche"],
    ["/api/v1/search?q=x", "en", "/api/v1/search?q=x"],
    ["/karte/grenzen.json", "en", "/karte/grenzen.json"],
    ["/build/entry.js", "en", "/build/entry.js"],
    ["https://example.org/x", "en", "https://example.org/x"],
    ["//example.org/x", "en", "//example.org/x"],
    ["mailto:a@example.org", "en", "mailto:a@example.org"],
  ] as const)("%s in %s → %s", (path, locale, expected) => {
    expect(localizePath(path, locale)).toBe(expected);
  });
});
