import type { CatalogueDb } from "~/catalogue/db.server";
import { byTitle } from "./entries";
import { loadAudienceEntries } from "./entries.server";
import { isForSchoolClasses, isSubject, selectLernorte, subjectCounts, type SchoolOrigin } from "./lehrkraefte";

function shown(value: string) {
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A value of the query the page could not use; the page names it in its language. */
export type TeacherIssue = { kind: "unknownSubject" | "unknownSchool"; value: string };

/**
 * What /lehrkraefte shows: the schools to measure from (grouped by Gemeinde), the Lernorte for
 * `fach`, nearest first from `schule`. Unknown values are named and ignored.
 */
export function loadTeacherPage(db: CatalogueDb, query: URLSearchParams) {
  const entries = loadAudienceEntries(db);
  const schools: SchoolOrigin[] = entries
    .filter((entry) => entry.kind === "einrichtung" && entry.sector === "schule")
    .flatMap(({ slug, title, municipality, lat, lng }) =>
      lat !== null && lng !== null ? [{ slug, title, place: municipality?.name ?? "", lat, lng }] : [],
    )
    .sort((a, b) => a.place.localeCompare(b.place, "de") || byTitle(a, b));

  const issues: TeacherIssue[] = [];
  const rawSubject = query.get("fach")?.trim() ?? "";
  const subject = rawSubject === "" ? null : isSubject(rawSubject) ? rawSubject : null;
  if (rawSubject !== "" && subject === null) issues.push({ kind: "unknownSubject", value: shown(rawSubject) });
  const rawSchool = query.get("schule")?.trim() ?? "";
  const school = rawSchool === "" ? null : (schools.find((candidate) => candidate.slug === rawSchool) ?? null);
  if (rawSchool !== "" && school === null) issues.push({ kind: "unknownSchool", value: shown(rawSchool) });

  const municipalities = [...new Set(schools.map((s) => s.place))];
  return {
    subject,
    school: school ? { slug: school.slug, title: school.title, place: school.place } : null,
    issues,
    schoolGroups: municipalities.map((place) => ({
      place,
      schools: schools.filter((s) => s.place === place).map(({ slug, title }) => ({ slug, title })),
    })),
    counts: subjectCounts(entries),
    totalLernorte: entries.filter(isForSchoolClasses).length,
    /** Culture institutions whose sources state nothing for school classes. */
    otherCulture: entries.filter((entry) => entry.kind === "einrichtung" && entry.sector === "kultur" && !isForSchoolClasses(entry)).length,
    lernorte: selectLernorte(entries, { subject, school }),
  };
}
