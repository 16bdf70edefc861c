// Legs, lengths and times of a route in the route planner.
//
// Each leg uses the best path the app knows offline, and says which:
//  - 'tourist-line': both ends lie within TOURIST_LINE_SNAP_M of the Yellow River tourist line, so the leg
//    walks straight to the nearest point of the line, follows the line (Turf lineSlice), and walks straight
//    off to the next stop. Its length is the sum of the three parts.
//  - 'straight': otherwise a great-circle straight line, flagged `straight: true` so the map draws it dashed
//    and labels it "straight line" / "直线". It is a lower bound of any real path.
//  - 'road': produced only by src/data/osrm-client.ts when a routing server is configured and answers.
// All lengths are haversine metres (sphere R = 6,371,008.8 m, as in geodesy.ts and @turf/distance).
//
// Times are our own planning assumptions, not measurements; the UI shows them as editable:
//  - speeds in km/h: walking 4.5 (a relaxed city pace with stops at crossings), cycling 12 (shared-bike pace
//    in town), driving 30 (average urban speed including lights and congestion in central Lanzhou);
//  - dwell minutes per stop by layer (DEFAULT_DWELL_MIN), a typical visit, not an opening-hours rule.
import type { Feature, LineString, Position } from 'geojson';
import distance from '@turf/distance';
import length from '@turf/length';
import lineSlice from '@turf/line-slice';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { LayerId, Precision, SiteFeature, TravelMode } from '../types';

/** Both ends must be within this many metres of the tourist line for a leg to follow it. */
export const TOURIST_LINE_SNAP_M = 500;

/** Planning speeds in km/h (our assumptions, see the header). */
export const DEFAULT_SPEEDS_KMH: Readonly<Record<TravelMode, number>> = Object.freeze({
  walk: 4.5,
  cycle: 12,
  drive: 30,
});

/**
 * Default dwell time per stop in minutes, by layer (our assumptions, see the header): a museum visit 90,
 * a scenic spot 60, a protected heritage unit 30, a stop on the tourist line 20, an intangible-heritage
 * venue 30, a designation (e.g. a historic district) 45, a transport node 0 (you pass through it).
 */
export const DEFAULT_DWELL_MIN: Readonly<Record<LayerId, number>> = Object.freeze({
  museums: 90,
  'scenic-spots': 60,
  'heritage-units': 30,
  'tourist-line': 20,
  'ich-items': 30,
  designations: 45,
  transport: 0,
});

/** A located stop. Only sites with a point geometry can be stops; `precision` other than 'exact' is marked. */
export interface RouteStop {
  id: string;
  /** Display name (optional; exports fall back to the id). */
  name?: string;
  /** [lon, lat], WGS84 degrees. */
  coordinates: [number, number];
  precision: Precision;
  layer: LayerId;
}

export type LegKind = 'tourist-line' | 'straight' | 'road';

/** String keys the UI translates; they say why a leg has the shape it has. */
export type LegReason =
  | 'leg.tourist-line'
  | 'leg.straight.no-tourist-line'
  | 'leg.straight.far-from-line'
  | 'leg.straight.same-place'
  | 'leg.road.osrm'
  | 'leg.straight.routing-unreachable'
  | 'leg.straight.routing-bad-response'
  | 'leg.straight.routing-no-route';

export interface RouteLeg {
  /** Stop ids. */
  from: string;
  to: string;
  kind: LegKind;
  /** From the `from` stop to the `to` stop, [lon, lat] WGS84. */
  geometry: LineString;
  /** Length in metres. */
  metres: number;
  /** True when drawn as a straight line (dashed, labelled "straight line"). */
  straight: boolean;
  reason: LegReason;
  /** True when either end has precision other than 'exact': the length is indicative. */
  approximate: boolean;
  /** Tourist-line legs only: metres walked to the line, along it, and off it. */
  parts?: { toLine: number; along: number; fromLine: number };
  /** Road legs only: the routing server's duration in seconds (its own speed model). */
  serverSeconds?: number;
}

export interface RouteLegsResult {
  legs: RouteLeg[];
  /** Sum of leg lengths, metres. */
  totalMetres: number;
}

export interface LegOptions {
  /** Override TOURIST_LINE_SNAP_M (metres). */
  snapMetres?: number;
}

type TouristLine = LineString | Feature<LineString>;

function metresBetween(a: Position, b: Position): number {
  return distance([a[0] as number, a[1] as number], [b[0] as number, b[1] as number], { units: 'meters' });
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function isApproximate(s: RouteStop): boolean {
  return s.precision !== 'exact';
}

/** Straight (great-circle) leg. `reason` says why the leg is straight. */
export function straightLeg(a: RouteStop, b: RouteStop, reason: LegReason): RouteLeg {
  return {
    from: a.id,
    to: b.id,
    kind: 'straight',
    geometry: { type: 'LineString', coordinates: [a.coordinates.slice(), b.coordinates.slice()] },
    metres: metresBetween(a.coordinates, b.coordinates),
    straight: true,
    reason: samePosition(a.coordinates, b.coordinates) ? 'leg.straight.same-place' : reason,
    approximate: isApproximate(a) || isApproximate(b),
  };
}

function touristLineLeg(a: RouteStop, b: RouteStop, line: TouristLine, snapM: number): RouteLeg | null {
  const geom = line.type === 'Feature' ? line.geometry : line;
  if (geom.coordinates.length < 2) return null;
  const pa = nearestPointOnLine(geom, a.coordinates, { units: 'meters' });
  const pb = nearestPointOnLine(geom, b.coordinates, { units: 'meters' });
  if (pa.properties.pointDistance > snapM || pb.properties.pointDistance > snapM) return null;
  const slice = lineSlice(pa, pb, geom).geometry.coordinates;
  // lineSlice returns the piece in the line's own direction when the two points lie on different segments,
  // but in call order (pa first) when both lie on the same segment. So orient it by its first vertex: it
  // must start at a's snap point, not b's.
  const first = slice[0]!;
  const along =
    metresBetween(first, pa.geometry.coordinates) <= metresBetween(first, pb.geometry.coordinates)
      ? slice
      : slice.slice().reverse();
  const coords: Position[] = [];
  for (const c of [a.coordinates, ...along, b.coordinates]) {
    const prev = coords[coords.length - 1];
    if (!prev || !samePosition(prev, c)) coords.push([c[0] as number, c[1] as number]);
  }
  if (coords.length < 2) coords.push(coords[0]!.slice());
  const alongLine: LineString = { type: 'LineString', coordinates: along.length >= 2 ? along : [along[0]!, along[0]!] };
  const toLine = metresBetween(a.coordinates, along[0]!);
  const fromLine = metresBetween(along[along.length - 1]!, b.coordinates);
  const alongM = length({ type: 'Feature', properties: {}, geometry: alongLine }, { units: 'meters' });
  return {
    from: a.id,
    to: b.id,
    kind: 'tourist-line',
    geometry: { type: 'LineString', coordinates: coords },
    metres: toLine + alongM + fromLine,
    straight: false,
    reason: 'leg.tourist-line',
    approximate: isApproximate(a) || isApproximate(b),
    parts: { toLine, along: alongM, fromLine },
  };
}

/**
 * The tourist line to route along: the first 'tourist-line' feature with a LineString geometry (the layer
 * also holds its named stops as Points). For a MultiLineString the longest part is used, since lineSlice
 * works on one LineString. Null when the layer has no line.
 */
export function findTouristLine(sites: Iterable<SiteFeature>): Feature<LineString> | null {
  for (const f of sites) {
    if (f.properties.layer !== 'tourist-line' || !f.geometry) continue;
    if (f.geometry.type === 'LineString' && f.geometry.coordinates.length >= 2) {
      return { type: 'Feature', properties: {}, geometry: f.geometry };
    }
    if (f.geometry.type === 'MultiLineString') {
      let best: Position[] | null = null;
      let bestM = -1;
      for (const part of f.geometry.coordinates) {
        if (part.length < 2) continue;
        const m = length(
          { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: part } },
          { units: 'meters' },
        );
        if (m > bestM) {
          bestM = m;
          best = part;
        }
      }
      if (best) return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: best } };
    }
  }
  return null;
}

/**
 * Legs between consecutive stops (and back to the first when `roundTrip`). `touristLine` may be null when
 * the layer is not loaded; every leg is then straight with reason 'leg.straight.no-tourist-line'.
 */
export function computeRouteLegs(
  stops: readonly RouteStop[],
  touristLine: TouristLine | null,
  options: LegOptions & { roundTrip?: boolean } = {},
): RouteLegsResult {
  const snapM = options.snapMetres ?? TOURIST_LINE_SNAP_M;
  const pairs: Array<[RouteStop, RouteStop]> = [];
  for (let i = 1; i < stops.length; i++) pairs.push([stops[i - 1]!, stops[i]!]);
  if (options.roundTrip && stops.length > 1) pairs.push([stops[stops.length - 1]!, stops[0]!]);
  const legs = pairs.map(([a, b]) => {
    if (!touristLine) return straightLeg(a, b, 'leg.straight.no-tourist-line');
    if (samePosition(a.coordinates, b.coordinates)) return straightLeg(a, b, 'leg.straight.same-place');
    return touristLineLeg(a, b, touristLine, snapM) ?? straightLeg(a, b, 'leg.straight.far-from-line');
  });
  return { legs, totalMetres: legs.reduce((s, l) => s + l.metres, 0) };
}

export interface TimeOptions {
  /** km/h per mode; missing modes use DEFAULT_SPEEDS_KMH. */
  speedsKmh?: Partial<Record<TravelMode, number>>;
  /** Minutes per layer; missing layers use DEFAULT_DWELL_MIN. */
  dwellMin?: Partial<Record<LayerId, number>>;
  /** Minutes for a particular stop id; wins over the per-layer value. */
  dwellByStop?: Readonly<Record<string, number>>;
}

export interface RouteTimes {
  mode: TravelMode;
  speedKmh: number;
  /** Minutes per leg at `speedKmh`, same order as the legs. */
  legMinutes: number[];
  /** Minutes per stop, same order as the stops. */
  dwellMinutes: number[];
  travelMinutes: number;
  dwellTotalMinutes: number;
  totalMinutes: number;
}

/**
 * Travel and dwell times in minutes. Every leg is timed at the chosen mode's speed, whatever its kind
 * (a road leg's server duration is kept on the leg for reference but not used, so modes stay comparable).
 * Dwell is counted once per stop; for a round trip the start is not counted twice.
 */
export function estimateRouteTimes(
  legs: readonly RouteLeg[],
  stops: readonly RouteStop[],
  mode: TravelMode,
  options: TimeOptions = {},
): RouteTimes {
  const speed = options.speedsKmh?.[mode] ?? DEFAULT_SPEEDS_KMH[mode];
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`speed for ${mode} must be > 0 km/h`);
  // metres / (km/h · 1000 m/km) = hours; × 60 = minutes.
  const legMinutes = legs.map((l) => (l.metres / (speed * 1000)) * 60);
  const dwellMinutes = stops.map((s) => {
    const v = options.dwellByStop?.[s.id] ?? options.dwellMin?.[s.layer] ?? DEFAULT_DWELL_MIN[s.layer];
    return Number.isFinite(v) && v > 0 ? v : 0;
  });
  const travelMinutes = legMinutes.reduce((a, b) => a + b, 0);
  const dwellTotalMinutes = dwellMinutes.reduce((a, b) => a + b, 0);
  return {
    mode,
    speedKmh: speed,
    legMinutes,
    dwellMinutes,
    travelMinutes,
    dwellTotalMinutes,
    totalMinutes: travelMinutes + dwellTotalMinutes,
  };
}
