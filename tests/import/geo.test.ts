import { describe, expect, it } from "vitest";
import {
  countVertices,
  douglasPeucker,
  dropConsecutiveDuplicates,
  pointInGeometry,
  type PolygonGeometry,
  simplifyGeometry,
  simplifyRing,
} from "../../scripts/import/geo";

const TOLERANCE = 0.0001;

/** A 0.01° square with extra points on its edges that lie within the tolerance of the edge. */
const noisySquare = [
  [9.0, 48.9],
  [9.005, 48.90004],
  [9.01, 48.9],
  [9.01, 48.9],
  [9.01, 48.905],
  [9.01, 48.91],
  [9.005, 48.91],
  [9.0, 48.91],
  [9.00003, 48.905],
  [9.0, 48.9],
];

const isClosed = (ring: number[][]) => JSON.stringify(ring[0]) === JSON.stringify(ring[ring.length - 1]);

describe("dropConsecutiveDuplicates", () => {
  it("removes repeated points and closes an open ring", () => {
    expect(dropConsecutiveDuplicates([[1, 1], [1, 1], [2, 1], [2, 2], [2, 2]])).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ]);
  });
});

describe("douglasPeucker", () => {
  it("keeps the end points and the points farther than the tolerance", () => {
    const line = [
      [0, 0],
      [1, 0.25003],
      [2, 0.5],
      [3, 0],
    ];
    expect(douglasPeucker(line, TOLERANCE)).toEqual([
      [0, 0],
      [2, 0.5],
      [3, 0],
    ]);
  });
});

describe("simplifyRing", () => {
  it("removes duplicates and points within the tolerance, leaving the four corners closed", () => {
    const simplified = simplifyRing(noisySquare, TOLERANCE);
    expect(simplified).toEqual([
      [9.0, 48.9],
      [9.01, 48.9],
      [9.01, 48.91],
      [9.0, 48.91],
      [9.0, 48.9],
    ]);
  });

  it("never drops a ring below 4 closed positions", () => {
    const sliver = [
      [9.0, 48.9],
      [9.00001, 48.90001],
      [9.00002, 48.9],
      [9.0, 48.9],
    ];
    const simplified = simplifyRing(sliver, TOLERANCE);
    expect(simplified.length).toBeGreaterThanOrEqual(4);
    expect(isClosed(simplified)).toBe(true);
  });

  it.each([0.00001, 0.0001, 0.001, 0.1])("keeps every ring closed and ≥ 4 positions at tolerance %s", (tolerance) => {
    const simplified = simplifyRing(noisySquare, tolerance);
    expect(isClosed(simplified)).toBe(true);
    expect(simplified.length).toBeGreaterThanOrEqual(4);
  });
});

describe("simplifyGeometry", () => {
  const hole = [
    [9.004, 48.904],
    [9.006, 48.904],
    [9.006, 48.906],
    [9.004, 48.906],
    [9.004, 48.904],
  ];
  const exclave = [
    [9.1, 49.0],
    [9.101, 49.0],
    [9.101, 49.001],
    [9.1, 49.0],
  ];

  it("keeps holes and every part of a MultiPolygon", () => {
    const geometry: PolygonGeometry = { type: "MultiPolygon", coordinates: [[noisySquare, hole], [exclave]] };
    const simplified = simplifyGeometry(geometry, TOLERANCE);
    expect(simplified.type).toBe("MultiPolygon");
    expect(simplified.coordinates).toHaveLength(2);
    expect(simplified.coordinates[0]).toHaveLength(2);
    expect(simplified.coordinates[1]).toEqual([exclave]);
    expect(countVertices(geometry)).toBe(19);
    expect(countVertices(simplified)).toBe(14);
  });

  it("finds points inside, in the hole, in the exclave and outside", () => {
    const geometry: PolygonGeometry = { type: "MultiPolygon", coordinates: [[noisySquare, hole], [exclave]] };
    expect(pointInGeometry(9.002, 48.902, geometry)).toBe(true);
    expect(pointInGeometry(9.005, 48.905, geometry)).toBe(false);
    expect(pointInGeometry(9.1008, 49.0002, geometry)).toBe(true);
    expect(pointInGeometry(9.05, 48.95, geometry)).toBe(false);
  });
});
