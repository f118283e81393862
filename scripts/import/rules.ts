// Keyword rules that give the programme rows (category `programm`) a sector, topics and
// audiences. The source has no such fields; every value here must be traceable to a word in
// the row's subtype, name or target group. Printed per row by the importer for review.
import { AUDIENCES, type Audience, type Sector, TOPICS, type Topic } from "../../app/catalogue/vocabulary";

export interface OfferText {
  subtype: string;
  name: string;
  targetGroup: string | null;
}

/**
 * Sector rules, first match wins. They come before the linked institution because they name
 * the kind of offer itself (a VABO class is school, wherever it is held).
 */
export const SECTOR_RULES: ReadonlyArray<{ match: RegExp; sector: Sector }> = [
  { match: /AVdual|VABO|Vorbereitungsklasse|\bVKL\b/, sector: "schule" },
  { match: /Frühe Hilfen|Willkommensbesuch|Baby/, sector: "jugendhilfe" },
  { match: /Kita-Anmeldung|Kinder- und Familienzentren|Frühbildung/, sector: "kita" },
  { match: /Jugendbeteiligung|Jugenddelegation/, sector: "jugendhilfe" },
  { match: /Hochschultag|Hochschulinformation/, sector: "weiterbildung" },
  // The source files "Kammer / Handwerk" under weiterbildung; IHK offers follow it.
  { match: /\bIHK\b|Kammer/, sector: "weiterbildung" },
  { match: /Familienbildung/, sector: "weiterbildung" },
  // The Bildungsregion and the Schulamt are run by the school administration.
  { match: /Bildungsregion|Bildungsbüro|Schulamt|Schulaufsicht|Schulträgerschaft/, sector: "schule" },
];

/** Topic rules over subtype + name + target group; every matching rule adds its topics (and audiences). */
export const TOPIC_RULES: ReadonlyArray<{ match: RegExp; topics: Topic[]; audiences?: Audience[] }> = [
  { match: /AVdual/, topics: ["uebergang-schule-beruf"], audiences: ["beratung"] },
  {
    match: /VABO/,
    topics: ["sprachfoerderung", "integration", "uebergang-schule-beruf"],
    audiences: ["beratung"],
  },
  { match: /\bVKL\b|Vorbereitungsklasse/, topics: ["sprachfoerderung", "integration"] },
  { match: /Sprachförder|\bSprache\b/, topics: ["sprachfoerderung"] },
  { match: /RÜM|Übergangsmanagement|Übergang Schule[–-]Beruf|Modellregion/, topics: ["uebergang-schule-beruf"] },
  // "\bAusbildung\b" on purpose: "Ausbildungsvorbereitung" (AVdual) is not career orientation.
  {
    match: /Ausbildungsmesse|Praktikum|Berufsorientierung|\bAusbildung\b/,
    topics: ["berufsorientierung", "uebergang-schule-beruf"],
  },
  { match: /Übergang (?:Kindergarten|Kita)[–-]Schule/, topics: ["uebergang-kita-schule"] },
  { match: /Musik/, topics: ["musik"] },
  // Not bare "Kultur": it would catch "Kulturmittler" (interpreting) and "interkulturell".
  { match: /Kulturelle Bildung|Kulturschule|Kunst/, topics: ["kunst"] },
  { match: /MINT|Forscher|Kinderuni|Industrie 4\.0/, topics: ["mint"] },
  { match: /Frühe Hilfen|Willkommensbesuch|Baby/, topics: ["fruehe-hilfen"] },
  { match: /Jugendbeteiligung|Jugenddelegation/, topics: ["beteiligung"] },
  { match: /Sprachmittl|Kulturmittler|zugewandert/, topics: ["integration"] },
];

/**
 * Audience rules over the target group only. Bare "Jugendliche" is not a rule: it would put
 * youth participation into "Beratung und Übergang"; the words that mean a transition are used.
 */
export const AUDIENCE_RULES: ReadonlyArray<{ match: RegExp; audience: Audience }> = [
  { match: /Eltern|Famili|\bKinder(?:n)?\b/, audience: "familien" },
  {
    match: /Lehrkräfte|[Pp]ädagogische Fachkräfte|Kitas|(?:^|[,;]\s*)Schulen\b|Bildungseinrichtungen|Bildungsakteure/,
    audience: "lehrkraefte",
  },
  { match: /Übergang|Ausbildung|Lehrstelle|zugewandert|vor dem Abschluss|ab Klasse \d/, audience: "beratung" },
];

/** Sector implied by a topic, for rows without a sector rule and without a linked institution. */
export const TOPIC_SECTORS: ReadonlyArray<{ topic: Topic; sector: Sector }> = [
  { topic: "uebergang-schule-beruf", sector: "schule" },
  { topic: "berufsorientierung", sector: "schule" },
  { topic: "sprachfoerderung", sector: "schule" },
  { topic: "integration", sector: "schule" },
  { topic: "uebergang-kita-schule", sector: "kita" },
  { topic: "fruehe-hilfen", sector: "jugendhilfe" },
  { topic: "beteiligung", sector: "jugendhilfe" },
  { topic: "musik", sector: "kultur" },
  { topic: "kunst", sector: "kultur" },
  // Like the Kinderlabor, which the source files under kultur as an außerschulischer Lernort.
  { topic: "mint", sector: "kultur" },
];

export const DEFAULT_OFFER_SECTOR: Sector = "weiterbildung";

export interface OfferClassification {
  sector: Sector;
  /** Which rule decided the sector, for the import report. */
  sectorReason: string;
  topics: Topic[];
  audiences: Audience[];
}

export function classifyOffer(offer: OfferText, institutionSector: Sector | null): OfferClassification {
  const text = [offer.subtype, offer.name, offer.targetGroup ?? ""].join(" | ");
  const topics = new Set<Topic>();
  const audiences = new Set<Audience>();
  for (const rule of TOPIC_RULES) {
    if (!rule.match.test(text)) continue;
    rule.topics.forEach((topic) => topics.add(topic));
    rule.audiences?.forEach((audience) => audiences.add(audience));
  }
  for (const rule of AUDIENCE_RULES) {
    if (offer.targetGroup && rule.match.test(offer.targetGroup)) audiences.add(rule.audience);
  }

  const sectorRule = SECTOR_RULES.find((rule) => rule.match.test(text));
  const topicSector = TOPIC_SECTORS.find((entry) => topics.has(entry.topic));
  const [sector, sectorReason] = sectorRule
    ? [sectorRule.sector, `Regel ${sectorRule.match.source}`]
    : institutionSector
      ? [institutionSector, "verknüpfte Einrichtung"]
      : topicSector
        ? [topicSector.sector, `Thema ${topicSector.topic}`]
        : [DEFAULT_OFFER_SECTOR, "Standard"];

  return {
    sector,
    sectorReason,
    topics: TOPICS.filter((topic) => topics.has(topic)),
    audiences: AUDIENCES.filter((audience) => audiences.has(audience)),
  };
}
