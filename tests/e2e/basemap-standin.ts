// A small stand-in for OpenFreeMap, answered by the test itself at the provider's own URLs (a Playwright
// route registered after the network guard), so the app's real URLs, host checks and CSP are exercised
// without the network. The style follows the provider's shape (OpenMapTiles source layers, a TileJSON, a
// glyphs URL, liberty's bilingual text-field); the geometry is a made-up test pattern near Lanzhou, not data.
import type { BrowserContext } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import { vectorTileSource } from '../vector-tiles';

export const PROVIDER = 'https://tiles.openfreemap.org';
export const STANDIN_ATTRIBUTION = 'Stand-in test tiles';

/** One place label with the name fields OpenMapTiles carries; its position is the app's opening view. */
export const STANDIN_PLACE = {
  name: '兰州市',
  'name:zh': '兰州市',
  'name:en': 'Lanzhou',
  name_en: 'Lanzhou',
  'name:latin': 'Lanzhou',
  'name:nonlatin': '兰州市',
  class: 'city',
};

const layers: Record<string, FeatureCollection> = {
  water: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { class: 'river' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [103.6, 36.05],
              [104.0, 36.05],
              [104.0, 36.056],
              [103.6, 36.056],
              [103.6, 36.05],
            ],
          ],
        },
      },
    ],
  },
  transportation: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { class: 'primary' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [103.6, 36.07],
            [104.0, 36.07],
          ],
        },
      },
    ],
  },
  // West of the centre, where no site label of the opening view (z 11.6) competes with it for space: a base-map
  // label yields to ours where they collide, and the test reads the rendered one.
  place: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: STANDIN_PLACE, geometry: { type: 'Point', coordinates: [103.7, 36.03] } },
    ],
  },
};

const bilingual = [
  'case',
  ['has', 'name:nonlatin'],
  ['concat', ['get', 'name:latin'], '\n', ['get', 'name:nonlatin']],
  ['coalesce', ['get', 'name_en'], ['get', 'name']],
];

export function standinStyle(name: string): object {
  return {
    version: 8,
    name: `stand-in ${name}`,
    sources: { openmaptiles: { type: 'vector', url: `${PROVIDER}/planet` } },
    glyphs: `${PROVIDER}/fonts/{fontstack}/{range}.pbf`,
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': name === 'positron' ? '#fafaf8' : '#f8f4f0' },
      },
      {
        id: 'water',
        type: 'fill',
        source: 'openmaptiles',
        'source-layer': 'water',
        paint: { 'fill-color': '#9ebdff' },
      },
      {
        id: 'highway_primary',
        type: 'line',
        source: 'openmaptiles',
        'source-layer': 'transportation',
        paint: { 'line-color': '#e9ac77', 'line-width': 3 },
      },
      {
        id: 'label_city',
        type: 'symbol',
        source: 'openmaptiles',
        'source-layer': 'place',
        layout: { 'text-field': bilingual, 'text-font': ['Noto Sans Regular'], 'text-size': 16 },
        paint: { 'text-color': '#000000' },
      },
    ],
  };
}

/**
 * Answers every request to the provider's host from the stand-in; returns the URLs asked for. Glyph ranges
 * get 404 (the app must still draw every label: MapLibre then draws them from local fonts).
 */
export async function serveStandin(context: BrowserContext): Promise<string[]> {
  const hits: string[] = [];
  const tile = vectorTileSource(layers, 14);
  await context.route(`${PROVIDER}/**`, (route) => {
    const url = new URL(route.request().url());
    hits.push(url.href);
    const style = /^\/styles\/([a-z]+)$/.exec(url.pathname);
    if (style)
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(standinStyle(style[1]!)),
      });
    if (url.pathname === '/planet') {
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          tilejson: '3.0.0',
          tiles: [`${PROVIDER}/planet/standin/{z}/{x}/{y}.pbf`],
          minzoom: 0,
          maxzoom: 14,
          attribution: STANDIN_ATTRIBUTION,
          vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })),
        }),
      });
    }
    const t = /^\/planet\/standin\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(url.pathname);
    if (t) {
      const bytes = tile(Number(t[1]), Number(t[2]), Number(t[3]));
      return route.fulfill({
        status: 200,
        contentType: 'application/x-protobuf',
        body: Buffer.from(bytes ?? new Uint8Array(0)),
      });
    }
    return route.fulfill({ status: 404, body: 'not in the stand-in' });
  });
  return hits;
}
