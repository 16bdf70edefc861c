// Small predicates over the data contract (src/types.ts) shared by the analysis modules.
import type { Geometry } from 'geojson';
import type { SiteFeature, SiteProperties } from '../types';

/**
 * A feature can be measured when it has a geometry and its precision is not `unknown`.
 * `approximate` positions are measured but flagged by callers; `unknown` ones are excluded and counted.
 */
export function isLocated(f: SiteFeature): f is SiteFeature & { geometry: Geometry } {
  return f.geometry != null && f.properties.precision !== 'unknown';
}

/** [lon, lat] of a located Point feature, or null for any other feature. */
export function pointOf(f: SiteFeature): [number, number] | null {
  if (!isLocated(f) || f.geometry.type !== 'Point') return null;
  const [lon, lat] = f.geometry.coordinates;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  return [lon, lat];
}

/**
 * The sub-group a hit is listed under inside its layer: heritage `level`, scenic `grade`, transport `kind`,
 * else "other". One key per feature so a UI can print "national (3) · provincial (5)".
 */
export function groupKeyOf(p: SiteProperties): string {
  return p.level ?? p.grade ?? p.kind ?? 'other';
}
