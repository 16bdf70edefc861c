// Sites the map cannot draw, gathered where we do know something: the district a source names. One marker per
// district at the district's label point, counting the sites of that district that pass the filters (and lie
// in a visible layer) but have no known position. Pure: the caller draws the result.
import type { Filters } from './filters';
import { isLocated, matchesFilters } from './filters';
import type { SiteFeature } from '../types';

export interface DistrictMarker {
  /** Chinese district name as in the data (城关区). */
  district: string;
  count: number;
  /** WGS84 [lon, lat] of the district's label point (geodata/base/district-labels.geojson). */
  position: [number, number];
  /** Ids of the counted sites, in the order given. */
  ids: string[];
}

export interface UnplacedSummary {
  markers: DistrictMarker[];
  /** Unplaced sites that pass the filters but name no district (or one without a label point): not drawn. */
  withoutDistrict: string[];
}

/**
 * `labels` maps a district's Chinese name to its label point. Markers come in the order of `labels`, so the
 * map and the list of markers are stable; districts with no unplaced site get no marker.
 */
export function unplacedByDistrict(
  features: readonly SiteFeature[],
  filters: Filters,
  labels: ReadonlyMap<string, [number, number]>,
): UnplacedSummary {
  const byDistrict = new Map<string, string[]>();
  const withoutDistrict: string[] = [];
  for (const f of features) {
    if (isLocated(f) || !matchesFilters(f, filters)) continue;
    const d = f.properties.district;
    if (d === null || !labels.has(d)) {
      withoutDistrict.push(f.properties.id);
      continue;
    }
    const ids = byDistrict.get(d) ?? [];
    ids.push(f.properties.id);
    byDistrict.set(d, ids);
  }
  const markers: DistrictMarker[] = [];
  for (const [district, position] of labels) {
    const ids = byDistrict.get(district);
    if (ids) markers.push({ district, count: ids.length, position: [position[0], position[1]], ids });
  }
  return { markers, withoutDistrict };
}

/** Label points by Chinese name from the features of district-labels.geojson (Point geometry, `name_zh`). */
export function labelPoints(
  features: ReadonlyArray<{
    geometry: { type: string; coordinates?: unknown } | null;
    properties: Record<string, unknown> | null;
  }>,
): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const f of features) {
    const name = f.properties?.['name_zh'];
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (typeof name !== 'string' || !Array.isArray(c)) continue;
    const [lon, lat] = c as unknown[];
    if (typeof lon === 'number' && typeof lat === 'number') out.set(name, [lon, lat]);
  }
  return out;
}
