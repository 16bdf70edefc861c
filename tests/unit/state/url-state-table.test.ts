// The URL codec is a table (URL_PARAMS): one entry per parameter, holding how it is read and written. These tests
// check each entry on its own, so a new parameter is covered by adding its entry and one sample here.
import { describe, expect, it } from 'vitest';
import { URL_PARAMS, parseUrlState, serializeUrlState } from '../../../src/state/url-state';
import { DEFAULT_STATE } from '../../../src/state/store';
import type { AppState } from '../../../src/state/store';

const F = DEFAULT_STATE.filters;
/** Per parameter: a state differing from the defaults in that parameter only, and the text it is written as. */
const SAMPLES: Record<string, [Partial<AppState>, string]> = {
  lang: [{ lang: 'en' }, 'en'],
  map: [{ view: { zoom: 12.5, lat: 36.06, lon: 103.83 } }, '12.5/36.06/103.83'],
  layers: [{ filters: { ...F, layers: ['museums', 'heritage-units'] } }, 'museums,heritage-units'],
  level: [{ filters: { ...F, levels: ['national', 'county'] } }, 'national,county'],
  grade: [{ filters: { ...F, grades: ['5A'] } }, '5A'],
  cat: [{ filters: { ...F, categories: ['ancient-tomb'] } }, 'ancient-tomb'],
  district: [{ filters: { ...F, districts: ['城关区', '榆中县'] } }, '城关区,榆中县'],
  era: [{ filters: { ...F, eraFrom: null, eraTo: 1949 } }, '..1949'],
  position: [{ filters: { ...F, positionUnknown: true } }, 'unknown'],
  site: [{ selected: 'gansu-museum' }, 'gansu-museum'],
  buffer: [{ buffer: { source: 'zhongshan-bridge', metres: 500 } }, 'zhongshan-bridge:500'],
  route: [{ route: ['zhongshan-bridge', 'gansu-museum'] }, 'zhongshan-bridge,gansu-museum'],
  mode: [{ mode: 'drive' }, 'drive'],
  view: [{ mainView: 'dashboard' }, 'dashboard'],
  basemap: [{ basemap: 'osm' }, 'osm'],
  list: [{ listOpen: true }, '1'],
  highlight: [{ highlight: 'unintegrated' }, 'unintegrated'],
  demo: [{ demo: 'pmtiles' }, 'pmtiles'],
};

describe('URL_PARAMS: one entry per parameter', () => {
  it('every entry has a sample here, and every sample an entry', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(URL_PARAMS).sort());
  });

  it('the defaults write nothing, so a plain visit has a plain URL', () => {
    for (const [key, p] of Object.entries(URL_PARAMS)) expect([key, p.format(DEFAULT_STATE)]).toEqual([key, null]);
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  for (const [key, [change, text]] of Object.entries(SAMPLES)) {
    it(`${key}: written as ${key}=${text} alone, and read back to the same state`, () => {
      const state = { ...DEFAULT_STATE, ...change };
      expect(URL_PARAMS[key]?.format(state)).toBe(text);
      const qs = serializeUrlState(state);
      expect(new URLSearchParams(qs).get(key)).toBe(text);
      expect([...new URLSearchParams(qs).keys()]).toEqual([key]);
      const { state: read, ignored } = parseUrlState(qs);
      expect(ignored).toEqual([]);
      expect({ ...DEFAULT_STATE, ...read }).toEqual(state);
    });
  }

  it('writes parameters in table order', () => {
    // Each sample's filters are the defaults but for one field: merge only the fields that differ.
    const changed = (f: Partial<AppState['filters']> = {}) =>
      Object.fromEntries(Object.entries(f).filter(([k, v]) => v !== F[k as keyof typeof F]));
    const all = Object.values(SAMPLES).reduce<AppState>(
      (s, [change]) => ({ ...s, ...change, filters: { ...s.filters, ...changed(change.filters) } }),
      DEFAULT_STATE,
    );
    expect([...new URLSearchParams(serializeUrlState(all)).keys()]).toEqual(Object.keys(URL_PARAMS));
  });

  it('names that objects inherit are not parameters', () => {
    expect(parseUrlState('?constructor=1&__proto__=x&toString=y')).toEqual({
      state: {},
      ignored: ['constructor=1', '__proto__=x', 'toString=y'],
    });
  });

  it('a list parameter keeps what it knows and reports each part it does not', () => {
    expect(parseUrlState('?level=national,royal,county&grade=9Z')).toEqual({
      state: { filters: { ...F, levels: ['national', 'county'], grades: [] } },
      ignored: ['level=royal', 'grade=9Z'],
    });
  });
});
