import type { search as german } from "../de/search";

const number = (n: number) => n.toLocaleString("en-GB");
const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;
const quote = (text: string) => `“${text}”`;

export const search: typeof german = {
  number,
  quote,
  distance: (km) => {
    if (km < 1) return `${Math.max(10, Math.round((km * 1000) / 10) * 10)} m`;
    if (km < 10) return `${km.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`;
    return `${number(Math.round(km))} km`;
  },
  approximateDistance: (km) => (km < 1 ? "less than 1 km" : `about ${number(Math.round(km))} km`),

  home: {
    title: "Find education in the district of Ludwigsburg",
    lead: "Day care, schools, youth services, culture and further education in the district's 39 towns and municipalities – searchable in one place.",
    entryPointsTitle: "How can we help?",
    entryPoints: {
      families: { title: "For families", text: "Nursery, day care, school and guidance – by your child's age" },
      teachers: { title: "For teachers", text: "Places to learn outside school for your class, by subject and distance" },
      counselling: { title: "Guidance and transitions", text: "Programmes between day care, school and work, by situation" },
    },
    sectorsTitle: "Sectors",
    regionTitle: "The Bildungsregion Landkreis Ludwigsburg",
    regionText:
      "Since 2011 the district of Ludwigsburg has been an education region (Bildungsregion) in the Baden-Württemberg state programme for education regions. The Bildungsregion connects everyone who shapes education: day care centres, schools, youth services and youth work, cultural institutions, further education and business. A regional steering group chaired by the head of the district (Landrat) sets the strategy; the education office (Bildungsbüro) puts it into practice.",
    regionFocus: "Its focus is on the transitions:",
    themes: {
      kitaSchool: "From kindergarten to school",
      language: "Language support in primary school",
      schoolWork: "From school to work",
      schoolWorkMore: ", with the regional transition management (RÜM) and the dual training preparation (AVdual)",
    },
    moreRegion: "More about the Bildungsregion",
    projects: "Projects and programmes",
    municipalitiesTitle: "Towns and municipalities",
    dataNote: {
      before:
        "The data come from open and public sources with different dates; the details of general schools date from the 2015 school statistics. See ",
      link: "Data sources",
      after: " for details.",
    },
  },

  form: {
    label: "Search term",
    placeholder: "e.g. Kita Kornwestheim, Gymnasium Marbach, Musikschule",
    submit: "Search",
    hint: "Name, type of institution or town – for example “Grundschule Asperg”. The entries are in German.",
  },

  suggestions: {
    label: "Suggestions",
    groups: { eintraege: "Entries", gemeinden: "Towns", bereiche: "Sectors" },
    districtWide: "district-wide",
    status: (n) => (n === 0 ? "No suggestions" : n === 1 ? "1 suggestion" : `${number(n)} suggestions`),
  },

  page: {
    title: "Search",
    metaTitle: (q) => (q ? `${quote(q)} – Search` : "Search"),
    refine: "Place, radius, sort order and age",
    locationForm: "Place, radius and age",
    ort: "Town or postcode",
    ortPlaceholder: "e.g. 71634 or Tamm",
    radius: "Radius",
    anyRadius: "any",
    km: (km) => `${number(km)} km`,
    sort: "Sort by",
    sorts: { relevanz: "Relevance", entfernung: "Distance", name: "Name" },
    age: "Age (years)",
    apply: "Apply",
    ortUnknownField: "We do not know this place. Please enter a postcode or a town in the district.",
    issuesIntro: "Some details could not be used and were ignored:",
    ortChoices: (postcode) => `The postcode ${postcode} belongs to several towns. Which one do you mean?`,
    ortUnknown: (ort) => `We do not know the place ${quote(ort)}. Please enter a postcode or a town in the district of Ludwigsburg.`,
    recognised: (text, names) => `${quote(text)} understood as the town ${names.join(" or ")}.`,
    useAsWord: "Search for it as a word instead",
    activeFilters: "Active filters:",
    removeFilter: (text) => `Remove filter ${text}`,
    resetFilters: "Reset all filters",
    ageChip: (age) => `Age: ${age} ${age === 1 ? "year" : "years"}`,
    originChip: (label, radiusKm) => (radiusKm ? `Within ${radiusKm} km of ${label}` : `Near ${label}`),
    bboxChip: "Map section",
    degraded: {
      title: "The search is temporarily unavailable",
      text: "The search is temporarily unavailable. Please try again in a few minutes.",
      browse: { before: "You can also browse the entries by ", link: "town", after: "." },
    },
    view: "View",
    list: "List",
    map: "Map",
    allEntries: (total) => `All ${count(total, "entry", "entries")}`,
    noResults: (q) => `No results${q ? ` for ${quote(q)}` : ""}`,
    results: (total, q) => `${count(total, "result", "results")}${q ? ` for ${quote(q)}` : ""}`,
    didYouMean: { before: "Did you mean ", after: "?" },
    distancesFrom: (label, approximate) =>
      `Distances from ${label}${approximate ? " (town centre, approximate)" : ""}, as the crow flies.`,
    help: "To find something more easily:",
    helpSpelling: "Check the spelling or use a more general word (e.g. “Schule” instead of “Realschule”).",
    helpWithout: (chip) => `Search without the filter ${quote(chip)}`,
    helpPlaceAsWord: "Search for place names as words",
    pageOf: (page, total) => `Page ${number(page)} of ${number(total)}`,
    pages: "Pages",
    previous: "← Previous page",
    next: "Next page →",
    mapPanel: "Map",
    mapCaption: "The map shows every result with a known location, not just this page. All entries are also in the list.",
    facetsLabel: "Narrow down the results",
    facetsTitle: "Narrow down",
    facets: { kategorie: "Sector", typ: "Type", thema: "Topic", zielgruppe: "Audience", art: "Entry", gemeinde: "Town" },
  },

  facet: {
    option: (label, n, active) => `${label}, ${number(n)} ${n === 1 ? "result" : "results"}${active ? ", selected" : ""}`,
    more: (n) => `Show ${number(n)} more`,
  },

  card: {
    away: (distance) => `${distance} away`,
    approximateTitle: "The location is only approximately known",
    districtWide: "Offer across the district",
    approximate: "approximate location",
    stand: "As of:",
  },

  locate: {
    use: "Use my location",
    asking: "Finding your location …",
    hint: "We use it to show entries near you, nearest first. Your browser asks you first; the location is rounded to about 100 m, used only for this search and not stored.",
    failed:
      "Your location is not available or was not shared. That is fine: enter a postcode or a town instead.",
  },

  yourLocation: "your location",

  issues: {
    queryTooLong: (max) => `The search term is too long (at most ${max} characters).`,
    kategorie: (value) => `There is no sector ${quote(value)}.`,
    typ: (value) => `There is no type ${quote(value)} in the catalogue.`,
    thema: (value) => `There is no topic ${quote(value)}.`,
    zielgruppe: (value) => `There is no audience ${quote(value)}.`,
    art: (value) => `${quote(value)} is not a kind of entry (einrichtung, angebot).`,
    gemeinde: (value) => `The town ${quote(value)} is not in the district of Ludwigsburg.`,
    alter: (value) => `${quote(value)} is not an age (0 to 99 years).`,
    seite: (value, max) => `${quote(value)} is not a valid page number (1 to ${max}).`,
    umkreis: (value, radii) => `${quote(value)} is not a possible radius (${radii.join(", ")} km).`,
    sort: (value) => `There is no sort order ${quote(value)}.`,
    ortTooLong: (max) => `The place is too long (at most ${max} characters).`,
    coordinate: (value) => `${quote(value)} is not a coordinate.`,
    latLngPair: "A location needs both latitude and longitude (lat and lng).",
    locationOutside: "The location is not in the district of Ludwigsburg or its surroundings.",
    bboxMalformed: (value) => `${quote(value)} is not a map section (bbox=west,south,east,north in degrees).`,
    bboxInvalid: "The map section contains invalid coordinates (longitude −180 to 180, latitude −90 to 90).",
    bboxInverted: "In a map section, west must be less than east and south less than north.",
    bboxTooLarge: (maxDeg) => `The map section is too large (at most ${number(maxDeg)} degrees each way).`,
    bboxOutside: "The map section is not in the district of Ludwigsburg or its surroundings.",
    ansicht: (value) => `There is no view ${quote(value)} (liste, karte).`,
    radiusNeedsPlace: "A radius needs a place or location.",
    distanceNeedsPlace: "Sorting by distance needs a place or location.",
  },
};
