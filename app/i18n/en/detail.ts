import type { detail as german } from "../de/detail";

const number = (n: number) => n.toLocaleString("en-GB");

export const detail: typeof german = {
  number,
  notFound: "Not found",
  breadcrumbs: "Breadcrumbs",
  address: "Address",
  districtWide: "across the district, no fixed location",
  approximate: "Approximate location: the source gives no exact position; the entry is only assigned to its town.",
  municipality: "Town",
  phone: "Phone",
  email: "Email",
  website: "Website",
  carrier: "Type of provider",
  typeDetail: "Type according to the source",
  targetGroup: "Target group",
  age: "Age",
  ages: (min, max) => {
    if (min !== null && max !== null) return `${min} to ${max} years`;
    if (min !== null) return `from ${min} ${min === 1 ? "year" : "years"}`;
    if (max !== null) return `up to ${max} ${max === 1 ? "year" : "years"}`;
    return null;
  },
  topics: "Topics",
  audiences: "For",
  institution: "Institution",
  facts: {
    schuelerInsgesamt: "Pupils (2015)",
    klassenInsgesamt: "Classes (2015)",
    schulId: "School number",
    fax: "Fax",
    aussenstellen: "Branch sites",
  },
  relatedOffers: "Programmes and offers",
  location: "Location and surroundings",
  mapCaptionApproximate: (title) => `Map with the approximate location of ${title} (town centre).`,
  mapCaption: (title, nearby, km) =>
    nearby === 1
      ? `Map with ${title} and 1 entry within ${km} km, which is also in the list.`
      : `Map with ${title} and ${number(nearby)} entries within ${km} km, which are also in the list.`,
  nearbyTitle: (km) => `Nearby (within ${km} km)`,
  nearbyNone: (km) => `The portal knows no other entries with an exact location within ${km} km.`,
  noExactLocation: "The exact location is not known, so we do not show entries nearby.",
  allInMunicipality: {
    before: (name) => `You will find all entries in ${name} on the `,
    link: "town's page",
    after: ".",
  },
  provenance: "Source and date",
  stand: "As of",
  source: "Source",
  dataset: "Dataset",
  licence: "Licence",
  provenanceHint:
    "The details come from the source named here and have not been checked with the institution. Please check current details directly with the institution.",
  feedback: "Details out of date? Send a note",
  feedbackOpensMail: "(opens your email program)",
  feedbackMail: {
    subject: (title) => `Note on the entry “${title}”`,
    entry: (title) => `Entry: ${title}`,
    page: (url) => `Page: ${url}`,
    question: "What is out of date or wrong? What is correct instead (ideally with a source)?",
  },
  share: "Share",
  shareLabel: "Link to this entry",
  printOnline: "Online:",

  shareLink: {
    copy: "Copy link",
    copied: "Link copied.",
    copyFailed: "Copying did not work. The link is selected: copy it with Ctrl+C (Mac: Cmd+C).",
    share: "Share …",
    shareFailed: "Sharing did not work. Copy the link instead.",
  },

  sources: {
    title: "Data sources and licences",
    intro:
      "All entries come from the following sources. Every entry names its source, its date and its licence on its page. Nothing has been made up: if a detail is missing, the source does not give it.",
    publisher: "Publisher",
    stand: "As of",
    licence: "Licence",
    attribution: "Attribution",
    records: "Entries in the portal",
    origin: "Origin",
    note: "Note:",
  },
};
