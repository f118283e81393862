// German UI texts: the pages for families, teachers and counsellors, the theme pages, the
// Bildungsregion and the projects. The rules that pick entries stay in app/audiences; the
// ids they use key the labels here, so a missing label is a type error.
import type { AgeBandId, BandLinkHint, BandLinkId, FamilyServiceId } from "~/audiences/familien";
import type { SituationId, SituationPartId } from "~/audiences/beratung";
import type { SubjectId } from "~/audiences/lehrkraefte";
import type { ThemeFactId, ThemeSearchId, ThemeSlug } from "~/audiences/themes";

const number = (n: number) => n.toLocaleString("de-DE");
const quote = (text: string) => `„${text}“`;

/** "1,2 km", "350 m"; positions known only to the Gemeinde: "ca. 3 km", "ca. unter 1 km". */
function distance(km: number, approximate: boolean) {
  if (approximate) return km < 1 ? "ca. unter 1 km" : `ca. ${number(Math.round(km))} km`;
  if (km < 1) return `${Math.max(10, Math.round((km * 1000) / 10) * 10)} m`;
  if (km < 10) return `${km.toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`;
  return `${number(Math.round(km))} km`;
}

export const audiences = {
  number,
  /** Quotation marks around a text from the data or the query. */
  quote: { open: "„", close: "“" },
  breadcrumbs: "Brotkrumen",
  notFound: "Nicht gefunden",
  /** Before the catalogue entries a sentence names. */
  inCatalogue: "Im Katalog:",
  noEntries: "Im Katalog sind dazu zurzeit keine Einträge erfasst.",
  /** An entry without a place in a Gemeinde. */
  noPlace: "ohne Ortsangabe",
  stand: "Stand:",
  kinds: { angebot: "Angebot", einrichtung: "Einrichtung" },

  families: {
    title: "Für Familien",
    lead:
      "Wie alt ist Ihr Kind? Wählen Sie die Altersstufe: Die Links führen zu passenden Einträgen in der Suche, und Sie " +
      "können mit Ihrer Postleitzahl nach Angeboten in Ihrer Nähe suchen.",
    onThisPage: "Auf dieser Seite",
    jumpToServices: "Beratung und Hilfe",
    bands: {
      "0-3": { label: "0 bis 3 Jahre", title: "Krippe und Kindertagespflege", note: null },
      "3-6": { label: "3 bis 6 Jahre", title: "Kita und Kindergarten", note: null },
      "6-10": {
        label: "6 bis 10 Jahre",
        title: "Grundschule und Betreuung",
        // What the catalogue cannot answer for this band, said instead of faked.
        note:
          "Zur Betreuung von Grundschulkindern (Hort, Ganztag, Kernzeit) enthält der Katalog kaum Angaben. " +
          "Fragen Sie bei der Grundschule oder Ihrer Gemeinde nach.",
      },
      "10-16": { label: "10 bis 16 Jahre", title: "Weiterführende Schulen und Jugendarbeit", note: null },
      "16-25": { label: "16 bis 25 Jahre", title: "Ausbildung und Übergang in den Beruf", note: null },
    } satisfies Record<AgeBandId, { label: string; title: string; note: string | null }>,
    links: {
      krippen: "Krippen und Kitas",
      tagespflege: "Vermittlung von Kindertagespflege",
      "fruehe-hilfen": "Frühe Hilfen für Familien mit Babys",
      kitas: "Kitas und Kindergärten",
      "kultur-kita": "Musik, Kunst und Bücher für Kinder",
      "kita-schule": "Vom Kindergarten in die Schule",
      grundschulen: "Grundschulen",
      "kultur-grundschule": "Musik, Kunst und Lernorte für Kinder",
      sprachfoerderung: "Sprachförderung in der Grundschule",
      "weiterfuehrende-schulen": "Weiterführende Schulen",
      jugendhaeuser: "Jugendhäuser, Jugendtreffs und Mobile Jugendarbeit",
      jugendbeteiligung: "Jugendbeteiligung",
      "berufliche-schulen": "Berufliche Schulen und Gymnasien",
      "schule-beruf": "Programme im Übergang Schule–Beruf",
      berufsorientierung: "Berufsorientierung und Ausbildungsmessen",
      beratung: "Beratung nach Lebenslage: ohne Ausbildungsplatz, Abschluss nachholen …",
    } satisfies Record<BandLinkId, string>,
    hints: {
      withoutAge: "ohne Altersangabe im Katalog, daher ohne Altersfilter",
    } satisfies Record<BandLinkHint, string>,
    ageHint: (age: number) =>
      `Die Suchen mit Altersangabe sind auf ein Kind von ${number(age)} ${age === 1 ? "Jahr" : "Jahren"} eingestellt. ` +
      "In der Suche können Sie das Alter ändern.",
    nearby: {
      form: (band: string) => `In der Nähe suchen: ${band}`,
      label: "Postleitzahl oder Ort",
      placeholder: "z. B. 70806",
      submit: "In der Nähe suchen",
    },
    servicesTitle: "Beratung und Hilfe für Familien",
    servicesIntro:
      "Beratungsstellen und Hilfen, die der Katalog für Familien, Eltern, Kinder oder Schwangere nennt. Mehr über jede " +
      "Stelle, mit Quelle und Stand, finden Sie auf ihrer Seite.",
    services: {
      schwangerschaft: "Schwangerschaft",
      "fruehe-hilfen": "Frühe Hilfen: die ersten Lebensjahre",
      erziehungsberatung: "Erziehungs- und Familienberatung",
      jugendamt: "Jugendamt und Kindertagespflege",
      kinderschutz: "Kinderschutz",
      familienbildung: "Familienbildung und Familienzentren",
    } satisfies Record<FamilyServiceId, string>,
    transitions: { before: "Übergänge in Schule und Beruf: ", link: "Beratung nach Lebenslage", after: "." },
  },

  teachers: {
    title: "Für Lehrkräfte",
    lead:
      "Außerschulische Lernorte und Partner für Ihren Unterricht: Museen, Archive, Gedenkstätten, Bibliotheken, Musik- " +
      "und Kunstschulen und Schülerlabore im Landkreis Ludwigsburg.",
    form: "Lernorte auswählen",
    subject: "Fach",
    allSubjects: (n: number) => `Alle Fächer (${number(n)})`,
    subjectOption: (label: string, n: number) => `${label} (${number(n)})`,
    school: "Entfernung ab Ihrer Schule",
    noSchool: "Keine Schule gewählt",
    submit: "Anzeigen",
    gradeNote:
      "Nach Klassenstufe können wir nicht filtern: Die Quellen nennen sie nur bei wenigen Lernorten (etwa " +
      "„Grundschulklassen“ oder „alle Schularten“). Was ein Lernort dazu angibt, steht bei ihm unter „Zielgruppe“.",
    issues: {
      unknownSubject: (value: string) => `Das Fach ${quote(value)} kennen wir nicht; gezeigt werden alle Fächer.`,
      unknownSchool: (value: string) =>
        `Die Schule ${quote(value)} steht nicht im Katalog; die Liste ist nicht nach Entfernung sortiert.`,
    },
    heading: (n: number, subject: string | null, school: { title: string; place: string } | null) =>
      [
        `${number(n)} ${n === 1 ? "Lernort" : "Lernorte"}`,
        subject ? ` für ${subject}` : "",
        school ? `, nach Entfernung ab ${school.title} (${school.place})` : "",
      ].join(""),
    distanceNote: "Luftlinie. „ca.“: Die Lage des Lernorts ist nur auf die Gemeinde genau bekannt.",
    none: "Für dieses Fach ist kein Lernort erfasst.",
    showAll: "Alle Lernorte zeigen",
    away: (km: number, approximate: boolean) => `${distance(km, approximate)} entfernt`,
    subjectsOf: "Fächer:",
    targetGroup: "Zielgruppe laut Quelle:",
    subjects: {
      geschichte: "Geschichte",
      deutsch: "Deutsch und Literatur",
      musik: "Musik",
      kunst: "Kunst, Theater und Film",
      mint: "Naturwissenschaft und Technik (MINT)",
      politik: "Politik und Gesellschaft",
      medien: "Medienbildung",
    } satisfies Record<SubjectId, string>,
    selectionTitle: "Wie wir Lernorte auswählen",
    selection:
      "Der Katalog hat kein eigenes Merkmal „für Schulklassen“. Wir zeigen Einrichtungen aus Kultur und " +
      "Weiterbildung, die ihre Quelle als außerschulischen Lernort oder Schülerlabor führt, bei denen die Quelle " +
      "Schulklassen, Schulen oder Schülerinnen und Schüler als Zielgruppe nennt oder deren Beschreibung Angebote für " +
      "Schulklassen oder eine Zusammenarbeit mit Schulen nennt.",
    subjectsFrom: (otherCulture: number) => ({
      before:
        "Die Fächer leiten wir aus der Art der Einrichtung und den Worten ihrer Beschreibung ab, zum Beispiel Archive und " +
        `Gedenkstätten für Geschichte oder Musikschulen für Musik. Bei weiteren ${number(otherCulture)} Kultureinrichtungen sagen ` +
        "die Quellen nichts über Angebote für Schulklassen; Sie finden sie in der ",
      link: "Suche nach Kultur",
      after: ".",
    }),
    programmesTitle: "Programme und Fortbildung",
    programmes: {
      forTeachers: "Programme und Stellen für Lehrkräfte",
      training: "Fortbildung und Weiterbildung für Lehrkräfte",
      projects: "Alle Projekte und Programme",
    },
  },

  counselling: {
    title: "Beratung und Übergänge",
    lead:
      "Programme und Stellen für die Übergänge vom Kindergarten in die Schule und von der Schule in den Beruf, geordnet " +
      "nach der Lage des Kindes oder jungen Menschen. Für Eltern, Jugendliche und alle, die sie beraten.",
    situationsNav: "Lebenslagen",
    parts: {
      jugendliche: "Jugendliche und junge Erwachsene",
      kinder: "Kinder in Kita und Grundschule",
      fachkraefte: "Für Fachkräfte: Koordination im Übergang",
    } satisfies Record<SituationPartId, string>,
    situations: {
      "ohne-ausbildungsplatz": {
        title: "Noch ohne Ausbildungsplatz",
        intro: "Programme und Stellen, die laut Quelle bei der Suche nach einem Ausbildungsplatz helfen.",
      },
      "schulabschluss-nachholen": {
        title: "Schulabschluss nachholen",
        intro: "Wege zu einem Schulabschluss, wie die Einträge sie nennen.",
      },
      "neu-zugewandert": {
        title: "Neu zugewandert",
        intro: "Deutsch lernen und ankommen: Vorbereitungsklassen, VABO, Sprach- und Kulturmittler.",
      },
      "beruf-finden": {
        title: "Einen Beruf finden und ausprobieren",
        intro: "Berufsorientierung, Praktika, Ausbildungsmessen und Berufsberatung.",
      },
      "vor-der-einschulung": { title: "Vor der Einschulung", intro: "Der Übergang vom Kindergarten in die Grundschule." },
      "deutsch-lernen": {
        title: "Unterstützung beim Deutschlernen",
        intro: "Sprachförderung in Kita und Schule und Materialien für die Sprachförderung.",
      },
      koordination: {
        title: "Netzwerke und Koordination",
        intro: "Wer im Landkreis die Arbeit im Übergang Schule–Beruf abstimmt.",
      },
    } satisfies Record<SituationId, { title: string; intro: string }>,
    sites: (programme: string) => `Schulen, deren Eintrag ${programme} nennt:`,
    moreTitle: "Mehr zu den Übergängen",
    theme: (title: string) => `${title}: was die Bildungsregion tut`,
    allInSearch: "Alle Einträge für Beratung und Übergang in der Suche",
  },

  themes: {
    /** The meta title of a theme page: the theme, then the Bildungsregion. */
    metaTitle: (title: string) => `${title} – Bildungsregion`,
    pages: {
      "uebergang-kita-schule": { title: "Übergang Kindergarten–Schule", institutions: null },
      "sprachfoerderung-grundschule": { title: "Sprachförderung in der Grundschule", institutions: null },
      "uebergang-schule-beruf": { title: "Übergang Schule–Beruf", institutions: "Einrichtungen im Übergang Schule–Beruf" },
    } satisfies Record<ThemeSlug, { title: string; institutions: string | null }>,
    /** Only what the product owner has confirmed about the Bildungsregion. */
    facts: {
      kitaSchule:
        "Der Übergang vom Kindergarten in die Grundschule ist einer der Schwerpunkte der Bildungsregion Landkreis " +
        "Ludwigsburg. Die Bildungsregion will die Übergänge von der frühkindlichen Bildung bis in das Berufsleben gestalten.",
      sprachfoerderung:
        "Die Sprachförderung in der Grundschule ist einer der Schwerpunkte der Bildungsregion Landkreis Ludwigsburg. " +
        "Die Bildungsregion vernetzt alle, die Bildung gestalten: Kitas, Schulen, Jugendhilfe und Jugendarbeit, " +
        "Kultureinrichtungen, Weiterbildung und Wirtschaft.",
      schuleBeruf: "Der Übergang von der Schule in den Beruf ist einer der Schwerpunkte der Bildungsregion Landkreis Ludwigsburg.",
      ruem: "Seit dem 1. September 2017 gibt es im Landkreis das Regionale Übergangsmanagement (RÜM).",
      avdual:
        "Die Ausbildungsvorbereitung dual (AV dual) gibt es an der Robert-Franck-Schule seit dem Schuljahr 2017/18 " +
        "und an der Mathilde-Planck-Schule seit dem Schuljahr 2018/19.",
      bodies:
        "Zu jedem Schwerpunkt gibt es eine Projektgruppe. Die Regionale Steuergruppe unter Vorsitz des Landrats legt die " +
        "Strategie fest; das Bildungsbüro ist die Geschäftsstelle der Bildungsregion und setzt die Beschlüsse mit den " +
        "Projektgruppen um.",
    } satisfies Record<ThemeFactId, string>,
    searches: {
      kitas: "Kitas und Kindergärten",
      grundschulen: "Grundschulen",
      integration: "Angebote zur Integration",
      berufsorientierung: "Berufsorientierung und Ausbildungsmessen",
    } satisfies Record<ThemeSearchId, string>,
    whatTitle: "Was die Bildungsregion tut",
    projektgruppeTitle: "Die Projektgruppe",
    noProjektgruppe: "Zur Projektgruppe enthält der Katalog zurzeit keinen Eintrag.",
    programmesTitle: "Programme und Angebote zum Thema",
    listTitle: (title: string, total: number) => `${title} (${number(total)})`,
    openAll: (total: number) => `Alle ${number(total)} in der Suche öffnen`,
    openInSearch: "In der Suche öffnen",
    furtherTitle: "Weiter suchen",
    entries: (n: number) => `${number(n)} ${n === 1 ? "Eintrag" : "Einträge"}`,
    situation: (title: string) => `Beratung: ${title}`,
    otherTheme: (title: string) => `Schwerpunkt ${title}`,
  },

  region: {
    title: "Bildungsregion Landkreis Ludwigsburg",
    lead:
      "Seit dem 1. Januar 2011 ist der Landkreis Ludwigsburg Bildungsregion. Er nimmt am Landesprogramm " +
      "Bildungsregionen des Landes Baden-Württemberg teil, an dem 28 der 44 Stadt- und Landkreise beteiligt sind.",
    aimsTitle: "Was die Bildungsregion will",
    networkIntro: "Die Bildungsregion vernetzt alle, die Bildung gestalten:",
    network: ["Kindertageseinrichtungen", "Schulen", "Jugendhilfe und Jugendarbeit", "Kultureinrichtungen", "Weiterbildung", "Wirtschaft"],
    aimsIntro: "Ihre Ziele sind:",
    aims: [
      "die Akteure der Bildung miteinander vernetzen,",
      "Bildungseinrichtungen unterstützen,",
      "Projekte anstoßen und verbreiten,",
      "die Übergänge von der frühkindlichen Bildung bis in das Berufsleben gestalten.",
    ],
    steeringTitle: "Wer die Bildungsregion steuert",
    steeringGroup: {
      title: "Regionale Steuergruppe",
      text: "Die Regionale Steuergruppe unter Vorsitz des Landrats legt die Strategie der Bildungsregion fest.",
    },
    office: {
      title: "Bildungsbüro",
      text: "Das Bildungsbüro ist die Geschäftsstelle der Bildungsregion.",
      website: "Webseite",
      phone: "Telefon",
      source: "Quelle",
      stand: "Stand",
    },
    projectGroups: {
      title: "Projektgruppen",
      text:
        "Zu jedem Schwerpunkt gibt es eine Projektgruppe. Mit ihnen setzt das Bildungsbüro die Beschlüsse der " +
        "Steuergruppe um.",
    },
    focusTitle: "Schwerpunkte",
    ruem: "Im Übergang Schule–Beruf gibt es seit dem 1. September 2017 das Regionale Übergangsmanagement (RÜM).",
    allProjects: { before: "Alle Programme und Projekte im Katalog: ", link: "Projekte und Programme", after: "." },
    figuresTitle: "Das Netzwerk in Zahlen",
    figures: (f: { total: number; institutions: number; offers: number; withEntries: number; municipalities: number; withoutMunicipality: number }) =>
      `Im Portal sind ${number(f.total)} Einträge erfasst: ${number(f.institutions)} Einrichtungen und ` +
      `${number(f.offers)} Programme und Projekte. ${number(f.withEntries)} der ${number(f.municipalities)} Städte und ` +
      `Gemeinden haben mindestens einen Eintrag; ${number(f.withoutMunicipality)} Einträge haben keinen Ort in einer Gemeinde.`,
    figuresNote: {
      before:
        "Die Zahlen zeigen, was der Katalog enthält, nicht alle Bildungseinrichtungen im Landkreis: Die Liste der " +
        "allgemeinbildenden Schulen hat den Stand 2015, und Kitas sind nur zum Teil erfasst. Mehr dazu unter ",
      link: "Datenquellen",
      after: ".",
    },
    bySectorCaption: "Einrichtungen und Programme nach Bereich",
    byMunicipalityCaption: "Einträge nach Gemeinde und Bereich",
    sector: "Bereich",
    institutions: "Einrichtungen",
    programmes: "Programme",
    together: "Zusammen",
    municipality: "Gemeinde",
    allMunicipalities: "Alle Gemeinden",
    perThousand: { before: "Einträge je 1.000 Einwohnerinnen und Einwohner und eine Karte: ", link: "Gemeinden", after: "." },
  },

  projects: {
    title: "Projekte und Programme",
    lead:
      "Programme, Projekte und Netzwerke der Bildung im Landkreis Ludwigsburg, wie der Katalog sie kennt: von der " +
      "Bildungsregion und ihren Projektgruppen bis zu Ausbildungsmessen.",
    form: "Projekte durchsuchen",
    words: "Suchwort",
    wordsPlaceholder: "z. B. Sprache, Ausbildung, Musik",
    topic: "Thema",
    allTopics: "Alle Themen",
    submit: "Filtern",
    unknownTopic: "Dieses Thema kennen wir nicht; gezeigt werden alle Themen.",
    heading: (shown: number, total: number, filtered: boolean, q: string, topic: string | null) =>
      (filtered ? `${number(shown)} von ${number(total)} Projekten und Programmen` : `${number(total)} Projekte und Programme`) +
      (q ? ` für ${quote(q)}` : "") +
      (topic ? ` zum Thema ${topic}` : ""),
    showAll: "Alle zeigen",
    nothingFound: "Nichts gefunden. Versuchen Sie ein anderes Wort oder ein anderes Thema.",
    topics: "Themen:",
    inSearch: { before: "Programme zusammen mit Einrichtungen, auf der Karte und nach Entfernung: ", link: "Programme in der Suche", after: "." },
  },
};
