// Entries as clustered markers on plain Leaflet layers (no React component per marker), so
// thousands stay fast. Markers are keyboard-reachable buttons named after the entry; Enter
// opens the popup, whose link leads to the detail page.
import L from "leaflet";
import "leaflet.markercluster";
import { useNavigate } from "@remix-run/react";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { useMap } from "react-leaflet";
import { localizePath, useLocale, type Locale } from "~/i18n";
import { map as germanTexts } from "~/i18n/de/map";
import { map as englishTexts } from "~/i18n/en/map";
import { clusterLabel, clusterSize, pinClassName, pinLabel } from "./markers";
import type { MapPin } from "./types";

const icons = new Map<string, L.DivIcon>();
function iconFor(pin: MapPin): L.DivIcon {
  const className = pinClassName(pin);
  let icon = icons.get(className);
  if (!icon) {
    icon = L.divIcon({ className, iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -8], html: "" });
    icons.set(className, icon);
  }
  return icon;
}

const TEXTS: Record<Locale, typeof germanTexts> = { de: germanTexts, en: englishTexts };

function clusterIcon(cluster: L.MarkerCluster, locale: Locale): L.DivIcon {
  const count = cluster.getChildCount();
  const html = document.createElement("span");
  const visible = document.createElement("span");
  visible.setAttribute("aria-hidden", "true");
  visible.textContent = TEXTS[locale].number(count);
  const spoken = document.createElement("span");
  spoken.className = "visually-hidden";
  spoken.textContent = clusterLabel(count, locale);
  html.append(visible, spoken);
  const size = clusterSize(count);
  const pixels = size === "s" ? 34 : size === "m" ? 42 : 50;
  return L.divIcon({ html, className: `cluster cluster--${size}`, iconSize: [pixels, pixels] });
}

/**
 * The popup: built from text nodes, so nothing from the data is read as HTML. On English
 * pages the catalogue's German name, type and address are marked lang="de".
 */
function popupContent(pin: MapPin, locale: Locale, follow: (href: string) => void): HTMLElement {
  const root = document.createElement("div");
  root.className = "map-popup";
  const title = document.createElement("p");
  title.className = "map-popup__title";
  const link = document.createElement("a");
  link.href = localizePath(`/angebote/${encodeURIComponent(pin.slug)}`, locale);
  link.textContent = pin.title;
  link.addEventListener("click", (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    follow(link.pathname);
  });
  title.append(link);
  const type = document.createElement("p");
  type.textContent = pin.type;
  root.append(title, type);
  const germanData = [title, type];
  if (pin.address) {
    const address = document.createElement("p");
    address.textContent = pin.address;
    root.append(address);
    germanData.push(address);
  }
  if (locale !== "de") for (const element of germanData) element.lang = "de";
  if (pin.approximate) {
    const approx = document.createElement("p");
    approx.className = "approx";
    approx.textContent = TEXTS[locale].popupApproximate;
    root.append(approx);
  }
  return root;
}

export type PinLayerProps = {
  pins: readonly MapPin[];
  /** Move the view to the pins whenever they change. */
  fit: boolean;
  highlightId?: string | null;
  onHighlight?: (id: string | null) => void;
  /** Markers of the entry a page is about: drawn on top, not clustered away. */
  emphasiseId?: string;
};

export function PinLayer({ pins, fit, highlightId = null, onHighlight, emphasiseId }: PinLayerProps) {
  const map = useMap();
  const locale = useLocale();
  const navigate = useNavigate();
  const follow = useRef(navigate);
  follow.current = navigate;
  const hover = useRef(onHighlight);
  hover.current = onHighlight;

  const progress = useRef<(processed: number, total: number) => void>();
  const group = useMemo(
    () =>
      L.markerClusterGroup({
        chunkedLoading: true,
        chunkProgress: (processed, total) => progress.current?.(processed, total),
        showCoverageOnHover: false,
        animate: false,
        spiderfyOnMaxZoom: true,
        maxClusterRadius: 56,
        iconCreateFunction: (cluster) => clusterIcon(cluster, locale),
      }),
    [locale],
  );
  const markers = useRef(new Map<string, L.Marker>());

  // Gone pins are not ready pins: the mark goes in the same commit as the layer.
  useLayoutEffect(() => {
    const container = map.getContainer();
    return () => {
      delete container.dataset.pinsReady;
    };
  }, [map]);

  useEffect(() => {
    map.addLayer(group);
    return () => {
      map.removeLayer(group);
    };
  }, [map, group]);

  useEffect(() => {
    const container = map.getContainer();
    delete container.dataset.pinsReady;
    group.clearLayers();
    markers.current.clear();
    const started = performance.now();
    const layers = pins.map((pin) => {
      const marker = L.marker([pin.lat, pin.lng], {
        icon: iconFor(pin),
        title: pinLabel(pin, locale),
        keyboard: true,
        riseOnHover: true,
        zIndexOffset: pin.id === emphasiseId ? 1000 : 0,
      });
      marker.bindPopup(() => popupContent(pin, locale, (href) => follow.current(href)), { maxWidth: 280 });
      marker.on("mouseover", () => hover.current?.(pin.id));
      marker.on("mouseout", () => hover.current?.(null));
      marker.on("add", () => {
        const element = marker.getElement();
        if (!element) return;
        element.dataset.pinId = pin.id;
        if (pin.id === emphasiseId) element.classList.add("pin--this");
        element.addEventListener("focus", () => hover.current?.(pin.id));
        element.addEventListener("blur", () => hover.current?.(null));
      });
      markers.current.set(pin.id, marker);
      return marker;
    });
    // Clusters are drawn once the (chunked) adding is done: the first clustered paint.
    let frame = 0;
    const ready = () => {
      frame = requestAnimationFrame(() => {
        container.dataset.pinsReady = String(pins.length);
        performance.measure("karte:marker", { start: started });
      });
    };
    progress.current = (processed, total) => {
      if (processed >= total) ready();
    };
    if (layers.length === 0) ready();
    else group.addLayers(layers, true);
    if (fit && pins.length > 0) {
      map.invalidateSize();
      map.fitBounds(L.latLngBounds(pins.map((pin) => [pin.lat, pin.lng] as [number, number])), {
        padding: [24, 24],
        maxZoom: 15,
      });
    }
    return () => {
      progress.current = undefined;
      cancelAnimationFrame(frame);
    };
  }, [map, group, pins, fit, emphasiseId, locale]);

  // A hovered list entry lights up its marker, or the cluster that holds it.
  useEffect(() => {
    if (!highlightId) return;
    const marker = markers.current.get(highlightId);
    if (!marker) return;
    const shown = group.getVisibleParent(marker) as L.Marker | null;
    const element = shown?.getElement();
    element?.classList.add("is-highlighted");
    return () => element?.classList.remove("is-highlighted");
  }, [group, highlightId]);

  return null;
}
