// Distances from points to lines and between geometries, in metres (see geodesy.ts for the sphere and scope).
import type { Geometry, LineString, MultiLineString, Position } from 'geojson';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { EARTH_RADIUS_M, haversineM } from './geodesy';

/** A line geometry we measure against: a LineString or MultiLineString (routes, the tourist line, railways). */
export type LineGeometry = LineString | MultiLineString;

export interface PointOnLine {
  /** Great-circle distance in metres from the query point to the nearest point of the line. */
  distanceM: number;
  /** The nearest point of the line, [lon, lat]. */
  nearest: [number, number];
}

/** Parts of a line as arrays of positions (one part for a LineString). */
export function lineParts(line: LineGeometry): Position[][] {
  return line.type === 'LineString' ? [line.coordinates] : line.coordinates;
}

/** True when the value is a LineString or MultiLineString geometry. */
export function isLineGeometry(g: Geometry | null | undefined): g is LineGeometry {
  return g != null && (g.type === 'LineString' || g.type === 'MultiLineString');
}

/**
 * Exact distance from a point to a line: Turf nearestPointOnLine, which projects onto each great-circle segment.
 * Returns metres and the nearest point. A line with no segment (one vertex) falls back to its vertex.
 */
export function pointToLine(lon: number, lat: number, line: LineGeometry): PointOnLine {
  const snapped = nearestPointOnLine(line, [lon, lat], { units: 'meters' });
  const c = snapped.geometry.coordinates;
  if (Number.isFinite(snapped.properties.pointDistance) && c[0] !== undefined && c[1] !== undefined) {
    return { distanceM: snapped.properties.pointDistance, nearest: [c[0], c[1]] };
  }
  // Degenerate line (no segment): the distance to its first vertex.
  const first = lineParts(line)[0]?.[0];
  if (!first || first[0] === undefined || first[1] === undefined) {
    return { distanceM: Infinity, nearest: [NaN, NaN] };
  }
  return { distanceM: haversineM(lon, lat, first[0], first[1]), nearest: [first[0], first[1]] };
}

import { vertices } from './positions';
export { vertices };

/** The linear parts of a geometry: lines as they are, polygon rings as closed lines; points have none. */
function linework(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Point':
    case 'MultiPoint':
      return [];
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(linework);
  }
}

function containsPoint(g: Geometry, p: Position): boolean {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return booleanPointInPolygon(p, g);
  if (g.type === 'GeometryCollection') return g.geometries.some((h) => containsPoint(h, p));
  return false;
}

/** Planar (lon/lat) proper-or-touching intersection test of segments ab and cd. */
function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const ax = a[0] ?? 0,
    ay = a[1] ?? 0,
    bx = b[0] ?? 0,
    by = b[1] ?? 0;
  const cx = c[0] ?? 0,
    cy = c[1] ?? 0,
    dx = d[0] ?? 0,
    dy = d[1] ?? 0;
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number): number =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const o1 = o(ax, ay, bx, by, cx, cy);
  const o2 = o(ax, ay, bx, by, dx, dy);
  const o3 = o(cx, cy, dx, dy, ax, ay);
  const o4 = o(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  const on = (px: number, py: number, qx: number, qy: number, rx: number, ry: number): boolean =>
    Math.min(px, qx) <= rx && rx <= Math.max(px, qx) && Math.min(py, qy) <= ry && ry <= Math.max(py, qy);
  return (
    (o1 === 0 && on(ax, ay, bx, by, cx, cy)) ||
    (o2 === 0 && on(ax, ay, bx, by, dx, dy)) ||
    (o3 === 0 && on(cx, cy, dx, dy, ax, ay)) ||
    (o4 === 0 && on(cx, cy, dx, dy, bx, by))
  );
}

function anyCrossing(a: Position[][], b: Position[][]): boolean {
  for (const pa of a) {
    for (let i = 0; i + 1 < pa.length; i++) {
      const a0 = pa[i],
        a1 = pa[i + 1];
      if (!a0 || !a1) continue;
      for (const pb of b) {
        for (let j = 0; j + 1 < pb.length; j++) {
          const b0 = pb[j],
            b1 = pb[j + 1];
          if (b0 && b1 && segmentsIntersect(a0, a1, b0, b1)) return true;
        }
      }
    }
  }
  return false;
}

/** [minLon, minLat, maxLon, maxLat] of some positions. */
type Box = [number, number, number, number];

function boxOf(ps: Position[]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ps) {
    const x = p[0] ?? NaN,
      y = p[1] ?? NaN;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

/**
 * Box grown by `metres` on every side, conservatively: the longitude margin uses the cosine of the largest
 * |latitude| reached, and the margin is widened by 1 % + 10 m to cover the few-metre difference between
 * lon/lat boxes and great-circle arcs at our scale. Used only to skip work, never to accept a hit.
 */
function grow(b: Box, metres: number): Box {
  const m = metres * 1.01 + 10;
  const dLat = (m / EARTH_RADIUS_M) * (180 / Math.PI);
  const maxAbsLat = Math.min(89, Math.max(Math.abs(b[1]), Math.abs(b[3])) + dLat);
  const dLon = dLat / Math.cos((maxAbsLat * Math.PI) / 180);
  return [b[0] - dLon, b[1] - dLat, b[2] + dLon, b[3] + dLat];
}

function inBox(p: Position, b: Box): boolean {
  const x = p[0] ?? NaN,
    y = p[1] ?? NaN;
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function minVertexToLinework(from: Position[], to: Position[][], maxM: number): number {
  if (to.length === 0) return Infinity;
  const line: MultiLineString = { type: 'MultiLineString', coordinates: to.filter((p) => p.length >= 2) };
  if (line.coordinates.length === 0) return Infinity;
  // Vertices farther than maxM from the linework's box cannot be within maxM of it: skip them.
  const near = Number.isFinite(maxM) ? grow(boxOf(line.coordinates.flat()), maxM) : null;
  let best = Infinity;
  for (const v of from) {
    const lon = v[0],
      lat = v[1];
    if (lon === undefined || lat === undefined) continue;
    if (near && !inBox(v, near)) continue;
    const d = pointToLine(lon, lat, line).distanceM;
    if (d < best) best = d;
  }
  return best;
}

/**
 * Shortest distance in metres between two geometries (points, lines, polygons).
 * 0 when they touch, cross, or one polygon contains a vertex of the other. Otherwise the minimum over each
 * geometry's vertices of the great-circle distance to the other's linework (and vertex-to-vertex for points).
 * That is exact for polylines that do not cross; crossing is tested in planar lon/lat, which over the few-km
 * segments of our data differs from the great-circle test by at most metres (bulge ≈ L²·tanφ / 8R, 1.4 m for
 * L = 10 km at Lanzhou's latitude). A polygon entirely containing the other geometry is caught by the vertex test.
 *
 * `maxM` (metres) lets callers that only care whether the distance is ≤ maxM skip work: any result greater
 * than maxM may then be reported as Infinity. Results ≤ maxM are exact as above.
 */
export function geometryDistanceM(a: Geometry, b: Geometry, maxM = Infinity): number {
  const va = vertices(a);
  const vb = vertices(b);
  if (Number.isFinite(maxM) && va.length > 0 && vb.length > 0 && !boxesOverlap(grow(boxOf(va), maxM), boxOf(vb))) {
    return Infinity;
  }
  if (va.some((p) => containsPoint(b, p)) || vb.some((p) => containsPoint(a, p))) return 0;
  const la = linework(a);
  const lb = linework(b);
  if (la.length > 0 && lb.length > 0 && anyCrossing(la, lb)) return 0;
  let best = Math.min(minVertexToLinework(va, lb, maxM), minVertexToLinework(vb, la, maxM));
  if (la.length === 0 && lb.length === 0) {
    for (const p of va) {
      for (const q of vb) {
        const d = haversineM(p[0] ?? NaN, p[1] ?? NaN, q[0] ?? NaN, q[1] ?? NaN);
        if (d < best) best = d;
      }
    }
  }
  return best;
}
