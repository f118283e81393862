// The map data on a real SQLite catalogue seeded from db/seed: the basemap, neighbours,
// pins of a Gemeinde, coverage per sector and the entries near an entry.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { district, institutions, municipalities, offers, type GeoJsonGeometry } from "../../db/schema";
import {
  boundariesJson,
  mapBoundaries,
  municipalityPins,
  nearbyEntries,
  neighbourSlugs,
  sectorCoverage,
  type NearbyResult,
} from "~/catalogue/map.server";
import { getMunicipalityPage } from "~/catalogue/places.server";
import { SECTORS } from "~/catalogue/vocabulary";
import { distanceKm } from "~/search/places";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";

let catalogue: TempCatalogue;

beforeAll(() => {
  catalogue = createTempCatalogue("map");
});

afterAll(() => catalogue?.cleanup());

const BKG_ATTRIBUTION =
  "© GeoBasis-DE / BKG (2025), Daten verändert. Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)";

describe("mapBoundaries", () => {
  it("has the district with its exclave, the 39 Gemeinden with label points and the BKG attribution", () => {
    const boundaries = mapBoundaries(catalogue.db);
    expect(boundaries.district.name).toBe("Landkreis Ludwigsburg");
    expect(boundaries.district.boundary.type).toBe("MultiPolygon");
    expect(boundaries.district.boundary.coordinates).toHaveLength(2);
    expect(boundaries.municipalities).toHaveLength(39);
    const grossbottwar = boundaries.municipalities.find((m) => m.slug === "grossbottwar");
    expect(grossbottwar).toMatchObject({ name: "Großbottwar", labelLat: expect.any(Number), labelLng: expect.any(Number) });
    // Its hole stays a hole.
    expect(grossbottwar?.boundary.type).toBe("Polygon");
    expect(grossbottwar?.boundary.coordinates).toHaveLength(2);
    expect(boundaries.attribution).toBe(BKG_ATTRIBUTION);
  });

  it("is read once per catalogue: the same object on every call", () => {
    expect(mapBoundaries(catalogue.db)).toBe(mapBoundaries(catalogue.db));
  });

  it("serves a body that parses back to the boundaries, with an ETag that hashes it", () => {
    const { body, etag } = boundariesJson(catalogue.db);
    expect(JSON.parse(body)).toEqual(mapBoundaries(catalogue.db));
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  });

  it("stores the district row the seed brought", () => {
    expect(catalogue.db.select({ ags: district.ags, population: district.population, datasetId: district.datasetId }).from(district).all()).toEqual([
      { ags: "08118", population: 553_689, datasetId: "bkg-vg250-ew" },
    ]);
  });
});

/** Every position of a geometry's rings, as [lng, lat]. */
function rings(geometry: GeoJsonGeometry): number[][][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

function segmentDistance(p: number[], a: number[], b: number[]) {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Brute force, independent of the vertex hash: some vertex of one lies on an edge of the other. */
function touches(a: GeoJsonGeometry, b: GeoJsonGeometry, tolerance: number) {
  const near = (from: GeoJsonGeometry, to: GeoJsonGeometry) =>
    rings(from).some((ring) =>
      ring.some((p) => rings(to).some((other) => other.some((q, i) => i > 0 && segmentDistance(p, other[i - 1] ?? q, q) <= tolerance))),
    );
  return near(a, b) || near(b, a);
}

describe("neighbourSlugs", () => {
  it("names Ludwigsburg's ten neighbouring Gemeinden", () => {
    expect(neighbourSlugs(catalogue.db).get("ludwigsburg")).toEqual([
      "affalterbach",
      "asperg",
      "benningen-am-neckar",
      "erdmannhausen",
      "freiberg-am-neckar",
      "kornwestheim",
      "marbach-am-neckar",
      "moeglingen",
      "remseck-am-neckar",
      "tamm",
    ]);
  });

  it.each([
    ["kornwestheim", "ludwigsburg"],
    ["asperg", "tamm"],
    ["oberstenfeld", "grossbottwar"],
    ["bietigheim-bissingen", "sachsenheim"],
    ["vaihingen-an-der-enz", "sachsenheim"],
  ])("%s and %s touch", (a, b) => {
    const neighbours = neighbourSlugs(catalogue.db);
    expect(neighbours.get(a)).toContain(b);
    expect(neighbours.get(b)).toContain(a);
  });

  it.each([
    ["ludwigsburg", "vaihingen-an-der-enz"],
    ["gerlingen", "oberstenfeld"],
  ])("%s and %s do not touch", (a, b) => {
    expect(neighbourSlugs(catalogue.db).get(a)).not.toContain(b);
  });

  it("is symmetric, never names a Gemeinde itself, and gives every Gemeinde at least one neighbour", () => {
    const neighbours = neighbourSlugs(catalogue.db);
    expect(neighbours.size).toBe(39);
    for (const [slug, list] of neighbours) {
      expect(list).not.toContain(slug);
      expect(list.length).toBeGreaterThan(0);
      for (const other of list) expect(neighbours.get(other)).toContain(slug);
    }
  });

  it("finds exactly the pairs whose simplified boundaries meet within 20 m", () => {
    const { municipalities: all } = mapBoundaries(catalogue.db);
    const expected: string[] = [];
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) if (touches(a.boundary, b.boundary, 0.00025)) expected.push([a.slug, b.slug].sort().join("|"));
    }
    const found = [...neighbourSlugs(catalogue.db)].flatMap(([slug, list]) => list.filter((other) => slug < other).map((other) => `${slug}|${other}`));
    expect(found.sort()).toEqual(expected.sort());
    expect(found).toHaveLength(98);
  });
});

describe("municipalityPins", () => {
  it("pins every published entry of Asperg, schools at their address, the rest approximate", () => {
    const pins = municipalityPins(catalogue.db, "asperg");
    expect(pins).toHaveLength(getMunicipalityPage(catalogue.db, "asperg")?.total ?? -1);
    expect(pins.find((pin) => pin.title === "Friedrich-List-Gymnasium Asperg")).toEqual({
      id: expect.stringMatching(/^einrichtung-\d+$/),
      slug: "friedrich-list-gymnasium-asperg",
      title: "Friedrich-List-Gymnasium Asperg",
      type: "Gymnasium",
      category: "schule",
      lat: 48.900504,
      lng: 9.134425,
      approximate: false,
      address: "Lyonel-Feininger-Weg 3, 71679 Asperg",
    });
    const approximate = pins.filter((pin) => pin.approximate);
    expect(approximate.length).toBeGreaterThan(0);
    const asperg = catalogue.db.select().from(municipalities).where(eq(municipalities.slug, "asperg")).get();
    for (const pin of approximate) expect([pin.lat, pin.lng]).toEqual([asperg?.labelLat, asperg?.labelLng]);
  });

  it("narrows down to the chosen sectors", () => {
    const schools = municipalityPins(catalogue.db, "marbach-am-neckar", ["schule"]);
    expect(schools.map((pin) => pin.title)).toContain("Friedrich-Schiller-Gymnasium");
    expect(new Set(schools.map((pin) => pin.category))).toEqual(new Set(["schule"]));
    const both = municipalityPins(catalogue.db, "marbach-am-neckar", ["schule", "kultur"]);
    expect(new Set(both.map((pin) => pin.category))).toEqual(new Set(["schule", "kultur"]));
    expect(municipalityPins(catalogue.db, "marbach-am-neckar", [])).toEqual(municipalityPins(catalogue.db, "marbach-am-neckar"));
  });

  it("has nothing for an unknown Gemeinde", () => {
    expect(municipalityPins(catalogue.db, "stuttgart")).toEqual([]);
  });

  it("leaves out drafts and entries without a position", () => {
    const before = municipalityPins(catalogue.db, "asperg");
    const gymnasium = findInstitution(catalogue.db, "Friedrich-List-Gymnasium Asperg").institution;
    const goethe = findInstitution(catalogue.db, "Goetheschule Grundschule Asperg").institution;
    catalogue.db.update(institutions).set({ status: "draft" }).where(eq(institutions.id, gymnasium.id)).run();
    catalogue.db.update(institutions).set({ lat: null, lng: null, geoPrecision: null }).where(eq(institutions.id, goethe.id)).run();
    try {
      const titles = municipalityPins(catalogue.db, "asperg").map((pin) => pin.title);
      expect(titles).toHaveLength(before.length - 2);
      expect(titles).not.toContain("Friedrich-List-Gymnasium Asperg");
      expect(titles).not.toContain("Goetheschule Grundschule Asperg");
    } finally {
      catalogue.db.update(institutions).set({ status: "published" }).where(eq(institutions.id, gymnasium.id)).run();
      catalogue.db
        .update(institutions)
        .set({ lat: goethe.lat, lng: goethe.lng, geoPrecision: goethe.geoPrecision })
        .where(eq(institutions.id, goethe.id))
        .run();
    }
    expect(municipalityPins(catalogue.db, "asperg")).toEqual(before);
  });
});

describe("sectorCoverage", () => {
  const coverage = () => sectorCoverage(catalogue.db);

  it("counts Asperg's entries per sector and per 1,000 inhabitants", () => {
    const asperg = coverage().municipalities.find((m) => m.slug === "asperg");
    const page = getMunicipalityPage(catalogue.db, "asperg");
    expect(asperg).toMatchObject({ name: "Asperg", population: 13_836, counts: page?.counts, total: page?.total });
    // 8 entries for 13,836 inhabitants: 0.578… per 1,000
    expect(asperg?.total).toBe(8);
    expect(asperg?.totalPerThousand).toBe(0.58);
    expect(asperg?.perThousand.jugendhilfe).toBe(0);
    for (const sector of SECTORS) {
      expect(asperg?.perThousand[sector]).toBe(Math.round(((asperg?.counts[sector] ?? 0) * 100_000) / 13_836) / 100);
    }
  });

  it("adds the Gemeinden up to the district", () => {
    const { municipalities: rows, district: total } = coverage();
    expect(rows).toHaveLength(39);
    expect(total.population).toBe(553_689);
    for (const sector of SECTORS) expect(total.counts[sector]).toBe(rows.reduce((sum, row) => sum + row.counts[sector], 0));
    expect(total.total).toBe(rows.reduce((sum, row) => sum + row.total, 0));
    expect(total.totalPerThousand).toBe(Math.round((total.total * 100_000) / 553_689) / 100);
  });

  it("leaves out the district-wide entries without a Gemeinde", () => {
    const published = (table: typeof institutions | typeof offers) =>
      catalogue.db.select({ ags: table.municipalityAgs }).from(table).where(eq(table.status, "published")).all();
    const placed = [...published(institutions), ...published(offers)].filter((row) => row.ags !== null);
    expect(coverage().district.total).toBe(placed.length);
  });
});

describe("nearbyEntries", () => {
  const MARBACH_GYMNASIUM = "friedrich-schiller-gymnasium-marbach-am-neckar";

  it("lists the exactly placed entries near the Friedrich-Schiller-Gymnasium Marbach, nearest first", () => {
    const result = nearbyEntries(catalogue.db, MARBACH_GYMNASIUM);
    expect(result.status).toBe("ok");
    const entries = result.status === "ok" ? result.entries : [];
    expect(entries.slice(0, 3).map((entry) => [entry.title, entry.distanceKm])).toEqual([
      ["Anne-Frank-Realschule", 0.09],
      ["Tobias-Mayer-Schule Gemeinschaftsschule", 0.09],
      ["Grundschule Marbach", 0.26],
    ]);
    expect(entries[0]).toMatchObject({
      slug: expect.any(String),
      type: expect.any(String),
      category: "schule",
      approximate: false,
      address: "Schulstraße 33, 71672 Marbach am Neckar",
    });
    expect(entries.map((entry) => entry.slug)).not.toContain(MARBACH_GYMNASIUM);
    expect(entries.every((entry) => !entry.approximate && entry.distanceKm <= 2)).toBe(true);
    const distances = entries.map((entry) => entry.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("keeps at most ten in Ludwigsburg's centre", () => {
    const result = nearbyEntries(catalogue.db, "paedagogische-hochschule-ludwigsburg", 5);
    expect(result.status === "ok" ? result.entries.length : 0).toBe(10);
  });

  /** All published, exactly placed entries within the radius, measured one by one. */
  function bruteForce(slug: string, radiusKm: number) {
    const rows = [
      ...catalogue.db.select({ slug: institutions.slug, lat: institutions.lat, lng: institutions.lng, p: institutions.geoPrecision, status: institutions.status }).from(institutions).all(),
      ...catalogue.db.select({ slug: offers.slug, lat: offers.lat, lng: offers.lng, p: offers.geoPrecision, status: offers.status }).from(offers).all(),
    ];
    const self = rows.find((row) => row.slug === slug);
    if (!self || self.lat === null || self.lng === null) throw new Error(`no position: ${slug}`);
    const origin = { lat: self.lat, lng: self.lng };
    return rows
      .filter((row) => row.slug !== slug && row.status === "published" && row.p === "exact" && row.lat !== null && row.lng !== null)
      .map((row) => ({ slug: row.slug, km: distanceKm(origin, { lat: row.lat ?? 0, lng: row.lng ?? 0 }) }))
      .filter((row) => row.km <= radiusKm)
      .sort((a, b) => a.km - b.km);
  }

  it.each([
    [MARBACH_GYMNASIUM, 0.5],
    [MARBACH_GYMNASIUM, 2],
    ["friedrich-list-gymnasium-asperg", 1],
    ["friedrich-list-gymnasium-asperg", 3],
    ["residenzschloss-ludwigsburg-mit-keramikmuseum-modemuseum-und-barockgalerie", 0.8],
  ])("finds what measuring every entry finds near %s within %d km (the SQL box loses nothing)", (slug, radiusKm) => {
    const expected = bruteForce(slug, radiusKm);
    const result = nearbyEntries(catalogue.db, slug, radiusKm);
    expect(result.status).toBe("ok");
    const entries = result.status === "ok" ? result.entries : [];
    expect(entries).toHaveLength(Math.min(10, expected.length));
    expect(entries.map((entry) => entry.distanceKm)).toEqual(expected.slice(0, 10).map((row) => Math.round(row.km * 100) / 100));
    if (expected.length < 10) expect(new Set(entries.map((entry) => entry.slug))).toEqual(new Set(expected.map((row) => row.slug)));
  });

  it.each<[string, string, NearbyResult]>([
    ["an entry placed at its Gemeinde", "musikschule-marbach-bottwartal", { status: "approximate" }],
    ["a district-wide programme without a place", "praktikumswochen-baden-wuerttemberg", { status: "no-position" }],
    ["an unknown slug", "gibt-es-nicht", { status: "not-found" }],
  ])("answers %s with its status", (_name, slug, expected) => {
    expect(nearbyEntries(catalogue.db, slug)).toEqual(expected);
  });

  it("treats a draft as unknown and never lists one", () => {
    const anne = findInstitution(catalogue.db, "Anne-Frank-Realschule").institution;
    catalogue.db.update(institutions).set({ status: "draft" }).where(inArray(institutions.id, [anne.id])).run();
    try {
      expect(nearbyEntries(catalogue.db, anne.slug)).toEqual({ status: "not-found" });
      const result = nearbyEntries(catalogue.db, MARBACH_GYMNASIUM);
      expect(result.status === "ok" ? result.entries.map((entry) => entry.slug) : null).not.toContain(anne.slug);
    } finally {
      catalogue.db.update(institutions).set({ status: "published" }).where(and(eq(institutions.id, anne.id))).run();
    }
  });
});
