// German UI texts shared by every page: header, navigation, footer, errors, page titles.
export const common = {
  siteName: "Bildungsportal",
  siteRegion: "Landkreis Ludwigsburg",
  title: (page?: string) => (page ? `${page} – Bildungsportal Landkreis Ludwigsburg` : "Bildungsportal Landkreis Ludwigsburg"),
  description:
    "Kitas, Schulen, Jugendhilfe, Kultur und Weiterbildung im Landkreis Ludwigsburg finden – das Suchportal der Bildungsregion.",
  skipLink: "Zum Inhalt springen",
  mainNavigation: "Hauptnavigation",
  nav: {
    search: "Suche",
    families: "Familien",
    teachers: "Lehrkräfte",
    counselling: "Beratung",
    municipalities: "Gemeinden",
    region: "Bildungsregion",
    merkliste: "Merkliste",
  },
  footerNavigation: "Service und Rechtliches",
  footer: {
    themeKitaSchool: "Übergang Kita–Schule",
    themeLanguage: "Sprachförderung Grundschule",
    themeSchoolWork: "Übergang Schule–Beruf",
    projects: "Projekte und Programme",
    sources: "Datenquellen",
    imprint: "Impressum",
    privacy: "Datenschutz",
    accessibility: "Barrierefreiheit",
    easyLanguage: "Leichte Sprache",
  },
  footerAbout: "Bildungsportal der Bildungsregion Landkreis Ludwigsburg. Diese Seite setzt keine Cookies und verwendet kein Tracking.",
  footerAttribution:
    "Gemeindegrenzen, Einwohner und Fläche: © GeoBasis-DE / BKG (2025), Daten verändert, dl-de/by-2-0. Postleitzahlen: © OpenStreetMap-Mitwirkende (ODbL 1.0). Schuldaten: Statistisches Landesamt Baden-Württemberg, Schulverzeichnis 2015, aufbereitet von Datenschule / OKF Deutschland.",
  allSources: "Alle Datenquellen und Lizenzen",
  /** The link to the other language, written in that language. */
  otherLanguage: { label: "English", title: "This page in English" },
  errors: {
    400: { title: "Ungültige Anfrage", text: "Die Anfrage enthält Angaben, die wir nicht verarbeiten können." },
    404: { title: "Seite nicht gefunden", text: "Diese Seite gibt es nicht oder nicht mehr." },
    503: {
      title: "Vorübergehend nicht verfügbar",
      text: "Dieser Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.",
    },
    other: {
      title: "Ein Fehler ist aufgetreten",
      text: "Bitte versuchen Sie es erneut. Wenn der Fehler bleibt, versuchen Sie es später noch einmal.",
    },
    home: "Zur Startseite",
    search: "Zur Suche",
  },
};
