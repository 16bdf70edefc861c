// The one door to the browser's localStorage. `safeStorage()` probes it once; where it cannot be used (private
// mode, storage disabled) the app keeps working with an in-memory store for this visit only. Everything the app
// keeps between visits (settings, route settings, saved routes, suggestions) goes through a StorageLike.

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

/** `storage.getItem` that never throws (null when unreadable). */
export function readItem(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** `storage.setItem` that never throws; false when the value could not be kept (quota, disabled). */
export function writeItem(storage: StorageLike, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
