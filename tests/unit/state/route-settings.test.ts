import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALONG_M,
  loadRouteSettings,
  ROUTE_SETTINGS_KEY,
  saveRouteSettings,
  validOsrmUrl,
} from '../../../src/state/route-settings';
import { memoryStorage } from '../../../src/state/storage';

/** What the planner reads at start when `raw` is what is stored (null: nothing stored). */
const parseRouteSettings = (raw: string | null) =>
  loadRouteSettings(memoryStorage(raw === null ? {} : { [ROUTE_SETTINGS_KEY]: raw }));

describe('route settings', () => {
  it('round-trips through storage', () => {
    const s = {
      speedsKmh: { walk: 5 },
      dwellMin: { museums: 120 },
      osrmUrl: 'http://127.0.0.1:5000',
      alongMetres: 800,
    };
    const st = memoryStorage();
    saveRouteSettings(st, s);
    expect(loadRouteSettings(st)).toEqual(s);
  });
  it('backs up unreadable settings before starting from the defaults', () => {
    const st = memoryStorage({ [ROUTE_SETTINGS_KEY]: '{not json' });
    expect(loadRouteSettings(st).alongMetres).toBe(DEFAULT_ALONG_M);
    expect(Object.values(st.dump())).toEqual(['{not json']);
    expect(Object.keys(st.dump())[0]).toMatch(/^lanzhou-map\.route-settings\.backup-/);
  });
  it('falls back field by field and never throws', () => {
    expect(parseRouteSettings(null)).toEqual({
      speedsKmh: {},
      dwellMin: {},
      osrmUrl: '',
      alongMetres: DEFAULT_ALONG_M,
    });
    expect(parseRouteSettings('{not json').alongMetres).toBe(DEFAULT_ALONG_M);
    expect(parseRouteSettings(JSON.stringify({ version: 2, alongMetres: 900 })).alongMetres).toBe(DEFAULT_ALONG_M);
    const mixed = parseRouteSettings(
      JSON.stringify({
        version: 1,
        speedsKmh: { walk: -1, cycle: 15, fly: 800 },
        dwellMin: { museums: 'x', 'scenic-spots': 30 },
        osrmUrl: 'javascript:alert(1)',
        alongMetres: 50,
      }),
    );
    expect(mixed).toEqual({
      speedsKmh: { cycle: 15 },
      dwellMin: { 'scenic-spots': 30 },
      osrmUrl: '',
      alongMetres: DEFAULT_ALONG_M,
    });
  });
  it('accepts only http(s) endpoints or empty', () => {
    expect(validOsrmUrl('')).toBe(true);
    expect(validOsrmUrl('https://router.example.org')).toBe(true);
    expect(validOsrmUrl('ftp://x')).toBe(false);
    expect(validOsrmUrl('not a url')).toBe(false);
  });
});
