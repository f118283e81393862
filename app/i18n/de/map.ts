// German UI texts of the maps: placeholders, names for assistive technology, markers,
// clusters, popups, the legend and the status line of the results map.

const number = (n: number) => n.toLocaleString("de-DE");

export const map = {
  number,
  loading: "Karte wird geladen …",
  needsJavaScript: "Die Karte braucht JavaScript. Alle Einträge der Karte stehen auch in der Liste.",
  roleDescription: "Karte",
  zoomIn: "Vergrößern",
  zoomOut: "Verkleinern",
  legend: "Legende",
  approximate: "Lage ungefähr",
  /** What a screen reader says for a marker, and its tooltip. */
  pinLabel: (title: string, type: string, approximate: boolean) => `${title} (${type})${approximate ? ", Lage ungefähr" : ""}`,
  /** The accessible name of a cluster. */
  clusterLabel: (n: number) => `${number(n)} Einträge – zum Vergrößern auswählen`,
  popupApproximate: "Lage ungefähr (Ortsmitte)",
  /** "Alle 32 Treffer auf der Karte" or "30 von 32 Treffern auf der Karte (2 ohne Lage …)". */
  coverage: (onMap: number, total: number) => {
    if (total === 0) return "Keine Treffer auf der Karte.";
    if (onMap === total) return total === 1 ? "Der Treffer ist auf der Karte." : `Alle ${number(total)} Treffer auf der Karte.`;
    return `${number(onMap)} von ${number(total)} Treffern auf der Karte (${number(total - onMap)} ohne bekannte Lage, nur in der Liste).`;
  },
  resultsFailed: "Die Karte konnte nicht geladen werden. Alle Treffer stehen in der Liste.",
  searchHere: "In diesem Kartenausschnitt suchen",
  labels: {
    results: "Karte der Treffer",
    entry: (title: string) => `Karte: Lage von ${title}`,
    municipality: (name: string) => `Karte von ${name}`,
    overview: "Karte der 39 Städte und Gemeinden",
  },
};
