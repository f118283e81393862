// Institutions and offers share one URL space (/angebote/:slug), so one allocator hands out
// both. Order of calls decides who gets the plain slug, which is why the importer processes
// sources in a fixed order (schools, then einrichtungen in file order).
import { slugify } from "../../app/catalogue/slug";

export type SlugAllocator = (name: string, municipalitySlug: string | null) => string | null;

/**
 * Returns slugify(name); on a collision `<slug>-<gemeinde>`, then `<slug>-<gemeinde>-2`, `-3` …
 * (without a Gemeinde: `<slug>-2`, `-3` …). The Gemeinde is not appended when the slug already
 * ends with it. Returns null when the name has no letters or digits.
 */
export function createSlugAllocator(): SlugAllocator {
  const taken = new Set<string>();
  return (name, municipalitySlug) => {
    const base = slugify(name);
    if (base === "") return null;
    const candidates = [base];
    const withPlace =
      municipalitySlug && base !== municipalitySlug && !base.endsWith(`-${municipalitySlug}`)
        ? `${base}-${municipalitySlug}`
        : base;
    if (withPlace !== base) candidates.push(withPlace);
    let slug = candidates.find((candidate) => !taken.has(candidate));
    for (let n = 2; slug === undefined; n++) {
      if (!taken.has(`${withPlace}-${n}`)) slug = `${withPlace}-${n}`;
    }
    taken.add(slug);
    return slug;
  };
}
