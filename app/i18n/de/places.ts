// German UI texts: the Gemeinden overview (/gemeinden) and the page of each Gemeinde.
const number = (n: number) => n.toLocaleString("de-DE");
const decimal = (n: number) => n.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const places = {
  number,
  /** Entries per 1,000 inhabitants: always two decimals. */
  decimal,
  notFound: "Nicht gefunden",
  overview: {
    title: "Städte und Gemeinden",
    intro: (n: number) =>
      `Der Landkreis Ludwigsburg hat ${number(n)} Städte und Gemeinden. Wählen Sie eine Gemeinde auf der Karte ` +
      "oder in der Tabelle: Ihre Seite zeigt alle Einträge dort.",
    mapCaption: (n: number) =>
      `Karte des Landkreises mit den Grenzen aller ${number(n)} Städte und Gemeinden; ein Klick öffnet die Seite der ` +
      "Gemeinde. Dieselben Seiten erreichen Sie über die Tabelle.",
    figuresTitle: "Einträge je Gemeinde",
    figuresIntro:
      "Die Tabelle zeigt, wie viele Einträge das Portal je Bereich kennt, absolut und je 1.000 Einwohnerinnen und " +
      "Einwohner. Die Zahlen sagen nichts über das tatsächliche Angebot vor Ort: Vor allem Kitas sind bisher nur zum " +
      "kleinen Teil erfasst.",
    tableCaption: "Einträge je Gemeinde und Bereich (in Klammern: je 1.000 Einwohner)",
    municipality: "Gemeinde",
    population: "Einwohner",
    total: "Gesamt",
    district: "Landkreis",
    sourceNote:
      "Einwohner: BKG VG250-EW (© GeoBasis-DE / BKG (2025), dl-de/by-2-0). Landkreisweite Angebote ohne Ort sind " +
      "keiner Gemeinde zugeordnet.",
  },
  municipality: {
    breadcrumbs: "Brotkrumen",
    overview: "Gemeinden",
    facts: (population: number, areaKm2: number, postcodes: readonly string[]) =>
      `${number(population)} Einwohnerinnen und Einwohner, ${number(areaKm2)} km². ` +
      `Postleitzahl${postcodes.length === 1 ? "" : "en"}: ${postcodes.join(", ")}.`,
    ignored: (values: readonly string[], possible: readonly string[]) =>
      `Unbekannter Bereich ignoriert: ${values.map((value) => `„${value}“`).join(", ")}. Möglich sind ${possible.join(", ")}.`,
    sectors: "Bereiche:",
    allSectors: "Alle Bereiche zeigen",
    entries: (shown: number, total: number, filtered: boolean, name: string) =>
      `${filtered ? `${number(shown)} von ${number(total)} Einträgen` : `${number(total)} Einträge`} in ${name}.`,
    openInSearch: "In der Suche öffnen",
    noEntries: (name: string) => ({
      before: `Für ${name} sind noch keine Einträge erfasst. Landkreisweite Angebote finden Sie über die `,
      link: "Suche",
      after: ".",
    }),
    mapCaption: (name: string, pins: number) =>
      `Karte von ${name} mit der Gemeindegrenze und ${number(pins)} Einträgen mit bekannter Lage; alle Einträge stehen auch in der Liste.`,
    neighbours: "Nachbargemeinden",
  },
};
