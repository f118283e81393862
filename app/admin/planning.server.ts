// The Bildungsbüro's planning view: published entries per Gemeinde and sector (absolute and
// per 1,000 inhabitants, from the same figures as /gemeinden), the Gemeinden without any
// entry of a sector, the classes of the coverage map and what people searched for.
import { z } from "zod";
import type { CatalogueDb } from "~/catalogue/db.server";
import { sectorCoverage, type SectorCoverage } from "~/catalogue/map.server";
import { SECTORS, type Sector } from "~/catalogue/vocabulary";
import { flushSearchStats, searchStatsSummary, type SearchStatsSummary } from "~/search/stats.server";
import { statsDay } from "~/search/stats";
import { MEASURES, type Measure } from "./coverage-map";

export type PlanningParams = { mass: Measure; kategorie: Sector };

const planningParams = z.object({
  mass: z.enum(MEASURES).catch("absolut"),
  kategorie: z.enum(SECTORS).catch("kita"),
});

/** `?mass=absolut|je1000&kategorie=<sector>`; a missing or unknown value falls back to its default. */
export function parsePlanningParams(query: URLSearchParams): PlanningParams {
  return planningParams.parse({ mass: query.get("mass") ?? undefined, kategorie: query.get("kategorie") ?? undefined });
}

/** One class of the map: Gemeinden whose value lies in [min, max]; class 0 is "keine". */
export type CoverageClass = { index: number; min: number; max: number };

/** Classes besides "keine" (value 0). */
export const CLASS_COUNT = 4;

/**
 * Classes for a choropleth: 0 for the Gemeinden without an entry, then up to `count`
 * quantile classes of the other values (fewer when values repeat). Each class spans the
 * values that fall in it, so the legend never names a range nobody is in.
 */
export function coverageClasses(values: readonly number[], count = CLASS_COUNT): CoverageClass[] {
  const classes: CoverageClass[] = values.some((value) => value === 0) ? [{ index: 0, min: 0, max: 0 }] : [];
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  let start = 0;
  let index = 1;
  for (let k = 1; k <= count && start < positive.length; k += 1) {
    let end = Math.ceil((k * positive.length) / count) - 1;
    // Equal values stay in one class (the previous class may have taken this quantile's share).
    while (end + 1 < positive.length && positive[end + 1] === positive[end]) end += 1;
    if (end < start) continue;
    classes.push({ index, min: positive[start]!, max: positive[end]! });
    index += 1;
    start = end + 1;
  }
  return classes;
}

/** The class a value falls in (0 for no entry). */
export function classOf(value: number, classes: readonly CoverageClass[]): number {
  if (value <= 0) return 0;
  return classes.find((c) => c.index > 0 && value <= c.max)?.index ?? classes.at(-1)?.index ?? 0;
}

export type CoverageArea = { slug: string; name: string; count: number; perThousand: number; value: number; classIndex: number };

export type PlanningView = PlanningParams & {
  coverage: SectorCoverage;
  /** Per sector, the Gemeinden without a published entry of it (by name). */
  gaps: { sector: Sector; municipalities: { slug: string; name: string }[] }[];
  map: { sector: Sector; measure: Measure; classes: CoverageClass[]; areas: CoverageArea[] };
  searches: SearchStatsSummary;
};

/** Everything /admin/planung shows. Only published entries count. */
export function planningView(db: CatalogueDb, params: PlanningParams, now = new Date()): PlanningView {
  const coverage = sectorCoverage(db);
  const gaps = SECTORS.map((sector) => ({
    sector,
    municipalities: coverage.municipalities.filter((m) => m.counts[sector] === 0).map(({ slug, name }) => ({ slug, name })),
  }));
  const valueOf = (m: SectorCoverage["municipalities"][number]) =>
    params.mass === "absolut" ? m.counts[params.kategorie] : m.perThousand[params.kategorie];
  const classes = coverageClasses(coverage.municipalities.map(valueOf));
  const areas = coverage.municipalities.map((m) => ({
    slug: m.slug,
    name: m.name,
    count: m.counts[params.kategorie],
    perThousand: m.perThousand[params.kategorie],
    value: valueOf(m),
    classIndex: classOf(valueOf(m), classes),
  }));
  return {
    ...params,
    coverage,
    gaps,
    map: { sector: params.kategorie, measure: params.mass, classes, areas },
    searches: searchStatsSummary(db, { today: statsDay(now) }),
  };
}

/** The page's data: this process's pending search counts written first, so the lists are current. */
export function loadPlanning(db: CatalogueDb, query: URLSearchParams): PlanningView {
  flushSearchStats();
  return planningView(db, parsePlanningParams(query));
}
