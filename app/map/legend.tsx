import { SECTORS } from "~/catalogue/vocabulary";
import { useMessages } from "~/i18n";
import { countBySector } from "./markers";
import type { MapPin } from "./types";

/** Colours of the sectors and what a hollow marker means, with counts of what is shown. */
export function MapLegend({ pins }: { pins: readonly Pick<MapPin, "category" | "approximate">[] }) {
  const { map, vocabulary } = useMessages();
  const counts = countBySector(pins);
  const approximate = pins.filter((pin) => pin.approximate).length;
  return (
    <div className="map-legend">
      <h3 className="visually-hidden">{map.legend}</h3>
      <ul>
        {SECTORS.map((sector) => (
          <li key={sector}>
            <span className={`pin pin--${sector} pin--legend`} aria-hidden="true" /> {vocabulary.sectorsShort[sector]}
            {pins.length > 0 ? <span className="count"> ({map.number(counts[sector])})</span> : null}
          </li>
        ))}
        <li>
          <span className="pin pin--legend pin--approx" aria-hidden="true" /> {map.approximate}
          {pins.length > 0 ? <span className="count"> ({map.number(approximate)})</span> : null}
        </li>
      </ul>
    </div>
  );
}
