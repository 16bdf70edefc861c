// The URL is the permalink: it holds the view, visible layers, filters, the selected site, language,
// a buffer request, the route and the main view. One entry per parameter in URL_PARAMS (how it is read and
// written). `parseUrlState` never throws: whatever it cannot read it lists in `ignored`, so the app can show a
// notice and carry on.
import { LAYER_IDS, SITE_ID_RE, TRAVEL_MODES, isLang, isOneOf } from '../types';
import type { Camera, HeritageCategory, HeritageLevel, LayerId, ScenicGrade } from '../types';
import { DEFAULT_FILTERS } from '../data/filters';
import type { Filters } from '../data/filters';
import { isKnownBasemap } from '../config/basemaps';
import { MAX_BUFFER_M, MIN_BUFFER_M } from '../analysis/buffer-radius';
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

/** Lanzhou region, generous (WGS84 degrees): views outside it are ignored. */
const VIEW_BOUNDS = { west: 100, east: 108, south: 33, north: 40 };
const MAX_PARAM_LENGTH = 4000;

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
  if (lon < VIEW_BOUNDS.west || lon > VIEW_BOUNDS.east || lat < VIEW_BOUNDS.south || lat > VIEW_BOUNDS.north)
    return null;
  return { zoom, lat, lon };
}

function parseBuffer(raw: string): BufferRequest | null {
  const m = /^([a-z0-9][a-z0-9-]{0,99}):(\d{1,5})$/.exec(raw);
  if (!m) return null;
  const metres = Number(m[2]);
  if (metres < MIN_BUFFER_M || metres > MAX_BUFFER_M) return null;
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

/** What a parameter's reader fills in: the state, and the filters (written to the state when any is read). */
interface Target {
  state: Partial<AppState>;
  filters: Filters;
  filtersTouched: boolean;
}

/** One URL parameter: how it is read and written. A new parameter is one entry in URL_PARAMS. */
export interface UrlParam {
  /** Reads `value` into `t`; returns what it could not read (the whole value or some of its parts), [] when none. */
  parse(value: string, t: Target): string[];
  /** The text to write for `s`, or null to leave the parameter out (the default). Not named `write`: that name is
   * kept for the HTML-sink lint rule (document.write). */
  format(s: AppState): string | null;
}

/** A parameter holding one value that `read` turns into state, or refuses (null). */
function single<T>(
  read: (value: string) => T | null,
  set: (t: Target, v: T) => void,
  format: UrlParam['format'],
): UrlParam {
  return {
    parse: (value, t) => {
      const v = read(value);
      if (v === null) return [value];
      set(t, v);
      return [];
    },
    format,
  };
}

/** One value from a fixed list. */
const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): T | null =>
    (allowed as readonly string[]).includes(v) ? (v as T) : null;

/** A comma-separated filter list: known parts kept (each once), unknown ones reported one by one. */
function filterList<K extends 'levels' | 'grades' | 'categories'>(
  key: K,
  allowed: readonly Filters[K][number][],
): UrlParam {
  return {
    parse: (value, t) => {
      const { ok, bad } = listOf(value, allowed);
      (t.filters[key] as string[]) = ok;
      t.filtersTouched = true;
      return bad;
    },
    format: (s) => (s.filters[key].length ? s.filters[key].join(',') : null),
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Every parameter, in the order they are written. Values equal to the defaults are not written. */
export const URL_PARAMS: Record<string, UrlParam> = {
  lang: single(
    (v) => (isLang(v) ? v : null),
    (t, v) => (t.state.lang = v),
    (s) => (s.lang !== DEFAULT_STATE.lang ? s.lang : null),
  ),
  // 5 decimals of a degree ≈ 1 m: enough for a view, short enough to share.
  map: single(
    parseView,
    (t, v) => (t.state.view = v),
    (s) => (s.view ? `${round(s.view.zoom, 2)}/${round(s.view.lat, 5)}/${round(s.view.lon, 5)}` : null),
  ),
  layers: {
    parse: (value, t) => {
      if (value === 'none') {
        t.filters.layers = [];
        t.filtersTouched = true;
        return [];
      }
      const { ok, bad } = listOf<LayerId>(value, LAYER_IDS);
      // Only `none` means "no layer": a value with no layer we know (layers=nope) is ignored as a whole,
      // or a mistyped link would open on an empty map.
      if (ok.length === 0) return bad.length === 0 ? [value] : bad;
      t.filters.layers = ok;
      t.filtersTouched = true;
      return bad;
    },
    format: (s) => {
      const l = s.filters.layers;
      const all = l.length === LAYER_IDS.length && LAYER_IDS.every((id) => l.includes(id));
      return all ? null : l.length === 0 ? 'none' : l.join(',');
    },
  },
  level: filterList('levels', LEVELS),
  grade: filterList('grades', GRADES),
  cat: filterList('categories', CATEGORIES),
  district: {
    parse: (value, t) => {
      // District names are Chinese (城关区); accept CJK names only, as text.
      const parts = value.split(',').filter((p) => p !== '');
      const ok = parts.filter((p) => /^[\u4e00-\u9fff]{2,10}$/.test(p));
      t.filters.districts = ok;
      t.filtersTouched = true;
      return parts.filter((p) => !ok.includes(p));
    },
    format: (s) => (s.filters.districts.length ? s.filters.districts.join(',') : null),
  },
  era: single(
    parseEra,
    (t, e) => {
      t.filters.eraFrom = e.from;
      t.filters.eraTo = e.to;
      t.filtersTouched = true;
    },
    (s) =>
      s.filters.eraFrom !== null || s.filters.eraTo !== null
        ? `${s.filters.eraFrom ?? ''}..${s.filters.eraTo ?? ''}`
        : null,
  ),
  // Only "unknown" narrows (the list of sites the map cannot draw); located ones are the map itself.
  position: single(
    (v) => (v === 'unknown' ? true : null),
    (t) => {
      t.filters.positionUnknown = true;
      t.filtersTouched = true;
    },
    (s) => (s.filters.positionUnknown ? 'unknown' : null),
  ),
  site: single(
    (v) => (SITE_ID_RE.test(v) ? v : null),
    (t, v) => (t.state.selected = v),
    (s) => s.selected || null,
  ),
  buffer: single(
    parseBuffer,
    (t, v) => (t.state.buffer = v),
    (s) => (s.buffer ? `${s.buffer.source}:${s.buffer.metres}` : null),
  ),
  route: {
    parse: (value, t) => {
      const parts = value.split(',').filter((p) => p !== '');
      const ok = parts.filter((p) => SITE_ID_RE.test(p)).slice(0, 100);
      t.state.route = ok;
      return ok.length !== parts.length ? [value] : [];
    },
    format: (s) => (s.route.length ? s.route.join(',') : null),
  },
  mode: single(
    (v) => (isOneOf(TRAVEL_MODES, v) ? v : null),
    (t, v) => (t.state.mode = v),
    (s) => (s.mode !== DEFAULT_STATE.mode ? s.mode : null),
  ),
  view: single(
    oneOf(VIEWS),
    (t, v) => (t.state.mainView = v),
    (s) => (s.mainView !== DEFAULT_STATE.mainView ? s.mainView : null),
  ),
  basemap: single(
    (v) => (isKnownBasemap(v) ? v : null),
    (t, v) => (t.state.basemap = v),
    (s) => (s.basemap !== DEFAULT_STATE.basemap ? s.basemap : null),
  ),
  list: single(
    (v) => (v === '1' ? true : null),
    (t) => (t.state.listOpen = true),
    (s) => (s.listOpen ? '1' : null),
  ),
  highlight: single(
    oneOf(HIGHLIGHTS),
    (t, v) => (t.state.highlight = v),
    (s) => s.highlight || null,
  ),
  demo: single(
    oneOf(DEMOS),
    (t, v) => (t.state.demo = v),
    (s) => s.demo || null,
  ),
};

export function parseUrlState(search: string): ParsedUrlState {
  const ignored: string[] = [];
  const t: Target = { state: {}, filters: { ...DEFAULT_FILTERS }, filtersTouched: false };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: t.state, ignored: [search.slice(0, 80)] };
  }
  const note = (k: string, v: string) => ignored.push(`${k}=${v.length > 60 ? `${v.slice(0, 60)}…` : v}`);
  for (const [key, value] of params) {
    const param = Object.hasOwn(URL_PARAMS, key) ? URL_PARAMS[key] : undefined;
    if (!param || value.length > MAX_PARAM_LENGTH) note(key, value);
    else for (const bad of param.parse(value, t)) note(key, bad);
  }
  if (t.filtersTouched) t.state.filters = t.filters;
  return { state: t.state, ignored };
}

/** Only values that differ from the defaults are written, so a plain visit has a plain URL. */
export function serializeUrlState(s: AppState): string {
  const p = new URLSearchParams();
  for (const [key, param] of Object.entries(URL_PARAMS)) {
    const v = param.format(s);
    if (v !== null) p.set(key, v);
  }
  const q = p.toString().replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%3A', ':');
  return q ? `?${q}` : '';
}
