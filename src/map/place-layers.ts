// Style layers of the places source: one marker per place (src/data/place-features.ts), all layers clustered
// together, a ring in a second colour when a place has more than one designation, tourist-line stop numbers
// written "4/7" (so stops without a position read as missing, not as a numbering slip), and labels from the
// opening view that MapLibre places by rank (most important first) and drops where they would collide.
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';

type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../types';
import { LAYER_COLOURS } from '../config/palette';
import { LAYER_IDS } from '../types';
import { BASE_COLOURS } from '../config/palette';

export const PLACES_SOURCE = 'lcm-src-places';
export const PLACE_POINT_LAYER = 'lcm-places-point';
export const PLACE_CLUSTER_LAYER = 'lcm-places-cluster';
export const PLACE_LABEL_LAYER = 'lcm-places-label';
/** Places cluster up to this zoom; from the opening view (z 11.6, data zoom 11) every place is its own marker. */
export const PLACES_CLUSTER_MAX_ZOOM = 10;
/** Places closer than this (px) on screen cluster. */
export const PLACES_CLUSTER_RADIUS = 36;

const FONT = ['sans-serif'];
const meta = (role: string) => ({ 'lcm:layer': 'places', 'lcm:role': role });
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];
const isCluster: ExpressionSpecification = ['has', 'point_count'];

function layerColour(prop: 'layer' | 'layer2'): ExpressionSpecification {
  const pairs = Object.entries(LAYER_COLOURS).flat();
  return ['match', ['coalesce', ['get', prop], ''], ...pairs, '#777777'] as unknown as ExpressionSpecification;
}

/** Marker radius in px: larger for the more important places (rank 0–1), as the legend's dots. */
const radius: ExpressionSpecification = ['step', ['get', 'rank'], 10, 1.5, 8, 3.5, 7];

/**
 * Each cluster also says which layers it holds (`l_<layer>` = 1), so a layer toggle can be checked on clusters
 * as on single markers.
 */
export function placesSource(data: FeatureCollection): SourceSpecification {
  const clusterProperties = Object.fromEntries(
    LAYER_IDS.map((l) => [`l_${l}`, ['max', ['case', ['in', l, ['get', 'layers']], 1, 0]]]),
  ) as Record<string, unknown>;
  return {
    type: 'geojson',
    data,
    cluster: true,
    clusterMaxZoom: clusterMaxZoomFor(data.features.length),
    clusterRadius: PLACES_CLUSTER_RADIUS,
    promoteId: 'id',
    clusterProperties,
  } as SourceSpecification;
}

/**
 * Above this many places the map is dense (a national list, OpenStreetMap points) and is drawn for that:
 * places cluster up to street level, and labels keep one anchor (below the marker). A label with several
 * candidate anchors has its vertices recomputed by MapLibre on every frame drawn; at 10,000 places that kept
 * the map busy for ~20 s after a filter change (docs/performance.md). Today's few hundred places cluster only
 * when zoomed out and keep all four anchors, which lets more names fit where markers crowd.
 */
export const DENSE_ABOVE = 2000;
/** Dense places cluster up to this zoom (streets); below it, thousands of single markers would be unreadable. */
export const DENSE_CLUSTER_MAX_ZOOM = 14;

export function clusterMaxZoomFor(placeCount: number): number {
  return placeCount > DENSE_ABOVE ? DENSE_CLUSTER_MAX_ZOOM : PLACES_CLUSTER_MAX_ZOOM;
}

type Anchoring = Pick<
  SymbolLayout,
  'text-variable-anchor' | 'text-radial-offset' | 'text-justify' | 'text-anchor' | 'text-offset'
>;

/** The label layer's anchoring properties for a number of places; `undefined` means the style default. */
export function labelAnchoring(placeCount: number): Anchoring {
  return placeCount > DENSE_ABOVE
    ? {
        'text-variable-anchor': undefined,
        'text-radial-offset': undefined,
        'text-justify': 'center',
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
      }
    : {
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        'text-anchor': undefined,
        'text-offset': undefined,
      };
}

export function placeLabelField(lang: Lang): ExpressionSpecification {
  return lang === 'zh'
    ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name_zh']];
}

export function placeLayers(lang: Lang, placeCount: number): LayerSpecification[] {
  return [
    {
      id: PLACE_CLUSTER_LAYER,
      type: 'circle',
      source: PLACES_SOURCE,
      filter: isCluster,
      metadata: meta('cluster'),
      paint: {
        'circle-color': '#3b372f',
        'circle-opacity': 0.9,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'lcm-places-cluster-count',
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: isCluster,
      metadata: meta('cluster-count'),
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'lcm-places-ring',
      type: 'circle',
      source: PLACES_SOURCE,
      filter: ['all', notCluster, ['>', ['get', 'n'], 1]],
      metadata: meta('ring'),
      paint: {
        'circle-radius': ['+', radius, 3],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': layerColour('layer2'),
        'circle-stroke-width': 3,
      },
    },
    {
      id: PLACE_POINT_LAYER,
      type: 'circle',
      source: PLACES_SOURCE,
      filter: notCluster,
      metadata: meta('point'),
      paint: {
        'circle-radius': radius,
        'circle-color': layerColour('layer'),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        // Approximate positions are drawn paler so nobody reads them as exact; places no longer stack, so
        // the translucency cannot muddy a neighbour.
        'circle-opacity': ['match', ['get', 'precision'], 'approximate', 0.6, 1],
      },
    },
    {
      id: 'lcm-places-stop',
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: ['all', notCluster, ['has', 'stop']],
      metadata: meta('stop'),
      layout: {
        'text-field': ['get', 'stop'],
        'text-font': FONT,
        'text-size': 10,
        // Starts right of the marker's ring (radius 10 + 3 + 3 px for a stop, rank 0) and above its centre.
        'text-anchor': 'left',
        'text-offset': [1.7, -1.3],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': LAYER_COLOURS['tourist-line'], 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: PLACE_LABEL_LAYER,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: notCluster,
      metadata: meta('label'),
      layout: {
        'text-field': placeLabelField(lang),
        'text-font': FONT,
        'text-size': ['step', ['get', 'rank'], 13, 1.5, 12],
        // Lower rank is placed first, so when two labels collide the more important one stays.
        'symbol-sort-key': ['get', 'rank'],
        ...definedOnly(labelAnchoring(placeCount)),
        'text-max-width': 8,
        'text-padding': 3,
      },
      paint: { 'text-color': BASE_COLOURS.label, 'text-halo-color': BASE_COLOURS.halo, 'text-halo-width': 1.6 },
    },
  ];
}

/** A style document leaves a default property out rather than setting it to `undefined`. */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
