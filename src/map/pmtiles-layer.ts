// A point layer served as vector tiles from a static PMTiles archive (the large-data path, `?demo=pmtiles`): MapLibre
// reads it through the `pmtiles://` protocol with HTTP Range requests, so a CDN or object store is enough.
// Loaded lazily (dynamic import) only when the demo is asked for, so `pmtiles` is not in the first-load JS.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { openArchive } from './pmtiles-protocol';

export const PMTILES_SOURCE = 'lcm-pmtiles-demo';
export const PMTILES_LAYER = 'lcm-pmtiles-demo-points';

export interface PmtilesLayerInfo {
  minZoom: number;
  maxZoom: number;
}

/**
 * Adds the archive at `url` (absolute http(s) URL) as a vector source and draws `sourceLayer` as small circles
 * under the thematic layers (`beforeId`). Throws if the archive cannot be read (missing file, not PMTiles).
 * Thinning is in the tiles (fewer points at low zoom, see scripts/lib/point-tiles.ts); the style adds size and
 * opacity by zoom so the remaining points read as a density, not as individual places.
 */
export async function addPmtilesPointLayer(
  map: MapLibreMap,
  url: string,
  sourceLayer: string,
  beforeId?: string,
): Promise<PmtilesLayerInfo> {
  const header = await openArchive(url);
  map.addSource(PMTILES_SOURCE, { type: 'vector', url: `pmtiles://${url}` });
  map.addLayer(
    {
      id: PMTILES_LAYER,
      type: 'circle',
      source: PMTILES_SOURCE,
      'source-layer': sourceLayer,
      metadata: { 'lcm:layer': 'pmtiles-demo', 'lcm:role': 'point' },
      paint: {
        // Pixels by zoom: specks when zoomed out (thinned density), small dots at street level.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 10, 2, 14, 4],
        'circle-color': '#6a3d9a',
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 6, 0.45, 12, 0.8],
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 11, 0, 13, 1],
        'circle-stroke-color': '#ffffff',
      },
    },
    beforeId && map.getLayer(beforeId) ? beforeId : undefined,
  );
  return { minZoom: header.minZoom, maxZoom: header.maxZoom };
}
