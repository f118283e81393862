// /lehrkraefte: außerschulische Lernorte and partners for school classes. The catalogue has
// no "for school classes" field, so the flag is derived here, only from what the sources
// state (README, Decisions: "Lernorte für Schulklassen").
import { distanceKm } from "~/search/places";
import { byTitle, matchesRule, toEntryLink, type AudienceEntry, type EntryLink, type EntryRule, type RuleEntry } from "./entries";

/** Lernorte are places outside school: culture, and further education that names schools. */
export const LERNORT_SECTORS = ["kultur", "weiterbildung"] as const;

/** Types the source itself gives: it calls the place a Lernort or a Schülerlabor. */
export const LERNORT_TYPES = ["Außerschulischer Lernort", "Schülerlabor"] as const;

/** A stated target group that names school classes, school groups, schools or pupils. */
export const SCHOOL_TARGET_GROUP = /[Ss]chulklasse|Schulgruppe|Schulen\b|Schüler/;

/** A description that states offers for classes or co-operation with schools. */
export const SCHOOL_OFFER = /Schulklassen|Klassenführungen|Kooperationen mit Kitas und Schulen|für alle Schularten/;

/**
 * `fuerSchulklassen`: an institution in culture or further education that the source calls an
 * außerschulischer Lernort or Schülerlabor, whose stated target group names school classes,
 * schools or pupils, or whose description states offers for classes or co-operation with
 * schools. Museums, libraries or music schools without such a statement are not flagged: a
 * Schnapsmuseum "für Erwachsene" is no Lernort for a class.
 */
export function isForSchoolClasses(entry: RuleEntry): boolean {
  if (entry.kind !== "einrichtung") return false;
  if (!(LERNORT_SECTORS as readonly string[]).includes(entry.sector)) return false;
  return (
    entry.types.some((type) => (LERNORT_TYPES as readonly string[]).includes(type)) ||
    SCHOOL_TARGET_GROUP.test(entry.targetGroup ?? "") ||
    SCHOOL_OFFER.test(entry.description ?? "")
  );
}

export type SubjectId = "geschichte" | "deutsch" | "musik" | "kunst" | "mint" | "politik" | "medien";

/** A school subject; its label is in the catalogues (`audiences.teachers.subjects`). */
export type Subject = { id: SubjectId; rule: EntryRule };

/**
 * School subjects a Lernort serves, from its types and the words of its name, description and
 * target group. Only what the entry says: a Lernort without such words has no subject and is
 * listed under "alle Fächer" only.
 */
export const SUBJECTS: readonly Subject[] = [
  {
    id: "geschichte",
    rule: { types: ["Archiv", "Gedenkstätte"], text: /Geschicht|geschicht|Archäolog|Gedenk|NS-|Jungsteinzeit|Garnison/ },
  },
  {
    id: "deutsch",
    rule: { types: ["Bibliothek"], text: /Literatur|Vorlese|Lesung/ },
  },
  {
    id: "musik",
    rule: { types: ["Musikschule", "Konzerthaus"], text: /Musik|Konzert|Orchester/ },
  },
  {
    id: "kunst",
    rule: { types: ["Galerie", "Jugendkunstschule", "Theater", "Kino"], text: /Kunst|[Gg]alerie|Theater|Film|Tanz/ },
  },
  {
    id: "mint",
    rule: { types: ["Schülerlabor"], text: /Naturkunde|Geolog|Astronom|Chemie|Experiment|Maker|Energie/ },
  },
  {
    id: "politik",
    rule: { types: ["Politische Bildung"], text: /[Pp]olitisch|Menschenrecht|Strafrecht|Demokratie|NS-Verbrechen|Migration/ },
  },
  {
    id: "medien",
    rule: { types: ["Medienzentrum", "Kino"], text: /Medienwerkstatt|Medienkompetenz/ },
  },
];

export function subjectsOf(entry: RuleEntry): SubjectId[] {
  return SUBJECTS.filter((subject) => matchesRule(entry, subject.rule)).map((subject) => subject.id);
}

export function isSubject(value: string): value is SubjectId {
  return SUBJECTS.some((subject) => subject.id === value);
}

export type Lernort = EntryLink & {
  subjects: SubjectId[];
  /** Kilometres from the chosen school, rounded to 0.1; null without a school or a position. */
  distanceKm: number | null;
  /** The Lernort is placed at its Gemeinde, so the distance is only roughly right. */
  approximate: boolean;
};

export type SchoolOrigin = { slug: string; title: string; place: string; lat: number; lng: number };

/**
 * The Lernorte for a subject (all without one), nearest first from the chosen school,
 * otherwise alphabetical.
 */
export function selectLernorte(
  entries: readonly AudienceEntry[],
  options: { subject: SubjectId | null; school: SchoolOrigin | null },
): Lernort[] {
  const { subject, school } = options;
  const lernorte = entries
    .filter(isForSchoolClasses)
    .map((entry): Lernort => {
      const { lat, lng } = entry;
      return {
        ...toEntryLink(entry),
        subjects: subjectsOf(entry),
        distanceKm: school && lat !== null && lng !== null ? Math.round(distanceKm(school, { lat, lng }) * 10) / 10 : null,
        approximate: entry.geoPrecision !== "exact",
      };
    })
    .filter((lernort) => subject === null || lernort.subjects.includes(subject));
  lernorte.sort((a, b) => {
    if (school) {
      const da = a.distanceKm ?? Number.POSITIVE_INFINITY;
      const db = b.distanceKm ?? Number.POSITIVE_INFINITY;
      if (da !== db) return da - db;
    }
    return byTitle(a, b);
  });
  return lernorte;
}

/** How many Lernorte each subject has; what the subject choice shows. */
export function subjectCounts(entries: readonly AudienceEntry[]): Record<SubjectId, number> {
  const counts = Object.fromEntries(SUBJECTS.map((subject) => [subject.id, 0])) as Record<SubjectId, number>;
  for (const entry of entries.filter(isForSchoolClasses)) {
    for (const id of subjectsOf(entry)) counts[id] += 1;
  }
  return counts;
}
