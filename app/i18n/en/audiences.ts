import type { audiences as german } from "../de/audiences";

const number = (n: number) => n.toLocaleString("en-GB");
const quote = (text: string) => `“${text}”`;
const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** "1.2 km", "350 m"; positions known only to the town: "about 3 km", "less than 1 km". */
function distance(km: number, approximate: boolean) {
  if (approximate) return km < 1 ? "less than 1 km" : `about ${number(Math.round(km))} km`;
  if (km < 1) return `${Math.max(10, Math.round((km * 1000) / 10) * 10)} m`;
  if (km < 10) return `${km.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`;
  return `${number(Math.round(km))} km`;
}

export const audiences: typeof german = {
  number,
  quote: { open: "“", close: "”" },
  breadcrumbs: "Breadcrumbs",
  notFound: "Not found",
  inCatalogue: "In the catalogue:",
  noEntries: "The catalogue currently has no entries on this.",
  noPlace: "no place given",
  stand: "As of:",
  kinds: { angebot: "Programme", einrichtung: "Institution" },

  families: {
    title: "For families",
    lead:
      "How old is your child? Choose the age group: the links lead to matching entries in the search, and you can " +
      "enter your postcode to find services near you.",
    onThisPage: "On this page",
    jumpToServices: "Advice and support",
    bands: {
      "0-3": { label: "0 to 3 years", title: "Nursery (Krippe) and childminding", note: null },
      "3-6": { label: "3 to 6 years", title: "Day care and kindergarten", note: null },
      "6-10": {
        label: "6 to 10 years",
        title: "Primary school and childcare",
        note:
          "The catalogue has hardly any information on care for primary school children (after-school care, all-day " +
          "school, Kernzeit). Please ask the primary school or your town.",
      },
      "10-16": { label: "10 to 16 years", title: "Secondary schools and youth work", note: null },
      "16-25": { label: "16 to 25 years", title: "Vocational training and starting work", note: null },
    },
    links: {
      krippen: "Nurseries and day care centres",
      tagespflege: "Finding a childminder (Kindertagespflege)",
      "fruehe-hilfen": "Early support (Frühe Hilfen) for families with babies",
      kitas: "Day care centres and kindergartens",
      "kultur-kita": "Music, art and books for children",
      "kita-schule": "From kindergarten to school",
      grundschulen: "Primary schools",
      "kultur-grundschule": "Music, art and places to learn for children",
      sprachfoerderung: "Language support in primary school",
      "weiterfuehrende-schulen": "Secondary schools",
      jugendhaeuser: "Youth centres, youth clubs and street-based youth work",
      jugendbeteiligung: "Youth participation",
      "berufliche-schulen": "Vocational schools and Gymnasien",
      "schule-beruf": "Programmes for the move from school to work",
      berufsorientierung: "Career orientation and apprenticeship fairs",
      beratung: "Guidance by situation: no apprenticeship yet, catching up on a qualification …",
    },
    hints: {
      withoutAge: "no ages in the catalogue, so no age filter",
    },
    ageHint: (age) =>
      `The searches with an age are set for a child of ${count(age, "year", "years")}. You can change the age in the search.`,
    nearby: {
      form: (band) => `Search nearby: ${band}`,
      label: "Postcode or town",
      placeholder: "e.g. 70806",
      submit: "Search nearby",
    },
    servicesTitle: "Advice and support for families",
    servicesIntro:
      "Counselling services and support that the catalogue lists for families, parents, children or pregnant women. " +
      "Each one's page tells you more, with its source and date.",
    services: {
      schwangerschaft: "Pregnancy",
      "fruehe-hilfen": "Early support (Frühe Hilfen): the first years",
      erziehungsberatung: "Parenting and family counselling",
      jugendamt: "Youth welfare office (Jugendamt) and childminding",
      kinderschutz: "Child protection",
      familienbildung: "Family education and family centres",
    },
    transitions: { before: "Moving on to school and work: ", link: "guidance by situation", after: "." },
  },

  teachers: {
    title: "For teachers",
    lead:
      "Places to learn outside school (außerschulische Lernorte) and partners for your lessons: museums, archives, " +
      "memorial sites, libraries, music and art schools and student labs in the district of Ludwigsburg.",
    form: "Choose places to learn",
    subject: "Subject",
    allSubjects: (n) => `All subjects (${number(n)})`,
    subjectOption: (label, n) => `${label} (${number(n)})`,
    school: "Distance from your school",
    noSchool: "No school chosen",
    submit: "Show",
    gradeNote:
      "We cannot filter by year group: the sources give one for only a few places (such as “primary school classes” " +
      "or “all types of school”). What a place says about it is listed under “Target group”.",
    issues: {
      unknownSubject: (value) => `We do not know the subject ${quote(value)}; showing all subjects.`,
      unknownSchool: (value) => `The school ${quote(value)} is not in the catalogue; the list is not sorted by distance.`,
    },
    heading: (n, subject, school) =>
      [
        count(n, "place to learn", "places to learn"),
        subject ? ` for ${subject}` : "",
        school ? `, by distance from ${school.title} (${school.place})` : "",
      ].join(""),
    distanceNote: "As the crow flies. “About”: the place's location is known only to the town.",
    none: "No place to learn is listed for this subject.",
    showAll: "Show all places to learn",
    away: (km, approximate) => `${distance(km, approximate)} away`,
    subjectsOf: "Subjects:",
    targetGroup: "Target group (from the source):",
    subjects: {
      geschichte: "History",
      deutsch: "German and literature",
      musik: "Music",
      kunst: "Art, theatre and film",
      mint: "Science and technology (STEM)",
      politik: "Politics and society",
      medien: "Media education",
    },
    selectionTitle: "How we choose the places to learn",
    selection:
      "The catalogue has no field of its own for “suitable for school classes”. We show institutions from culture " +
      "and further education that their source lists as a place to learn outside school or a student lab, whose " +
      "source names school classes, schools or pupils as the target group, or whose description mentions offers " +
      "for school classes or working with schools.",
    subjectsFrom: (otherCulture) => ({
      before:
        "We derive the subjects from the type of institution and the words of its description, for example archives " +
        `and memorial sites for history or music schools for music. For ${count(otherCulture, "other cultural institution", "other cultural institutions")}, ` +
        "the sources say nothing about offers for school classes; you will find them in the ",
      link: "search for culture",
      after: ".",
    }),
    programmesTitle: "Programmes and training",
    programmes: {
      forTeachers: "Programmes and services for teachers",
      training: "Training and further education for teachers",
      projects: "All projects and programmes",
    },
  },

  counselling: {
    title: "Guidance and transitions",
    lead:
      "Programmes and services for the moves from kindergarten to school and from school to work, ordered by the " +
      "situation of the child or young person. For parents, young people and everyone who advises them.",
    situationsNav: "Situations",
    parts: {
      jugendliche: "Young people and young adults",
      kinder: "Children in day care and primary school",
      fachkraefte: "For professionals: coordinating transitions",
    },
    situations: {
      "ohne-ausbildungsplatz": {
        title: "No apprenticeship yet",
        intro: "Programmes and services that, according to their source, help with finding an apprenticeship (Ausbildungsplatz).",
      },
      "schulabschluss-nachholen": {
        title: "Catching up on a school-leaving qualification",
        intro: "Ways to a school-leaving qualification, as the entries describe them.",
      },
      "neu-zugewandert": {
        title: "Newly arrived",
        intro: "Learning German and settling in: preparatory classes (Vorbereitungsklassen), VABO, language and cultural mediators.",
      },
      "beruf-finden": {
        title: "Finding and trying out a career",
        intro: "Career orientation, work placements, apprenticeship fairs and careers advice.",
      },
      "vor-der-einschulung": { title: "Before starting school", intro: "The move from kindergarten to primary school." },
      "deutsch-lernen": {
        title: "Help with learning German",
        intro: "Language support in day care and school, and materials for language support.",
      },
      koordination: {
        title: "Networks and coordination",
        intro: "Who coordinates the work on the move from school to work in the district.",
      },
    },
    sites: (programme) => `Schools whose entry mentions ${programme}:`,
    moreTitle: "More on transitions",
    theme: (title) => `${title}: what the Bildungsregion does`,
    allInSearch: "All guidance and transition entries in the search",
  },

  themes: {
    metaTitle: (title) => `${title} – Bildungsregion`,
    pages: {
      "uebergang-kita-schule": { title: "From kindergarten to school", institutions: null },
      "sprachfoerderung-grundschule": { title: "Language support in primary school", institutions: null },
      "uebergang-schule-beruf": { title: "From school to work", institutions: "Institutions for the move from school to work" },
    },
    facts: {
      kitaSchule:
        "The move from kindergarten to primary school is one of the focus topics of the Bildungsregion Landkreis " +
        "Ludwigsburg. The Bildungsregion aims to shape the transitions from early childhood education into working life.",
      sprachfoerderung:
        "Language support in primary school is one of the focus topics of the Bildungsregion Landkreis Ludwigsburg. " +
        "The Bildungsregion connects everyone who shapes education: day care centres, schools, youth services and " +
        "youth work, cultural institutions, further education and business.",
      schuleBeruf: "The move from school to work is one of the focus topics of the Bildungsregion Landkreis Ludwigsburg.",
      ruem: "Since 1 September 2017 the district has had the Regionales Übergangsmanagement (RÜM, regional transition management).",
      avdual:
        "Ausbildungsvorbereitung dual (AV dual, dual preparation for vocational training) has been offered at the " +
        "Robert-Franck-Schule since the 2017/18 school year and at the Mathilde-Planck-Schule since the 2018/19 school year.",
      bodies:
        "There is a Projektgruppe (project group) for each focus topic. The Regionale Steuergruppe (regional steering " +
        "group), chaired by the Landrat (head of the district), sets the strategy; the Bildungsbüro (education office) " +
        "runs the Bildungsregion and puts the decisions into practice with the project groups.",
    },
    searches: {
      kitas: "Day care centres and kindergartens",
      grundschulen: "Primary schools",
      integration: "Integration services",
      berufsorientierung: "Career orientation and apprenticeship fairs",
    },
    whatTitle: "What the Bildungsregion does",
    projektgruppeTitle: "The project group",
    noProjektgruppe: "The catalogue currently has no entry for the project group.",
    programmesTitle: "Programmes and services on this topic",
    listTitle: (title, total) => `${title} (${number(total)})`,
    openAll: (total) => `Open all ${number(total)} in the search`,
    openInSearch: "Open in the search",
    furtherTitle: "Search further",
    entries: (n) => count(n, "entry", "entries"),
    situation: (title) => `Guidance: ${title}`,
    otherTheme: (title) => `Focus topic: ${title}`,
  },

  region: {
    title: "The Bildungsregion Landkreis Ludwigsburg",
    lead:
      "Since 1 January 2011 the district of Ludwigsburg has been a Bildungsregion (education region). It takes part in " +
      "the Bildungsregionen programme of the state of Baden-Württemberg, in which 28 of the 44 urban and rural " +
      "districts take part.",
    aimsTitle: "What the Bildungsregion aims for",
    networkIntro: "The Bildungsregion connects everyone who shapes education:",
    network: ["Day care centres", "Schools", "Youth services and youth work", "Cultural institutions", "Further education", "Business"],
    aimsIntro: "Its aims are:",
    aims: [
      "to connect the people and organisations in education,",
      "to support educational institutions,",
      "to start and spread projects,",
      "to shape the transitions from early childhood education into working life.",
    ],
    steeringTitle: "Who steers the Bildungsregion",
    steeringGroup: {
      title: "Regionale Steuergruppe (regional steering group)",
      text: "The Regionale Steuergruppe, chaired by the Landrat (head of the district), sets the strategy of the Bildungsregion.",
    },
    office: {
      title: "Bildungsbüro (education office)",
      text: "The Bildungsbüro is the office that runs the Bildungsregion.",
      website: "Website",
      phone: "Phone",
      source: "Source",
      stand: "As of",
    },
    projectGroups: {
      title: "Projektgruppen (project groups)",
      text:
        "There is a project group for each focus topic. With them, the Bildungsbüro puts the steering group's decisions " +
        "into practice.",
    },
    focusTitle: "Focus topics",
    ruem:
      "For the move from school to work, the Regionales Übergangsmanagement (RÜM, regional transition management) has " +
      "existed since 1 September 2017.",
    allProjects: { before: "All programmes and projects in the catalogue: ", link: "Projects and programmes", after: "." },
    figuresTitle: "The network in figures",
    figures: (f) =>
      `The portal lists ${count(f.total, "entry", "entries")}: ${count(f.institutions, "institution", "institutions")} and ` +
      `${count(f.offers, "programme or project", "programmes and projects")}. ${number(f.withEntries)} of the ` +
      `${number(f.municipalities)} towns and municipalities have at least one entry; ` +
      `${count(f.withoutMunicipality, "entry has", "entries have")} no place in a town.`,
    figuresNote: {
      before:
        "The figures show what the catalogue contains, not every educational institution in the district: the list of " +
        "general schools dates from 2015, and day care centres are only partly included. More under ",
      link: "Data sources",
      after: ".",
    },
    bySectorCaption: "Institutions and programmes by sector",
    byMunicipalityCaption: "Entries by town and sector",
    sector: "Sector",
    institutions: "Institutions",
    programmes: "Programmes",
    together: "Total",
    municipality: "Town",
    allMunicipalities: "All towns",
    perThousand: { before: "Entries per 1,000 inhabitants and a map: ", link: "Towns", after: "." },
  },

  projects: {
    title: "Projects and programmes",
    lead:
      "Education programmes, projects and networks in the district of Ludwigsburg, as the catalogue knows them: from " +
      "the Bildungsregion and its project groups to apprenticeship fairs.",
    form: "Search the projects",
    words: "Search term",
    wordsPlaceholder: "German words, e.g. Sprache, Ausbildung, Musik",
    topic: "Topic",
    allTopics: "All topics",
    submit: "Filter",
    unknownTopic: "We do not know this topic; showing all topics.",
    heading: (shown, total, filtered, q, topic) =>
      (filtered
        ? `${number(shown)} of ${count(total, "project or programme", "projects and programmes")}`
        : count(total, "project or programme", "projects and programmes")) +
      (q ? ` for ${quote(q)}` : "") +
      (topic ? ` on the topic ${topic}` : ""),
    showAll: "Show all",
    nothingFound: "Nothing found. Try another word or another topic.",
    topics: "Topics:",
    inSearch: {
      before: "Programmes together with institutions, on the map and by distance: ",
      link: "programmes in the search",
      after: ".",
    },
  },
};
