// German UI texts: the page of one entry (/angebote/:slug), its share link and feedback mail,
// and the page of the data sources (/datenquellen).

const number = (n: number) => n.toLocaleString("de-DE");

export const detail = {
  number,
  notFound: "Nicht gefunden",
  breadcrumbs: "Brotkrumen",
  address: "Adresse",
  districtWide: "landkreisweit, ohne festen Ort",
  approximate: "Lage ungefähr: Die Quelle nennt keine genaue Position, der Ort ist nur der Gemeinde zugeordnet.",
  municipality: "Gemeinde",
  phone: "Telefon",
  email: "E-Mail",
  website: "Website",
  carrier: "Trägerschaft",
  typeDetail: "Art laut Quelle",
  targetGroup: "Zielgruppe",
  age: "Alter",
  ages: (min: number | null, max: number | null): string | null => {
    if (min !== null && max !== null) return `${min} bis ${max} Jahre`;
    if (min !== null) return `ab ${min} Jahren`;
    if (max !== null) return `bis ${max} Jahre`;
    return null;
  },
  topics: "Themen",
  audiences: "Für",
  institution: "Einrichtung",
  /** Labels of the source-specific facts an institution may carry (see `facts` in db/schema.ts). */
  facts: {
    schuelerInsgesamt: "Schülerinnen und Schüler (2015)",
    klassenInsgesamt: "Klassen (2015)",
    schulId: "Schulnummer",
    fax: "Fax",
    aussenstellen: "Außenstellen",
  },
  relatedOffers: "Angebote und Programme",
  location: "Lage und Umgebung",
  mapCaptionApproximate: (title: string) => `Karte mit der ungefähren Lage von ${title} (Ortsmitte).`,
  mapCaption: (title: string, nearby: number, km: number) =>
    nearby === 1
      ? `Karte mit ${title} und 1 Eintrag im Umkreis von ${km} km, der auch in der Liste steht.`
      : `Karte mit ${title} und ${number(nearby)} Einträgen im Umkreis von ${km} km, die auch in der Liste stehen.`,
  nearbyTitle: (km: number) => `In der Nähe (bis ${km} km)`,
  nearbyNone: (km: number) => `Im Umkreis von ${km} km kennt das Portal keine weiteren Einträge mit genauer Lage.`,
  noExactLocation: "Die genaue Lage ist nicht bekannt, deshalb zeigen wir keine Einträge in der Nähe.",
  allInMunicipality: {
    before: (name: string) => `Alle Einträge in ${name} finden Sie auf der `,
    link: "Seite der Gemeinde",
    after: ".",
  },
  provenance: "Quelle und Stand",
  stand: "Stand",
  source: "Quelle",
  dataset: "Datensatz",
  licence: "Lizenz",
  provenanceHint:
    "Die Angaben stammen aus der genannten Quelle und wurden nicht mit der Einrichtung abgestimmt. Bitte prüfen Sie aktuelle Angaben direkt bei der Einrichtung.",
  feedback: "Angaben veraltet? Hinweis senden",
  feedbackOpensMail: "(öffnet Ihr E-Mail-Programm)",
  /** The prefilled mail behind "Angaben veraltet? Hinweis senden". */
  feedbackMail: {
    subject: (title: string) => `Hinweis zum Eintrag „${title}“`,
    entry: (title: string) => `Eintrag: ${title}`,
    page: (url: string) => `Seite: ${url}`,
    question: "Was ist veraltet oder falsch? Was stimmt stattdessen (gern mit Quelle)?",
  },
  share: "Teilen",
  shareLabel: "Link zu diesem Eintrag",
  printOnline: "Online:",

  /** The share field with "Link kopieren" and the browser's share dialog. */
  shareLink: {
    copy: "Link kopieren",
    copied: "Link kopiert.",
    copyFailed: "Kopieren hat nicht geklappt. Der Link ist markiert: Kopieren Sie ihn mit Strg+C (Mac: Befehlstaste+C).",
    share: "Teilen …",
    shareFailed: "Teilen hat nicht geklappt. Kopieren Sie stattdessen den Link.",
  },

  sources: {
    title: "Datenquellen und Lizenzen",
    intro:
      "Alle Einträge stammen aus den folgenden Quellen. Jeder Eintrag nennt auf seiner Seite seine Quelle, seinen Stand und seine Lizenz. Nichts wurde erfunden: Fehlt eine Angabe, nennt die Quelle sie nicht.",
    publisher: "Herausgeber",
    stand: "Stand",
    licence: "Lizenz",
    attribution: "Namensnennung",
    records: "Einträge im Portal",
    origin: "Herkunft",
    note: "Hinweis:",
  },
};
