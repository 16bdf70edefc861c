// The URL is the permalink: it holds the view, visible layers, filters, the selected site, language,
// a buffer request, the route and the main view. `parseUrlState` never throws: whatever it cannot read
// it lists in `ignored`, so the app can show a notice and carry on.
import { LAYER_IDS, SITE_ID_RE, TRAVEL_MODES, isLang, isOneOf } from '../types';
import type { Camera, HeritageCategory, HeritageLevel, LayerId, ScenicGrade } from '../types';
import { DEFAULT_FILTERS } from '../data/filters';
import type { Filters } from '../data/filters';
import { isKnownBasemap } from '../config/basemaps';
import type { AppState, BufferRequest, Demo, HighlightKind, MainView } from './store';
import { DEFAULT_STATE } from './store';

const LEVELS: readonly HeritageLevel[] = ['national', 'provincial', 'municipal', 'county'];
const GRADES: readonly ScenicGrade[] = ['5A', '4A', '3A', '2A', '1A'];
const CATEGORIES: readonly HeritageCategory[] = [
  'archaeological-site',
  'ancient-tomb',
  'ancient-building',
  'cave-temple-stone-carving',
  'modern-historic',
];
const VIEWS: readonly MainView[] = ['map', 'dashboard'];
const HIGHLIGHTS: readonly HighlightKind[] = ['unintegrated'];
const DEMOS: readonly Demo[] = ['pmtiles'];

/** Ids are kebab-case slugs; anything else in a link is refused rather than passed on. */
/** Lanzhou region, generous (WGS84 degrees): views outside it are ignored. */
const VIEW_BOUNDS = { west: 100, east: 108, south: 33, north: 40 };
const MAX_PARAM_LENGTH = 4000;
export const BUFFER_MIN_M = 100;
export const BUFFER_MAX_M = 10_000;

export const KNOWN_PARAMS = [
  'lang', 'map', 'layers', 'site', 'level', 'grade', 'cat', 'district', 'era', 'buffer', 'route', 'mode', 'view',
  'basemap', 'list', 'highlight', 'demo', 'position',
] as const;

export interface ParsedUrlState {
  state: Partial<AppState>;
  /** Human-readable `name=value` pairs that were not understood. */
  ignored: string[];
}

function listOf<T extends string>(raw: string, allowed: readonly T[]): { ok: T[]; bad: string[] } {
  const ok: T[] = [];
  const bad: string[] = [];
  for (const part of raw.split(',').filter((p) => p !== '')) {
    if ((allowed as readonly string[]).includes(part)) {
      if (!ok.includes(part as T)) ok.push(part as T);
    } else bad.push(part);
  }
  return { ok, bad };
}

function parseView(raw: string): Camera | null {
  const m = /^(\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(raw);
  if (!m) return null;
  const zoom = Number(m[1]);
  const lat = Number(m[2]);
  const lon = Number(m[3]);
  if (!(zoom >= 0 && zoom <= 22)) return null;
  if (lon < VIEW_BOUNDS.west || lon > VIEW_BOUNDS.east || lat < VIEW_BOUNDS.south || lat > VIEW_BOUNDS.north) return null;
  return { zoom, lat, lon };
}

function parseBuffer(raw: string): BufferRequest | null {
  const m = /^([a-z0-9][a-z0-9-]{0,99}):(\d{1,5})$/.exec(raw);
  if (!m) return null;
  const metres = Number(m[2]);
  if (metres < BUFFER_MIN_M || metres > BUFFER_MAX_M) return null;
  return { source: m[1] as string, metres };
}

function parseEra(raw: string): { from: number | null; to: number | null } | null {
  const m = /^(-?\d{1,4})?\.\.(-?\d{1,4})?$/.exec(raw);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const from = m[1] === undefined ? null : Number(m[1]);
  const to = m[2] === undefined ? null : Number(m[2]);
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

export function parseUrlState(search: string): ParsedUrlState {
  const ignored: string[] = [];
  const state: Partial<AppState> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: [search.slice(0, 80)] };
  }
  const filters: Filters = { ...DEFAULT_FILTERS };
  let filtersTouched = false;
  const note = (k: string, v: string) => ignored.push(`${k}=${v.length > 60 ? `${v.slice(0, 60)}…` : v}`);

  for (const [key, value] of params) {
    if (value.length > MAX_PARAM_LENGTH) {
      note(key, value);
      continue;
    }
    switch (key) {
      case 'lang':
        if (isLang(value)) state.lang = value;
        else note(key, value);
        break;
      case 'map': {
        const v = parseView(value);
        if (v) state.view = v;
        else note(key, value);
        break;
      }
      case 'layers': {
        const { ok, bad } = listOf<LayerId>(value, LAYER_IDS);
        if (value !== 'none') bad.forEach((b) => note(key, b));
        // Only `none` means "no layer": a value with no layer we know (layers=nope) is ignored as a whole,
        // or a mistyped link would open on an empty map.
        if (value !== 'none' && ok.length === 0) {
          if (bad.length === 0) note(key, value);
          break;
        }
        filters.layers = value === 'none' ? [] : ok;
        filtersTouched = true;
        break;
      }
      case 'level': {
        const { ok, bad } = listOf(value, LEVELS);
        filters.levels = ok;
        filtersTouched = true;
        bad.forEach((b) => note(key, b));
        break;
      }
      case 'grade': {
        const { ok, bad } = listOf(value, GRADES);
        filters.grades = ok;
        filtersTouched = true;
        bad.forEach((b) => note(key, b));
        break;
      }
      case 'cat': {
        const { ok, bad } = listOf(value, CATEGORIES);
        filters.categories = ok;
        filtersTouched = true;
        bad.forEach((b) => note(key, b));
        break;
      }
      case 'district': {
        // District names are Chinese (城关区); accept CJK names only, as text.
        const parts = value.split(',').filter((p) => p !== '');
        const ok = parts.filter((p) => /^[\u4e00-\u9fff]{2,10}$/.test(p));
        parts.filter((p) => !ok.includes(p)).forEach((b) => note(key, b));
        filters.districts = ok;
        filtersTouched = true;
        break;
      }
      case 'era': {
        const e = parseEra(value);
        if (e) {
          filters.eraFrom = e.from;
          filters.eraTo = e.to;
          filtersTouched = true;
        } else note(key, value);
        break;
      }
      case 'position':
        // Only "unknown" narrows (the list of sites the map cannot draw); located ones are the map itself.
        if (value === 'unknown') {
          filters.positionUnknown = true;
          filtersTouched = true;
        } else note(key, value);
        break;
      case 'site':
        if (SITE_ID_RE.test(value)) state.selected = value;
        else note(key, value);
        break;
      case 'buffer': {
        const b = parseBuffer(value);
        if (b) state.buffer = b;
        else note(key, value);
        break;
      }
      case 'route': {
        const parts = value.split(',').filter((p) => p !== '');
        const ok = parts.filter((p) => SITE_ID_RE.test(p)).slice(0, 100);
        if (ok.length !== parts.length) note(key, value);
        state.route = ok;
        break;
      }
      case 'mode':
        if (isOneOf(TRAVEL_MODES, value)) state.mode = value;
        else note(key, value);
        break;
      case 'view':
        if ((VIEWS as readonly string[]).includes(value)) state.mainView = value as MainView;
        else note(key, value);
        break;
      case 'basemap':
        if (isKnownBasemap(value)) state.basemap = value;
        else note(key, value);
        break;
      case 'list':
        if (value === '1') state.listOpen = true;
        else note(key, value);
        break;
      case 'highlight':
        if ((HIGHLIGHTS as readonly string[]).includes(value)) state.highlight = value as HighlightKind;
        else note(key, value);
        break;
      case 'demo':
        if ((DEMOS as readonly string[]).includes(value)) state.demo = value as Demo;
        else note(key, value);
        break;
      default:
        note(key, value);
    }
  }
  if (filtersTouched) state.filters = filters;
  return { state, ignored };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Only values that differ from the defaults are written, so a plain visit has a plain URL. */
export function serializeUrlState(s: AppState): string {
  const p = new URLSearchParams();
  if (s.lang !== DEFAULT_STATE.lang) p.set('lang', s.lang);
  // 5 decimals of a degree ≈ 1 m: enough for a view, short enough to share.
  if (s.view) p.set('map', `${round(s.view.zoom, 2)}/${round(s.view.lat, 5)}/${round(s.view.lon, 5)}`);
  const f = s.filters;
  const allLayers = f.layers.length === LAYER_IDS.length && LAYER_IDS.every((l) => f.layers.includes(l));
  if (!allLayers) p.set('layers', f.layers.length === 0 ? 'none' : f.layers.join(','));
  if (f.levels.length) p.set('level', f.levels.join(','));
  if (f.grades.length) p.set('grade', f.grades.join(','));
  if (f.categories.length) p.set('cat', f.categories.join(','));
  if (f.districts.length) p.set('district', f.districts.join(','));
  if (f.eraFrom !== null || f.eraTo !== null) p.set('era', `${f.eraFrom ?? ''}..${f.eraTo ?? ''}`);
  if (f.positionUnknown) p.set('position', 'unknown');
  if (s.selected) p.set('site', s.selected);
  if (s.buffer) p.set('buffer', `${s.buffer.source}:${s.buffer.metres}`);
  if (s.route.length) p.set('route', s.route.join(','));
  if (s.mode !== DEFAULT_STATE.mode) p.set('mode', s.mode);
  if (s.mainView !== DEFAULT_STATE.mainView) p.set('view', s.mainView);
  if (s.basemap !== DEFAULT_STATE.basemap) p.set('basemap', s.basemap);
  if (s.listOpen) p.set('list', '1');
  if (s.highlight) p.set('highlight', s.highlight);
  if (s.demo) p.set('demo', s.demo);
  const q = p.toString().replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%3A', ':');
  return q ? `?${q}` : '';
}
