// Stylesheets of the maps, for the `links` of routes that show one.
import type { LinkDescriptor } from "@remix-run/node";
import leafletStyles from "leaflet/dist/leaflet.css";
import clusterStyles from "leaflet.markercluster/dist/MarkerCluster.css";
import mapStyles from "./map.css";

export const MAP_LINKS: LinkDescriptor[] = [
  { rel: "stylesheet", href: leafletStyles },
  { rel: "stylesheet", href: clusterStyles },
  { rel: "stylesheet", href: mapStyles },
];
