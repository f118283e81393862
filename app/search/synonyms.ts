// Synonyms are data: each group lists words people use for the same thing. Every word of a
// group finds the others (Meilisearch synonyms are expanded both ways from this list).
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    "kita",
    "kindergarten",
    "kindertagesstätte",
    "kindertageseinrichtung",
    "kinderhaus",
    "kindertagesstaette",
    "kinderbetreuung",
    "kindertagesbetreuung",
  ],
  ["kindertagespflege", "tagespflege", "tagesmutter", "tagesmütter", "tageseltern"],
  ["krippe", "u3", "kinderkrippe"],
  ["vhs", "volkshochschule", "schiller-vhs"],
  ["bibliothek", "bücherei", "stadtbücherei", "stadtbibliothek", "mediathek"],
  ["avdual", "av dual", "ausbildungsvorbereitung dual"],
  ["vabo", "vorqualifizierungsjahr arbeit/beruf"],
  ["vkl", "vorbereitungsklasse", "vorbereitungsklassen"],
  ["gms", "gemeinschaftsschule"],
  ["wrs", "werkrealschule"],
  ["sbbz", "sonderpädagogisches bildungs- und beratungszentrum", "förderschule", "sonderschule"],
  ["jugendhaus", "jugendzentrum", "juz", "jugendtreff"],
  ["erziehungsberatung", "familienberatung", "psychologische beratungsstelle"],
  ["musikschule", "jugendmusikschule"],
  ["rüm", "übergangsmanagement", "regionales übergangsmanagement"],
  ["gymnasium", "gym"],
  ["ph", "pädagogische hochschule"],
  ["schloss", "residenzschloss"],
];

/** Expands the groups into Meilisearch's `synonyms` setting (every word → the others). */
export function toSynonymSetting(groups: readonly (readonly string[])[] = SYNONYM_GROUPS) {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((other) => other !== word);
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...others])];
    }
  }
  return synonyms;
}
