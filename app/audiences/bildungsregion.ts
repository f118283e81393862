// The Bildungsregion's bodies and programmes as the catalogue has them. Pages name them in
// their text and link each to its entry; an entry is found by what it is (kind, type, title),
// not by a slug, so a re-import with new slugs still finds it. When the catalogue has no
// such entry, the page names the body without a link; it never makes one up.
import { matchesRule, type AudienceEntry, type EntryRule } from "./entries";

export const ENTRY_REFS = {
  bildungsbuero: { kinds: ["angebot"], types: ["Bildungsbüro / Bildungsregion"] },
  steuergruppe: { kinds: ["angebot"], text: /Regionale Steuergruppe/, fields: ["title"] },
  projektgruppen: { kinds: ["angebot"], types: ["Projektgruppen"] },
  ruem: { kinds: ["angebot"], text: /\(RÜM\)/, fields: ["title"] },
  avdual: { kinds: ["angebot"], types: ["Bildungsgang AVdual"] },
  modellregion: { kinds: ["angebot"], types: ["Landesmodellvorhaben"] },
  robertFranckSchule: { kinds: ["einrichtung"], text: /^Robert-Franck-Schule\b/, fields: ["title"] },
  mathildePlanckSchule: { kinds: ["einrichtung"], text: /^Mathilde-Planck-Schule\b/, fields: ["title"] },
} satisfies Record<string, EntryRule>;

export type RefKey = keyof typeof ENTRY_REFS;
export const REF_KEYS = Object.keys(ENTRY_REFS) as RefKey[];

export type RefEntry = {
  slug: string;
  title: string;
  description: string | null;
  website: string | null;
  phone: string | null;
  sourceUrls: string[];
  stand: string;
};

/** The one entry a reference names, or null when the catalogue has none (or several). */
export function resolveRef(entries: readonly AudienceEntry[], key: RefKey): RefEntry | null {
  const rule: EntryRule = ENTRY_REFS[key];
  const found = entries.filter((entry) => matchesRule(entry, rule));
  if (found.length !== 1) return null;
  const [entry] = found;
  if (!entry) return null;
  const { slug, title, description, website, phone, sourceUrls, stand } = entry;
  return { slug, title, description, website, phone, sourceUrls, stand };
}

export function resolveRefs(entries: readonly AudienceEntry[]): Record<RefKey, RefEntry | null> {
  return Object.fromEntries(REF_KEYS.map((key) => [key, resolveRef(entries, key)])) as Record<RefKey, RefEntry | null>;
}
