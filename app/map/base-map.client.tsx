// The map frame every map of the portal shares: Leaflet with controls in the page's language and the
// private basemap drawn from the catalogue (district outline, the 39 Gemeinden and their
// names). Raster tiles only when the operator configured them; attributions always visible.
import L from "leaflet";
import { useEffect, useRef, type ReactNode } from "react";
import { MapContainer, TileLayer, useMap, ZoomControl } from "react-leaflet";
import { useMessages } from "~/i18n";
import { loadBoundaries } from "./boundaries.client";
import type { Boundaries, TileConfig } from "./types";

/** The district with a little room around it; refined once the outline is loaded. */
export const DISTRICT_VIEW: L.LatLngBoundsExpression = [
  [48.79, 8.98],
  [49.09, 9.39],
];
/** Gemeinde names show from this zoom level on; below it they would overlap. */
const LABEL_ZOOM = 11;

type BasemapOptions = {
  /** The Gemeinde the map is about: drawn stronger, and the view fits it. */
  focusSlug?: string;
  /** Fit the view to the district (or the focused Gemeinde) once the shapes are there. */
  fitToShapes: boolean;
  onMunicipalityClick?: (slug: string) => void;
  /** Always show the names (an overview with few other things on it). */
  alwaysLabel?: boolean;
};

function labelIcon(name: string) {
  const text = document.createElement("span");
  text.textContent = name;
  return L.divIcon({ className: "map-label", html: text, iconSize: undefined });
}

/** Draws the catalogue's boundaries under everything else. */
function Basemap({ focusSlug, fitToShapes, onMunicipalityClick, alwaysLabel }: BasemapOptions) {
  const map = useMap();
  const clickRef = useRef(onMunicipalityClick);
  clickRef.current = onMunicipalityClick;

  useEffect(() => {
    let cancelled = false;
    const layers: L.Layer[] = [];
    const container = map.getContainer();
    const showLabels = () => container.classList.toggle("map--labels", alwaysLabel === true || map.getZoom() >= LABEL_ZOOM);
    map.on("zoomend", showLabels);
    showLabels();

    void loadBoundaries()
      .then((shapes: Boundaries) => {
        if (cancelled) return;
        map.attributionControl.addAttribution(shapes.attribution);
        const district = L.geoJSON(shapes.district.boundary, {
          pane: "basemap",
          interactive: false,
          style: { className: "map-district" },
        }).addTo(map);
        layers.push(district);
        let focus: L.GeoJSON | undefined;
        for (const municipality of shapes.municipalities) {
          const focused = municipality.slug === focusSlug;
          const clickable = Boolean(clickRef.current);
          const shape = L.geoJSON(municipality.boundary, {
            pane: "basemap",
            interactive: clickable,
            style: { className: focused ? "map-municipality map-municipality--focus" : "map-municipality" },
          });
          if (clickable) {
            shape.on("click", () => clickRef.current?.(municipality.slug));
            shape.bindTooltip(municipality.name, { sticky: true, direction: "top", className: "map-tooltip" });
          }
          shape.addTo(map);
          shape.eachLayer((layer) => {
            const element = (layer as L.Path).getElement();
            if (element instanceof SVGElement) element.dataset.slug = municipality.slug;
          });
          layers.push(shape);
          if (focused) focus = shape;
          const label = L.marker([municipality.labelLat, municipality.labelLng], {
            icon: labelIcon(municipality.name),
            pane: "labels",
            interactive: false,
            keyboard: false,
          }).addTo(map);
          layers.push(label);
        }
        if (fitToShapes) {
          map.invalidateSize();
          map.fitBounds((focus ?? district).getBounds(), { padding: [12, 12] });
        }
        container.dataset.basemapReady = "true";
      })
      .catch(() => {
        if (!cancelled) container.dataset.basemapReady = "failed";
      });

    return () => {
      cancelled = true;
      map.off("zoomend", showLabels);
      for (const layer of layers) layer.remove();
    };
  }, [map, focusSlug, fitToShapes, alwaysLabel]);
  return null;
}

/** Names the map for assistive technology in the page's language. */
function Accessibility({ label }: { label: string }) {
  const map = useMap();
  const { roleDescription } = useMessages().map;
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-roledescription", roleDescription);
    container.setAttribute("aria-label", label);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com" hreflang="en">Leaflet</a>');
  }, [map, label, roleDescription]);
  return null;
}

/** Panes: the basemap below markers, names between shapes and markers. */
function Panes() {
  const map = useMap();
  if (!map.getPane("basemap")) {
    const basemap = map.createPane("basemap");
    basemap.style.zIndex = "250";
    const labels = map.createPane("labels");
    labels.style.zIndex = "350";
    labels.style.pointerEvents = "none";
  }
  return null;
}

export type BaseMapProps = BasemapOptions & {
  /** Accessible name of the map, e.g. "Karte der Treffer" (from the `map` catalogue). */
  label: string;
  tiles: TileConfig;
  bounds?: L.LatLngBoundsExpression;
  className?: string;
  children?: ReactNode;
  mapRef?: (map: L.Map | null) => void;
};

/** Zoom and fade animations only for people who have not asked their system for less motion. */
const animate = () => !window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export function BaseMap({ label, tiles, bounds, className, children, mapRef, ...basemap }: BaseMapProps) {
  const motion = animate();
  const texts = useMessages().map;
  return (
    <MapContainer
      ref={mapRef}
      className={`map${tiles ? " map--tiles" : ""}${className ? ` ${className}` : ""}`}
      bounds={bounds ?? DISTRICT_VIEW}
      boundsOptions={{ padding: [12, 12] }}
      minZoom={8}
      maxZoom={18}
      zoomSnap={0.25}
      zoomAnimation={motion}
      fadeAnimation={motion}
      markerZoomAnimation={motion}
      zoomControl={false}
      scrollWheelZoom
      keyboard
    >
      <Panes />
      <Accessibility label={label} />
      <ZoomControl position="topleft" zoomInTitle={texts.zoomIn} zoomOutTitle={texts.zoomOut} />
      {tiles ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <Basemap {...basemap} />
      {children}
    </MapContainer>
  );
}
