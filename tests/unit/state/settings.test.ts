import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from '../../../src/state/settings';
import { DEFAULT_BASEMAP } from '../../../src/config/basemaps';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('settings', () => {
  it('round-trips language and base map', () => {
    const s = memory();
    saveSettings(s, { lang: 'en', basemap: 'osm' });
    expect(loadSettings(s)).toEqual({ settings: { lang: 'en', basemap: 'osm' }, problem: null });
  });

  it('moves corrupt data aside to a backup and starts from defaults', () => {
    const s = memory({ [SETTINGS_KEY]: '{not json' });
    const { settings, problem } = loadSettings(s);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problem?.reason).toBe('corrupt');
    expect(s.data.get(problem!.backupKey)).toBe('{not json');
  });

  it('treats an unknown schema version as unreadable, keeping it', () => {
    const raw = JSON.stringify({ version: 99, lang: 'en' });
    const s = memory({ [SETTINGS_KEY]: raw });
    const { problem } = loadSettings(s);
    expect(problem?.reason).toBe('unknown-version');
    expect(s.data.get(problem!.backupKey)).toBe(raw);
  });

  it('ignores hostile values inside a valid file', () => {
    const s = memory({
      [SETTINGS_KEY]: JSON.stringify({ version: 1, lang: '<script>', basemap: 'javascript:alert(1)' }),
    });
    expect(loadSettings(s).settings).toEqual({ lang: null, basemap: DEFAULT_BASEMAP });
  });

  it('defaults to the online street map; an unknown stored base map falls back to it', () => {
    expect(DEFAULT_SETTINGS.basemap).toBe('liberty');
    const s = memory({
      [SETTINGS_KEY]: JSON.stringify({ version: SETTINGS_VERSION, lang: 'en', basemap: 'gone-provider' }),
    });
    expect(loadSettings(s).settings).toEqual({ lang: 'en', basemap: 'liberty' });
  });

  it('keeps an explicit embedded choice, but reads version 1\'s stored default "embedded" as no choice', () => {
    const v2 = memory();
    saveSettings(v2, { lang: 'zh', basemap: 'embedded' });
    expect(loadSettings(v2).settings.basemap).toBe('embedded');
    const v1 = memory({ [SETTINGS_KEY]: JSON.stringify({ version: 1, lang: 'en', basemap: 'embedded' }) });
    expect(loadSettings(v1)).toEqual({ settings: { lang: 'en', basemap: 'liberty' }, problem: null });
    const v1osm = memory({ [SETTINGS_KEY]: JSON.stringify({ version: 1, lang: 'en', basemap: 'osm' }) });
    expect(loadSettings(v1osm).settings.basemap).toBe('osm');
  });

  it('survives storage that throws (private mode)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadSettings(broken).settings).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(broken, DEFAULT_SETTINGS)).not.toThrow();
  });

  it('reads settings kept under the key an older version used, and moves them to the current key', () => {
    const raw = JSON.stringify({ version: 2, lang: 'en', basemap: 'osm' });
    const s = memory({ 'lcm:settings': raw });
    expect(loadSettings(s)).toEqual({ settings: { lang: 'en', basemap: 'osm' }, problem: null });
    expect([...s.data]).toEqual([[SETTINGS_KEY, raw]]);
  });

  it('backs up damaged settings found under the old key with the one backup format', () => {
    const s = memory({ 'lcm:settings': '{"version":1, "lang": ' });
    const { problem } = loadSettings(s, () => new Date('2026-12-01T05:00:00.000Z'));
    expect(problem).toEqual({ reason: 'corrupt', backupKey: `${SETTINGS_KEY}.backup-2026-12-01T05:00:00.000Z` });
    expect([...s.data]).toEqual([[problem!.backupKey, '{"version":1, "lang": ']]);
  });
});
