// Route planner settings kept between visits (through src/state/storage.ts): planning speeds, dwell minutes per kind
// of stop, the optional OSRM routing endpoint and the "heritage along the route" distance. Versioned; reading never
// throws and anything out of range falls back to its default, field by field; unreadable text is backed up first.
// Route stops themselves live in the URL and in saved routes, not here.
import type { LayerId, TravelMode } from '../types';
import { LAYER_IDS, TRAVEL_MODES } from '../types';
import type { StorageLike, StoredProblem, StoredRecord } from './storage';
import { loadRecord, parseJson, storeRecord, versionProblem } from './storage';

export const ROUTE_SETTINGS_KEY = 'lanzhou-map.route-settings';
export const ROUTE_SETTINGS_VERSION = 1;

export interface RouteSettings {
  /** km/h per mode; only the modes the user changed are stored (others use DEFAULT_SPEEDS_KMH). */
  speedsKmh: Partial<Record<TravelMode, number>>;
  /** Minutes per layer; only the layers the user changed (others use DEFAULT_DWELL_MIN). */
  dwellMin: Partial<Record<LayerId, number>>;
  /** OSRM server root, '' when off (the default: the app makes no request anywhere). */
  osrmUrl: string;
  /** "Heritage along the route" distance in metres. */
  alongMetres: number;
}

export const DEFAULT_ALONG_M = 500;
/** Bounds for the along distance: same as the buffer tool (100 m – 10 km). */
export const ALONG_MIN_M = 100;
export const ALONG_MAX_M = 10_000;
/** Bounds for an editable speed (km/h): above a walk's crawl, below a motorway. */
export const SPEED_MIN_KMH = 0.5;
export const SPEED_MAX_KMH = 130;
/** Bounds for a dwell time in minutes (a full day at most). */
export const DWELL_MAX_MIN = 600;

export function validSpeed(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= SPEED_MIN_KMH && v <= SPEED_MAX_KMH;
}

export function validDwell(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= DWELL_MAX_MIN;
}

export function validAlong(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= ALONG_MIN_M && v <= ALONG_MAX_M;
}

/** An http(s) URL, or '' (off). Anything else is not a routing endpoint. */
export function validOsrmUrl(v: unknown): v is string {
  if (v === '') return true;
  if (typeof v !== 'string' || v.length > 500) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function defaults(): RouteSettings {
  return { speedsKmh: {}, dwellMin: {}, osrmUrl: '', alongMetres: DEFAULT_ALONG_M };
}

/** Stored text → settings; a field out of range falls back to its default alone, damage or a newer version to all. */
function readRouteSettings(raw: string): { value: RouteSettings; problem?: StoredProblem } {
  const out = defaults();
  const v = parseJson(raw);
  const problem = versionProblem(v, ROUTE_SETTINGS_VERSION);
  if (problem || !isRecord(v)) return { value: out, problem: problem ?? 'corrupt' };
  if (isRecord(v.speedsKmh))
    for (const m of TRAVEL_MODES) if (validSpeed(v.speedsKmh[m])) out.speedsKmh[m] = v.speedsKmh[m] as number;
  if (isRecord(v.dwellMin))
    for (const l of LAYER_IDS) if (validDwell(v.dwellMin[l])) out.dwellMin[l] = v.dwellMin[l] as number;
  if (validOsrmUrl(v.osrmUrl)) out.osrmUrl = v.osrmUrl;
  if (validAlong(v.alongMetres)) out.alongMetres = v.alongMetres;
  return { value: out };
}

function serializeRouteSettings(s: RouteSettings): string {
  return JSON.stringify({ version: ROUTE_SETTINGS_VERSION, ...s });
}

const ROUTE_SETTINGS_RECORD: StoredRecord<RouteSettings> = {
  key: ROUTE_SETTINGS_KEY,
  parse: readRouteSettings,
  serialize: serializeRouteSettings,
  empty: defaults,
};

/** The stored settings (defaults for anything missing or unreadable; unreadable text is backed up first). */
export function loadRouteSettings(storage: StorageLike): RouteSettings {
  return loadRecord(storage, ROUTE_SETTINGS_RECORD).value;
}

/** Keeps the settings; on quota or disabled storage they still apply for this visit. */
export function saveRouteSettings(storage: StorageLike, s: RouteSettings): void {
  storeRecord(storage, ROUTE_SETTINGS_RECORD, s);
}
