import type { vocabulary as german } from "../de/vocabulary";

export const vocabulary: typeof german = {
  sectors: {
    kita: "Day care (Kita) and childminding",
    schule: "Schools",
    jugendhilfe: "Youth services and youth work",
    kultur: "Culture",
    weiterbildung: "Adult and further education",
  },
  sectorsShort: { kita: "Day care", schule: "School", jugendhilfe: "Youth services", kultur: "Culture", weiterbildung: "Further education" },
  topics: {
    "uebergang-kita-schule": "From day care to school",
    sprachfoerderung: "Language support",
    "uebergang-schule-beruf": "From school to work",
    berufsorientierung: "Career orientation",
    integration: "Integration",
    mint: "STEM (MINT)",
    musik: "Music",
    kunst: "Art and culture",
    lesen: "Reading",
    "fruehe-hilfen": "Early support for families (Frühe Hilfen)",
    beteiligung: "Youth participation",
  },
  audiences: { familien: "Families", lehrkraefte: "Teachers", beratung: "Guidance and transitions" },
  carriers: { oeffentlich: "public", privat: "private", kirchlich: "church-run", frei: "independent non-profit" },
  kinds: { einrichtung: "Institution", angebot: "Programme / offer" },
  kindsPlural: { einrichtung: "Institutions", angebot: "Programmes and offers" },
};
