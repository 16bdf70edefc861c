// Settings kept between visits (language, base map). Versioned; anything unreadable is moved aside to a
// backup key and the app starts from defaults, telling the user — never a blank page.
import { isLang } from '../types';
import type { Lang } from '../types';
import { DEFAULT_BASEMAP, EMBEDDED_BASEMAP, isKnownBasemap } from '../config/basemaps';

export const SETTINGS_KEY = 'lcm:settings';
// 2: the default base map became the online street map. Version 1 stored "embedded" whenever the language was
// saved (it was the only default then), so a stored "embedded" from version 1 is not read as a choice.
export const SETTINGS_VERSION = 2;

export interface Settings {
  lang: Lang | null;
  basemap: string;
}

export const DEFAULT_SETTINGS: Settings = { lang: null, basemap: DEFAULT_BASEMAP };

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored data could not be read and was moved to `backupKey`. */
  problem: { reason: 'corrupt' | 'unknown-version'; backupKey: string } | null;
}

export function loadSettings(storage: KeyValueStorage): LoadedSettings {
  let raw: string | null;
  try {
    raw = storage.getItem(SETTINGS_KEY);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, problem: null };
  }
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS }, problem: null };
  let reason: 'corrupt' | 'unknown-version' = 'corrupt';
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed) {
      const o = parsed as { version: unknown; lang?: unknown; basemap?: unknown };
      if (o.version === SETTINGS_VERSION || o.version === 1) {
        const stored = typeof o.basemap === 'string' && isKnownBasemap(o.basemap) ? o.basemap : DEFAULT_BASEMAP;
        return {
          settings: {
            lang: isLang(o.lang) ? o.lang : null,
            basemap: o.version === 1 && stored === EMBEDDED_BASEMAP ? DEFAULT_BASEMAP : stored,
          },
          problem: null,
        };
      }
      reason = 'unknown-version';
    }
  } catch {
    reason = 'corrupt';
  }
  const backupKey = `${SETTINGS_KEY}:backup:${Date.now()}`;
  try {
    storage.setItem(backupKey, raw);
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS }));
  } catch {
    // Storage full or blocked: the defaults still apply for this visit.
  }
  return { settings: { ...DEFAULT_SETTINGS }, problem: { reason, backupKey } };
}

export function saveSettings(storage: KeyValueStorage, settings: Settings): void {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: SETTINGS_VERSION, ...settings }));
  } catch {
    // Private mode or quota: settings simply are not remembered.
  }
}
