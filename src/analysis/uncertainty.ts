// Rings that make an approximate position's uncertainty visible: a geodesic circle of the stated radius around
// the point. Pure; coordinates WGS84 [lon, lat] in degrees, radii in metres, on the same sphere as geodesy.ts.
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { EARTH_RADIUS_M } from './geodesy';
import type { LonLat } from './geodesy';

/**
 * The bound of the precision class "approximate" (≤ 2 km, as documented in docs/data-and-sources.md). The data states no radius per feature today, so every approximate point
 * gets a ring of this class bound: it shows the worst case the class allows, never less than it.
 */
export const APPROXIMATE_BOUND_M = 2000;

const RAD = Math.PI / 180;

/** The point at `distanceM` from `from` along the initial bearing `bearingDeg` (degrees clockwise from north). */
export function destination(from: LonLat, distanceM: number, bearingDeg: number): [number, number] {
  const d = distanceM / EARTH_RADIUS_M;
  const b = bearingDeg * RAD;
  const lat1 = from[1] * RAD;
  const lon1 = from[0] * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return [lon2 / RAD, lat2 / RAD];
}

/** A closed ring of `steps` vertices (plus the closing one), counter-clockwise as RFC 7946 asks of outer rings. */
export function circlePolygon(center: LonLat, radiusM: number, steps = 64): Polygon {
  const ring: Array<[number, number]> = [];
  for (let i = 0; i < steps; i++) ring.push(destination(center, radiusM, 360 - (i * 360) / steps));
  ring.push(ring[0] as [number, number]);
  return { type: 'Polygon', coordinates: [ring] };
}

export interface UncertainPoint {
  id: string;
  position: LonLat;
  /** Radius in metres; null when the data states none (then APPROXIMATE_BOUND_M applies). */
  radiusM: number | null;
}

/** One ring per point; `properties.radius_m` is the radius drawn and `stated` whether the data gave it. */
export function uncertaintyRings(points: readonly UncertainPoint[], steps = 64): FeatureCollection<Polygon> {
  const features: Array<Feature<Polygon>> = [];
  for (const p of points) {
    const stated = typeof p.radiusM === 'number' && Number.isFinite(p.radiusM) && p.radiusM > 0;
    const radius = stated ? (p.radiusM as number) : APPROXIMATE_BOUND_M;
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: circlePolygon(p.position, radius, steps),
      properties: { id: p.id, radius_m: radius, stated },
    });
  }
  return { type: 'FeatureCollection', features };
}
