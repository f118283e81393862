import { legal as german } from "../de/legal";

export const legal: typeof german = {
  translationNote: {
    text: "This is an English translation for your convenience. Only the German version is legally binding.",
    link: "Read the German version",
  },

  imprint: {
    title: "Legal notice (Impressum)",
    missing: (setting) => `Not yet provided (setting ${setting})`,
    incomplete: {
      strong: "The legal notice is not yet complete.",
      text: "The operator of the portal has not yet entered all the required details. Missing details are marked below.",
    },
    provider: "Provider",
    providerBasis: "Information according to § 5 of the German Digital Services Act (Digitale-Dienste-Gesetz, DDG):",
    representedBy: "Represented by",
    email: "Email",
    phone: "Phone",
    contentResponsible: "Responsible for the content according to § 18 (2) of the German Interstate Media Treaty (Medienstaatsvertrag)",
    contentTitle: "Content and data sources",
    content: {
      before:
        "The portal brings together information from open and public sources. Each entry states its source, licence and " +
        "date; all data sets are described on the page ",
      link: "Data sources",
      after:
        ". The information has not been checked with the institutions and may be out of date. The institutions' own " +
        "information is what counts.",
    },
    linksTitle: "Links to other websites",
    links:
      "Entries link to the institutions' websites and to the sources. The providers of those websites are responsible " +
      "for their content.",
  },

  privacy: {
    title: "Privacy",
    lead:
      "In short: the portal sets no cookies, uses no tracking and no analytics services, and does not store who searches " +
      "for what.",
    controllerTitle: "Controller",
    controller: "The controller responsible for processing is the operator of the portal:",
    controllerMissing: "not yet provided (see the legal notice)",
    moreInImprint: { before: ". You will find further details in the ", link: "legal notice (Impressum)", after: "." },
    requestTitle: "What happens when you open a page",
    request: [
      "As with every website, your browser sends your IP address, the address you open (for a search, including the " +
        "search terms) and technical details such as the browser type. The portal's web server needs them to deliver " +
        "the page.",
      {
        before: "The portal's web server keeps ",
        strong: "no access log",
        after: ": it stores no IP addresses and only logs technical errors, without IP addresses.",
      },
      "For the planning of the Bildungsbüro the portal counts searches on the results page: per day only the normalised " +
        "search term (lower case, at most 100 characters), how often it was searched and how often without results. " +
        "Terms with e-mail addresses or long digit runs (such as phone numbers) are not counted. Nothing links them to an " +
        "IP address, a browser or a time of day; the figures are deleted after 90 days.",
      "The portal's search engine (Meilisearch) runs on the same server and only logs warnings and errors, not " +
        "requests.",
      "If the operator runs a web server or proxy in front of the portal, it may log requests. The operator must state " +
        "here what such logs contain and how long they are kept.",
    ],
    storageTitle: "Cookies and local storage",
    storage: {
      before:
        "The portal sets no cookies. Only editors who sign in to the back office (/admin) get two strictly necessary " +
        "cookies for the sign-in and for protecting its forms. The ",
      link: "saved list (Merkliste)",
      after:
        " stores the entries you save only in your browser (localStorage). They are not sent to the server unless you " +
        "open the list yourself via the “Share the list” link. You can empty the list at any time or delete the site data in " +
        "your browser.",
    },
    locationTitle: "Your location",
    location:
      "Only if you click “Use my location” does your browser ask you whether it may tell the portal your location. If " +
      "you agree, the position is rounded to about 100 m and sent to the server as part of the search address to " +
      "calculate distances. It is not stored, and answers with a location must not be kept in shared caches.",
    mapsTitle: "Maps",
    tiles: (host) => ({
      before: "The maps load map tiles from ",
      strong: host,
      after:
        ". This service receives your IP address, details of your browser and the map section shown. The operator must " +
        "add details of this service and its data processing here.",
    }),
    noTiles:
      "The maps only draw the boundaries of the district and its towns from the portal's own data. No data is sent to " +
      "other providers; no map tiles are loaded from other servers.",
    thirdPartiesTitle: "No third-party services",
    thirdParties:
      "The portal loads no fonts, scripts or images from other servers and embeds no social media services. Links to " +
      "the websites of institutions and sources only take you there when you click them.",
    rightsTitle: "Your rights",
    rights:
      "You have the right to access, rectification, erasure and restriction of processing of your data, and the right " +
      "to object (Articles 15 to 21 of the General Data Protection Regulation). Please contact the operator. You can " +
      "also complain to a data protection supervisory authority; in Baden-Württemberg this is the State Commissioner " +
      "for Data Protection and Freedom of Information (Landesbeauftragter für den Datenschutz und die " +
      "Informationsfreiheit).",
  },

  accessibility: {
    title: "Accessibility statement",
    operatorMissing: "The operator (not yet provided)",
    scope:
      " endeavours to make the Bildungsportal Landkreis Ludwigsburg accessible in accordance with § 10 (1) of the " +
      "Baden-Württemberg state law on equal opportunities for people with disabilities (Landes-" +
      "Behindertengleichstellungsgesetz, L-BGG). This statement applies to the website of the Bildungsportal.",
    complianceTitle: "Compliance status",
    compliance: {
      before: "Because of the incompatibilities listed below, this website is ",
      strong: "partially",
      after: " compliant with § 10 (1) L-BGG.",
    },
    nonAccessibleTitle: "Non-accessible content",
    incompatibilitiesTitle: "Incompatibilities with § 10 (1) L-BGG",
    signLanguage: {
      before: "There are no explanations in German Sign Language yet. Explanations in ",
      link: "Easy German (Leichte Sprache)",
      after: " are available.",
    },
    incompatibilities: [
      "The maps are an addition: every entry on a map is also in the list next to it. On the maps themselves, markers " +
        "can be reached with the keyboard; groups of many entries close together, however, have to be zoomed into step " +
        "by step. Moving a map without a mouse is possible with the arrow keys, but tedious.",
      "Some of the data comes from older sources (for example the 2015 school statistics). This affects how up to date " +
        "the content is, not its accessibility; you can report outdated details via “Details out of date?” on every " +
        "entry page once the operator has provided an address for it.",
      "The details of the entries (names, descriptions, addresses) exist in German only. On the English pages they " +
        "are marked as German.",
    ],
    preparationTitle: "Preparation of this statement",
    prepared: (date) =>
      `This statement was prepared on ${date.toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" })}.`,
    method:
      "The statements are based on a self-assessment: automated checks with axe-core (WCAG 2.1, levels A and AA) for " +
      "every page type with every change, tests of the main tasks with the keyboard only, and a check of the layout at " +
      "a width of 320 pixels and 200 % zoom. An assessment by an independent testing body (BITV test) has not yet taken " +
      "place.",
    feedbackTitle: "Feedback and contact details",
    feedback:
      "Have you noticed barriers to accessing content? Or do you need information that is not accessible in another " +
      "form? Then please get in touch:",
    email: "Email:",
    emailSubject: "Accessibility – Bildungsportal",
    emailMissing: "not yet provided (setting FEEDBACK_EMAIL)",
    phone: "Phone:",
    enforcementTitle: "Enforcement procedure",
    enforcement:
      "If you do not receive a satisfactory answer to your feedback, you can contact the Commissioner of the " +
      "Baden-Württemberg State Government for the Concerns of People with Disabilities (Beauftragte oder Beauftragter " +
      "der Landesregierung für die Belange von Menschen mit Behinderungen).",
  },

  easyLanguage: {
    title: "Easy German (Leichte Sprache)",
    intro:
      "This page explains the portal in Easy German (Leichte Sprache): short sentences and simple words. Easy German is " +
      "a form of German, so the text below is in German.",
    // Leichte Sprache is German by nature: the English page shows the German text, marked lang="de".
    text: german.easyLanguage.text,
  },
};
