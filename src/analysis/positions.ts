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
