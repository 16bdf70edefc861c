// Overlays drawn above the thematic layers by features of the app (a buffer, a route, highlighted sites,
// a choropleth, imported layers). Each overlay kind owns one GeoJSON source and a fixed set of style
// layers, so callers only hand over data: `setOverlay('buffer', fc)`; an empty collection clears it.
import { uniformShaderVariants } from './shader-variants';
import type { Map as MapLibreMap, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { FONT_STACK } from './style';
import { OKABE_ITO, ROUTE_COLOUR } from '../config/palette';

export type OverlayKind = 'choropleth' | 'uncertainty' | 'buffer' | 'route' | 'highlight' | 'imported' | 'suggestions';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
export const overlaySource = (kind: OverlayKind) => `lcm-overlay-${kind}`;

type Meta = { 'lcm:layer': string; 'lcm:role': 'overlay' };

function choroplethLayers(source: string, meta: Meta): LayerSpecification[] {
  // Features carry `value` (0–1, already normalised by the caller) and `label`.
  return [
    {
      id: 'lcm-overlay-choropleth-fill',
      type: 'fill',
      source,
      metadata: meta,
      paint: {
        // Sequential single-hue blues: readable for colour-blind users and in greyscale.
        'fill-color': [
          'interpolate',
          ['linear'],
          ['coalesce', ['get', 'value'], 0],
          0,
          '#f1f7fb',
          0.5,
          '#6baed6',
          1,
          '#08519c',
        ],
        'fill-opacity': 0.6,
      },
    },
    {
      id: 'lcm-overlay-choropleth-line',
      type: 'line',
      source,
      metadata: meta,
      paint: { 'line-color': '#08306b', 'line-width': 1 },
    },
  ];
}

function uncertaintyLayers(source: string, meta: Meta): LayerSpecification[] {
  // Rings around approximate points (src/analysis/uncertainty.ts): a dashed edge only, under the sites, so the
  // point still reads as the site and the ring as "somewhere in here". No fill: rings of 1–2 km overlap in the
  // city centre, and their tint turned the map pale blue, like water, when zoomed in.
  return [
    {
      id: 'lcm-overlay-uncertainty-line',
      type: 'line',
      source,
      metadata: meta,
      paint: { 'line-color': OKABE_ITO.blue, 'line-width': 1.2, 'line-opacity': 0.7, 'line-dasharray': [3, 2] },
    },
  ];
}

function suggestionsLayers(source: string, meta: Meta): LayerSpecification[] {
  // The user's own suggested positions: a target (white ring, thick black edge, black centre) unlike any
  // layer's dot, with the label "your suggestion" / "你的建议" beside it (`label`, in the UI language).
  return [
    {
      id: 'lcm-overlay-suggestion-point',
      type: 'circle',
      source,
      metadata: meta,
      paint: {
        'circle-radius': 10,
        'circle-color': '#ffffff',
        'circle-stroke-color': OKABE_ITO.black,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'lcm-overlay-suggestion-centre',
      type: 'circle',
      source,
      metadata: meta,
      paint: { 'circle-radius': 3, 'circle-color': OKABE_ITO.black },
    },
    {
      id: 'lcm-overlay-suggestion-label',
      type: 'symbol',
      source,
      metadata: meta,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-anchor': 'left',
        'text-offset': [1.2, 0],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}

function bufferLayers(source: string, meta: Meta): LayerSpecification[] {
  return [
    {
      id: 'lcm-overlay-buffer-fill',
      type: 'fill',
      source,
      metadata: meta,
      paint: { 'fill-color': OKABE_ITO.skyBlue, 'fill-opacity': 0.2 },
    },
    {
      id: 'lcm-overlay-buffer-line',
      type: 'line',
      source,
      metadata: meta,
      paint: { 'line-color': OKABE_ITO.blue, 'line-width': 2 },
    },
  ];
}

function routeLayers(source: string, meta: Meta): LayerSpecification[] {
  // Legs carry `straight: true|false`; stops are points with `n` (1-based order).
  return [
    {
      id: 'lcm-overlay-route-leg',
      type: 'line',
      source,
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['!=', ['get', 'straight'], true]],
      metadata: meta,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': 5 },
    },
    {
      id: 'lcm-overlay-route-leg-straight',
      type: 'line',
      source,
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['==', ['get', 'straight'], true]],
      metadata: meta,
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': 3, 'line-dasharray': [2, 2] },
    },
    {
      id: 'lcm-overlay-route-stop',
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      metadata: meta,
      paint: {
        'circle-radius': 11,
        'circle-color': ROUTE_COLOUR,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'lcm-overlay-route-stop-n',
      type: 'symbol',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      metadata: meta,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}

function highlightLayers(source: string, meta: Meta): LayerSpecification[] {
  return [
    {
      id: 'lcm-overlay-highlight',
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      metadata: meta,
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': OKABE_ITO.vermillion,
        'circle-stroke-width': 3,
      },
    },
  ];
}

function importedLayers(source: string, meta: Meta): LayerSpecification[] {
  // Features carry `name` (the file's name for it) and, when the file styles it, `color` (#rrggbb).
  return [
    {
      id: 'lcm-overlay-imported-line',
      type: 'line',
      source,
      filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']]],
      metadata: meta,
      paint: { 'line-color': ['coalesce', ['get', 'color'], OKABE_ITO.black], 'line-width': 2 },
    },
    {
      id: 'lcm-overlay-imported-point',
      type: 'circle',
      source,
      // Imported files may hold MultiPoint features (GPX waypoints stay Points); draw both.
      filter: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
      metadata: meta,
      paint: {
        'circle-radius': 6,
        'circle-color': ['coalesce', ['get', 'color'], OKABE_ITO.skyBlue],
        'circle-stroke-color': OKABE_ITO.black,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'lcm-overlay-imported-label',
      type: 'symbol',
      source,
      filter: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
      metadata: meta,
      layout: {
        'text-field': ['coalesce', ['get', 'name'], ''],
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.8],
        'text-optional': true,
      },
      paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

const OVERLAY_LAYERS: Record<OverlayKind, (source: string, meta: Meta) => LayerSpecification[]> = {
  choropleth: choroplethLayers,
  uncertainty: uncertaintyLayers,
  suggestions: suggestionsLayers,
  buffer: bufferLayers,
  route: routeLayers,
  highlight: highlightLayers,
  imported: importedLayers,
};

/** The style layers of one overlay kind, on its own source. */
function layersFor(kind: OverlayKind): LayerSpecification[] {
  return OVERLAY_LAYERS[kind](overlaySource(kind), { 'lcm:layer': `overlay-${kind}`, 'lcm:role': 'overlay' });
}

/** Order, bottom to top; the choropleth and the uncertainty rings sit under the thematic layers, the others above. */
const BELOW: OverlayKind[] = ['choropleth', 'uncertainty'];
const ABOVE: OverlayKind[] = ['buffer', 'imported', 'route', 'highlight', 'suggestions'];

/**
 * Adds an overlay's source and layers the first time it has something to draw, in its place in the order
 * above. Installing every overlay at start cost a second round of tile loading and layout before the first idle
 * (empty sources), for overlays most visits never show. Returns whether the overlay exists now.
 */
export function ensureOverlay(
  map: MapLibreMap,
  kind: OverlayKind,
  beforeThematic: string,
  data: FeatureCollection,
): boolean {
  const source = overlaySource(kind);
  if (map.getSource(source)) return true;
  if (data.features.length === 0) return false;
  map.addSource(source, { type: 'geojson', data: EMPTY });
  // Under the first overlay after this one in its group that is already on the map; else just under the
  // thematic layers (the group below them) or on top (the group above).
  const group = BELOW.includes(kind) ? BELOW : ABOVE;
  const next = group.slice(group.indexOf(kind) + 1).find((k) => map.getSource(overlaySource(k)));
  const before: string | undefined = next ? layersFor(next)[0]?.id : group === BELOW ? beforeThematic : undefined;
  for (const l of uniformShaderVariants(layersFor(kind))) map.addLayer(l, before);
  return true;
}

/** Clickable overlay layers and how to read the feature id they stand for. */
export const OVERLAY_CLICKABLE = [
  'lcm-overlay-imported-point',
  'lcm-overlay-imported-line',
  'lcm-overlay-route-stop',
  'lcm-overlay-suggestion-point',
];
