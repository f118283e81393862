// German UI texts: the home page, the search page and its parts (form, suggestions, facets,
// result cards, location), and the messages about search parameters. Text around a link is
// split into `before`, `link` and `after`, since languages order the words differently.
import { formatApproximateDistance, formatDistance } from "~/search/places";

const number = (n: number) => n.toLocaleString("de-DE");
const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;
const quote = (text: string) => `„${text}“`;

export const search = {
  number,
  quote,
  /** "850 m", "1,2 km", "12 km" */
  distance: formatDistance,
  /** For positions known only to the Gemeinde: "ca. 3 km", "ca. unter 1 km". */
  approximateDistance: formatApproximateDistance,

  home: {
    title: "Bildung im Landkreis Ludwigsburg finden",
    lead: "Kitas, Schulen, Jugendhilfe, Kultur und Weiterbildung in den 39 Städten und Gemeinden des Landkreises – an einem Ort durchsuchbar.",
    entryPointsTitle: "Womit können wir helfen?",
    entryPoints: {
      families: { title: "Für Familien", text: "Krippe, Kita, Schule und Beratung – nach dem Alter Ihres Kindes" },
      teachers: { title: "Für Lehrkräfte", text: "Außerschulische Lernorte für Ihre Klasse, nach Fach und Entfernung" },
      counselling: { title: "Beratung und Übergänge", text: "Programme zwischen Kita, Schule und Beruf, nach Lebenslage" },
    },
    sectorsTitle: "Bereiche",
    regionTitle: "Die Bildungsregion Landkreis Ludwigsburg",
    regionText:
      "Seit 2011 ist der Landkreis Ludwigsburg Bildungsregion im Landesprogramm Bildungsregionen des Landes Baden-Württemberg. Die Bildungsregion vernetzt alle, die Bildung gestalten: Kitas, Schulen, Jugendhilfe und Jugendarbeit, Kultureinrichtungen, Weiterbildung und Wirtschaft. Eine Regionale Steuergruppe unter Vorsitz des Landrats legt die Strategie fest, das Bildungsbüro setzt sie um.",
    regionFocus: "Ihre Schwerpunkte sind die Übergänge:",
    themes: {
      kitaSchool: "Übergang Kindergarten – Schule",
      language: "Sprachförderung in der Grundschule",
      schoolWork: "Übergang Schule – Beruf",
      schoolWorkMore: ", mit dem Regionalen Übergangsmanagement (RÜM) und der Ausbildungsvorbereitung dual (AVdual)",
    },
    moreRegion: "Mehr zur Bildungsregion",
    projects: "Projekte und Programme",
    municipalitiesTitle: "Städte und Gemeinden",
    dataNote: {
      before:
        "Die Daten stammen aus offenen und öffentlichen Quellen mit unterschiedlichem Stand; die Angaben zu allgemeinbildenden Schulen haben den Stand der Schulstatistik 2015. Details unter ",
      link: "Datenquellen",
      after: ".",
    },
  },

  form: {
    label: "Suchbegriff",
    placeholder: "z. B. Kita Kornwestheim, Gymnasium Marbach, Musikschule",
    submit: "Suchen",
    hint: "Name, Art der Einrichtung oder Gemeinde – zum Beispiel „Grundschule Asperg“.",
  },

  suggestions: {
    label: "Vorschläge",
    groups: { eintraege: "Einträge", gemeinden: "Gemeinden", bereiche: "Bereiche" },
    districtWide: "landkreisweit",
    status: (n: number) => (n === 0 ? "Keine Vorschläge" : n === 1 ? "1 Vorschlag" : `${number(n)} Vorschläge`),
  },

  page: {
    title: "Suche",
    /** The part of the page title before the site name. */
    metaTitle: (q: string) => (q ? `${quote(q)} – Suche` : "Suche"),
    refine: "Ort, Umkreis, Sortierung und Alter",
    locationForm: "Ort, Umkreis und Alter",
    ort: "Ort oder Postleitzahl",
    ortPlaceholder: "z. B. 71634 oder Tamm",
    radius: "Umkreis",
    anyRadius: "beliebig",
    km: (km: number) => `${number(km)} km`,
    sort: "Sortierung",
    sorts: { relevanz: "Relevanz", entfernung: "Entfernung", name: "Name" },
    age: "Alter (Jahre)",
    apply: "Anwenden",
    ortUnknownField: "Diesen Ort kennen wir nicht. Bitte eine Postleitzahl oder Gemeinde im Landkreis angeben.",
    issuesIntro: "Einige Angaben konnten nicht verwendet werden und wurden ignoriert:",
    ortChoices: (postcode: string) => `Die Postleitzahl ${postcode} gehört zu mehreren Gemeinden. Welche meinen Sie?`,
    ortUnknown: (ort: string) =>
      `Den Ort ${quote(ort)} kennen wir nicht. Geben Sie eine Postleitzahl oder eine Gemeinde im Landkreis Ludwigsburg an.`,
    recognised: (text: string, names: string[]) => `${quote(text)} verstanden als Gemeinde ${names.join(" oder ")}.`,
    useAsWord: "Stattdessen als Suchwort verwenden",
    activeFilters: "Aktive Filter:",
    removeFilter: (text: string) => `Filter ${text} entfernen`,
    resetFilters: "Alle Filter zurücksetzen",
    ageChip: (age: number) => `Alter: ${age} Jahre`,
    originChip: (label: string, radiusKm: number | null) => (radiusKm ? `Bis ${radiusKm} km um ${label}` : `Nähe ${label}`),
    bboxChip: "Kartenausschnitt",
    degraded: {
      title: "Die Suche ist vorübergehend nicht verfügbar",
      text: "Die Suche ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.",
      browse: { before: "Sie können die Einträge auch nach ", link: "Gemeinden", after: " durchsehen." },
    },
    view: "Ansicht",
    list: "Liste",
    map: "Karte",
    allEntries: (total: number) => `Alle ${count(total, "Eintrag", "Einträge")}`,
    noResults: (q: string) => `Keine Treffer${q ? ` für ${quote(q)}` : ""}`,
    results: (total: number, q: string) => `${count(total, "Treffer", "Treffer")}${q ? ` für ${quote(q)}` : ""}`,
    didYouMean: { before: "Meinten Sie ", after: "?" },
    distancesFrom: (label: string, approximate: boolean) =>
      `Entfernungen ab ${label}${approximate ? " (Ortsmitte, ungefähr)" : ""}, Luftlinie.`,
    help: "So finden Sie eher etwas:",
    helpSpelling: "Prüfen Sie die Schreibweise oder verwenden Sie ein allgemeineres Wort (z. B. „Schule“ statt „Realschule“).",
    helpWithout: (chip: string) => `Ohne Filter ${quote(chip)} suchen`,
    helpPlaceAsWord: "Ortsnamen als Suchwort verwenden",
    pageOf: (page: number, total: number) => `Seite ${number(page)} von ${number(total)}`,
    pages: "Seiten",
    previous: "← Vorherige Seite",
    next: "Nächste Seite →",
    mapPanel: "Karte",
    mapCaption:
      "Die Karte zeigt alle Treffer mit bekannter Lage, nicht nur diese Seite. Alle Einträge stehen auch in der Liste.",
    facetsLabel: "Ergebnisse eingrenzen",
    facetsTitle: "Eingrenzen",
    facets: { kategorie: "Bereich", typ: "Art", thema: "Thema", zielgruppe: "Zielgruppe", art: "Eintrag", gemeinde: "Gemeinde" },
  },

  facet: {
    option: (label: string, n: number, active: boolean) => `${label}, ${n} ${n === 1 ? "Treffer" : "Treffer"}${active ? ", ausgewählt" : ""}`,
    more: (n: number) => `${number(n)} weitere anzeigen`,
  },

  card: {
    away: (distance: string) => `${distance} entfernt`,
    approximateTitle: "Die Lage ist nur ungefähr bekannt",
    districtWide: "Landkreisweites Angebot",
    approximate: "Lage ungefähr",
    stand: "Stand:",
  },

  locate: {
    use: "Meinen Standort verwenden",
    asking: "Standort wird ermittelt …",
    hint: "Damit zeigen wir Einträge in Ihrer Nähe, die nächsten zuerst. Ihr Browser fragt Sie vorher; der Standort wird auf etwa 100 m gerundet, nur für diese Suche verwendet und nicht gespeichert.",
    failed:
      "Ihr Standort ist nicht verfügbar oder wurde nicht freigegeben. Das ist in Ordnung: Geben Sie stattdessen eine Postleitzahl oder Gemeinde ein.",
  },

  /** The origin of distances when the browser gave the position. */
  yourLocation: "Ihr Standort",

  /** Why a search parameter was ignored (ParamIssue messages). Values come shortened and cleaned. */
  issues: {
    queryTooLong: (max: number) => `Der Suchbegriff ist zu lang (höchstens ${max} Zeichen).`,
    kategorie: (value: string) => `Die Kategorie ${quote(value)} gibt es nicht.`,
    typ: (value: string) => `Die Art ${quote(value)} gibt es im Katalog nicht.`,
    thema: (value: string) => `Das Thema ${quote(value)} gibt es nicht.`,
    zielgruppe: (value: string) => `Die Zielgruppe ${quote(value)} gibt es nicht.`,
    art: (value: string) => `${quote(value)} ist keine Art von Eintrag (einrichtung, angebot).`,
    gemeinde: (value: string) => `Die Gemeinde ${quote(value)} liegt nicht im Landkreis Ludwigsburg.`,
    alter: (value: string) => `${quote(value)} ist kein Alter (0 bis 99 Jahre).`,
    seite: (value: string, max: number) => `${quote(value)} ist keine gültige Seitenzahl (1 bis ${max}).`,
    umkreis: (value: string, radii: readonly number[]) => `${quote(value)} ist kein möglicher Umkreis (${radii.join(", ")} km).`,
    sort: (value: string) => `Die Sortierung ${quote(value)} gibt es nicht.`,
    ortTooLong: (max: number) => `Der Ort ist zu lang (höchstens ${max} Zeichen).`,
    coordinate: (value: string) => `${quote(value)} ist keine Koordinate.`,
    latLngPair: "Für einen Standort braucht es Breite und Länge (lat und lng).",
    locationOutside: "Der Standort liegt nicht im Landkreis Ludwigsburg oder seiner Umgebung.",
    bboxMalformed: (value: string) => `${quote(value)} ist kein Kartenausschnitt (bbox=West,Süd,Ost,Nord in Grad).`,
    bboxInvalid: "Der Kartenausschnitt enthält ungültige Koordinaten (Länge −180 bis 180, Breite −90 bis 90).",
    bboxInverted: "Im Kartenausschnitt muss West kleiner als Ost und Süd kleiner als Nord sein.",
    bboxTooLarge: (maxDeg: number) => `Der Kartenausschnitt ist zu groß (höchstens ${number(maxDeg)} Grad in jede Richtung).`,
    bboxOutside: "Der Kartenausschnitt liegt nicht im Landkreis Ludwigsburg oder seiner Umgebung.",
    ansicht: (value: string) => `Die Ansicht ${quote(value)} gibt es nicht (liste, karte).`,
    radiusNeedsPlace: "Ein Umkreis braucht einen Ort oder Standort.",
    distanceNeedsPlace: "Nach Entfernung sortieren geht nur mit einem Ort oder Standort.",
  },
};
