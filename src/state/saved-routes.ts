// Saved routes ("Keep and share" in the route planner), kept through src/state/storage.ts under a versioned schema:
//   { "version": 1, "routes": [{ "id", "name", "stopIds": [...], "mode": "walk"|"cycle"|"drive", "createdAt" }] }
// Reading never throws. Data we cannot read (corrupt JSON, a wrong shape, or a version from a newer app) is
// moved aside to a backup key — never silently overwritten — and the caller is told so it can say so.
// Storage is passed in (a StorageLike) so tests use an in-memory one.
import type { TravelMode } from '../types';
import { SITE_ID_RE, TRAVEL_MODES, isOneOf } from '../types';
import type { StorageLike, StoredRecord, StoreResult } from './storage';
import { loadRecord, parseJson, safeStorage, storeRecord, versionProblem } from './storage';

export const SAVED_ROUTES_KEY = 'lanzhou-map.saved-routes';
export const SAVED_ROUTES_VERSION = 1;

export interface SavedRoute {
  id: string;
  name: string;
  stopIds: string[];
  mode: TravelMode;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

export interface SavedRoutesFileV1 {
  version: 1;
  routes: SavedRoute[];
}

export type SavedRoutesProblem = 'corrupt' | 'unknown-version';

export interface ParsedSavedRoutes {
  routes: SavedRoute[];
  problem?: SavedRoutesProblem;
}

/** Limits keep one entry from filling the ~5 MB origin quota: route names are short, routes are tens of stops. */
const MAX_NAME = 200;
const MAX_STOPS = 200;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readRoute(x: unknown): SavedRoute | null {
  if (!isRecord(x)) return null;
  const { id, name, stopIds, mode, createdAt } = x;
  if (typeof id !== 'string' || id === '' || id.length > MAX_NAME) return null;
  if (typeof name !== 'string' || name.length > MAX_NAME) return null;
  if (!Array.isArray(stopIds) || stopIds.length > MAX_STOPS) return null;
  if (!stopIds.every((s): s is string => typeof s === 'string' && SITE_ID_RE.test(s))) return null;
  if (!isOneOf(TRAVEL_MODES, mode)) return null;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
  return { id, name, stopIds: stopIds.slice(), mode: mode as TravelMode, createdAt };
}

/**
 * Parse the stored string. `null` (nothing saved) gives no routes and no problem. A file whose version is not
 * 1 gives 'unknown-version' and no routes (we must not guess at a newer schema). Invalid JSON or shape gives
 * 'corrupt'; if some routes in a version-1 file are invalid, the valid ones are returned with 'corrupt'.
 */
export function parseSavedRoutes(raw: string | null): ParsedSavedRoutes {
  if (raw === null) return { routes: [] };
  const value = parseJson(raw);
  const problem = versionProblem(value, SAVED_ROUTES_VERSION);
  if (problem) return { routes: [], problem };
  const list = (value as { routes?: unknown }).routes;
  if (!Array.isArray(list)) return { routes: [], problem: 'corrupt' };
  const routes: SavedRoute[] = [];
  const seen = new Set<string>();
  let bad = false;
  for (const r of list) {
    const route = readRoute(r);
    if (!route || seen.has(route.id)) {
      bad = true;
      continue;
    }
    seen.add(route.id);
    routes.push(route);
  }
  return bad ? { routes, problem: 'corrupt' } : { routes };
}

export function serializeSavedRoutes(routes: readonly SavedRoute[]): string {
  const file: SavedRoutesFileV1 = {
    version: SAVED_ROUTES_VERSION,
    routes: routes.map((r) => ({
      id: r.id,
      name: r.name,
      stopIds: r.stopIds.slice(),
      mode: r.mode,
      createdAt: r.createdAt,
    })),
  };
  return JSON.stringify(file);
}

function savedRoutesRecord(key: string): StoredRecord<SavedRoute[]> {
  return {
    key,
    parse: (raw) => {
      const { routes, problem } = parseSavedRoutes(raw);
      return problem ? { value: routes, problem } : { value: routes };
    },
    serialize: serializeSavedRoutes,
    empty: () => [],
    // Keep what was readable under the main key, so the user's good routes stay where they were.
    keepsReadable: (routes) => routes.length > 0,
  };
}

export interface LoadedSavedRoutes extends ParsedSavedRoutes {
  /** Set when unreadable data was copied here (see loadRecord in storage.ts). */
  backupKey?: string;
  /** True when the storage itself could not be read (e.g. disabled); routes is then empty. */
  storageUnavailable?: boolean;
}

/** Read saved routes; what cannot be read is backed up first (loadRecord, storage.ts). */
export function loadSavedRoutes(
  storage: StorageLike,
  key: string = SAVED_ROUTES_KEY,
  now: () => Date = () => new Date(),
): LoadedSavedRoutes {
  const { value, ...rest } = loadRecord(storage, savedRoutesRecord(key), now);
  return { routes: value, ...rest };
}

let atStart: LoadedSavedRoutes | null = null;

/**
 * The saved routes as read at start, read once per visit: the start-up notice (install-reliability.ts) and the
 * route planner share that read; a second read would find damaged text already moved aside and say nothing.
 */
export function savedRoutesAtStart(): LoadedSavedRoutes {
  return (atStart ??= loadSavedRoutes(safeStorage()));
}

/** Write the routes; refuses to overwrite a newer app's data ('newer-version', see storeRecord). */
export function storeSavedRoutes(
  storage: StorageLike,
  routes: readonly SavedRoute[],
  key: string = SAVED_ROUTES_KEY,
): StoreResult {
  return storeRecord(storage, savedRoutesRecord(key), routes.slice());
}
