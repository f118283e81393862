// Planar geometry on WGS84 lon/lat degrees. Good enough at the scale of one district
// (about 50 km): tolerances and tests are in degrees, not metres.

export type Position = number[];
export type Ring = Position[];
export type PolygonGeometry =
  | { type: "Polygon"; coordinates: Ring[] }
  | { type: "MultiPolygon"; coordinates: Ring[][] };

const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function x(p: Position): number {
  return p[0] ?? Number.NaN;
}
function y(p: Position): number {
  return p[1] ?? Number.NaN;
}

/** Distance from p to the segment a–b. */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = x(b) - x(a);
  const dy = y(b) - y(a);
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((x(p) - x(a)) * dx + (y(p) - y(a)) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(x(p) - (x(a) + t * dx), y(p) - (y(a) + t * dy));
}

/** Douglas–Peucker on an open polyline; keeps both end points. */
export function douglasPeucker(line: Position[], tolerance: number): Position[] {
  if (line.length <= 2) return line.slice();
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = true;
  keep[line.length - 1] = true;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop() ?? [0, 0];
    const a = line[start];
    const b = line[end];
    if (!a || !b) continue;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = start + 1; i < end; i++) {
      const p = line[i];
      if (!p) continue;
      const distance = segmentDistance(p, a, b);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([start, farthest], [farthest, end]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** Drops points equal to their predecessor and makes sure the ring is closed. */
export function dropConsecutiveDuplicates(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || !samePoint(last, p)) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && !samePoint(first, last)) out.push(first);
  return out;
}

/**
 * Simplifies one closed ring. The ring is split at the vertex farthest from its start so both
 * halves are ordinary polylines for Douglas–Peucker. A ring never drops below 4 positions
 * (a closed triangle): if simplification would go below that, the deduplicated ring is kept.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  const closed = dropConsecutiveDuplicates(ring);
  if (closed.length <= 4) return closed;
  const open = closed.slice(0, -1);
  const start = open[0];
  if (!start) return closed;
  let split = 0;
  let splitDistance = -1;
  open.forEach((p, i) => {
    const distance = Math.hypot(x(p) - x(start), y(p) - y(start));
    if (distance > splitDistance) {
      split = i;
      splitDistance = distance;
    }
  });
  const firstHalf = douglasPeucker(open.slice(0, split + 1), tolerance);
  const secondHalf = douglasPeucker([...open.slice(split), start], tolerance);
  const simplified = [...firstHalf, ...secondHalf.slice(1)];
  return simplified.length >= 4 ? simplified : closed;
}

export function simplifyGeometry(geometry: PolygonGeometry, tolerance: number): PolygonGeometry {
  if (geometry.type === "Polygon") {
    return { type: "Polygon", coordinates: geometry.coordinates.map((ring) => simplifyRing(ring, tolerance)) };
  }
  return {
    type: "MultiPolygon",
    coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => simplifyRing(ring, tolerance))),
  };
}

export function countVertices(geometry: PolygonGeometry): number {
  const rings = geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
  return rings.reduce((sum, ring) => sum + ring.length, 0);
}

/** Even–odd ray casting; a point exactly on an edge may fall either way. */
function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (y(a) > lat !== y(b) > lat && lng < ((x(b) - x(a)) * (lat - y(a))) / (y(b) - y(a)) + x(a)) {
      inside = !inside;
    }
  }
  return inside;
}

/** True when the point lies in the polygon's outer ring and in none of its holes. */
export function pointInGeometry(lng: number, lat: number, geometry: PolygonGeometry): boolean {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => {
    if (!outer || !inRing(lng, lat, outer)) return false;
    return !holes.some((hole) => inRing(lng, lat, hole));
  });
}
