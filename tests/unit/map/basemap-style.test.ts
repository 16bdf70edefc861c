import { describe, expect, it } from 'vitest';
import type { VectorStyleBasemap } from '../../../src/config/basemaps';
import { findOnlineBasemap } from '../../../src/config/basemaps';
import {
  BasemapStyleError,
  fetchStyle,
  localizedName,
  ONLINE_PREFIX,
  prepareProviderStyle,
  showsName,
  StyleTimeout,
} from '../../../src/map/basemap-style';

const liberty = findOnlineBasemap('liberty') as VectorStyleBasemap;

/** The shape of OpenFreeMap's liberty style, cut down to one layer of each kind. */
function providerStyle(): Record<string, unknown> {
  return {
    version: 8,
    sources: {
      openmaptiles: { type: 'vector', url: 'https://tiles.openfreemap.org/planet' },
      ne2_shaded: {
        type: 'raster',
        tiles: ['https://tiles.openfreemap.org/natural_earth/ne2sr/{z}/{x}/{y}.png'],
        maxzoom: 6,
        tileSize: 256,
      },
    },
    sprite: 'https://tiles.openfreemap.org/sprites/ofm_f384/ofm',
    glyphs: 'https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf',
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f8f4f0' } },
      { id: 'natural_earth', type: 'raster', source: 'ne2_shaded', maxzoom: 7 },
      { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' },
      {
        id: 'label_city',
        type: 'symbol',
        source: 'openmaptiles',
        'source-layer': 'place',
        layout: {
          'text-field': [
            'case',
            ['has', 'name:nonlatin'],
            ['concat', ['get', 'name:latin'], '\n', ['get', 'name:nonlatin']],
            ['coalesce', ['get', 'name_en'], ['get', 'name']],
          ],
          'text-font': ['Noto Sans Bold'],
        },
      },
      {
        id: 'road_shield',
        type: 'symbol',
        source: 'openmaptiles',
        'source-layer': 'transportation_name',
        layout: { 'text-field': ['to-string', ['get', 'ref']], 'text-font': ['Noto Sans Regular'] },
      },
      { id: 'orphan', type: 'line', source: 'not-defined' },
    ],
  };
}

/** What a coalesce-of-gets label shows for a feature's properties. */
function shown(expr: unknown, props: Record<string, string>): string | undefined {
  const parts = (expr as unknown[]).slice(1) as Array<[string, string]>;
  for (const [, key] of parts) if (props[key] !== undefined) return props[key];
  return undefined;
}

describe('preparing a provider style', () => {
  it('prefixes ids, splits fills from labels, keeps glyphs and sprite, and credits the provider', () => {
    const p = prepareProviderStyle(providerStyle(), liberty, 'zh');
    expect(Object.keys(p.sources).sort()).toEqual([`${ONLINE_PREFIX}ne2_shaded`, `${ONLINE_PREFIX}openmaptiles`]);
    expect(p.underLayers.map((l) => l.id)).toEqual([
      `${ONLINE_PREFIX}background`,
      `${ONLINE_PREFIX}natural_earth`,
      `${ONLINE_PREFIX}water`,
    ]);
    expect(p.labelLayers.map((l) => l.id)).toEqual([`${ONLINE_PREFIX}label_city`, `${ONLINE_PREFIX}road_shield`]);
    const water = p.underLayers[2] as { source: string; metadata: Record<string, string> };
    expect(water.source).toBe(`${ONLINE_PREFIX}openmaptiles`);
    expect(water.metadata['lcm:layer']).toBe('basemap');
    expect(p.glyphs).toBe('https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf');
    expect(p.sprite).toBe('https://tiles.openfreemap.org/sprites/ofm_f384/ofm');
    for (const s of Object.values(p.sources))
      expect((s as { attribution?: string }).attribution).toContain('OpenFreeMap');
  });

  it('puts names in the UI language (not both scripts), and leaves road numbers alone', () => {
    const zh = prepareProviderStyle(providerStyle(), liberty, 'zh');
    const en = prepareProviderStyle(providerStyle(), liberty, 'en');
    expect(zh.localized).toEqual([`${ONLINE_PREFIX}label_city`]);
    const field = (p: typeof zh, i: number) =>
      (p.labelLayers[i] as { layout: Record<string, unknown> }).layout['text-field'];
    expect(field(zh, 0)).toEqual(localizedName('zh'));
    expect(field(en, 0)).toEqual(localizedName('en'));
    expect(field(zh, 1)).toEqual(['to-string', ['get', 'ref']]);
    const lanzhou = {
      name: '兰州市',
      'name:zh': '兰州市',
      'name:en': 'Lanzhou',
      'name:latin': 'Lanzhou',
      'name:nonlatin': '兰州市',
    };
    expect(shown(localizedName('zh'), lanzhou)).toBe('兰州市');
    expect(shown(localizedName('en'), lanzhou)).toBe('Lanzhou');
    // Fallbacks: a village with only its local name shows it in both languages; English-only data too.
    expect(shown(localizedName('en'), { name: '青城镇' })).toBe('青城镇');
    expect(shown(localizedName('zh'), { name: 'Lanzhou', 'name:en': 'Lanzhou' })).toBe('Lanzhou');
    expect(shown(localizedName('en'), { name: '兰州', name_en: 'Lanzhou' })).toBe('Lanzhou');
  });

  it('gives our labels a font the glyph server has (its regular weight)', () => {
    expect(prepareProviderStyle(providerStyle(), liberty, 'zh').labelFont).toEqual(['Noto Sans Regular']);
    const noGlyphs = { ...providerStyle() };
    delete noGlyphs['glyphs'];
    expect(prepareProviderStyle(noGlyphs, liberty, 'zh').labelFont).toBeNull();
  });

  it('refuses a style that would contact another host, or is not a style', () => {
    const other = (patch: Record<string, unknown>) => () =>
      prepareProviderStyle({ ...providerStyle(), ...patch }, liberty, 'zh');
    expect(other({ glyphs: 'https://fonts.example.com/{fontstack}/{range}.pbf' })).toThrow(BasemapStyleError);
    expect(other({ sprite: 'http://tiles.openfreemap.org/sprites/ofm' })).toThrow(BasemapStyleError);
    expect(other({ sprite: [{ id: 'x', url: 'https://cdn.example.com/sprite' }] })).toThrow(BasemapStyleError);
    expect(other({ sources: { a: { type: 'vector', url: 'https://api.maptiler.com/tiles/v3/tiles.json' } } })).toThrow(
      /not on tiles.openfreemap.org/,
    );
    expect(
      other({
        sources: { a: { type: 'raster', tiles: ['https://tiles.openfreemap.org/{z}', 'https://b.example/{z}'] } },
      }),
    ).toThrow(BasemapStyleError);
    expect(other({ sources: { a: { type: 'geojson', data: 'https://b.example/x.geojson' } } })).toThrow(
      BasemapStyleError,
    );
    expect(other({ sources: { a: { type: 'video', urls: [] } } })).toThrow(BasemapStyleError);
    expect(() => prepareProviderStyle({ version: 7, sources: {}, layers: [] }, liberty, 'zh')).toThrow(
      /not a MapLibre style/,
    );
    expect(() => prepareProviderStyle('<html>', liberty, 'zh')).toThrow(BasemapStyleError);
  });

  it('tells name labels from other text', () => {
    expect(showsName(['get', 'name'])).toBe(true);
    expect(showsName('{name:latin}\n{name:nonlatin}')).toBe(true);
    expect(showsName(['coalesce', ['get', 'name_en'], ['get', 'name']])).toBe(true);
    expect(showsName(['to-string', ['get', 'ref']])).toBe(false);
    expect(showsName(['get', 'housenumber'])).toBe(false);
    expect(showsName(undefined)).toBe(false);
  });
});

describe('fetching a style', () => {
  const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));

  it('returns the parsed document', async () => {
    await expect(
      fetchStyle('https://tiles.openfreemap.org/styles/liberty', 1000, () => json({ version: 8 })),
    ).resolves.toEqual({ version: 8 });
  });

  it('rejects a failed request, an error status and a body that is not JSON', async () => {
    await expect(fetchStyle('u', 1000, () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow(
      'Failed to fetch',
    );
    await expect(fetchStyle('u', 1000, () => json({}, 503))).rejects.toThrow('HTTP 503');
    await expect(fetchStyle('u', 1000, () => Promise.resolve(new Response('<html>')))).rejects.toThrow();
  });

  it('gives up on a request that hangs, as a timeout', async () => {
    const hang: typeof fetch = (_u, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const t0 = Date.now();
    await expect(fetchStyle('u', 50, hang)).rejects.toBeInstanceOf(StyleTimeout);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
