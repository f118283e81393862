import type { map as german } from "../de/map";

const number = (n: number) => n.toLocaleString("en-GB");

export const map: typeof german = {
  number,
  loading: "Loading map …",
  needsJavaScript: "The map needs JavaScript. Every entry on the map is also in the list.",
  roleDescription: "map",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  legend: "Legend",
  approximate: "Approximate location",
  pinLabel: (title, type, approximate) => `${title} (${type})${approximate ? ", approximate location" : ""}`,
  clusterLabel: (n) => `${number(n)} entries – select to zoom in`,
  popupApproximate: "Approximate location (town centre)",
  coverage: (onMap, total) => {
    if (total === 0) return "No results on the map.";
    if (onMap === total) return total === 1 ? "The result is on the map." : `All ${number(total)} results on the map.`;
    const missing = total - onMap;
    return `${number(onMap)} of ${number(total)} results on the map (${number(missing)} without a known location, only in the list).`;
  },
  resultsFailed: "The map could not be loaded. All results are in the list.",
  searchHere: "Search in this map section",
  labels: {
    results: "Map of the results",
    entry: (title) => `Map: location of ${title}`,
    municipality: (name) => `Map of ${name}`,
    overview: "Map of the 39 towns and municipalities",
  },
};
