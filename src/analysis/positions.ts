// Positions of a geometry, with no dependency (no Turf), so list sorting and file import can use it without
// pulling geometry libraries into the first page load.
import type { Geometry, Position } from 'geojson';

/** Vertices of any geometry (for Polygon: all rings), as [lon, lat] pairs. */
export function vertices(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(vertices);
  }
}

/** [west, south, east, north] of WGS84 positions in degrees, or null for none (no antimeridian handling). */
export function extentOf(points: readonly Position[]): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x = 0, y = 0] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}
