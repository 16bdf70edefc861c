// Saved routes in localStorage (issue 6, "Keep and share"), under a versioned schema:
//   { "version": 1, "routes": [{ "id", "name", "stopIds": [...], "mode": "walk"|"cycle"|"drive", "createdAt" }] }
// Reading never throws. Data we cannot read (corrupt JSON, a wrong shape, or a version from a newer app) is
// moved aside to a backup key — never silently overwritten — and the caller is told so it can say so.
// Storage is passed in (a `Storage`-like object) so tests use an in-memory one and private-mode browsers,
// where localStorage throws, degrade to "nothing saved" instead of breaking the planner.

export const SAVED_ROUTES_KEY = 'lanzhou-map.saved-routes';
import type { TravelMode } from '../types';
import { SITE_ID_RE, TRAVEL_MODES, isOneOf } from '../types';
import type { StorageLike } from './storage';
export type { StorageLike } from './storage';
export { memoryStorage } from './storage';
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
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { routes: [], problem: 'corrupt' };
  }
  if (!isRecord(value)) return { routes: [], problem: 'corrupt' };
  if (value.version !== SAVED_ROUTES_VERSION) {
    // A number we don't know is a newer (or older, unsupported) schema; anything else is damage.
    return { routes: [], problem: typeof value.version === 'number' ? 'unknown-version' : 'corrupt' };
  }
  if (!Array.isArray(value.routes)) return { routes: [], problem: 'corrupt' };
  const routes: SavedRoute[] = [];
  const seen = new Set<string>();
  let bad = false;
  for (const r of value.routes) {
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

export interface LoadedSavedRoutes extends ParsedSavedRoutes {
  /** Set when unreadable data was copied here and removed from the main key. */
  backupKey?: string;
  /** True when the storage itself could not be read (e.g. disabled); routes is then empty. */
  storageUnavailable?: boolean;
}

/**
 * Read saved routes. On a problem the raw string is copied to `${key}.backup-<time>` and the main key is
 * cleared, so the next save starts clean and nothing is lost. If the backup cannot be written, the main
 * key is left as it is (no backupKey) so the data still survives.
 */
export function loadSavedRoutes(
  storage: StorageLike,
  key: string = SAVED_ROUTES_KEY,
  now: () => Date = () => new Date(),
): LoadedSavedRoutes {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { routes: [], storageUnavailable: true };
  }
  const parsed = parseSavedRoutes(raw);
  if (!parsed.problem || raw === null) return parsed;
  // Colons and dots are safe in storage keys; milliseconds make two backups in one session distinct.
  const backupKey = `${key}.backup-${now().toISOString()}`;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    return parsed;
  }
  try {
    if (parsed.problem === 'corrupt' && parsed.routes.length > 0) {
      // Keep what was readable under the main key, so the user's good routes stay where they were.
      storage.setItem(key, serializeSavedRoutes(parsed.routes));
    } else {
      storage.removeItem(key);
    }
  } catch {
    // The backup exists; leaving the main key as it was loses nothing.
  }
  return { ...parsed, backupKey };
}

export type StoreResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' | 'newer-version' };

/**
 * Write the routes. Refuses to overwrite a version this app does not know ('newer-version'), which can only
 * happen if another tab running a newer app wrote it after we loaded (loading moves such data aside).
 */
export function storeSavedRoutes(
  storage: StorageLike,
  routes: readonly SavedRoute[],
  key: string = SAVED_ROUTES_KEY,
): StoreResult {
  try {
    const current = storage.getItem(key);
    if (current !== null && parseSavedRoutes(current).problem === 'unknown-version') return { ok: false, reason: 'newer-version' };
    storage.setItem(key, serializeSavedRoutes(routes));
    return { ok: true };
  } catch (e) {
    // DOMException "QuotaExceededError" (name varies by browser) vs. storage disabled (SecurityError).
    const name = e instanceof Error ? e.name : '';
    return { ok: false, reason: /quota/i.test(name) ? 'quota' : 'unavailable' };
  }
}
