import type { common as german } from "../de/common";

export const common: typeof german = {
  siteName: "Education Portal",
  siteRegion: "District of Ludwigsburg",
  title: (page) => (page ? `${page} – Education Portal, District of Ludwigsburg` : "Education Portal, District of Ludwigsburg"),
  description:
    "Find day care, schools, youth services, culture and adult education in the district of Ludwigsburg – the search portal of the Bildungsregion.",
  skipLink: "Skip to content",
  mainNavigation: "Main navigation",
  nav: {
    search: "Search",
    families: "Families",
    teachers: "Teachers",
    counselling: "Guidance",
    municipalities: "Towns",
    region: "Bildungsregion",
    merkliste: "Saved list",
  },
  footerNavigation: "Service and legal",
  footer: {
    themeKitaSchool: "From day care to school",
    themeLanguage: "Language support in primary school",
    themeSchoolWork: "From school to work",
    projects: "Projects and programmes",
    sources: "Data sources",
    imprint: "Legal notice (Impressum)",
    privacy: "Privacy",
    accessibility: "Accessibility",
    easyLanguage: "Easy German (Leichte Sprache)",
  },
  footerAbout:
    "Education portal of the Bildungsregion Landkreis Ludwigsburg. This site sets no cookies and uses no tracking.",
  footerAttribution:
    "Municipal boundaries, population and area: © GeoBasis-DE / BKG (2025), data modified, dl-de/by-2-0. Postcodes: © OpenStreetMap contributors (ODbL 1.0). School data: Statistisches Landesamt Baden-Württemberg, school directory 2015, prepared by Datenschule / OKF Deutschland.",
  allSources: "All data sources and licences",
  otherLanguage: { label: "Deutsch", title: "Diese Seite auf Deutsch" },
  errors: {
    400: { title: "Invalid request", text: "The request contains details we cannot process." },
    404: { title: "Page not found", text: "This page does not exist or no longer exists." },
    503: {
      title: "Temporarily unavailable",
      text: "This service cannot be reached at the moment. Please try again in a few minutes.",
    },
    other: {
      title: "Something went wrong",
      text: "Please try again. If the error persists, please try again later.",
    },
    home: "To the home page",
    search: "To the search",
  },
};
