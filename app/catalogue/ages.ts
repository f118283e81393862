// Typical ages by type of institution, for the age filter where a source states no ages.
// These follow from what the type is in Baden-Württemberg (a Grundschule teaches classes
// 1–4, a Krippe takes children under three), not from anything about one institution; the
// UI says "typisch für diese Art". Types without a clear age band are left out.
export const TYPICAL_AGES: Record<string, readonly [min: number, max: number]> = {
  Krippe: [0, 3],
  Kindertagespflege: [0, 3],
  Kita: [0, 6],
  Kinderhaus: [0, 6],
  Kindergarten: [3, 6],
  "Natur- und Waldkindergarten": [3, 6],
  Schulkindergarten: [3, 6],
  Grundschule: [6, 10],
  Werkrealschule: [10, 16],
  Realschule: [10, 16],
  Gemeinschaftsschule: [10, 16],
  Gymnasium: [10, 18],
  "Freie Waldorfschule": [6, 18],
  "Berufliche Schule": [15, 25],
};

export type AgeRange = { min: number; max: number; typical: boolean };

/**
 * The stated age range, or the span of the typical ranges of the entry's types. Open ends
 * become 0 and 99, so "ab 15 Jahren" contains every age from 15.
 */
export function ageRangeOf(entry: { ageMin: number | null; ageMax: number | null; types: string[] }): AgeRange | null {
  if (entry.ageMin !== null || entry.ageMax !== null) {
    return { min: entry.ageMin ?? 0, max: entry.ageMax ?? 99, typical: false };
  }
  const ranges = entry.types.map((type) => TYPICAL_AGES[type]).filter((range) => range !== undefined);
  if (ranges.length === 0) return null;
  return {
    min: Math.min(...ranges.map(([min]) => min)),
    max: Math.max(...ranges.map(([, max]) => max)),
    typical: true,
  };
}
