import { describe, expect, it } from "vitest";
import { ageRangeOf } from "~/catalogue/ages";

describe("ageRangeOf", () => {
  it.each([
    ["stated range wins", { ageMin: 0, ageMax: 6, types: ["Grundschule"] }, { min: 0, max: 6, typical: false }],
    ["open upper end", { ageMin: 15, ageMax: null, types: [] }, { min: 15, max: 99, typical: false }],
    ["typical for a Grundschule", { ageMin: null, ageMax: null, types: ["Grundschule"] }, { min: 6, max: 10, typical: true }],
    ["span of several types", { ageMin: null, ageMax: null, types: ["Grundschule", "Werkrealschule"] }, { min: 6, max: 16, typical: true }],
    ["Krippe", { ageMin: null, ageMax: null, types: ["Krippe"] }, { min: 0, max: 3, typical: true }],
    ["no age for a museum", { ageMin: null, ageMax: null, types: ["Museum"] }, null],
  ])("%s", (_name, entry, expected) => expect(ageRangeOf(entry)).toEqual(expected));
});
