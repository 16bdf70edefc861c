// Positions of an imported file: in range, near Lanzhou, and converted from the declared datum to WGS84.
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';
import type { Crs } from '../../types';
import { vertices } from '../../analysis/positions';
import { FAR_MARGIN_DEG, LANZHOU_BBOX } from './limits';

/** A finite longitude in ±180° and latitude in ±90°. */
export const inRange = (p: Position): boolean => {
  const [lon, lat] = p;
  return (
    lon !== undefined &&
    lat !== undefined &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 90
  );
};

/** More than FAR_MARGIN_DEG outside the Lanzhou box (src/data/import/limits.ts): a sign of a wrong datum or axis order. */
export const farOutside = (p: Position): boolean => {
  const [w, s, e, n] = LANZHOU_BBOX;
  const [lon = 0, lat = 0] = p;
  return lon < w - FAR_MARGIN_DEG || lon > e + FAR_MARGIN_DEG || lat < s - FAR_MARGIN_DEG || lat > n + FAR_MARGIN_DEG;
};

const GCOORD_CRS = { 'GCJ-02': gcoord.GCJ02, 'BD-09': gcoord.BD09 } as const;

/** Converts every position of `g` in place from the declared datum to WGS84 (GCJ-02 / BD-09 offsets are ≤ ~1 km). */
export function toWgs84(g: Geometry, crs: Crs): void {
  if (crs === 'WGS84') return;
  const from = GCOORD_CRS[crs];
  for (const p of vertices(g)) {
    const [lon, lat] = gcoord.transform([p[0] ?? 0, p[1] ?? 0], from, gcoord.WGS84);
    p[0] = lon;
    p[1] = lat;
  }
}
