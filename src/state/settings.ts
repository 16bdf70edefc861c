// Settings kept between visits (language, base map), through src/state/storage.ts. Versioned; anything unreadable
// is copied to a backup key and the app starts from defaults, telling the user — never a blank page.
import { isLang } from '../types';
import type { Lang } from '../types';
import { DEFAULT_BASEMAP, EMBEDDED_BASEMAP, isKnownBasemap } from '../config/basemaps';
import type { StorageLike, StoredProblem, StoredRecord } from './storage';
import { loadRecord, parseJson, storeRecord, versionProblem } from './storage';

export const SETTINGS_KEY = 'lanzhou-map.settings';
// 2: the default base map became the online street map. Version 1 stored "embedded" whenever the language was
// saved (it was the only default then), so a stored "embedded" from version 1 is not read as a choice.
export const SETTINGS_VERSION = 2;

export interface Settings {
  lang: Lang | null;
  basemap: string;
}

export const DEFAULT_SETTINGS: Settings = { lang: null, basemap: DEFAULT_BASEMAP };

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored data could not be read and was copied to `backupKey`. */
  problem: { reason: StoredProblem; backupKey: string } | null;
}

function readSettings(raw: string): { value: Settings; problem?: StoredProblem } {
  const value = parseJson(raw);
  const problem = versionProblem(value, [SETTINGS_VERSION, 1]);
  if (problem) return { value: { ...DEFAULT_SETTINGS }, problem };
  const o = value as { version: number; lang?: unknown; basemap?: unknown };
  const stored = typeof o.basemap === 'string' && isKnownBasemap(o.basemap) ? o.basemap : DEFAULT_BASEMAP;
  return {
    value: {
      lang: isLang(o.lang) ? o.lang : null,
      basemap: o.version === 1 && stored === EMBEDDED_BASEMAP ? DEFAULT_BASEMAP : stored,
    },
  };
}

const SETTINGS_RECORD: StoredRecord<Settings> = {
  key: SETTINGS_KEY,
  // Before the storage keys were made one style the settings lived under 'lcm:settings'; read there and moved.
  oldKeys: ['lcm:settings'],
  parse: readSettings,
  serialize: (settings) => JSON.stringify({ version: SETTINGS_VERSION, ...settings }),
  empty: () => ({ ...DEFAULT_SETTINGS }),
};

/** The kept settings, or the defaults; unreadable data is backed up and the defaults apply (never a blank page). */
export function loadSettings(storage: StorageLike, now?: () => Date): LoadedSettings {
  const { value, problem, backupKey } = loadRecord(storage, SETTINGS_RECORD, now);
  return { settings: value, problem: problem && backupKey ? { reason: problem, backupKey } : null };
}

/** Keeps the settings; in private mode or over quota they simply are not remembered. */
export function saveSettings(storage: StorageLike, settings: Settings): void {
  storeRecord(storage, SETTINGS_RECORD, settings);
}
