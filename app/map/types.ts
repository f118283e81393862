// What the server hands the maps. Shared by the JSON endpoints, the loaders and the
// client-only map components; plain data, no Leaflet.
import type { GeoJsonGeometry } from "../../db/schema";
import type { Sector } from "~/catalogue/vocabulary";

/** One entry on a map: just enough for the marker and its popup. */
export type MapPin = {
  id: string;
  slug: string;
  title: string;
  type: string;
  category: Sector;
  lat: number;
  lng: number;
  /** Placed at the Gemeinde's centre or similar: drawn hollow, "Lage ungefähr". */
  approximate: boolean;
  /** One line, e.g. "Lyonel-Feininger-Weg 3, 71679 Asperg"; null when unknown. */
  address: string | null;
};

/** GET /api/v1/pins?<the parameters of /api/v1/search>: every hit, not one page. */
export type PinsResponse = {
  /** All hits of the query, with or without a position. */
  total: number;
  /** Hits with a position, one pin each. */
  pins: MapPin[];
};

/** GET /karte/grenzen.json: the private basemap, from the catalogue (BKG boundaries). */
export type Boundaries = {
  district: { name: string; boundary: GeoJsonGeometry };
  municipalities: { slug: string; name: string; labelLat: number; labelLng: number; boundary: GeoJsonGeometry }[];
  /** Attribution text that must stay visible on every map drawing these shapes. */
  attribution: string;
};

/** A map section in the URL: `bbox=west,south,east,north` in degrees (WGS84). */
export type BBox = { west: number; south: number; east: number; north: number };

/** Raster tiles configured by the operator (PUBLIC_TILE_URL); null: the private basemap only. */
export type TileConfig = { url: string; attribution: string } | null;
