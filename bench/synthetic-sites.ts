// Seeded synthetic data for analysis tests and benchmarks: random located sites inside Lanzhou's bounding box.
// Deterministic (mulberry32), so a failing test or a bench figure can be reproduced exactly.
import type { LineString } from 'geojson';
import type { LayerId, SiteFeature } from '../src/types';

/** Lanzhou municipality's approximate bounding box [minLon, minLat, maxLon, maxLat] in degrees (WGS84). */
export const LANZHOU_BBOX = [102.5, 35.55, 104.6, 37.0] as const;

/** The project's one seeded PRNG (mulberry32), re-exported for tests and benches. */
import { mulberry32 } from '../src/analysis/tour-order';
export { mulberry32 };

const LAYERS: readonly LayerId[] = ['heritage-units', 'museums', 'scenic-spots'];

/** A minimal valid SiteFeature (null for unknown values, as the data contract requires). */
export function makeSite(
  id: string,
  layer: LayerId,
  coords: [number, number] | null,
  extra: Partial<SiteFeature['properties']> = {},
): SiteFeature {
  return {
    type: 'Feature',
    geometry: coords ? { type: 'Point', coordinates: coords } : null,
    properties: {
      id,
      layer,
      name_zh: id,
      name_en: id,
      district: null,
      address: null,
      precision: coords ? 'exact' : 'unknown',
      position_source: null,
      crs_original: null,
      position_original: null,
      facts: [],
      sources: [],
      ...extra,
    },
  };
}

/** n random point sites, uniform in lon/lat inside LANZHOU_BBOX; every 10th is `approximate`. */
export function randomSites(n: number, seed = 42): SiteFeature[] {
  const rnd = mulberry32(seed);
  const [x0, y0, x1, y1] = LANZHOU_BBOX;
  const out: SiteFeature[] = [];
  for (let i = 0; i < n; i++) {
    const lon = x0 + rnd() * (x1 - x0);
    const lat = y0 + rnd() * (y1 - y0);
    const layer = LAYERS[i % LAYERS.length] ?? 'museums';
    out.push(makeSite(`s${i}`, layer, [lon, lat], { precision: i % 10 === 0 ? 'approximate' : 'exact' }));
  }
  return out;
}

/** A wandering synthetic line through the city centre (~40 km, `vertices` vertices), like the tourist line. */
export function randomLine(vertices = 20, seed = 7): LineString {
  const rnd = mulberry32(seed);
  const coords: [number, number][] = [];
  let lon = 103.6;
  let lat = 36.08;
  for (let i = 0; i < vertices; i++) {
    coords.push([lon, lat]);
    lon += 0.45 / vertices + (rnd() - 0.5) * 0.01; // ≈ 40 km eastward in total at 36° N
    lat += (rnd() - 0.5) * 0.02;
  }
  return { type: 'LineString', coordinates: coords };
}
