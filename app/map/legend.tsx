import { LEGEND, countBySector } from "./markers";
import type { MapPin } from "./types";

/** Colours of the sectors and what a hollow marker means, with counts of what is shown. */
export function MapLegend({ pins }: { pins: readonly Pick<MapPin, "category" | "approximate">[] }) {
  const counts = countBySector(pins);
  const approximate = pins.filter((pin) => pin.approximate).length;
  return (
    <div className="map-legend">
      <h3 className="visually-hidden">Legende</h3>
      <ul>
        {LEGEND.map(({ sector, label }) => (
          <li key={sector}>
            <span className={`pin pin--${sector} pin--legend`} aria-hidden="true" /> {label}
            {pins.length > 0 ? <span className="count"> ({counts[sector].toLocaleString("de-DE")})</span> : null}
          </li>
        ))}
        <li>
          <span className="pin pin--legend pin--approx" aria-hidden="true" /> Lage ungefähr
          {pins.length > 0 ? <span className="count"> ({approximate.toLocaleString("de-DE")})</span> : null}
        </li>
      </ul>
    </div>
  );
}
