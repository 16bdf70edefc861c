// Buffer tool logic: a source feature (a site, the tourist line, a railway, a station, a route)
// and a radius in metres → the buffer polygon to draw and every feature within the radius, grouped by layer
// and by level/grade/kind, with its distance to the source in metres (to the nearest point of a line).
//
// Membership is decided by exact great-circle distance (geodesy.ts), not by the drawn polygon: Turf buffer
// approximates the circle/corridor with a polygon of finitely many vertices in a local projection, so a point
// a few metres inside the radius could fall outside it near a vertex. The polygon is for drawing only.
// Antimeridian-crossing sources are out of scope.
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { buffer as turfBuffer } from '@turf/buffer';
import type { LayerId, SiteFeature } from '../types';
import { PointIndex } from './spatial-index';
import { geometryDistanceM, isLineGeometry } from './line-distance';
import { groupKeyOf, isLocated, pointOf } from './features';
import { validateRadius } from './buffer-radius';

export interface BufferHit {
  id: string;
  layer: LayerId;
  /** level / grade / kind, or "other" (see groupKeyOf). */
  group: string;
  name_zh: string;
  name_en: string;
  /** Great-circle distance in metres from the hit to the source (nearest points of both). */
  distanceM: number;
  /** True for `approximate` positions: listed, but the UI must mark them. */
  approximate: boolean;
  feature: SiteFeature;
}

export interface LayerGroup {
  count: number;
  /** Hits per level / grade / kind, each list nearest first. */
  byGroup: Record<string, BufferHit[]>;
}

export interface BufferResult {
  sourceId: string;
  /** Radius used in metres (after clamping). */
  radiusM: number;
  radiusClamped: boolean;
  /** The source's own position is approximate: every distance inherits that. */
  sourceApproximate: boolean;
  /** Polygon to draw (Turf buffer, metres); null if Turf could not build one. */
  buffer: Feature<Polygon | MultiPolygon> | null;
  /** All hits, nearest first (ties by id). */
  hits: BufferHit[];
  /** Hits per layer, only layers with at least one hit. */
  byLayer: Partial<Record<LayerId, LayerGroup>>;
  /** Located candidate features examined (the source excluded). */
  n: number;
  /** Features excluded because their position is unknown (precision `unknown` or geometry null). */
  excludedUnknown: number;
}

export interface BufferOptions {
  /** A prebuilt index over the same features (PointIndex.ofFeatures); built on the fly when absent. */
  index?: PointIndex<SiteFeature>;
  /** Restrict hits to these layers (the source's own layer is allowed). */
  layers?: readonly LayerId[];
  /** Turf buffer `steps` per quarter circle (default 16: ≤ 0.5 % radial error on the drawn outline). */
  steps?: number;
}

/**
 * Everything within `radiusM` of `source`. Point candidates go through the spatial index; line and polygon
 * candidates (railways, designations) are few and measured directly with geometryDistanceM.
 * Throws when the source has no usable position (null geometry or precision `unknown`).
 */
export function bufferQuery(
  source: SiteFeature,
  features: readonly SiteFeature[],
  radiusM: number,
  options: BufferOptions = {},
): BufferResult {
  if (!isLocated(source)) {
    throw new Error(`buffer source ${source.properties.id} has no known position`);
  }
  const { metres, clamped } = validateRadius(radiusM);
  const sourceId = source.properties.id;
  const layerOk = (f: SiteFeature): boolean => !options.layers || options.layers.includes(f.properties.layer);
  const isSource = (f: SiteFeature): boolean => f === source || f.properties.id === sourceId;

  let excludedUnknown = 0;
  let n = 0;
  const others: Array<SiteFeature & { geometry: Geometry }> = [];
  for (const f of features) {
    if (isSource(f) || !layerOk(f)) continue;
    if (!isLocated(f)) {
      excludedUnknown++;
      continue;
    }
    n++;
    if (pointOf(f) === null) others.push(f);
  }

  const index = options.index ?? PointIndex.ofFeatures(features);
  const keep = (f: SiteFeature): boolean => !isSource(f) && layerOk(f);
  const hits: BufferHit[] = [];
  const srcGeom = source.geometry;
  const srcPoint = pointOf(source);
  if (srcPoint) {
    for (const h of index.withinRadius(srcPoint[0], srcPoint[1], metres, keep)) hits.push(toHit(h.item, h.distanceM));
  } else if (isLineGeometry(srcGeom)) {
    for (const h of index.withinDistanceOfLine(srcGeom, metres, keep)) hits.push(toHit(h.item, h.distanceM));
  } else {
    // Polygon or other source: measure every point feature directly (rare; no index shortcut).
    for (const f of features) {
      if (!keep(f) || !isLocated(f) || pointOf(f) === null) continue;
      const d = geometryDistanceM(srcGeom, f.geometry, metres);
      if (d <= metres) hits.push(toHit(f, d));
    }
  }
  for (const f of others) {
    const d = geometryDistanceM(srcGeom, f.geometry, metres);
    if (d <= metres) hits.push(toHit(f, d));
  }
  hits.sort((a, b) => a.distanceM - b.distanceM || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const byLayer: Partial<Record<LayerId, LayerGroup>> = {};
  for (const h of hits) {
    const g = (byLayer[h.layer] ??= { count: 0, byGroup: {} });
    g.count++;
    (g.byGroup[h.group] ??= []).push(h);
  }

  let poly: Feature<Polygon | MultiPolygon> | null;
  try {
    poly = turfBuffer(source, metres, { units: 'meters', steps: options.steps ?? 16 }) ?? null;
  } catch {
    poly = null; // Turf/JSTS can fail on degenerate input; the list is still correct without the outline.
  }
  if (poly) poly = { type: 'Feature', properties: { source: sourceId, radiusM: metres }, geometry: poly.geometry };

  return {
    sourceId,
    radiusM: metres,
    radiusClamped: clamped,
    sourceApproximate: source.properties.precision === 'approximate',
    buffer: poly,
    hits,
    byLayer,
    n,
    excludedUnknown,
  };
}

function toHit(f: SiteFeature, distanceM: number): BufferHit {
  const p = f.properties;
  return {
    id: p.id,
    layer: p.layer,
    group: groupKeyOf(p),
    name_zh: p.name_zh,
    name_en: p.name_en,
    distanceM,
    approximate: p.precision === 'approximate',
    feature: f,
  };
}
