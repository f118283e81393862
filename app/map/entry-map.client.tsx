// The small map of a detail page: the entry and what lies near it.
import { useMessages } from "~/i18n";
import { BaseMap } from "./base-map.client";
import { PinLayer } from "./pin-layer.client";
import type { MapPin, TileConfig } from "./types";

export type EntryMapProps = { entry: MapPin; nearby: MapPin[]; tiles: TileConfig };

export default function EntryMap({ entry, nearby, tiles }: EntryMapProps) {
  const delta = 0.004;
  const { labels } = useMessages().map;
  return (
    <div className="map-box map-box--small">
      <BaseMap
        label={labels.entry(entry.title)}
        tiles={tiles}
        fitToShapes={false}
        bounds={[
          [entry.lat - delta, entry.lng - delta * 1.5],
          [entry.lat + delta, entry.lng + delta * 1.5],
        ]}
      >
        <PinLayer pins={[entry, ...nearby]} fit={nearby.length > 0} emphasiseId={entry.id} />
      </BaseMap>
    </div>
  );
}
