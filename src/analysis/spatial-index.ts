// A static point index over located point features: kdbush (a packed k-d tree) queried with geokdbush's
// great-circle `around`. Every public distance is in metres on Turf's sphere (geodesy.ts); geokdbush works in
// kilometres on a 6371 km sphere, so radii are converted at this boundary (same angle, not same kilometres)
// and every hit is re-measured with haversineM and filtered exactly. Antimeridian-crossing lines: out of scope.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { SiteFeature } from '../types';
import { EARTH_RADIUS_M, haversineM, interpolateGreatCircle } from './geodesy';
import type { LonLat } from './geodesy';
import { lineParts, pointToLine } from './line-distance';
import type { LineGeometry } from './line-distance';
import { pointOf } from './features';

/** geokdbush's sphere radius in km (hard-coded in its source, index.js `earthRadius`). */
const GEOKDBUSH_EARTH_RADIUS_KM = 6371;

/**
 * Metres on Turf's sphere → kilometres for geokdbush with the same angular radius, widened by 1e-9 (relative)
 * so a point exactly on the circle is not lost to rounding; the exact haversine filter removes any excess.
 */
function toGeokdbushKm(metres: number): number {
  return (metres / EARTH_RADIUS_M) * GEOKDBUSH_EARTH_RADIUS_KM * (1 + 1e-9);
}

export interface IndexedPoint<T> {
  item: T;
  lon: number;
  lat: number;
}

export interface PointHit<T> {
  item: T;
  /** Position of the item in the array the index was built from. */
  i: number;
  lon: number;
  lat: number;
  /** Great-circle distance in metres to the query point (or to the nearest point of the query line). */
  distanceM: number;
}

export interface LineHit<T> extends PointHit<T> {
  /** The nearest point of the query line, [lon, lat]. */
  nearest: [number, number];
}

/** Optional filter over items; rejected items neither appear nor count towards `k`. */
export type ItemFilter<T> = (item: T, i: number) => boolean;

function byDistanceThenIndex<T>(a: PointHit<T>, b: PointHit<T>): number {
  return a.distanceM - b.distanceM || a.i - b.i;
}

export class PointIndex<T> {
  readonly size: number;
  private readonly kd: KDBush | null;
  private readonly items: T[];
  private readonly lons: Float64Array;
  private readonly lats: Float64Array;

  /** Build once (O(n log n)); the index is immutable. nodeSize 64 is kdbush's default. */
  constructor(points: readonly IndexedPoint<T>[], nodeSize = 64) {
    this.size = points.length;
    this.items = points.map((p) => p.item);
    this.lons = Float64Array.from(points, (p) => p.lon);
    this.lats = Float64Array.from(points, (p) => p.lat);
    if (points.length === 0) {
      this.kd = null;
      return;
    }
    const kd = new KDBush(points.length, nodeSize);
    for (const p of points) kd.add(p.lon, p.lat);
    this.kd = kd.finish();
  }

  /**
   * Index the located Point features (precision exact or approximate, non-null geometry).
   * Lines, polygons, null geometries and `unknown` positions are left out; callers count those themselves.
   */
  static ofFeatures(features: readonly SiteFeature[]): PointIndex<SiteFeature> {
    const pts: IndexedPoint<SiteFeature>[] = [];
    for (const f of features) {
      const c = pointOf(f);
      if (c) pts.push({ item: f, lon: c[0], lat: c[1] });
    }
    return new PointIndex(pts);
  }

  item(i: number): T | undefined {
    return this.items[i];
  }

  private hit(i: number, lon: number, lat: number): PointHit<T> {
    const plon = this.lons[i] ?? NaN;
    const plat = this.lats[i] ?? NaN;
    return { item: this.items[i] as T, i, lon: plon, lat: plat, distanceM: haversineM(lon, lat, plon, plat) };
  }

  private predicate(filter: ItemFilter<T> | undefined): ((i: number) => boolean) | undefined {
    if (!filter) return undefined;
    const items = this.items;
    return (i: number) => filter(items[i] as T, i);
  }

  /** All items within `metres` (inclusive) of [lon, lat], nearest first. */
  withinRadius(lon: number, lat: number, metres: number, filter?: ItemFilter<T>): PointHit<T>[] {
    if (!this.kd || !(metres >= 0)) return [];
    const ids = around(this.kd, lon, lat, Infinity, toGeokdbushKm(metres), this.predicate(filter));
    const out: PointHit<T>[] = [];
    for (const i of ids) {
      const h = this.hit(i, lon, lat);
      if (h.distanceM <= metres) out.push(h);
    }
    return out.sort(byDistanceThenIndex);
  }

  /** The k nearest items within `maxMetres` (default: unbounded), nearest first. */
  nearest(lon: number, lat: number, k: number, maxMetres = Infinity, filter?: ItemFilter<T>): PointHit<T>[] {
    if (!this.kd || !(k > 0)) return [];
    const maxKm = Number.isFinite(maxMetres) ? toGeokdbushKm(maxMetres) : Infinity;
    // Ask for one extra: the 1e-9 widening may admit a point just beyond maxMetres that the filter drops.
    const ids = around(this.kd, lon, lat, k + 1, maxKm, this.predicate(filter));
    const out: PointHit<T>[] = [];
    for (const i of ids) {
      const h = this.hit(i, lon, lat);
      if (h.distanceM <= maxMetres) out.push(h);
    }
    return out.sort(byDistanceThenIndex).slice(0, k);
  }

  /**
   * All items within `metres` of a line (distance to the nearest point of the line, not to its vertices).
   *
   * Candidates: each great-circle segment is sampled on the arc every ≤ s metres (s = max(metres, 50 m)); any
   * point of the segment lies within s/2 of a sample, so by the triangle inequality every true hit is within
   * metres + s/2 of some sample and is returned by `around` on that sample. Each candidate remembers which
   * segments' samples found it; its exact distance is the minimum of Turf nearestPointOnLine over those
   * segments (the segment holding its nearest point is always among them). No bounding-box heuristics.
   */
  withinDistanceOfLine(line: LineGeometry, metres: number, filter?: ItemFilter<T>): LineHit<T>[] {
    if (!this.kd || !(metres >= 0)) return [];
    const spacing = Math.max(metres, 50);
    const queryKm = toGeokdbushKm(metres + spacing / 2);
    const pred = this.predicate(filter);
    // candidate index → segment ids that found it (deduplicated per segment via lastSeg)
    const segsOf = new Map<number, number[]>();
    const lastSeg = new Int32Array(this.size).fill(-1);
    const segments: LineString2[] = [];
    for (const part of lineParts(line)) {
      for (let j = 0; j + 1 < part.length; j++) {
        const a = part[j],
          b = part[j + 1];
        if (!a || !b || a[0] === undefined || a[1] === undefined || b[0] === undefined || b[1] === undefined) continue;
        const A: LonLat = [a[0], a[1]];
        const B: LonLat = [b[0], b[1]];
        const segId = segments.length;
        segments.push({
          type: 'LineString',
          coordinates: [
            [A[0], A[1]],
            [B[0], B[1]],
          ],
        });
        const n = Math.max(1, Math.ceil(haversineM(A[0], A[1], B[0], B[1]) / spacing));
        for (let k = 0; k <= n; k++) {
          const [slon, slat] = interpolateGreatCircle(A, B, k / n);
          for (const i of around(this.kd, slon, slat, Infinity, queryKm, pred)) {
            if (lastSeg[i] === segId) continue;
            lastSeg[i] = segId;
            const list = segsOf.get(i);
            if (list) list.push(segId);
            else segsOf.set(i, [segId]);
          }
        }
      }
    }
    // A one-vertex line has no segment: treat it as a point.
    if (segments.length === 0) {
      const v = lineParts(line)[0]?.[0];
      if (!v || v[0] === undefined || v[1] === undefined) return [];
      const [vlon, vlat] = [v[0], v[1]];
      return this.withinRadius(vlon, vlat, metres, filter).map((h) => ({ ...h, nearest: [vlon, vlat] }));
    }
    const out: LineHit<T>[] = [];
    for (const [i, segIds] of segsOf) {
      const plon = this.lons[i] ?? NaN;
      const plat = this.lats[i] ?? NaN;
      let best = Infinity;
      let nearest: [number, number] = [NaN, NaN];
      for (const s of segIds) {
        const seg = segments[s];
        if (!seg) continue;
        const r = pointToLine(plon, plat, seg);
        if (r.distanceM < best) {
          best = r.distanceM;
          nearest = r.nearest;
        }
      }
      if (best <= metres) out.push({ item: this.items[i] as T, i, lon: plon, lat: plat, distanceM: best, nearest });
    }
    return out.sort(byDistanceThenIndex);
  }
}

/** A two-vertex LineString (one segment). */
type LineString2 = { type: 'LineString'; coordinates: [number, number][] };
