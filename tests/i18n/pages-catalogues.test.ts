// The catalogue areas of the Gemeinden, audience and legal pages: English is complete (no
// empty text anywhere), every id the page rules use has its label in both languages, and
// the German-only parts (Leichte Sprache, the binding legal texts) are where they belong.
import { describe, expect, it } from "vitest";
import { SITUATION_PARTS } from "~/audiences/beratung";
import { AGE_BANDS, FAMILY_SERVICE_GROUPS } from "~/audiences/familien";
import { SUBJECTS } from "~/audiences/lehrkraefte";
import { THEMES } from "~/audiences/themes";
import { messagesFor } from "~/i18n";

const de = messagesFor("de");
const en = messagesFor("en");
const AREAS = ["places", "audiences", "legal"] as const;

/** Every string in a catalogue area with its path; functions are checked by the formatting tests. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe.each(AREAS)("the English %s area", (area) => {
  it("has no empty texts", () => {
    const found = strings(en[area], area);
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter(([, text]) => text.trim() === "").map(([path]) => path)).toEqual([]);
  });

  it("translates: most of its texts differ from the German ones", () => {
    const german = new Map(strings(de[area], area));
    const english = strings(en[area], area).filter(([path]) => !path.startsWith("legal.easyLanguage.text"));
    const same = english.filter(([path, text]) => german.get(path) === text && /\s/.test(text)).map(([path]) => path);
    expect(same).toEqual([]);
  });
});

describe("labels for the ids of the page rules", () => {
  it.each(["de", "en"] as const)("%s: every age band, link, service group, subject, situation and theme has a label", (locale) => {
    const { audiences } = messagesFor(locale);
    for (const band of AGE_BANDS) {
      expect(audiences.families.bands[band.id].label).toMatch(/^\d+ \S+ \d+ \S+$/);
      for (const link of band.links) expect(audiences.families.links[link.id], link.id).toBeTruthy();
    }
    for (const group of FAMILY_SERVICE_GROUPS) expect(audiences.families.services[group.id], group.id).toBeTruthy();
    for (const subject of SUBJECTS) expect(audiences.teachers.subjects[subject.id], subject.id).toBeTruthy();
    for (const part of SITUATION_PARTS) {
      expect(audiences.counselling.parts[part.id], part.id).toBeTruthy();
      for (const situation of part.situations) expect(audiences.counselling.situations[situation.id].intro, situation.id).toBeTruthy();
    }
    for (const theme of THEMES) {
      expect(audiences.themes.pages[theme.slug].title, theme.slug).toBeTruthy();
      for (const fact of theme.facts) expect(audiences.themes.facts[fact.id], fact.id).toBeTruthy();
      for (const search of theme.searches) expect(audiences.themes.searches[search.id], search.id).toBeTruthy();
      expect(Boolean(audiences.themes.pages[theme.slug].institutions), theme.slug).toBe(Boolean(theme.institutions));
    }
  });

  it("names the age bands by their ages", () => {
    for (const band of AGE_BANDS) {
      const [from, to] = band.id.split("-");
      expect(de.audiences.families.bands[band.id].label).toBe(`${from} bis ${to} Jahre`);
      expect(en.audiences.families.bands[band.id].label).toBe(`${from} to ${to} years`);
    }
  });

  it("keeps the German titles the pages had", () => {
    expect(de.audiences.themes.pages["uebergang-schule-beruf"].title).toBe("Übergang Schule–Beruf");
    expect(de.audiences.teachers.subjects.geschichte).toBe("Geschichte");
    expect(de.audiences.families.services.jugendamt).toBe("Jugendamt und Kindertagespflege");
    expect(en.audiences.themes.pages["uebergang-schule-beruf"].title).toBe("From school to work");
  });
});

describe("German-only parts", () => {
  it("shows the Leichte-Sprache text in German in every language, with an English introduction", () => {
    expect(en.legal.easyLanguage.text).toEqual(de.legal.easyLanguage.text);
    expect(de.legal.easyLanguage.intro).toBeNull();
    expect(en.legal.easyLanguage.intro).toContain("Easy German (Leichte Sprache)");
  });

  it("says on the English legal pages that the German text is binding", () => {
    expect(de.legal.translationNote).toBeNull();
    expect(en.legal.translationNote?.text).toContain("Only the German version is legally binding");
    expect(en.legal.imprint.title).toBe("Legal notice (Impressum)");
    expect(en.legal.privacy.title).toBe("Privacy");
    expect(en.legal.accessibility.title).toBe("Accessibility statement");
  });
});
