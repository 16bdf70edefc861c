// Shared geodesy for src/analysis/.
//
// Every distance in this folder is a great-circle distance on a sphere of radius 6371.0088 km (Turf's
// `earthRadius`, the mean radius of the WGS84 ellipsoid), computed with the same haversine formula as
// @turf/distance. Coordinates are WGS84 [lon, lat] in degrees. Against the true ellipsoid the sphere is off
// by up to ~0.5 % — a few metres per kilometre — which is below the positional precision of our sources.
// Lines that cross the antimeridian (±180°) are out of scope: Lanzhou is at ~103.8° E and nothing here
// splits or unwraps longitudes, so such a line would be measured the long way round.
import { earthRadius } from '@turf/helpers';

/** Sphere radius in metres used by Turf (6,371,008.8 m); all results in this folder depend on it. */
export const EARTH_RADIUS_M: number = earthRadius;

/** [lon, lat] in degrees, WGS84. */
export type LonLat = readonly [number, number];

const RAD = Math.PI / 180;

/** Great-circle distance in metres; the same formula as @turf/distance (atan2 form), without Feature overhead. */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const a = s1 * s1 + s2 * s2 * Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD);
  return EARTH_RADIUS_M * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/**
 * Point at fraction t (0..1) of the great-circle arc from a to b (spherical linear interpolation).
 * Used to sample lines for index look-ups: samples on the arc itself keep the triangle-inequality bound exact.
 */
export function interpolateGreatCircle(a: LonLat, b: LonLat, t: number): [number, number] {
  const lat1 = a[1] * RAD;
  const lon1 = a[0] * RAD;
  const lat2 = b[1] * RAD;
  const lon2 = b[0] * RAD;
  const x1 = Math.cos(lat1) * Math.cos(lon1);
  const y1 = Math.cos(lat1) * Math.sin(lon1);
  const z1 = Math.sin(lat1);
  const x2 = Math.cos(lat2) * Math.cos(lon2);
  const y2 = Math.cos(lat2) * Math.sin(lon2);
  const z2 = Math.sin(lat2);
  const dot = Math.min(1, Math.max(-1, x1 * x2 + y1 * y2 + z1 * z2));
  const omega = Math.acos(dot);
  // Coincident (or numerically coincident) endpoints: any t gives the same point.
  if (omega < 1e-12) return [a[0], a[1]];
  const s = Math.sin(omega);
  const f1 = Math.sin((1 - t) * omega) / s;
  const f2 = Math.sin(t * omega) / s;
  const x = f1 * x1 + f2 * x2;
  const y = f1 * y1 + f2 * y2;
  const z = f1 * z1 + f2 * z2;
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD];
}
