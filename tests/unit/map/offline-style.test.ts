import { describe, expect, it } from 'vitest';
import { localizedName } from '../../../src/map/basemap-style';
import { OFFLINE_SOURCE, offlineBasemap, resolveArchiveUrl } from '../../../src/map/offline-style';

/** Source layers of the Protomaps basemap schema (v4) that the quiet style may draw. */
const PROTOMAPS_LAYERS = [
  'earth',
  'landcover',
  'landuse',
  'water',
  'roads',
  'buildings',
  'places',
  'boundaries',
  'pois',
  'transit',
];

describe('offline base map style', () => {
  it('reads the archive through pmtiles:// with OSM credits, and asks no other server for anything', () => {
    const p = offlineBasemap('http://127.0.0.1:4173/assets/lanzhou-abc.pmtiles', 'zh');
    expect(p.sources[OFFLINE_SOURCE]).toMatchObject({
      type: 'vector',
      url: 'pmtiles://http://127.0.0.1:4173/assets/lanzhou-abc.pmtiles',
    });
    expect((p.sources[OFFLINE_SOURCE] as { attribution: string }).attribution).toContain('OpenStreetMap');
    expect(p.glyphs).toBeNull();
    expect(p.sprite).toBeNull();
    expect(JSON.stringify([...p.underLayers, ...p.labelLayers])).not.toMatch(/https?:\/\//);
  });

  it('draws only layers of the Protomaps schema, fills under and labels over, names in the UI language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const p = offlineBasemap('http://127.0.0.1/x.pmtiles', lang);
      for (const l of [...p.underLayers, ...p.labelLayers]) {
        if (l.type === 'background') continue;
        expect(PROTOMAPS_LAYERS).toContain((l as { 'source-layer': string })['source-layer']);
        expect((l as { source: string }).source).toBe(OFFLINE_SOURCE);
      }
      expect(p.underLayers.every((l) => l.type !== 'symbol')).toBe(true);
      expect(p.labelLayers.every((l) => l.type === 'symbol')).toBe(true);
      expect(p.localized).toEqual(p.labelLayers.map((l) => l.id));
      for (const l of p.labelLayers)
        expect((l as { layout: Record<string, unknown> }).layout['text-field']).toEqual(localizedName(lang));
    }
  });
});

describe('where the offline archive is', () => {
  it('the bundled file wins, resolved against the page', () => {
    expect(resolveArchiveUrl('./assets/lanzhou-1a2b.pmtiles', 'https://map.example.org/app/', null)).toBe(
      'https://map.example.org/app/assets/lanzhou-1a2b.pmtiles',
    );
  });

  it('without it, a stand-in named in storage is used only on a loopback origin and only from that origin', () => {
    expect(resolveArchiveUrl(undefined, 'http://127.0.0.1:4303/', '__test__/lanzhou.pmtiles')).toBe(
      'http://127.0.0.1:4303/__test__/lanzhou.pmtiles',
    );
    expect(resolveArchiveUrl(undefined, 'http://localhost:5173/', '/x.pmtiles')).toBe(
      'http://localhost:5173/x.pmtiles',
    );
    expect(resolveArchiveUrl(undefined, 'https://map.example.org/', '__test__/lanzhou.pmtiles')).toBeNull();
    expect(resolveArchiveUrl(undefined, 'http://127.0.0.1:4303/', 'https://evil.example/x.pmtiles')).toBeNull();
    expect(resolveArchiveUrl(undefined, 'http://127.0.0.1:4303/', 'http://127.0.0.1:9999/x.pmtiles')).toBeNull();
    expect(resolveArchiveUrl(undefined, 'http://127.0.0.1:4303/', null)).toBeNull();
  });
});
