import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, serializeUrlState } from '../../../src/state/url-state';
import { DEFAULT_STATE } from '../../../src/state/store';
import type { AppState } from '../../../src/state/store';
import { LAYER_IDS } from '../../../src/types';

const full: AppState = {
  ...DEFAULT_STATE,
  lang: 'en',
  view: { zoom: 13.25, lat: 36.06123, lon: 103.81234 },
  filters: {
    layers: ['heritage-units', 'museums'],
    levels: ['national'],
    grades: ['4A', '3A'],
    categories: ['ancient-building'],
    districts: ['城关区'],
    eraFrom: 1368,
    eraTo: 1912,
    positionUnknown: true,
  },
  selected: 'zhongshan-bridge',
  buffer: { source: 'yellow-river-tourist-line', metres: 1000 },
  route: ['a-b', 'c'],
  mode: 'cycle',
  mainView: 'dashboard',
  basemap: 'osm',
  listOpen: true,
  highlight: 'unintegrated',
  demo: 'pmtiles',
};

describe('url-state codec', () => {
  it('round-trips a full state: parse(serialize(state)) = state', () => {
    const { state, ignored } = parseUrlState(serializeUrlState(full));
    expect(ignored).toEqual([]);
    expect({ ...DEFAULT_STATE, ...state }).toEqual(full);
  });

  it('reads ?demo=pmtiles and ignores unknown demos', () => {
    expect(parseUrlState('?demo=pmtiles').state.demo).toBe('pmtiles');
    const { state, ignored } = parseUrlState('?demo=other');
    expect(state.demo).toBeUndefined();
    expect(ignored).toEqual(['demo=other']);
  });

  it('reads ?highlight=unintegrated and ignores unknown highlight kinds', () => {
    expect(parseUrlState('?highlight=unintegrated').state.highlight).toBe('unintegrated');
    const bad = parseUrlState('?highlight=everything');
    expect(bad.state.highlight).toBeUndefined();
    expect(bad.ignored).toEqual(['highlight=everything']);
  });

  it('writes nothing for the default state', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(parseUrlState('').state).toEqual({});
  });

  it('keeps "no layer visible" distinct from "all layers"', () => {
    const none = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, layers: [] } };
    const q = serializeUrlState(none);
    expect(q).toBe('?layers=none');
    expect(parseUrlState(q).state.filters?.layers).toEqual([]);
    expect(parseUrlState('?layers=' + LAYER_IDS.join(',')).state.filters?.layers).toEqual([...LAYER_IDS]);
    // A value naming no known layer is ignored (with a notice), not read as "none": the map stays drawn.
    const bad = parseUrlState('?layers=nope');
    expect(bad.state.filters).toBeUndefined();
    expect(bad.ignored).toEqual(['layers=nope']);
    expect(parseUrlState('?layers=').ignored).toEqual(['layers=']);
    expect(parseUrlState('?layers=museums,nope').state.filters?.layers).toEqual(['museums']);
  });

  it('reports what it ignored, by name and value', () => {
    const { state, ignored } = parseUrlState(
      '?lang=fr&map=99/1/1&site=<script>&buffer=x:5&level=national,imperial&foo=1',
    );
    expect(state.lang).toBeUndefined();
    expect(state.view).toBeUndefined();
    expect(state.selected).toBeUndefined();
    expect(state.filters?.levels).toEqual(['national']);
    expect(ignored).toEqual(['lang=fr', 'map=99/1/1', 'site=<script>', 'buffer=x:5', 'level=imperial', 'foo=1']);
  });

  it('refuses buffer radii outside 100 m – 10 km and views outside the region', () => {
    expect(parseUrlState('?buffer=a:99').state.buffer).toBeUndefined();
    expect(parseUrlState('?buffer=a:10001').state.buffer).toBeUndefined();
    expect(parseUrlState('?buffer=a:100').state.buffer).toEqual({ source: 'a', metres: 100 });
    expect(parseUrlState('?map=12/48.85/2.35').state.view).toBeUndefined();
  });

  it('never throws on random or hostile input and always lists what it dropped (property-based)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        'javascript:alert(1)',
        '%',
        '%E0%A4%A',
        '\u0000',
        '../../etc',
        '🙂',
      ),
      fc.string({ unit: 'binary' }),
    );
    const key = fc.oneof(
      fc.constantFrom(
        'lang',
        'map',
        'layers',
        'site',
        'level',
        'grade',
        'cat',
        'district',
        'era',
        'buffer',
        'route',
        'mode',
        'view',
        'basemap',
        'list',
        'highlight',
        'demo',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, hostile), { maxLength: 8 }), (pairs) => {
        const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const { state, ignored } = parseUrlState(`?${qs}`);
        expect(Array.isArray(ignored)).toBe(true);
        // Whatever survived parsing serialises and parses back to itself.
        const again = parseUrlState(serializeUrlState({ ...DEFAULT_STATE, ...state }));
        expect({ ...DEFAULT_STATE, ...again.state }).toEqual({ ...DEFAULT_STATE, ...state });
      }),
      { numRuns: 300 },
    );
    // Raw, undecoded garbage too.
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(() => parseUrlState(s)).not.toThrow();
      }),
    );
  });
});
