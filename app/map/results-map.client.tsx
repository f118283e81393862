// The map beside the results of /suche: every hit of the query (not only the page), clustered,
// with the radius around the origin and "In diesem Kartenausschnitt suchen" (bbox in the URL).
import L from "leaflet";
import { useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Circle, CircleMarker, Tooltip } from "react-leaflet";
import { useLocale, useMessages } from "~/i18n";
import { LOCATION_BOUNDS } from "~/search/params";
import { BaseMap } from "./base-map.client";
import { MapLegend } from "./legend";
import { mapCoverageText } from "./markers";
import { PinLayer } from "./pin-layer.client";
import type { BBox, MapPin, PinsResponse, TileConfig } from "./types";

export type ResultsMapProps = {
  /** Query string of the search without page and view, e.g. "?q=schule". */
  query: string;
  bbox: BBox | null;
  origin: { lat: number; lng: number; label: string } | null;
  radiusKm: number | null;
  tiles: TileConfig;
  highlightId: string | null;
  onHighlight: (id: string | null) => void;
  /** The URL of this search narrowed to a map section. */
  hrefForSection: (bbox: BBox) => string;
};

/** What the map knows about the pins of `query`. */
type State = { query: string } & ({ status: "loading" } | { status: "ok"; total: number; pins: MapPin[] } | { status: "failed" });

/** The visible part of the map, cut to the area the search accepts. */
function searchableView(map: L.Map): BBox {
  const view = map.getBounds();
  return {
    west: Math.max(view.getWest(), LOCATION_BOUNDS.minLng),
    south: Math.max(view.getSouth(), LOCATION_BOUNDS.minLat),
    east: Math.min(view.getEast(), LOCATION_BOUNDS.maxLng),
    north: Math.min(view.getNorth(), LOCATION_BOUNDS.maxLat),
  };
}

export default function ResultsMap({ query, bbox, origin, radiusKm, tiles, highlightId, onHighlight, hrefForSection }: ResultsMapProps) {
  const [fetched, setState] = useState<State>({ query, status: "loading" });
  // Pins of an older query are not shown while the new ones load: in the same render as the
  // new results, so the map is never "ready" with the pins of the previous search.
  const state: State = fetched.query === query ? fetched : { query, status: "loading" };
  const mapRef = useRef<L.Map | null>(null);
  const navigate = useNavigate();
  const locale = useLocale();
  const texts = useMessages().map;

  useEffect(() => {
    const controller = new AbortController();
    setState({ query, status: "loading" });
    fetch(`/api/v1/pins${query}`, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = (await response.json()) as PinsResponse;
        setState({ query, status: "ok", total: data.total, pins: data.pins });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ query, status: "failed" });
      });
    return () => controller.abort();
  }, [query]);

  // A map section in the URL is the view; otherwise the view fits the pins.
  useEffect(() => {
    if (bbox && mapRef.current) {
      mapRef.current.fitBounds([
        [bbox.south, bbox.west],
        [bbox.north, bbox.east],
      ]);
    }
  }, [bbox]);

  const searchHere = () => {
    if (mapRef.current) navigate(hrefForSection(searchableView(mapRef.current)));
  };

  const pins = state.status === "ok" ? state.pins : [];
  return (
    <div className="results-map">
      <p className="map-status" role="status">
        {state.status === "loading"
          ? texts.loading
          : state.status === "failed"
            ? texts.resultsFailed
            : mapCoverageText(state.pins.length, state.total, locale)}
      </p>
      <div className="map-box">
        <BaseMap
          label={texts.labels.results}
          tiles={tiles}
          fitToShapes={false}
          mapRef={(map) => (mapRef.current = map)}
          bounds={
            bbox
              ? [
                  [bbox.south, bbox.west],
                  [bbox.north, bbox.east],
                ]
              : undefined
          }
        >
          {/* Only once the pins are there, so "ready" on the map means the real pins are drawn. */}
          {state.status === "ok" ? (
            <PinLayer pins={pins} fit={bbox === null} highlightId={highlightId} onHighlight={onHighlight} />
          ) : null}
          {origin && radiusKm ? (
            <Circle center={[origin.lat, origin.lng]} radius={radiusKm * 1000} className="map-radius" interactive={false} />
          ) : null}
          {origin ? (
            <CircleMarker center={[origin.lat, origin.lng]} radius={7} className="map-origin">
              <Tooltip>{origin.label}</Tooltip>
            </CircleMarker>
          ) : null}
        </BaseMap>
      </div>
      <div className="map-actions">
        <button type="button" className="button-secondary" onClick={searchHere}>
          {texts.searchHere}
        </button>
      </div>
      <MapLegend pins={pins} />
    </div>
  );
}
