// A choropleth of the 39 Gemeinden: each shape filled by its class (see coverageClasses in
// app/admin/planning.server.ts); the colours are the `coverage-class--N` rules of admin.css.
import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { BaseMap } from "./base-map.client";
import { loadBoundaries } from "./boundaries.client";
import type { TileConfig } from "./types";

export type CoverageMapArea = {
  slug: string;
  /** 0: no entry; 1 … n: the classes of the legend, low to high. */
  classIndex: number;
  /** Shown on hover, e.g. "Asperg: 3 Einträge". */
  text: string;
};

/** Fills above the basemap's shapes and below the names. */
function CoverageLayer({ areas }: { areas: readonly CoverageMapArea[] }) {
  const map = useMap();
  useEffect(() => {
    let cancelled = false;
    const layers: L.Layer[] = [];
    const container = map.getContainer();
    if (!map.getPane("coverage")) map.createPane("coverage").style.zIndex = "300";
    const bySlug = new Map(areas.map((area) => [area.slug, area]));
    void loadBoundaries()
      .then((shapes) => {
        if (cancelled) return;
        for (const municipality of shapes.municipalities) {
          const area = bySlug.get(municipality.slug);
          if (!area) continue;
          const shape = L.geoJSON(municipality.boundary, {
            pane: "coverage",
            style: { className: `coverage-area coverage-class--${area.classIndex}` },
          });
          shape.bindTooltip(area.text, { sticky: true, direction: "top", className: "map-tooltip" });
          shape.addTo(map);
          layers.push(shape);
        }
        container.dataset.coverageReady = "true";
      })
      .catch(() => {
        if (!cancelled) container.dataset.coverageReady = "failed";
      });
    return () => {
      cancelled = true;
      for (const layer of layers) layer.remove();
    };
  }, [map, areas]);
  return null;
}

export default function CoverageMap({ tiles, label, areas }: { tiles: TileConfig; label: string; areas: readonly CoverageMapArea[] }) {
  return (
    <div className="map-box">
      <BaseMap label={label} tiles={tiles} fitToShapes alwaysLabel>
        <CoverageLayer areas={areas} />
      </BaseMap>
    </div>
  );
}
