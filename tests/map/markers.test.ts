// How entries look on the maps: marker classes, accessible names, cluster sizes, legend
// counts and the sentence that says how many hits the map shows.
import { describe, expect, it } from "vitest";
import { clusterLabel, clusterSize, countBySector, mapCoverageText, pinClassName, pinLabel } from "~/map/markers";

describe("pinClassName", () => {
  it.each([
    [{ category: "kita", approximate: false }, "pin pin--kita"],
    [{ category: "schule", approximate: true }, "pin pin--schule pin--approx"],
    [{ category: "weiterbildung", approximate: false }, "pin pin--weiterbildung"],
  ] as const)("%o → %s", (pin, expected) => {
    expect(pinClassName(pin)).toBe(expected);
  });
});

describe("pinLabel", () => {
  it.each([
    [{ title: "Friedrich-List-Gymnasium Asperg", type: "Gymnasium", approximate: false }, "Friedrich-List-Gymnasium Asperg (Gymnasium)"],
    [{ title: "Kita Sonnenschein", type: "Kindergarten", approximate: true }, "Kita Sonnenschein (Kindergarten), Lage ungefähr"],
  ])("%o → %s", (pin, expected) => {
    expect(pinLabel(pin)).toBe(expected);
  });
});

describe("clusters", () => {
  it.each([
    [2, "s", "2 Einträge – zum Vergrößern auswählen"],
    [9, "s", "9 Einträge – zum Vergrößern auswählen"],
    [10, "m", "10 Einträge – zum Vergrößern auswählen"],
    [99, "m", "99 Einträge – zum Vergrößern auswählen"],
    [100, "l", "100 Einträge – zum Vergrößern auswählen"],
    [20000, "l", "20.000 Einträge – zum Vergrößern auswählen"],
  ] as const)("%i entries: size %s, named „%s“", (count, size, label) => {
    expect(clusterSize(count)).toBe(size);
    expect(clusterLabel(count)).toBe(label);
  });
});

describe("countBySector", () => {
  it("counts every sector, with zeros for the absent ones", () => {
    expect(countBySector([{ category: "kita" }, { category: "kita" }, { category: "kultur" }])).toEqual({
      kita: 2,
      schule: 0,
      jugendhilfe: 0,
      kultur: 1,
      weiterbildung: 0,
    });
  });
});

describe("mapCoverageText", () => {
  it.each([
    [0, 0, "Keine Treffer auf der Karte."],
    [1, 1, "Der Treffer ist auf der Karte."],
    [32, 32, "Alle 32 Treffer auf der Karte."],
    [281, 287, "281 von 287 Treffern auf der Karte (6 ohne bekannte Lage, nur in der Liste)."],
    [1200, 1250, "1.200 von 1.250 Treffern auf der Karte (50 ohne bekannte Lage, nur in der Liste)."],
  ])("%i of %i → %s", (onMap, total, expected) => {
    expect(mapCoverageText(onMap, total)).toBe(expected);
  });
});
