// All 39 Gemeinden on one map; a click on one opens its page.
import { useNavigate } from "@remix-run/react";
import { BaseMap } from "./base-map.client";
import type { TileConfig } from "./types";

export default function OverviewMap({ tiles }: { tiles: TileConfig }) {
  const navigate = useNavigate();
  return (
    <div className="map-box">
      <BaseMap
        label="Karte der 39 Städte und Gemeinden"
        tiles={tiles}
        fitToShapes
        alwaysLabel
        onMunicipalityClick={(slug) => navigate(`/gemeinden/${slug}`)}
      />
    </div>
  );
}
