// The map of one Gemeinde: its boundary and its entries, clustered.
import { useMessages } from "~/i18n";
import { BaseMap } from "./base-map.client";
import { MapLegend } from "./legend";
import { PinLayer } from "./pin-layer.client";
import type { MapPin, TileConfig } from "./types";

export type MunicipalityMapProps = {
  slug: string;
  name: string;
  pins: MapPin[];
  tiles: TileConfig;
  highlightId?: string | null;
  onHighlight?: (id: string | null) => void;
};

export default function MunicipalityMap({ slug, name, pins, tiles, highlightId, onHighlight }: MunicipalityMapProps) {
  const { labels } = useMessages().map;
  return (
    <>
      <div className="map-box">
        <BaseMap label={labels.municipality(name)} tiles={tiles} focusSlug={slug} fitToShapes>
          <PinLayer pins={pins} fit={false} highlightId={highlightId} onHighlight={onHighlight} />
        </BaseMap>
      </div>
      <MapLegend pins={pins} />
    </>
  );
}
