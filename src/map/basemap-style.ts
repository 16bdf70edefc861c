// Turns a provider's MapLibre style (OpenFreeMap's liberty/positron, OpenMapTiles schema) into sources and
// layers that slot under our thematic layers: ids prefixed so they cannot collide with ours, every URL checked
// against the provider's hosts, place and street names in the UI language. Pure: no MapLibre runtime, no DOM.
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  SpriteSpecification,
} from 'maplibre-gl';
import type { VectorStyleBasemap } from '../config/basemaps';
import { isBasemapUrl } from '../config/basemaps';
import type { Lang } from '../types';

/** Prefix of every source and layer id taken from an online style. */
export const ONLINE_PREFIX = 'lcm-bm-';

export class BasemapStyleError extends Error {}
/** The style document did not arrive in time. */
export class StyleTimeout extends BasemapStyleError {}

export interface PreparedBasemap {
  sources: Record<string, SourceSpecification>;
  /** Fills, lines, rasters: drawn under our district lines and outline. */
  underLayers: LayerSpecification[];
  /** Symbols (labels, icons): drawn above our lines but under the thematic layers. */
  labelLayers: LayerSpecification[];
  glyphs: string | null;
  sprite: SpriteSpecification | null;
  /** Label layers whose text was put in the UI language (re-localised when the language changes). */
  localized: string[];
  /** A font the provider's glyph server has, for our own labels while its glyphs URL is in force. */
  labelFont: string[] | null;
}

/**
 * Name of a feature in the UI language, with fallbacks: OpenMapTiles and Protomaps tiles carry `name`
 * (local script, Chinese here), `name:zh`, `name:en`; OpenMapTiles adds `name_en`, `name:latin`, `name:nonlatin`.
 */
export function localizedName(lang: Lang): ExpressionSpecification {
  return lang === 'zh'
    ? [
        'coalesce',
        ['get', 'name:zh-Hans'],
        ['get', 'name:zh'],
        ['get', 'name:nonlatin'],
        ['get', 'name'],
        ['get', 'name:en'],
      ]
    : ['coalesce', ['get', 'name:en'], ['get', 'name_en'], ['get', 'name:latin'], ['get', 'name_int'], ['get', 'name']];
}

/** Whether a text-field shows a feature's name (not a road number or a house number). */
export function showsName(textField: unknown): boolean {
  const s = JSON.stringify(textField ?? null);
  return /"name(?:[:_][a-z-]+)?"|\{name(?:[:_][a-z-]+)?\}/i.test(s);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkUrl(url: unknown, b: VectorStyleBasemap, what: string): void {
  if (typeof url !== 'string' || !isBasemapUrl(url, b)) {
    throw new BasemapStyleError(`${what} is not on ${b.hosts.join(', ')}: ${String(url)}`);
  }
}

function prefixSource(spec: Record<string, unknown>, b: VectorStyleBasemap, id: string): SourceSpecification {
  const type = spec['type'];
  if (type === 'vector' || type === 'raster' || type === 'raster-dem') {
    if (spec['url'] !== undefined) checkUrl(spec['url'], b, `source ${id}`);
    const tiles = spec['tiles'];
    if (Array.isArray(tiles)) for (const t of tiles) checkUrl(t, b, `source ${id} tiles`);
    if (spec['url'] === undefined && !Array.isArray(tiles))
      throw new BasemapStyleError(`source ${id} has no url or tiles`);
    // Our credits for the provider, not whatever its TileJSON says: the attribution then names exactly what is drawn.
    return { ...spec, attribution: b.attribution } as unknown as SourceSpecification;
  }
  if (type === 'geojson' && typeof spec['data'] !== 'string') return spec as unknown as SourceSpecification;
  throw new BasemapStyleError(`source ${id} of type ${String(type)} is not supported`);
}

function firstRegularFont(layers: readonly Record<string, unknown>[]): string[] | null {
  const fonts: string[] = [];
  for (const l of layers) {
    const layout = l['layout'];
    const f = isObject(layout) ? layout['text-font'] : undefined;
    if (Array.isArray(f)) for (const name of f) if (typeof name === 'string') fonts.push(name);
  }
  const regular = fonts.find((f) => /regular/i.test(f)) ?? fonts[0];
  return regular ? [regular] : null;
}

/**
 * Checks and rewrites a provider style. Throws BasemapStyleError when it is not a usable style or names a
 * host outside the provider's (then the caller falls back to the embedded base map).
 */
export function prepareProviderStyle(raw: unknown, b: VectorStyleBasemap, lang: Lang): PreparedBasemap {
  if (!isObject(raw) || raw['version'] !== 8 || !isObject(raw['sources']) || !Array.isArray(raw['layers'])) {
    throw new BasemapStyleError('not a MapLibre style (version 8 with sources and layers)');
  }
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, spec] of Object.entries(raw['sources'])) {
    if (!isObject(spec)) throw new BasemapStyleError(`source ${id} is not an object`);
    sources[ONLINE_PREFIX + id] = prefixSource(spec, b, id);
  }
  const glyphs = raw['glyphs'];
  if (glyphs !== undefined) checkUrl(glyphs, b, 'glyphs');
  const sprite = raw['sprite'];
  if (typeof sprite === 'string') checkUrl(sprite, b, 'sprite');
  else if (Array.isArray(sprite)) for (const s of sprite) checkUrl(isObject(s) ? s['url'] : s, b, 'sprite');
  else if (sprite !== undefined) throw new BasemapStyleError('sprite is neither a URL nor a list');

  const layers = (raw['layers'] as unknown[]).filter(isObject);
  const underLayers: LayerSpecification[] = [];
  const labelLayers: LayerSpecification[] = [];
  const localized: string[] = [];
  for (const l of layers) {
    if (typeof l['id'] !== 'string' || typeof l['type'] !== 'string') continue;
    const id = ONLINE_PREFIX + l['id'];
    const out: Record<string, unknown> = { ...l, id, metadata: { 'lcm:layer': 'basemap', 'lcm:role': 'online' } };
    if (typeof l['source'] === 'string') {
      if (!sources[ONLINE_PREFIX + l['source']]) continue; // a layer of a source the style does not define
      out['source'] = ONLINE_PREFIX + l['source'];
    }
    const layout = isObject(l['layout']) ? { ...l['layout'] } : undefined;
    if (l['type'] === 'symbol' && layout && showsName(layout['text-field'])) {
      layout['text-field'] = localizedName(lang);
      localized.push(id);
    }
    if (layout) out['layout'] = layout;
    (l['type'] === 'symbol' ? labelLayers : underLayers).push(out as unknown as LayerSpecification);
  }
  return {
    sources,
    underLayers,
    labelLayers,
    glyphs: typeof glyphs === 'string' ? glyphs : null,
    sprite: (sprite as SpriteSpecification | undefined) ?? null,
    localized,
    labelFont: typeof glyphs === 'string' ? firstRegularFont(layers) : null,
  };
}

/**
 * Fetches a style document, giving up after `timeoutMs` (a hanging connection must not hold the map back).
 * Rejects on network failure, timeout, a non-2xx answer or invalid JSON.
 */
export async function fetchStyle(url: string, timeoutMs: number, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetchImpl(url, { signal: ctrl.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!res.ok) throw new BasemapStyleError(`HTTP ${res.status}`);
    return await res.json();
  } catch (e) {
    if (ctrl.signal.aborted) throw new StyleTimeout(`no answer within ${timeoutMs} ms`);
    throw e instanceof Error ? e : new BasemapStyleError(String(e));
  } finally {
    clearTimeout(timer);
  }
}
