import type { places as german } from "../de/places";

const number = (n: number) => n.toLocaleString("en-GB");
const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

export const places: typeof german = {
  number,
  decimal: (n) => n.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  notFound: "Not found",
  overview: {
    title: "Towns and municipalities",
    intro: (n) =>
      `The district of Ludwigsburg has ${number(n)} towns and municipalities. Choose one on the map or in the table: ` +
      "its page shows all entries there.",
    mapCaption: (n) =>
      `Map of the district with the boundaries of all ${number(n)} towns and municipalities; a click opens the town's ` +
      "page. The table leads to the same pages.",
    figuresTitle: "Entries per town",
    figuresIntro:
      "The table shows how many entries the portal has per sector, in total and per 1,000 inhabitants. The figures say " +
      "nothing about what is actually available locally: in particular, only a small share of day care centres has " +
      "been included so far.",
    tableCaption: "Entries per town and sector (in brackets: per 1,000 inhabitants)",
    municipality: "Town",
    population: "Population",
    total: "Total",
    district: "District",
    sourceNote:
      "Population: BKG VG250-EW (© GeoBasis-DE / BKG (2025), dl-de/by-2-0). Services across the district without a " +
      "place are not assigned to any town.",
  },
  municipality: {
    breadcrumbs: "Breadcrumbs",
    overview: "Towns",
    facts: (population, areaKm2, postcodes) =>
      `${count(population, "inhabitant", "inhabitants")}, ${number(areaKm2)} km². ` +
      `Postcode${postcodes.length === 1 ? "" : "s"}: ${postcodes.join(", ")}.`,
    ignored: (values, possible) =>
      `Unknown sector ignored: ${values.map((value) => `“${value}”`).join(", ")}. Possible sectors are ${possible.join(", ")}.`,
    sectors: "Sectors:",
    allSectors: "Show all sectors",
    entries: (shown, total, filtered, name) =>
      `${filtered ? `${number(shown)} of ${count(total, "entry", "entries")}` : count(total, "entry", "entries")} in ${name}.`,
    openInSearch: "Open in the search",
    noEntries: (name) => ({
      before: `No entries have been recorded for ${name} yet. You can find services across the district in the `,
      link: "search",
      after: ".",
    }),
    mapCaption: (name, pins) =>
      `Map of ${name} with the town boundary and ${count(pins, "entry", "entries")} with a known location; all entries are also in the list.`,
    neighbours: "Neighbouring towns",
  },
};
