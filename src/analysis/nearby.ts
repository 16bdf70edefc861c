// "Nearby" in a site's details: the closest located sites within a distance of a site,
// nearest first, with great-circle distances in metres (geodesy.ts). Point sites use the index's k-nearest
// search; line sites (the tourist line, a railway) use the distance to the nearest point of the line.
import type { LayerId, SiteFeature } from '../types';
import type { PointIndex } from './spatial-index';
import { isLineGeometry } from './line-distance';
import { isLocated, pointOf } from './features';

export interface NearbySite {
  id: string;
  layer: LayerId;
  name_zh: string;
  name_en: string;
  /** Metres from the site (from the nearest point of the site when it is a line). */
  distanceM: number;
  /** The neighbour's position is `approximate`. */
  approximate: boolean;
  feature: SiteFeature;
}

export interface NearbyOptions {
  /** At most this many neighbours (default 10). */
  limit?: number;
  /** Only these layers. */
  layers?: readonly LayerId[];
}

/**
 * Closest sites within `maxMetres` of `site`, excluding the site itself (by object and by id).
 * Returns [] when the site has no usable position (null geometry or precision `unknown`) or is a polygon.
 */
export function nearbySites(
  site: SiteFeature,
  index: PointIndex<SiteFeature>,
  maxMetres: number,
  options: NearbyOptions = {},
): NearbySite[] {
  const limit = options.limit ?? 10;
  if (!isLocated(site) || !(maxMetres >= 0) || !(limit > 0)) return [];
  const selfId = site.properties.id;
  const layers = options.layers;
  const keep = (f: SiteFeature): boolean =>
    f !== site && f.properties.id !== selfId && (!layers || layers.includes(f.properties.layer));
  const p = pointOf(site);
  const hits = p
    ? index.nearest(p[0], p[1], limit, maxMetres, keep)
    : isLineGeometry(site.geometry)
      ? index.withinDistanceOfLine(site.geometry, maxMetres, keep).slice(0, limit)
      : [];
  return hits.map((h) => ({
    id: h.item.properties.id,
    layer: h.item.properties.layer,
    name_zh: h.item.properties.name_zh,
    name_en: h.item.properties.name_en,
    distanceM: h.distanceM,
    approximate: h.item.properties.precision === 'approximate',
    feature: h.item,
  }));
}
