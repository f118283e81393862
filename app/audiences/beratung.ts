// /beratung: transition programmes and the services around them, grouped by the situation of
// the child or young person. The rules are data: which types, topics or stated words put an
// entry into a situation. An entry can fit several situations (AVdual is for young people
// without an Ausbildungsplatz and leads to a Schulabschluss).
import { byTitle, matchesRule, toEntryLink, type AudienceEntry, type EntryLink, type EntryRule, type RuleEntry } from "./entries";

export type SituationId =
  | "ohne-ausbildungsplatz"
  | "schulabschluss-nachholen"
  | "neu-zugewandert"
  | "beruf-finden"
  | "vor-der-einschulung"
  | "deutsch-lernen"
  | "koordination";
export type SituationPartId = "jugendliche" | "kinder" | "fachkraefte";

/** Titles and introductions of parts and situations are in the catalogues (`audiences.counselling`). */
export type Situation = { id: SituationId; rule: EntryRule };
export type SituationPart = { id: SituationPartId; situations: readonly Situation[] };

export const SITUATION_PARTS: readonly SituationPart[] = [
  {
    id: "jugendliche",
    situations: [
      {
        id: "ohne-ausbildungsplatz",
        rule: {
          types: ["Jugendberufsagentur", "Jugendberufshilfe", "Bildungsgang AVdual"],
          text: /ohne Ausbildung|Ausbildungsplatz|Ausbildungssuche|Lehrstellensuche|Ausbildungsvermittlung|Bewerbervermittlung|Bewerbung/,
        },
      },
      {
        id: "schulabschluss-nachholen",
        rule: {
          types: ["Zweiter Bildungsweg"],
          text: /Schulabschluss|Hauptschulabschluss|Schulabschlüsse|Abendrealschule|ohne Abschluss/,
        },
      },
      {
        id: "neu-zugewandert",
        // Who an entry is for, not what its description mentions: a Kammer that works on the
        // "Integration Zugewanderter" or a course for VKL teachers is no place for the young person.
        rule: {
          topics: ["integration"],
          text: /zugewandert|Zugewanderte|VABO|Vorbereitungsklasse/,
          fields: ["title", "type", "typeDetail", "targetGroup"],
        },
      },
      {
        id: "beruf-finden",
        rule: {
          topics: ["berufsorientierung"],
          types: ["Ausbildungsmesse", "Berufsberatung", "Hochschulinformation"],
        },
      },
    ],
  },
  {
    id: "kinder",
    situations: [
      {
        id: "vor-der-einschulung",
        rule: { topics: ["uebergang-kita-schule"], text: /Kooperation Kita–Grundschule|Übergang (?:Kindergarten|Kita)[–-]Schule/ },
      },
      {
        id: "deutsch-lernen",
        rule: { topics: ["sprachfoerderung"], unless: /VABO/ },
      },
    ],
  },
  {
    id: "fachkraefte",
    situations: [
      {
        id: "koordination",
        rule: { types: ["Übergang Schule–Beruf", "Landesmodellvorhaben", "Jugendberufsagentur", "Projektgruppen"] },
      },
    ],
  },
];

export const SITUATIONS: readonly Situation[] = SITUATION_PARTS.flatMap((part) => part.situations);

export function situationsOf(entry: RuleEntry): SituationId[] {
  return SITUATIONS.filter((situation) => matchesRule(entry, situation.rule)).map((situation) => situation.id);
}

/**
 * Programmes that schools run: the offer whose title names the programme, and the
 * institutions whose own description names it. What the description says about it (the
 * clause with the word, "AVdual seit 2018/19") is shown as the source states it.
 */
export const PROGRAMME_SITES: readonly { programme: string; word: RegExp }[] = [
  { programme: "AVdual", word: /AVdual/ },
  { programme: "VABO", word: /VABO/ },
];

/** The clause of a description that contains the word: "…, VAB/VABO und AVdual seit 2018/19." → "VAB/VABO und AVdual seit 2018/19". */
export function clauseWith(text: string, word: RegExp): string | null {
  // Sentences end at a full stop before a capital letter, so "ab ca. 2019" stays whole.
  const clause = text
    .split(/(?<=[;:])\s+|(?<=\.)\s+(?=[A-ZÄÖÜ])|,\s+(?![^(]*\))/)
    .map((part) => part.trim().replace(/[.;:]$/, ""))
    .find((part) => word.test(part));
  return clause ?? null;
}

export type ProgrammeSite = { slug: string; title: string; place: string | null; statement: string };

export type SituationEntry = EntryLink & { kind: AudienceEntry["kind"]; sites: ProgrammeSite[]; programme: string | null };

function sitesFor(entry: AudienceEntry, entries: readonly AudienceEntry[]) {
  if (entry.kind !== "angebot") return { programme: null, sites: [] };
  const match = PROGRAMME_SITES.find(({ word }) => word.test(entry.title));
  if (!match) return { programme: null, sites: [] };
  const sites = entries
    .filter((other) => other.kind === "einrichtung")
    .flatMap((other) => {
      const statement = other.description ? clauseWith(other.description, match.word) : null;
      return statement ? [{ slug: other.slug, title: other.title, place: other.municipality?.name ?? null, statement }] : [];
    })
    .sort(byTitle);
  return { programme: match.programme, sites };
}

export type SituationGroups = {
  id: SituationPartId;
  situations: { id: SituationId; entries: SituationEntry[] }[];
}[];

/** The parts with their situations and matching entries: programmes (offers) first, then institutions. */
export function groupBySituation(entries: readonly AudienceEntry[]): SituationGroups {
  return SITUATION_PARTS.map((part) => ({
    id: part.id,
    situations: part.situations
      .map((situation) => ({
        id: situation.id,
        entries: entries
          .filter((entry) => matchesRule(entry, situation.rule))
          .sort((a, b) => (a.kind === b.kind ? byTitle(a, b) : a.kind === "angebot" ? -1 : 1))
          .map((entry) => ({ ...toEntryLink(entry), kind: entry.kind, ...sitesFor(entry, entries) })),
      }))
      .filter((situation) => situation.entries.length > 0),
  })).filter((part) => part.situations.length > 0);
}
