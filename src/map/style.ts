// The embedded, offline map style, built as typed code. It has no remote sources and no `glyphs`:
// MapLibre then draws labels with the browser's own fonts (TinySDF), so Chinese needs a system CJK font
// (fonts-wqy-microhei on Debian) but no glyph server.
import { uniformShaderVariants } from './shader-variants';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang, LayerId } from '../types';
import { BASE_COLOURS, LAYER_COLOURS, OKABE_ITO } from '../config/palette';
import { PLACE_CLUSTER_LAYER, PLACE_POINT_LAYER, PLACES_SOURCE, placeLayers, placesSource } from './place-layers';

export interface BaseData {
  /** Gansu prefectures / province around Lanzhou, for context. */
  context: FeatureCollection;
  outline: FeatureCollection;
  districts: FeatureCollection;
  districtLabels: FeatureCollection;
  /**
   * The Yellow River: features with `scale: "regional"` (Natural Earth, about 1 km off at city scale, so
   * regional zooms only) and `scale: "city"` (the OSM-derived central stretch, for city zooms).
   */
  river: FeatureCollection;
}

export type ThematicData = Record<LayerId, FeatureCollection>;

export const FONT_STACK = ['sans-serif'];
/** Below this zoom the regional river is drawn; from it, the OSM city stretch. */
export const CITY_RIVER_MINZOOM = 10;
/** Layers drawn from a source of their own (lines, stations); the point sites are drawn from the places source. */
export const OWN_SOURCE_LAYERS: readonly LayerId[] = ['tourist-line', 'transport'];

export function labelField(lang: Lang): ExpressionSpecification {
  return lang === 'zh'
    ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name_zh']];
}

export const sourceId = (layer: LayerId) => `lcm-src-${layer}`;
export const SELECTED_SOURCE = 'lcm-src-selected';

function meta(layer: LayerId | 'base', role: string): { 'lcm:layer': string; 'lcm:role': string } {
  return { 'lcm:layer': layer, 'lcm:role': role };
}

const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];

function labelLayer(
  id: string,
  source: string,
  lang: Lang,
  layer: LayerId | 'base',
  extra: Partial<{ minzoom: number; filter: FilterSpecification; size: number; offset: boolean }> = {},
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...(extra.minzoom !== undefined ? { minzoom: extra.minzoom } : {}),
    ...(extra.filter ? { filter: extra.filter } : {}),
    metadata: meta(layer, 'label'),
    layout: {
      'text-field': labelField(lang),
      'text-font': FONT_STACK,
      'text-size': extra.size ?? 12,
      ...(extra.offset === false ? {} : { 'text-offset': [0, 1.1], 'text-anchor': 'top' }),
      'text-max-width': 8,
      'text-optional': true,
    },
    paint: { 'text-color': BASE_COLOURS.label, 'text-halo-color': BASE_COLOURS.halo, 'text-halo-width': 1.5 },
  };
}

function baseLayers(lang: Lang): LayerSpecification[] {
  return [
    // The surroundings are one quiet tone: context.geojson is clipped to a box (102.3–104.8°E, 35.4–37.3°N),
    // so a background of another tone, or outlines, would draw the box's straight edges as if they were borders.
    // No background layer: the map element's own background is the land colour (src/map/map-view.ts), which
    // saves MapLibre a shader program at start-up.
    {
      id: 'lcm-context-fill',
      type: 'fill',
      source: 'lcm-base-context',
      metadata: meta('base', 'context'),
      paint: { 'fill-color': BASE_COLOURS.context, 'fill-antialias': false },
    },
    {
      id: 'lcm-districts-fill',
      type: 'fill',
      source: 'lcm-base-districts',
      metadata: meta('base', 'districts'),
      // No antialiased edge (a separate shader program): the district lines are drawn over every edge.
      paint: { 'fill-color': BASE_COLOURS.district, 'fill-antialias': false },
    },
    {
      id: 'lcm-districts-line',
      type: 'line',
      source: 'lcm-base-districts',
      metadata: meta('base', 'districts'),
      paint: { 'line-color': BASE_COLOURS.districtLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      // A soft band along the municipality's edge, so the city area reads as one place against the surroundings.
      id: 'lcm-outline-glow',
      type: 'line',
      source: 'lcm-base-outline',
      metadata: meta('base', 'outline'),
      paint: { 'line-color': BASE_COLOURS.outline, 'line-opacity': 0.15, 'line-width': 7, 'line-blur': 4 },
    },
    {
      id: 'lcm-outline',
      type: 'line',
      source: 'lcm-base-outline',
      metadata: meta('base', 'outline'),
      paint: { 'line-color': BASE_COLOURS.outline, 'line-width': 1.6 },
    },
    {
      id: 'lcm-river-regional',
      type: 'line',
      source: 'lcm-base-river',
      filter: ['!=', ['get', 'scale'], 'city'],
      maxzoom: CITY_RIVER_MINZOOM,
      metadata: meta('base', 'river'),
      paint: {
        'line-color': BASE_COLOURS.waterLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 10, 4],
      },
    },
    {
      id: 'lcm-river-city',
      type: 'line',
      source: 'lcm-base-river',
      filter: ['==', ['get', 'scale'], 'city'],
      minzoom: CITY_RIVER_MINZOOM,
      metadata: meta('base', 'river'),
      paint: {
        'line-color': BASE_COLOURS.water,
        'line-width': ['interpolate', ['exponential', 2], ['zoom'], 10, 4, 16, 60],
      },
    },
    {
      // The river's name along its city stretch: in a valley city it is the first thing to orient by.
      id: 'lcm-river-label',
      type: 'symbol',
      source: 'lcm-base-river',
      filter: ['==', ['get', 'scale'], 'city'],
      minzoom: 11,
      metadata: meta('base', 'label'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': 13,
        'text-letter-spacing': 0.1,
        // Beside the river rather than on it: in the city the tourist line is drawn along the river, over it.
        'text-offset': [0, 1.2],
      },
      paint: { 'text-color': BASE_COLOURS.waterLine, 'text-halo-color': BASE_COLOURS.halo, 'text-halo-width': 1.5 },
    },
    labelLayer('lcm-district-labels', 'lcm-base-district-labels', lang, 'base', { size: 13, offset: false }),
  ];
}

function thematicLayers(lang: Lang, placeCount: number): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  const c = LAYER_COLOURS;

  // Transport corridors first (under the cultural points).
  layers.push(
    {
      id: 'lcm-transport-line',
      type: 'line',
      source: sourceId('transport'),
      filter: isLine,
      metadata: meta('transport', 'line'),
      paint: {
        'line-color': c.transport,
        'line-width': ['match', ['get', 'kind'], 'high-speed-railway', 3, 2],
        'line-dasharray': [4, 2],
      },
    },
    {
      id: 'lcm-transport-point',
      type: 'circle',
      source: sourceId('transport'),
      filter: isPoint,
      metadata: meta('transport', 'point'),
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'airport', 8, 6],
        'circle-color': '#ffffff',
        'circle-stroke-color': c.transport,
        'circle-stroke-width': 3,
      },
    },
    labelLayer('lcm-transport-label', sourceId('transport'), lang, 'transport', { filter: isPoint, minzoom: 9 }),
  );

  // The tourist line: drawn dashed because it is an approximate line derived from the river.
  layers.push({
    id: 'lcm-tourist-line-line',
    type: 'line',
    source: sourceId('tourist-line'),
    filter: isLine,
    metadata: meta('tourist-line', 'line'),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': c['tourist-line'], 'line-width': 5, 'line-opacity': 0.85, 'line-dasharray': [2, 1] },
  });

  // Every point site: one marker per place, all layers clustered together (src/map/place-layers.ts).
  layers.push(...placeLayers(lang, placeCount));

  layers.push({
    id: 'lcm-selected',
    type: 'circle',
    source: SELECTED_SOURCE,
    metadata: meta('base', 'selected'),
    paint: {
      'circle-radius': 14,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': OKABE_ITO.black,
      'circle-stroke-width': 3,
    },
  });
  return layers;
}

/** Properties the map needs; the heavy ones (facts, sources) stay in the catalogue, not in the worker. */
export const MAP_PROPERTIES = [
  'id',
  'layer',
  'name_zh',
  'name_en',
  'level',
  'grade',
  'category',
  'kind',
  'precision',
  'stop_order',
  'district',
  'era_start',
  'era_end',
] as const;

/**
 * `baseAttribution` credits data only the embedded base map draws (the regional river): it is set on that
 * source, so MapLibre shows it only while the source is drawn (not under an online base map).
 */
export function buildStyle(
  base: BaseData,
  thematic: ThematicData,
  places: FeatureCollection,
  lang: Lang,
  baseAttribution?: string,
): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    'lcm-base-context': { type: 'geojson', data: base.context },
    'lcm-base-outline': { type: 'geojson', data: base.outline },
    'lcm-base-districts': { type: 'geojson', data: base.districts },
    'lcm-base-district-labels': { type: 'geojson', data: base.districtLabels },
    'lcm-base-river': {
      type: 'geojson',
      data: base.river,
      ...(baseAttribution ? { attribution: baseAttribution } : {}),
    },
    [SELECTED_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
  // Lines keep a source per layer; every point is drawn from the one places source.
  for (const layer of OWN_SOURCE_LAYERS)
    sources[sourceId(layer)] = { type: 'geojson', data: thematic[layer], promoteId: 'id' };
  sources[PLACES_SOURCE] = placesSource(places);
  return {
    version: 8,
    name: 'Lanzhou Cultural Map — embedded',
    sources,
    layers: uniformShaderVariants([...baseLayers(lang), ...thematicLayers(lang, places.features.length)]),
  };
}

/** Style layer ids that draw a given thematic layer (for toggling and tests). */
export function styleLayersOf(style: StyleSpecification, layer: LayerId): string[] {
  return style.layers
    .filter((l) => (l.metadata as { 'lcm:layer'?: string } | undefined)?.['lcm:layer'] === layer)
    .map((l) => l.id);
}

/** Interactive (clickable) style layers per thematic layer. */
export function clickableLayerIds(): string[] {
  return [PLACE_POINT_LAYER, 'lcm-transport-point', 'lcm-tourist-line-line', 'lcm-transport-line'];
}

/** Clickable layers that draw points (a click on any of them wins over a line under it). */
export const POINT_LAYER_IDS: readonly string[] = [PLACE_POINT_LAYER, 'lcm-transport-point'];

export function clusterLayerIds(): string[] {
  return [PLACE_CLUSTER_LAYER];
}
