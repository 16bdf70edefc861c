// The one door to the browser's localStorage. `safeStorage()` probes it once; where it cannot be used (private
// mode, storage disabled) the app keeps working with an in-memory store for this visit only. Everything the app
// keeps between visits (settings, route settings, saved routes, suggestions) is a StoredRecord read with loadRecord
// and written with storeRecord: one key style, one backup format for unreadable text, no call that throws.

/** The part of the Web Storage API we use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory StorageLike, for tests and as a fallback when localStorage is unavailable. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    dump: () => Object.fromEntries(data),
  };
}

let shared: StorageLike | null = null;

/** localStorage if it can be read, else a memory store; the same object for the whole visit. */
export function safeStorage(): StorageLike {
  if (shared) return shared;
  try {
    const s = window.localStorage;
    s.getItem('probe');
    shared = s;
  } catch {
    shared = memoryStorage();
  }
  return shared;
}

/** `storage.setItem` that never throws; false when the value could not be kept (quota, disabled). */
function writeItem(storage: StorageLike, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Why a kept value could not be read: damaged (not JSON, wrong shape) or written by a newer app (unknown version). */
export type StoredProblem = 'corrupt' | 'unknown-version';

/**
 * One value the app keeps between visits, as versioned JSON text under one key. Keys are `lanzhou-map.<name>`;
 * unreadable text goes to `<key>.backup-<ISO time>` (backupKeyFor).
 */
export interface StoredRecord<T> {
  key: string;
  /** Keys an older app used for the same value: read when `key` holds nothing, then moved to `key`. */
  oldKeys?: readonly string[];
  /** What could be read from stored text (the empty value when nothing), and what was wrong, if anything. */
  parse(raw: string): { value: T; problem?: StoredProblem };
  serialize(value: T): string;
  empty(): T;
  /** After damage, whether the readable part is worth writing back under the key (else the key is cleared). */
  keepsReadable?(value: T): boolean;
}

export interface LoadedRecord<T> {
  value: T;
  problem?: StoredProblem;
  /** Where the unreadable text was copied (with `problem`); absent when the copy could not be written. */
  backupKey?: string;
  /** True when the storage itself could not be read; `value` is then empty. */
  storageUnavailable?: boolean;
}

export type StoreResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' | 'newer-version' };

/** Colons and dots are safe in storage keys; milliseconds keep two backups of one visit apart. */
export function backupKeyFor(key: string, now: Date): string {
  return `${key}.backup-${now.toISOString()}`;
}

/**
 * Reads a kept value; never throws. Text found only under an old key is moved to the current key. Text that cannot
 * be read is first copied to a backup key; only then is the readable part written back (or the key cleared), so
 * nothing is lost: if the backup cannot be written, the stored text stays where it was.
 */
export function loadRecord<T>(
  storage: StorageLike,
  rec: StoredRecord<T>,
  now: () => Date = () => new Date(),
): LoadedRecord<T> {
  let raw: string | null;
  let from = rec.key;
  try {
    raw = storage.getItem(rec.key);
    for (const old of rec.oldKeys ?? []) {
      if (raw !== null) break;
      raw = storage.getItem(old);
      from = old;
    }
  } catch {
    return { value: rec.empty(), storageUnavailable: true };
  }
  if (raw === null) return { value: rec.empty() };
  const parsed = rec.parse(raw);
  if (!parsed.problem) {
    if (from !== rec.key && writeItem(storage, rec.key, raw)) removeItem(storage, from);
    return { value: parsed.value };
  }
  const backupKey = backupKeyFor(rec.key, now());
  if (!writeItem(storage, backupKey, raw)) return { value: parsed.value, problem: parsed.problem };
  if (rec.keepsReadable?.(parsed.value)) writeItem(storage, rec.key, rec.serialize(parsed.value));
  else removeItem(storage, rec.key);
  if (from !== rec.key) removeItem(storage, from);
  return { value: parsed.value, problem: parsed.problem, backupKey };
}

/**
 * Keeps a value. Refuses to overwrite text of a version this app does not know ('newer-version'): only another tab
 * running a newer app can have written it since we loaded (loading moves such text aside).
 */
export function storeRecord<T>(storage: StorageLike, rec: StoredRecord<T>, value: T): StoreResult {
  try {
    const current = storage.getItem(rec.key);
    if (current !== null && rec.parse(current).problem === 'unknown-version')
      return { ok: false, reason: 'newer-version' };
    storage.setItem(rec.key, rec.serialize(value));
    return { ok: true };
  } catch (e) {
    // DOMException "QuotaExceededError" (the name varies by browser) vs. storage disabled (SecurityError).
    const name = e instanceof Error ? e.name : '';
    return { ok: false, reason: /quota/i.test(name) ? 'quota' : 'unavailable' };
  }
}

function removeItem(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Left in place: it is still readable, so nothing is lost.
  }
}

/** JSON.parse that gives undefined instead of throwing. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The problem of a parsed wrapper `{ version, … }` that is not `version`: a newer app's number, or damage. */
export function versionProblem(value: unknown, version: number | readonly number[]): StoredProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'corrupt';
  const v = (value as { version?: unknown }).version;
  if (typeof version === 'number' ? v === version : version.includes(v as number)) return null;
  return typeof v === 'number' ? 'unknown-version' : 'corrupt';
}
