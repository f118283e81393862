// All 39 Gemeinden on one map; a click on one opens its page.
import { useNavigate } from "@remix-run/react";
import { useLocalize, useMessages } from "~/i18n";
import { BaseMap } from "./base-map.client";
import type { TileConfig } from "./types";

export default function OverviewMap({ tiles }: { tiles: TileConfig }) {
  const navigate = useNavigate();
  const localize = useLocalize();
  const { labels } = useMessages().map;
  return (
    <div className="map-box">
      <BaseMap
        label={labels.overview}
        tiles={tiles}
        fitToShapes
        alwaysLabel
        onMunicipalityClick={(slug) => navigate(localize(`/gemeinden/${slug}`))}
      />
    </div>
  );
}
