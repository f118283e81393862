// The back office's position picker: one draggable marker on the portal's basemap. Clicking
// the map or dragging the marker writes latitude and longitude into the form's fields (which
// work on their own without JavaScript); typing in the fields moves the marker.
import L from "leaflet";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Marker, useMap, useMapEvents } from "react-leaflet";
import { BaseMap } from "./base-map.client";
import type { TileConfig } from "./types";

export type PinEditorProps = {
  /** ids of the form's latitude and longitude inputs. */
  latInputId: string;
  lngInputId: string;
  initial: { lat: number; lng: number } | null;
  /** The entry's Gemeinde: drawn stronger, and the view starts there without a position. */
  focusSlug?: string;
  tiles: TileConfig;
  /** Changes with every answer of the server: the marker then takes the fields' values. */
  revision: string | number;
  /** Positions outside this box are refused when saving; the status line says so at once. */
  box: { minLat: number; maxLat: number; minLng: number; maxLng: number };
};

type Point = { lat: number; lng: number };

const round = (value: number) => Math.round(value * 1e6) / 1e6;
const german = (value: number) => value.toLocaleString("de-DE", { maximumFractionDigits: 6 });

/** A position typed into the fields ("48,8974" or "48.8974"); null unless both are numbers. */
function readFields(lat: HTMLInputElement, lng: HTMLInputElement): Point | null {
  const parse = (text: string) => {
    const trimmed = text.trim().replace(",", ".");
    return /^-?\d{1,3}(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
  };
  const a = parse(lat.value);
  const b = parse(lng.value);
  return a === null || b === null ? null : { lat: a, lng: b };
}

const inside = (point: Point, box: PinEditorProps["box"]) =>
  point.lat >= box.minLat && point.lat <= box.maxLat && point.lng >= box.minLng && point.lng <= box.maxLng;

function ClickToPlace({ onPlace }: { onPlace: (point: Point) => void }) {
  useMapEvents({ click: (event) => onPlace(event.latlng) });
  return null;
}

/** Keeps a position typed into the fields in view. */
function Follow({ position }: { position: Point | null }) {
  const map = useMap();
  useEffect(() => {
    if (position && !map.getBounds().contains([position.lat, position.lng])) map.panTo([position.lat, position.lng]);
  }, [map, position]);
  return null;
}

export default function PinEditor({ latInputId, lngInputId, initial, focusSlug, tiles, box, revision }: PinEditorProps) {
  const [position, setPosition] = useState<Point | null>(initial);
  const [status, setStatus] = useState("");
  const icon = useMemo(() => L.divIcon({ className: "pin pin--editor", iconSize: [22, 22], iconAnchor: [11, 11], html: "" }), []);
  // The first view: around the position, else the Gemeinde (focusSlug), else the district.
  const [start] = useState(() => initial);

  // The fields are looked up on every use: the form may draw them anew after an answer.
  const fields = useCallback(() => {
    const lat = document.getElementById(latInputId);
    const lng = document.getElementById(lngInputId);
    return lat instanceof HTMLInputElement && lng instanceof HTMLInputElement ? { lat, lng } : null;
  }, [latInputId, lngInputId]);

  useEffect(() => {
    const typed = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || (target.id !== latInputId && target.id !== lngInputId)) return;
      const inputs = fields();
      if (inputs) setPosition(readFields(inputs.lat, inputs.lng));
    };
    document.addEventListener("input", typed);
    return () => document.removeEventListener("input", typed);
  }, [fields, latInputId, lngInputId]);

  // A position the server sent (e.g. "Position aus Adresse") moves the marker.
  const initialLat = initial?.lat ?? null;
  const initialLng = initial?.lng ?? null;
  useEffect(() => {
    setPosition(initialLat === null || initialLng === null ? null : { lat: initialLat, lng: initialLng });
    setStatus("");
  }, [initialLat, initialLng, revision]);

  const place = (point: Point) => {
    const next = { lat: round(point.lat), lng: round(point.lng) };
    setPosition(next);
    const inputs = fields();
    if (inputs) {
      inputs.lat.value = String(next.lat);
      inputs.lng.value = String(next.lng);
    }
    setStatus(
      inside(next, box)
        ? `Position gesetzt: ${german(next.lat)} N, ${german(next.lng)} O (genau). Zum Übernehmen bitte speichern.`
        : `Die Position ${german(next.lat)} N, ${german(next.lng)} O liegt außerhalb des Landkreises und wird so nicht gespeichert.`
    );
  };

  // About 2.5 km across: the surroundings stay readable on the Gemeinde boundaries alone.
  const delta = 0.012;
  return (
    <>
      <div className="map-box pin-editor">
        <BaseMap
          label="Karte zum Setzen der Position"
          tiles={tiles}
          focusSlug={focusSlug || undefined}
          fitToShapes={!start}
          bounds={
            start
              ? [
                  [start.lat - delta, start.lng - delta * 1.5],
                  [start.lat + delta, start.lng + delta * 1.5],
                ]
              : undefined
          }
        >
          <ClickToPlace onPlace={place} />
          <Follow position={position} />
          {position ? (
            <Marker
              position={[position.lat, position.lng]}
              icon={icon}
              draggable
              keyboard
              title="Position des Eintrags (verschiebbar)"
              eventHandlers={{ dragend: (event) => place((event.target as L.Marker).getLatLng()) }}
            />
          ) : null}
        </BaseMap>
      </div>
      <p className="pin-editor__status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
