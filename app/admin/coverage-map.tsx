// The planning page's coverage map: Leaflet code loaded lazily on the client only, a
// placeholder of the same height before, and a legend in plain HTML (shown with or without
// JavaScript). The table on the page holds the same numbers.
import { lazy, useMemo } from "react";
import { MapFigure } from "~/map/map-frame";
import type { TileConfig } from "~/map/types";
import type { CoverageClass } from "./planning.server";

const CoverageMap = lazy(() => import("~/map/coverage-map.client"));

/** What the table and the map count: entries, or entries per 1,000 inhabitants (`?mass=`). */
export const MEASURES = ["absolut", "je1000"] as const;
export type Measure = (typeof MEASURES)[number];

const integer = new Intl.NumberFormat("de-DE");
const rate = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A count ("1.234") or a rate per 1,000 inhabitants ("0,25"). */
export function formatMeasure(value: number, measure: Measure) {
  return measure === "absolut" ? integer.format(value) : rate.format(value);
}

export const formatCount = (value: number) => integer.format(value);

export const MEASURE_LABELS: Record<Measure, string> = {
  absolut: "Anzahl der Einträge",
  je1000: "Einträge je 1.000 Einwohnerinnen und Einwohner",
};

export type CoverageMapData = {
  measure: Measure;
  classes: CoverageClass[];
  areas: { slug: string; name: string; count: number; perThousand: number; value: number; classIndex: number }[];
};

function classLabel(c: CoverageClass, measure: Measure) {
  if (c.index === 0) return "keine Einträge";
  return c.min === c.max ? formatMeasure(c.min, measure) : `${formatMeasure(c.min, measure)} bis ${formatMeasure(c.max, measure)}`;
}

export function CoverageLegend({ map, sectorLabel }: { map: CoverageMapData; sectorLabel: string }) {
  const perClass = (index: number) => map.areas.filter((area) => area.classIndex === index).length;
  return (
    <div className="coverage-legend">
      <p className="coverage-legend__title">
        {sectorLabel}: {MEASURE_LABELS[map.measure]}
      </p>
      <ul>
        {map.classes.map((c) => (
          <li key={c.index}>
            <span className={`coverage-swatch coverage-class--${c.index}`} aria-hidden="true" /> {classLabel(c, map.measure)}{" "}
            <span className="muted">({perClass(c.index) === 1 ? "1 Gemeinde" : `${perClass(c.index)} Gemeinden`})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CoverageMapFigure({
  map,
  sectorLabel,
  tiles,
  caption,
}: {
  map: CoverageMapData;
  sectorLabel: string;
  tiles: TileConfig;
  caption: string;
}) {
  const areas = useMemo(
    () =>
      map.areas.map((area) => ({
        slug: area.slug,
        classIndex: area.classIndex,
        text:
          area.count === 0
            ? `${area.name}: keine Einträge`
            : `${area.name}: ${formatCount(area.count)} ${area.count === 1 ? "Eintrag" : "Einträge"} (${formatMeasure(area.perThousand, "je1000")} je 1.000 Einw.)`,
      })),
    [map.areas],
  );
  return (
    <MapFigure
      map={CoverageMap}
      props={{ tiles, label: `Karte: ${sectorLabel}, ${MEASURE_LABELS[map.measure]} je Gemeinde`, areas }}
      className="coverage-map"
      noScript="Die Karte braucht JavaScript. Die Tabelle unten enthält dieselben Zahlen."
      caption={caption}
    >
      <CoverageLegend map={map} sectorLabel={sectorLabel} />
    </MapFigure>
  );
}
