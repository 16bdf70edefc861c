// Lengths: a line's length, the distance between two stops measured along the line (labelled
// against the straight-line distance), and the length of a line inside an area (railways within the
// municipality). Kilometres on Turf's sphere (geodesy.ts); antimeridian-crossing lines are out of scope.
// Lines whose precision is `approximate` give lengths flagged `approximate`.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { length as turfLength } from '@turf/length';
import { lineSlice } from '@turf/line-slice';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox as turfBbox } from '@turf/bbox';
import type { Precision } from '../types';
import { haversineM, interpolateGreatCircle } from './geodesy';
import type { LonLat } from './geodesy';
import type { LineGeometry } from './line-distance';

/** A line given as a bare geometry or as a feature (whose `precision`, if any, sets the approximate flag). */
export type LineInput = LineGeometry | Feature<LineGeometry, { precision?: Precision } | null>;

function geometryOf(line: LineInput): LineGeometry {
  return line.type === 'Feature' ? line.geometry : line;
}

function isApproximate(line: LineInput): boolean {
  return line.type === 'Feature' && line.properties?.precision === 'approximate';
}

function asFeature(g: LineGeometry): Feature<LineGeometry> {
  return { type: 'Feature', properties: {}, geometry: g };
}

export interface LineLength {
  km: number;
  approximate: boolean;
}

/** Length of a (Multi)LineString in km (Turf length: sum of haversine segment lengths). */
export function lineLengthKm(line: LineInput): LineLength {
  return { km: turfLength(asFeature(geometryOf(line)), { units: 'kilometers' }), approximate: isApproximate(line) };
}

export interface AlongLineDistance {
  /** Distance in km along the line between the two stops' nearest points on it; null if they snap to different parts of a MultiLineString. */
  alongKm: number | null;
  /** Great-circle distance in km between the two given points, for the "along vs straight" label. */
  straightKm: number;
  /** alongKm / straightKm (≥ 1 up to snapping), null when either is null or zero. */
  ratio: number | null;
  /** Metres from each given point to its nearest point on the line (how far the stop is off the line). */
  fromOffsetM: number;
  toOffsetM: number;
  approximate: boolean;
  /** Why alongKm is null, when it is. */
  reason?: 'different-parts';
}

/**
 * Distance between two stops measured along the line: both are snapped to the line (Turf nearestPointOnLine)
 * and the piece between them is cut with Turf lineSlice and measured with Turf length. Order of the stops
 * does not matter. For a MultiLineString both stops must snap to the same part.
 */
export function alongLineDistance(line: LineInput, from: LonLat, to: LonLat): AlongLineDistance {
  const g = geometryOf(line);
  const a = nearestPointOnLine(g, [from[0], from[1]], { units: 'meters' });
  const b = nearestPointOnLine(g, [to[0], to[1]], { units: 'meters' });
  const straightKm = haversineM(from[0], from[1], to[0], to[1]) / 1000;
  const base = {
    straightKm,
    fromOffsetM: a.properties.pointDistance,
    toOffsetM: b.properties.pointDistance,
    approximate: isApproximate(line),
  };
  let part: Position[] | undefined;
  if (g.type === 'LineString') part = g.coordinates;
  else if (a.properties.lineStringIndex === b.properties.lineStringIndex)
    part = g.coordinates[a.properties.lineStringIndex];
  if (!part) return { ...base, alongKm: null, ratio: null, reason: 'different-parts' };
  const piece = lineSlice(a.geometry.coordinates, b.geometry.coordinates, { type: 'LineString', coordinates: part });
  const alongKm = turfLength(piece, { units: 'kilometers' });
  return { ...base, alongKm, ratio: straightKm > 0 ? alongKm / straightKm : null };
}

export type AreaInput = Polygon | MultiPolygon | Feature<Polygon | MultiPolygon, unknown>;

export interface LengthWithin {
  /** Length in km of the line inside the union of the areas (boundary counts as inside). */
  km: number;
  /** Bound in km on the error of `km` from locating boundary crossings (see lengthWithinAreasKm). */
  errorBoundKm: number;
  /** Whole length of the line in km. */
  totalKm: number;
  approximate: boolean;
}

export interface LengthWithinOptions {
  /** Sampling step along the line in metres (default 100). */
  stepM?: number;
  /** Bisection steps for each piece whose ends fall on different sides of a boundary (default 16). */
  bisections?: number;
}

/**
 * Length of a line inside one or more polygons, by sampling instead of polygon clipping.
 *
 * Each great-circle segment is cut into pieces of ≤ stepM metres; each piece end is classified with Turf
 * booleanPointInPolygon. A piece with both ends inside counts whole, both outside counts zero. A piece whose
 * ends differ holds a boundary crossing, which is located by bisection on the arc; the inside share is
 * counted up to the last bisection interval, so each such piece contributes at most
 * pieceLength / 2^(bisections+1) to `errorBoundKm` (≈ 0.8 mm for 100 m pieces and 16 bisections).
 * Not bounded: a boundary that enters and leaves within one piece (a spike or sliver narrower than stepM)
 * is missed entirely; lower stepM to shrink that risk. Areas are assumed not to overlap (overlaps count once).
 */
export function lengthWithinAreasKm(
  line: LineInput,
  areas: readonly AreaInput[],
  options: LengthWithinOptions = {},
): LengthWithin {
  const stepM = options.stepM ?? 100;
  const bisections = options.bisections ?? 16;
  const polys = areas.map((a) => {
    const geom = a.type === 'Feature' ? a.geometry : a;
    const [minX, minY, maxX, maxY] = turfBbox(geom);
    return { geom, minX, minY, maxX, maxY };
  });
  const inside = (p: LonLat): boolean =>
    polys.some(
      (q) =>
        p[0] >= q.minX &&
        p[0] <= q.maxX &&
        p[1] >= q.minY &&
        p[1] <= q.maxY &&
        booleanPointInPolygon([p[0], p[1]], q.geom),
    );

  const g = geometryOf(line);
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  let km = 0;
  let errorBoundKm = 0;
  let totalKm = 0;
  for (const part of parts) {
    for (let j = 0; j + 1 < part.length; j++) {
      const pa = part[j],
        pb = part[j + 1];
      if (!pa || !pb || pa[0] === undefined || pa[1] === undefined || pb[0] === undefined || pb[1] === undefined)
        continue;
      const A: LonLat = [pa[0], pa[1]];
      const B: LonLat = [pb[0], pb[1]];
      const segKm = haversineM(A[0], A[1], B[0], B[1]) / 1000;
      totalKm += segKm;
      const n = Math.max(1, Math.ceil((segKm * 1000) / stepM));
      const pieceKm = segKm / n;
      let t0 = 0;
      let in0 = inside(A);
      for (let k = 1; k <= n; k++) {
        const t1 = k / n;
        const in1 = inside(k === n ? B : interpolateGreatCircle(A, B, t1));
        if (in0 && in1) km += pieceKm;
        else if (in0 !== in1) {
          // Bisect for the crossing: lo keeps the side of t0, hi the side of t1.
          let lo = t0;
          let hi = t1;
          for (let b = 0; b < bisections; b++) {
            const mid = (lo + hi) / 2;
            if (inside(interpolateGreatCircle(A, B, mid)) === in0) lo = mid;
            else hi = mid;
          }
          const cross = (lo + hi) / 2;
          km += (in0 ? cross - t0 : t1 - cross) * segKm;
          errorBoundKm += ((hi - lo) / 2) * segKm;
        }
        t0 = t1;
        in0 = in1;
      }
    }
  }
  return { km, errorBoundKm, totalKm, approximate: isApproximate(line) };
}
