// Optional road routing through a server that speaks the OSRM HTTP API, for the route planner's legs.
//
// Nothing is configured by default: the app is offline-first and ships no routing server. When a base URL
// is configured (e.g. a self-hosted osrm-routed), one request fetches the whole route:
//   GET {base}/route/v1/{profile}/{lon,lat;lon,lat;…}?overview=full&geometries=geojson
// and the answer's `routes[0].geometry` is cut into legs at the snapped `waypoints[].location`s.
// Any failure comes back as a typed reason — never an exception — and `legsWithFallback` then uses the
// offline legs from route-legs.ts, whose straight legs say why they are straight.
// Response format: OSRM API v5 docs, "Route service" (code, routes[].legs[].distance|duration, waypoints).
import type { LineString, Position } from 'geojson';
import distance from '@turf/distance';
import {
  computeRouteLegs,
  type LegReason,
  type RouteLeg,
  type RouteLegsResult,
  type RouteStop,
} from '../analysis/route-legs';
import type { TravelMode } from '../types';

export type OsrmFailureReason = 'not-configured' | 'unreachable' | 'bad-response' | 'no-route';

export interface OsrmConfig {
  /** Server root, e.g. "http://127.0.0.1:5000". Empty, null or undefined means not configured. */
  baseUrl?: string | null;
  /** Profile segment of the URL; default from the travel mode (OSRM_PROFILE_BY_MODE). */
  profile?: string;
  /** Give up after this many milliseconds (default 8000: long enough for a slow phone link, short enough to wait for). */
  timeoutMs?: number;
  /** Injected for tests or other environments; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

/** osrm-routed ignores the profile segment (it serves whatever it was built with), but public setups use these. */
export const OSRM_PROFILE_BY_MODE: Readonly<Record<TravelMode, string>> = Object.freeze({
  walk: 'foot',
  cycle: 'bike',
  drive: 'driving',
});

export const OSRM_DEFAULT_TIMEOUT_MS = 8000;

export type OsrmResult =
  | { ok: true; legs: RouteLeg[]; totalMetres: number; totalSeconds: number }
  | { ok: false; reason: OsrmFailureReason; detail: string };

function fail(reason: OsrmFailureReason, detail: string): OsrmResult {
  return { ok: false, reason, detail };
}

/** Request URL for the stops, or null when the base URL is not http(s). Coordinates to 1e-6° (~0.1 m). */
export function osrmRouteUrl(baseUrl: string, profile: string, stops: readonly RouteStop[]): string | null {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return null;
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') return null;
  const root = base.href.replace(/\/+$/, '');
  const coords = stops.map((s) => `${s.coordinates[0].toFixed(6)},${s.coordinates[1].toFixed(6)}`).join(';');
  return `${root}/route/v1/${encodeURIComponent(profile)}/${coords}?overview=full&geometries=geojson`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isPosition(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length >= 2 && Number.isFinite(x[0]) && Number.isFinite(x[1]);
}

function metres(a: Position, b: Position): number {
  return distance([a[0] as number, a[1] as number], [b[0] as number, b[1] as number], { units: 'meters' });
}

interface ParsedRoute {
  coordinates: [number, number][];
  legs: Array<{ distance: number; duration: number }>;
  waypoints: [number, number][];
}

/** Narrow an OSRM JSON answer; returns a failure reason for anything unexpected. */
export function parseOsrmResponse(
  body: unknown,
  stopCount: number,
): ParsedRoute | { reason: OsrmFailureReason; detail: string } {
  if (!isRecord(body) || typeof body.code !== 'string') return { reason: 'bad-response', detail: 'no "code" field' };
  if (body.code === 'NoRoute' || body.code === 'NoSegment') {
    return { reason: 'no-route', detail: `${body.code}: ${typeof body.message === 'string' ? body.message : ''}` };
  }
  if (body.code !== 'Ok') return { reason: 'bad-response', detail: `code ${body.code}` };
  const routes = body.routes;
  const waypoints = body.waypoints;
  if (!Array.isArray(routes) || routes.length === 0) return { reason: 'no-route', detail: 'no routes' };
  const route: unknown = routes[0];
  if (!isRecord(route) || !isRecord(route.geometry) || route.geometry.type !== 'LineString') {
    return { reason: 'bad-response', detail: 'route geometry is not a GeoJSON LineString (geometries=geojson?)' };
  }
  const coords = route.geometry.coordinates;
  if (!Array.isArray(coords) || coords.length < 2 || !coords.every(isPosition)) {
    return { reason: 'bad-response', detail: 'bad route coordinates' };
  }
  const legs = route.legs;
  if (!Array.isArray(legs) || legs.length !== stopCount - 1) {
    return { reason: 'bad-response', detail: `expected ${stopCount - 1} legs` };
  }
  const parsedLegs: ParsedRoute['legs'] = [];
  for (const l of legs) {
    if (!isRecord(l) || !Number.isFinite(l.distance) || !Number.isFinite(l.duration)) {
      return { reason: 'bad-response', detail: 'leg without distance/duration' };
    }
    parsedLegs.push({ distance: l.distance as number, duration: l.duration as number });
  }
  if (!Array.isArray(waypoints) || waypoints.length !== stopCount) {
    return { reason: 'bad-response', detail: `expected ${stopCount} waypoints` };
  }
  const wps: [number, number][] = [];
  for (const w of waypoints) {
    if (!isRecord(w) || !isPosition(w.location)) return { reason: 'bad-response', detail: 'waypoint without location' };
    wps.push([w.location[0], w.location[1]]);
  }
  return { coordinates: coords.map((c) => [c[0], c[1]] as [number, number]), legs: parsedLegs, waypoints: wps };
}

/**
 * Cut the overview line at the snapped waypoints: for each inner waypoint, the nearest vertex at or after the
 * previous cut (OSRM's overview contains every waypoint as a vertex, so this is normally an exact match).
 */
function splitAtWaypoints(coords: [number, number][], waypoints: [number, number][]): [number, number][][] {
  const cuts = [0];
  for (let k = 1; k < waypoints.length - 1; k++) {
    const w = waypoints[k]!;
    let best = cuts[cuts.length - 1]!;
    let bestD = Infinity;
    for (let i = best; i < coords.length; i++) {
      const c = coords[i]!;
      const dd = (c[0] - w[0]) ** 2 + (c[1] - w[1]) ** 2; // degrees², only for ranking nearby vertices
      if (dd < bestD) {
        bestD = dd;
        best = i;
      }
      if (dd === 0) break;
    }
    cuts.push(best);
  }
  cuts.push(coords.length - 1);
  const parts: [number, number][][] = [];
  for (let k = 1; k < cuts.length; k++) parts.push(coords.slice(cuts[k - 1], cuts[k]! + 1));
  return parts;
}

/**
 * Ask the server for road legs between consecutive stops. Never throws. Each leg's `metres` is the server's
 * road distance plus the straight connectors from each stop to the point where the server snapped it
 * onto the road network (drawn as part of the leg, so the line reaches the marker).
 */
export async function fetchOsrmLegs(
  stops: readonly RouteStop[],
  config: OsrmConfig,
  mode: TravelMode = 'walk',
): Promise<OsrmResult> {
  const baseUrl = config.baseUrl?.trim();
  if (!baseUrl) return fail('not-configured', 'no routing server configured');
  if (stops.length < 2) return { ok: true, legs: [], totalMetres: 0, totalSeconds: 0 };
  const url = osrmRouteUrl(baseUrl, config.profile ?? OSRM_PROFILE_BY_MODE[mode], stops);
  if (!url) return fail('not-configured', `not an http(s) URL: ${baseUrl}`);
  const fetchImpl = config.fetchImpl ?? globalThis.fetch;
  const controller = new AbortController();
  const timeoutMs = config.timeoutMs ?? OSRM_DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  let status: number;
  try {
    const res = await fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    status = res.status;
    text = await res.text();
  } catch (e) {
    const detail = controller.signal.aborted
      ? `timeout after ${timeoutMs} ms`
      : e instanceof Error
        ? e.message
        : String(e);
    return fail('unreachable', detail);
  } finally {
    clearTimeout(timer);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail('bad-response', `HTTP ${status}: not JSON`);
  }
  const parsed = parseOsrmResponse(body, stops.length);
  if ('reason' in parsed) return fail(parsed.reason, `HTTP ${status}: ${parsed.detail}`);
  const pieces = splitAtWaypoints(parsed.coordinates, parsed.waypoints);
  const legs: RouteLeg[] = [];
  for (let k = 0; k < stops.length - 1; k++) {
    const a = stops[k]!;
    const b = stops[k + 1]!;
    const road = pieces[k]!;
    const coordinates: Position[] = [a.coordinates.slice(), ...road, b.coordinates.slice()];
    const connectors = metres(a.coordinates, road[0]!) + metres(road[road.length - 1]!, b.coordinates);
    const geometry: LineString = { type: 'LineString', coordinates };
    const leg = parsed.legs[k]!;
    legs.push({
      from: a.id,
      to: b.id,
      kind: 'road',
      geometry,
      metres: leg.distance + connectors,
      straight: false,
      reason: 'leg.road.osrm',
      approximate: a.precision !== 'exact' || b.precision !== 'exact',
      serverSeconds: leg.duration,
    });
  }
  return {
    ok: true,
    legs,
    totalMetres: legs.reduce((s, l) => s + l.metres, 0),
    totalSeconds: parsed.legs.reduce((s, l) => s + l.duration, 0),
  };
}

const FAILURE_REASON: Readonly<Record<Exclude<OsrmFailureReason, 'not-configured'>, LegReason>> = {
  unreachable: 'leg.straight.routing-unreachable',
  'bad-response': 'leg.straight.routing-bad-response',
  'no-route': 'leg.straight.routing-no-route',
};

/**
 * Road legs when a server is configured and answers; otherwise the offline legs of route-legs.ts. When a
 * configured server failed, straight legs carry the failure as their reason (tourist-line legs keep theirs);
 * when nothing is configured — the default — the offline reasons stand, since nothing went wrong.
 */
export async function legsWithFallback(
  stops: readonly RouteStop[],
  touristLine: Parameters<typeof computeRouteLegs>[1],
  config: OsrmConfig,
  mode: TravelMode = 'walk',
): Promise<RouteLegsResult & { routing: 'osrm' | OsrmFailureReason; detail?: string }> {
  const r = await fetchOsrmLegs(stops, config, mode);
  if (r.ok) return { legs: r.legs, totalMetres: r.totalMetres, routing: 'osrm' };
  const offline = computeRouteLegs(stops, touristLine);
  if (r.reason === 'not-configured') return { ...offline, routing: r.reason, detail: r.detail };
  const reason = FAILURE_REASON[r.reason];
  const legs = offline.legs.map((l) =>
    l.kind === 'straight' && l.reason !== 'leg.straight.same-place' ? { ...l, reason } : l,
  );
  return { legs, totalMetres: offline.totalMetres, routing: r.reason, detail: r.detail };
}
