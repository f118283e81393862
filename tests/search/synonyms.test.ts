import { describe, expect, it } from "vitest";
import { SYNONYM_GROUPS, toSynonymSetting } from "~/search/synonyms";

describe("toSynonymSetting", () => {
  it("maps every word of a group to all the others", () => {
    expect(toSynonymSetting([["vhs", "volkshochschule", "schiller-vhs"]])).toEqual({
      vhs: ["volkshochschule", "schiller-vhs"],
      volkshochschule: ["vhs", "schiller-vhs"],
      "schiller-vhs": ["vhs", "volkshochschule"],
    });
  });

  it("merges a word that appears in two groups without duplicates", () => {
    expect(toSynonymSetting([["kita", "kindergarten"], ["kita", "kinderhaus", "kindergarten"]])).toEqual({
      kita: ["kindergarten", "kinderhaus"],
      kindergarten: ["kita", "kinderhaus"],
      kinderhaus: ["kita", "kindergarten"],
    });
  });

  it.each([
    ["kindergarten", "kita"],
    ["jugendzentrum", "jugendhaus"],
    ["volkshochschule", "vhs"],
    ["gms", "gemeinschaftsschule"],
    ["gym", "gymnasium"],
    ["bücherei", "bibliothek"],
  ])("the portal's list lets %j find %j and back", (word, other) => {
    const setting = toSynonymSetting(SYNONYM_GROUPS);
    expect(setting[word]).toContain(other);
    expect(setting[other]).toContain(word);
  });

  it("never lists a word as its own synonym", () => {
    for (const [word, others] of Object.entries(toSynonymSetting())) expect(others).not.toContain(word);
  });
});
