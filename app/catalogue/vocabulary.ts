// Controlled vocabularies shared by the catalogue, the importer, the search index and the UI.
// The keys are stored in SQLite and in URLs; the labels are what people read.

export const SECTORS = ["kita", "schule", "jugendhilfe", "kultur", "weiterbildung"] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, string> = {
  kita: "Kita und Kindertagesbetreuung",
  schule: "Schule",
  jugendhilfe: "Jugendhilfe und Jugendarbeit",
  kultur: "Kultur",
  weiterbildung: "Weiterbildung",
};

/** Short labels for chips, facets and badges. */
export const SECTOR_SHORT_LABELS: Record<Sector, string> = {
  kita: "Kita",
  schule: "Schule",
  jugendhilfe: "Jugendhilfe",
  kultur: "Kultur",
  weiterbildung: "Weiterbildung",
};

export const TOPICS = [
  "uebergang-kita-schule",
  "sprachfoerderung",
  "uebergang-schule-beruf",
  "berufsorientierung",
  "integration",
  "mint",
  "musik",
  "kunst",
  "lesen",
  "fruehe-hilfen",
  "beteiligung",
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  "uebergang-kita-schule": "Übergang Kita–Schule",
  sprachfoerderung: "Sprachförderung",
  "uebergang-schule-beruf": "Übergang Schule–Beruf",
  berufsorientierung: "Berufsorientierung",
  integration: "Integration",
  mint: "MINT",
  musik: "Musik",
  kunst: "Kunst und Kultur",
  lesen: "Lesen",
  "fruehe-hilfen": "Frühe Hilfen",
  beteiligung: "Jugendbeteiligung",
};

export const AUDIENCES = ["familien", "lehrkraefte", "beratung"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  familien: "Familien",
  lehrkraefte: "Lehrkräfte",
  beratung: "Beratung und Übergang",
};

export const CARRIERS = ["oeffentlich", "privat", "kirchlich", "frei"] as const;
export type Carrier = (typeof CARRIERS)[number];

export const CARRIER_LABELS: Record<Carrier, string> = {
  oeffentlich: "öffentlich",
  privat: "privat",
  kirchlich: "kirchlich",
  frei: "freier Träger",
};

/** `exact`: a source states the point. `municipality`: placed at the Gemeinde's label point. */
export const GEO_PRECISIONS = ["exact", "municipality"] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

export const STATUSES = ["published", "draft"] as const;
export type Status = (typeof STATUSES)[number];

export const ENTRY_KINDS = ["einrichtung", "angebot"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}
