// Provenance of every seed record: one entry per source dataset, with the licence and the
// attribution line the portal must show. Texts follow ../shared/data/SOURCES.md.
import type { SeedDataset } from "../../db/seed-format";

export const DATASET_IDS = {
  municipalities: "bkg-vg250-ew",
  postcodes: "osm-plz",
  schools: "schulen-2015",
  einrichtungen: "einrichtungen",
} as const;

export const SCHOOL_LICENCE = "CC0 (laut Datenschule/OKF Deutschland)";
export const SCHOOL_STAND = "Schulstatistik 2015";
export const SCHOOL_GEO_SOURCE = "Geokodierung Datenschule/jedeschule (2015)";
/** The attribute file (Statistisches Landesamt via jedeschule) and the coordinate file, pinned to the commits used. */
export const SCHOOL_SOURCE_URLS = [
  "https://github.com/Datenschule/jedeschule.de/blob/4f3c2f5a51d5ada0f2b160e96ed5a5e07bf9c1b5/assets/js/data/baden-wuerttemberg/raw/ABS%20Gesamt%20-%20BW.csv",
  "https://github.com/Datenschule/schulscraper-data/blob/f58e7964f5a862d4807c4a357586874c37f1dc17/schools/baden-wuerttemberg.csv",
];

export const EINRICHTUNGEN_LICENCE =
  "Keine offene Lizenz: Fakten aus öffentlichen Webseiten in eigenen Worten, Quelle je Eintrag verlinkt";
/** Shown when a row gives no date for its information. */
export const EINRICHTUNGEN_NO_STAND = "ohne Datumsangabe";

type DatasetText = Omit<SeedDataset, "recordCount">;

const DATASET_TEXTS: Record<keyof typeof DATASET_IDS, DatasetText> = {
  municipalities: {
    id: DATASET_IDS.municipalities,
    title: "Verwaltungsgebiete 1:250 000 mit Einwohnerzahlen (VG250-EW): Gemeinden und Kreisgrenze des Landkreises Ludwigsburg",
    publisher: "Bundesamt für Kartographie und Geodäsie (BKG)",
    licence: "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)",
    licenceUrl: "https://www.govdata.de/dl-de/by-2-0",
    attribution:
      "© GeoBasis-DE / BKG (2025), Daten verändert. Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)",
    stand: "VG250-EW, abgerufen 09/2025 (Einwohnerstand vermutlich 31.12.2023)",
    sourceUrls: [
      "https://sgx.geodatenzentrum.de/wfs_vg250-ew",
      "https://gdz.bkg.bund.de",
      "https://github.com/thomash0089/detuschlandkarte-gemeinden-scout.new-V2",
    ],
    caveats:
      "Über den WFS des BKG abgerufen (09/2025) und nach Bundesland aufgeteilt von einem Drittprojekt ohne eigene Lizenzdatei; maßgeblich ist die BKG-Lizenz der Daten. Der Stichtag der Einwohnerzahlen steht nicht in der Datei (vermutlich 31.12.2023, Zensus-2022-basiert). Koordinaten auf 4 Nachkommastellen (etwa 10 m) gerundet; für das Portal zusätzlich mit Douglas–Peucker (Toleranz 0,0001°) vereinfacht. Markerpunkte (label_lon/lat) liegen sicher in der Gemeindefläche. Die Kreisgrenze wurde bei der Aufbereitung aus den 39 Gemeindeflächen zusammengesetzt (mapshaper, dissolve) und für das Portal ebenso vereinfacht.",
  },
  postcodes: {
    id: DATASET_IDS.postcodes,
    title: "Zuordnung Postleitzahl – Gemeinde (OpenStreetMap, via suche-postleitzahl.org)",
    publisher: "OpenStreetMap-Mitwirkende, aufbereitet von suche-postleitzahl.org",
    licence: "Open Database License (ODbL) 1.0",
    licenceUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
    attribution: "© OpenStreetMap-Mitwirkende (ODbL 1.0), via suche-postleitzahl.org",
    stand: "Zuordnung PLZ–Ort von suche-postleitzahl.org, etwa 2022 (Commit vom 19.11.2022)",
    sourceUrls: [
      "https://www.suche-postleitzahl.org/downloads",
      "https://github.com/Sammeeey/ccallmaps",
      "https://www.openstreetmap.org/copyright",
    ],
    caveats:
      "Stand etwa 2022. Die Zuordnung ist mehrdeutig: 71672 gehört zu Ludwigsburg und Marbach am Neckar, 71711 zu Marbach, Murr und Steinheim an der Murr, 71706 zu Markgröningen und Schwieberdingen. Keine PLZ-Flächen oder -Mittelpunkte. Auch die OSM-Relations-IDs der Gemeinden stammen aus dieser Quelle. Share-alike der ODbL gilt für abgeleitete Datenbanken.",
  },
  schools: {
    id: DATASET_IDS.schools,
    title: "Allgemeinbildende Schulen im Landkreis Ludwigsburg (Schulverzeichnis 2015, jedeschule.de)",
    publisher:
      "Statistisches Landesamt Baden-Württemberg; aufbereitet und geokodiert von Datenschule / Open Knowledge Foundation Deutschland",
    licence: SCHOOL_LICENCE,
    licenceUrl: "https://creativecommons.org/publicdomain/zero/1.0/",
    attribution:
      "Schuldaten: Statistisches Landesamt Baden-Württemberg, Schulverzeichnis 2015; aufbereitet und geokodiert von Datenschule / Open Knowledge Foundation Deutschland (jedeschule.de)",
    stand: SCHOOL_STAND,
    sourceUrls: ["https://jedeschule.de", ...SCHOOL_SOURCE_URLS],
    caveats:
      "Lizenzvorbehalt: Grundlage ist das kostenpflichtige Schulverzeichnis 2015 des Statistischen Landesamts Baden-Württemberg. Datenschule/OKF Deutschland hat es gekauft und auf jedeschule.de als CC0 veröffentlicht (Repositories unter MIT-Lizenz); ob die Rechte des Landesamts diese Weitergabe erlaubten, ist nicht dokumentiert. Vor einem öffentlichen Start Lizenz bestätigen lassen oder durch ein aktuelles amtliches Verzeichnis ersetzen. Die Daten sind von 2015: Schulen wurden seither zusammengelegt oder umgewandelt (z. B. Werkrealschulen zu Gemeinschaftsschulen), G8/G9 hat sich geändert, Telefonnummern sind von 2015. Berufliche Schulen fehlen. Die Geokodierung ist undokumentiert; Punkte, die Schulen mit verschiedenen Adressen teilen, gelten als Ortsersatz und werden auf den Gemeindepunkt gesetzt.",
  },
  einrichtungen: {
    id: DATASET_IDS.einrichtungen,
    title: "Bildungseinrichtungen und -angebote im Landkreis Ludwigsburg (redaktionell aus öffentlichen Webseiten zusammengestellt)",
    publisher: "Redaktion Bildungsportal Landkreis Ludwigsburg",
    licence: EINRICHTUNGEN_LICENCE,
    licenceUrl: null,
    attribution: "Zusammengestellt aus öffentlichen Webseiten; die Quellen sind bei jedem Eintrag verlinkt.",
    stand: "Quellen von etwa 2006 bis Anfang 2026; Stand je Eintrag angegeben",
    sourceUrls: [
      "https://www.landkreis-ludwigsburg.de",
      "https://www.bildungsregion-landkreis-ludwigsburg.de",
    ],
    caveats:
      "Keine offene Datenquelle: kurze Tatsachenangaben aus öffentlichen Webseiten (Zeitungen, Landratsamt, Bildungsregion, Städte und Gemeinden, Träger, Museen), in eigenen Worten; die Quellenlinks je Eintrag müssen sichtbar bleiben. Die Angaben haben sehr unterschiedliches Alter (etwa 2006 bis Anfang 2026); manche Einrichtungen waren bei Erscheinen geplant oder im Bau, andere wurden seither geschlossen oder umgebaut. Die Kita-Liste ist bei weitem nicht vollständig. Nichts wurde mit aktuellen Webseiten abgeglichen: vor der Darstellung als aktuell erneut prüfen. Die meisten Einträge haben keine eigenen Koordinaten und stehen am Gemeindepunkt (ungefähre Lage).",
  },
};

export type DatasetCounts = Record<keyof typeof DATASET_IDS, number>;

const DATASET_ORDER = ["municipalities", "postcodes", "schools", "einrichtungen"] as const;

export function buildDatasets(counts: DatasetCounts): SeedDataset[] {
  return DATASET_ORDER.map((key) => ({
    ...DATASET_TEXTS[key],
    recordCount: counts[key],
  }));
}
