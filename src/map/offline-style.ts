// A quiet style for the offline base map archive (geodata/base/lanzhou.pmtiles, cut from a Protomaps basemap
// build by `npm run basemap:extract`; Protomaps basemap schema v4: earth, landcover, landuse, water, roads,
// boundaries, places…). Muted land use, water and streets so the thematic layers stay in front; no glyphs or
// sprite URL, so every label is drawn from local fonts and nothing leaves the machine. Pure: no MapLibre runtime.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../types';
import { BASE_COLOURS } from '../config/palette';
import type { PreparedBasemap } from './basemap-style';
import { localizedName, ONLINE_PREFIX } from './basemap-style';

export const OFFLINE_SOURCE = `${ONLINE_PREFIX}offline`;
export const OFFLINE_ATTRIBUTION =
  '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">© OpenStreetMap contributors</a>, ' +
  '<a href="https://protomaps.com" target="_blank" rel="noopener">Protomaps</a>';
/** localStorage key naming a same-origin stand-in archive; honoured only on a loopback origin (browser tests). */
export const TEST_ARCHIVE_KEY = 'lcm:test:offline-basemap';

const FONT = ['sans-serif'];
const meta = { 'lcm:layer': 'basemap', 'lcm:role': 'offline' };
const kind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

function layer(
  id: string,
  rest: Omit<LayerSpecification, 'id' | 'source' | 'metadata'> & Record<string, unknown>,
): LayerSpecification {
  return { id: `${OFFLINE_SOURCE}-${id}`, source: OFFLINE_SOURCE, metadata: meta, ...rest } as LayerSpecification;
}

function fills(): LayerSpecification[] {
  return [
    {
      id: `${OFFLINE_SOURCE}-background`,
      type: 'background',
      metadata: meta,
      paint: { 'background-color': BASE_COLOURS.context },
    },
    layer('earth', { type: 'fill', 'source-layer': 'earth', paint: { 'fill-color': BASE_COLOURS.background } }),
    layer('landcover', {
      type: 'fill',
      'source-layer': 'landcover',
      filter: kind('forest', 'grassland', 'scrub'),
      paint: { 'fill-color': '#e4ead8', 'fill-opacity': 0.6 },
    }),
    layer('landuse-built', {
      type: 'fill',
      'source-layer': 'landuse',
      filter: kind('residential', 'commercial', 'industrial', 'retail', 'railway', 'military'),
      paint: { 'fill-color': '#ebe7de', 'fill-opacity': 0.8 },
    }),
    layer('landuse-green', {
      type: 'fill',
      'source-layer': 'landuse',
      filter: kind(
        'park',
        'garden',
        'cemetery',
        'forest',
        'wood',
        'grass',
        'nature_reserve',
        'national_park',
        'farmland',
        'orchard',
      ),
      paint: { 'fill-color': '#dfe8cf', 'fill-opacity': 0.8 },
    }),
    layer('water', {
      type: 'fill',
      'source-layer': 'water',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': BASE_COLOURS.water },
    }),
    layer('waterway', {
      type: 'line',
      'source-layer': 'water',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': BASE_COLOURS.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 14, 2] },
    }),
    layer('roads-minor', {
      type: 'line',
      'source-layer': 'roads',
      minzoom: 12,
      filter: kind('minor_road', 'path', 'other'),
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.5, 16, 4] },
    }),
    layer('roads-major-casing', {
      type: 'line',
      'source-layer': 'roads',
      filter: kind('highway', 'major_road'),
      paint: {
        'line-color': '#d8d0bf',
        'line-width': 0.5,
        'line-gap-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 2, 16, 8],
      },
    }),
    layer('roads-major', {
      type: 'line',
      'source-layer': 'roads',
      filter: kind('highway', 'major_road', 'medium_road'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#fbf8f0', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 2, 16, 8] },
    }),
    layer('rail', {
      type: 'line',
      'source-layer': 'roads',
      minzoom: 10,
      filter: kind('rail'),
      paint: { 'line-color': '#c9c3b6', 'line-width': 1, 'line-dasharray': [3, 2] },
    }),
    layer('buildings', {
      type: 'fill',
      'source-layer': 'buildings',
      minzoom: 14,
      paint: { 'fill-color': '#e2ddd2', 'fill-opacity': 0.7 },
    }),
  ];
}

function labels(lang: Lang): LayerSpecification[] {
  const text = { 'text-field': localizedName(lang), 'text-font': FONT };
  const halo = { 'text-halo-color': BASE_COLOURS.halo, 'text-halo-width': 1.2 };
  return [
    layer('water-label', {
      type: 'symbol',
      'source-layer': 'water',
      minzoom: 11,
      filter: ['has', 'name'],
      layout: { ...text, 'text-size': 12, 'symbol-placement': ['step', ['zoom'], 'point', 12, 'line'] },
      paint: { 'text-color': BASE_COLOURS.waterLine, ...halo },
    }),
    layer('road-label', {
      type: 'symbol',
      'source-layer': 'roads',
      minzoom: 13,
      filter: ['all', ['has', 'name'], kind('highway', 'major_road', 'medium_road', 'minor_road')],
      layout: { ...text, 'text-size': 11, 'symbol-placement': 'line' },
      paint: { 'text-color': '#7a7466', ...halo },
    }),
    layer('place-label', {
      type: 'symbol',
      'source-layer': 'places',
      filter: kind('locality', 'neighbourhood', 'macrohood'),
      layout: { ...text, 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 14, 14], 'text-max-width': 7 },
      paint: { 'text-color': '#5d574b', ...halo },
    }),
  ];
}

/** The archive as a base map: one vector source read through the pmtiles:// protocol, quiet layers. */
export function offlineBasemap(archiveUrl: string, lang: Lang): PreparedBasemap {
  const source: SourceSpecification = {
    type: 'vector',
    url: `pmtiles://${archiveUrl}`,
    attribution: OFFLINE_ATTRIBUTION,
  };
  const labelLayers = labels(lang);
  return {
    sources: { [OFFLINE_SOURCE]: source },
    underLayers: fills(),
    labelLayers,
    glyphs: null,
    sprite: null,
    localized: labelLayers.map((l) => l.id),
    labelFont: null,
  };
}

/**
 * Where the offline archive is: the bundled geodata/base/lanzhou.pmtiles if the build has one; otherwise, on a
 * loopback origin only, a same-origin stand-in named in localStorage (the browser tests' small archive).
 */
export function resolveArchiveUrl(
  bundled: string | undefined,
  pageUrl: string,
  testOverride: string | null,
): string | null {
  const page = new URL(pageUrl);
  if (bundled) return new URL(bundled, pageUrl).href;
  if (!testOverride || !['127.0.0.1', 'localhost', '[::1]'].includes(page.hostname)) return null;
  try {
    const u = new URL(testOverride, pageUrl);
    return u.origin === page.origin ? u.href : null;
  } catch {
    return null;
  }
}
