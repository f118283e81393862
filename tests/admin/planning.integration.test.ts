// The planning view on the real seed catalogue: coverage per Gemeinde and sector against
// plain SQL counts, the Gemeinden lacking a sector, the map's classes and the searches.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../db/schema";
import { classOf, coverageClasses, parsePlanningParams, planningView } from "~/admin/planning.server";
import { SECTORS, type Sector } from "~/catalogue/vocabulary";
import { NO_QUERY } from "~/search/stats";
import { SearchStatsRecorder } from "~/search/stats.server";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";

let catalogue: TempCatalogue;

beforeAll(() => {
  catalogue = createTempCatalogue("planning");
});

afterAll(() => catalogue?.cleanup());

const NOW = new Date("2025-06-30T10:00:00Z");
const view = (query = "") => planningView(catalogue.db, parsePlanningParams(new URLSearchParams(query)), NOW);

/** Published entries per sector placed in a Gemeinde, counted in SQL. */
function sqlCountsPerSector(): Record<string, number> {
  const rows = catalogue.db.all<{ sector: Sector; count: number }>(sql`
    select sector, count(*) as count from (
      select sector, municipality_ags from institutions where status = 'published'
      union all
      select sector, municipality_ags from offers where status = 'published'
    ) where municipality_ags is not null group by sector`);
  return Object.fromEntries(rows.map((row) => [row.sector, row.count]));
}

/** Gemeinden (by name) without a published entry of the sector, in SQL. */
function sqlGemeindenWithout(sector: Sector): string[] {
  return catalogue.db
    .all<{ name: string }>(sql`
      select name from municipalities m where not exists (
        select 1 from institutions i where i.municipality_ags = m.ags and i.sector = ${sector} and i.status = 'published'
      ) and not exists (
        select 1 from offers o where o.municipality_ags = m.ags and o.sector = ${sector} and o.status = 'published'
      ) order by name`)
    .map((row) => row.name);
}

describe("parsePlanningParams", () => {
  it.each([
    ["", { mass: "absolut", kategorie: "kita" }],
    ["mass=je1000&kategorie=schule", { mass: "je1000", kategorie: "schule" }],
    ["mass=prozent&kategorie=zoo", { mass: "absolut", kategorie: "kita" }],
    ["mass=&kategorie=kultur", { mass: "absolut", kategorie: "kultur" }],
  ])("%j → %j", (query, expected) => {
    expect(parsePlanningParams(new URLSearchParams(query))).toEqual(expected);
  });
});

describe("coverageClasses", () => {
  it.each([
    ["no values", [], []],
    ["only gaps", [0, 0], [{ index: 0, min: 0, max: 0 }]],
    [
      "eight values in quarters",
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
      [
        { index: 0, min: 0, max: 0 },
        { index: 1, min: 1, max: 2 },
        { index: 2, min: 3, max: 4 },
        { index: 3, min: 5, max: 6 },
        { index: 4, min: 7, max: 8 },
      ],
    ],
    [
      "equal values stay in one class",
      [1, 1, 1, 1, 1, 2, 9],
      [
        { index: 1, min: 1, max: 1 },
        { index: 2, min: 2, max: 2 },
        { index: 3, min: 9, max: 9 },
      ],
    ],
    ["one value", [3.5], [{ index: 1, min: 3.5, max: 3.5 }]],
    [
      "rates, unsorted",
      [0.8, 0.1, 0, 0.4, 0.25],
      [
        { index: 0, min: 0, max: 0 },
        { index: 1, min: 0.1, max: 0.1 },
        { index: 2, min: 0.25, max: 0.25 },
        { index: 3, min: 0.4, max: 0.4 },
        { index: 4, min: 0.8, max: 0.8 },
      ],
    ],
  ])("%s", (_name, values, expected) => {
    expect(coverageClasses(values)).toEqual(expected);
  });

  it("puts every value in the class that spans it", () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    const classes = coverageClasses(values);
    expect(values.map((value) => classOf(value, classes))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe("planningView coverage", () => {
  it("counts per sector what SQL counts: published entries placed in a Gemeinde", () => {
    const { coverage } = view();
    const expected = sqlCountsPerSector();
    expect(coverage.municipalities).toHaveLength(39);
    for (const sector of SECTORS) {
      expect(coverage.district.counts[sector], sector).toBe(expected[sector] ?? 0);
      expect(coverage.municipalities.reduce((sum, m) => sum + m.counts[sector], 0)).toBe(expected[sector] ?? 0);
    }
    expect(coverage.district.total).toBe(Object.values(expected).reduce((sum, n) => sum + n, 0));
  });

  it("lists, per sector, the Gemeinden without an entry of it", () => {
    const { gaps } = view();
    expect(gaps.map((gap) => gap.sector)).toEqual([...SECTORS]);
    for (const gap of gaps) expect(gap.municipalities.map((m) => m.name), gap.sector).toEqual(sqlGemeindenWithout(gap.sector));
    // The seed has gaps to plan for: not every Gemeinde has every sector.
    expect(gaps.some((gap) => gap.municipalities.length > 0)).toBe(true);
  });

  it("shows the chosen sector and measure on the map, every Gemeinde in a class", () => {
    const absolute = view("kategorie=schule");
    expect(absolute.map.sector).toBe("schule");
    expect(absolute.map.areas).toHaveLength(39);
    for (const area of absolute.map.areas) {
      expect(area.value).toBe(area.count);
      const c = absolute.map.classes.find((candidate) => candidate.index === area.classIndex);
      expect(c, area.name).toBeDefined();
      expect(area.value).toBeGreaterThanOrEqual(c!.min);
      expect(area.value).toBeLessThanOrEqual(c!.max);
    }
    const ludwigsburg = absolute.map.areas.find((area) => area.slug === "ludwigsburg")!;
    const perThousand = view("kategorie=schule&mass=je1000").map.areas.find((area) => area.slug === "ludwigsburg")!;
    expect(perThousand.value).toBe(ludwigsburg.perThousand);
    const population = absolute.coverage.municipalities.find((m) => m.slug === "ludwigsburg")!.population;
    expect(perThousand.value).toBeCloseTo((ludwigsburg.count * 1000) / population, 2);
  });

  it("leaves drafts out", () => {
    const before = view();
    const { institution, municipality } = findInstitution(catalogue.db, "Friedrich-List-Gymnasium Asperg", "asperg");
    const slug = municipality!.slug;
    const count = (v: ReturnType<typeof view>) => v.coverage.municipalities.find((m) => m.slug === slug)!.counts[institution.sector];
    catalogue.db.update(institutions).set({ status: "draft" }).where(sql`${institutions.id} = ${institution.id}`).run();
    try {
      expect(count(view())).toBe(count(before) - 1);
      expect(view().coverage.district.counts[institution.sector]).toBe(before.coverage.district.counts[institution.sector] - 1);
    } finally {
      catalogue.db.update(institutions).set({ status: "published" }).where(sql`${institutions.id} = ${institution.id}`).run();
    }
  });
});

describe("planningView searches", () => {
  it("lists the most frequent searches and those without results after searches were counted", () => {
    const recorder = new SearchStatsRecorder({ db: () => catalogue.db, now: () => NOW });
    const search = (q: string, status: "ok" | "no-results", times = 1) => {
      for (let i = 0; i < times; i += 1) recorder.record({ q, seite: 1, status });
    };
    search("Kita", "ok", 5);
    search("kita ", "ok", 1);
    search("Reitschule", "no-results", 3);
    search("Musikschule", "ok", 2);
    search("Musikschule", "no-results", 1);
    search("", "ok", 4);
    recorder.record({ q: "Kita", seite: 2, status: "ok" });
    recorder.record({ q: "info@example.org", seite: 1, status: "no-results" });
    recorder.flush();

    const { searches } = view();
    // Equally frequent: the one more often without results first.
    expect(searches.top).toEqual([
      { query: "kita", searches: 6, withoutResults: 0 },
      { query: "reitschule", searches: 3, withoutResults: 3 },
      { query: "musikschule", searches: 3, withoutResults: 1 },
    ]);
    expect(searches.topWithoutResults).toEqual([
      { query: "reitschule", searches: 3, withoutResults: 3 },
      { query: "musikschule", searches: 3, withoutResults: 1 },
    ]);
    expect(searches.filterOnly).toEqual({ searches: 4, withoutResults: 0 });
    expect(searches.searches).toBe(16);
    expect(searches.top.map((row) => row.query)).not.toContain(NO_QUERY);
    expect(searches.since).toBe("2025-04-02");
  });
});
