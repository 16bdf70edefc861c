// The offline base map archive (geodata/base/lanzhou.pmtiles, written by `npm run basemap:extract`): when the
// build has one, "Embedded (offline)" and the fallback draw it with the quiet style, from our own origin only.
// This machine has no real extract, so the test builds a small archive in the Protomaps schema (a made-up test
// pattern, not data) and serves it with range support at a same-origin path, named to the app the way only a
// loopback origin accepts (src/map/offline-style.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { gotoApp, launch, openPage, screenshot, waitIdle } from './browser';
import type { GuardedPage } from './browser';
import { vectorTileSource } from '../vector-tiles';
import { writePmtiles } from '../../scripts/lib/pmtiles-writer';
import type { TileInput } from '../../scripts/lib/pmtiles-writer';
import { tilesInBbox } from '../../scripts/lib/pmtiles-extract';
import { localizedName } from '../../src/map/basemap-style';
import { OFFLINE_SOURCE, TEST_ARCHIVE_KEY } from '../../src/map/offline-style';

const ARCHIVE_PATH = '__test__/lanzhou.pmtiles';
const BBOX: [number, number, number, number] = [103.5, 35.9, 104.1, 36.2];

function testArchive(): Uint8Array {
  const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
  const tile = vectorTileSource(
    {
      earth: fc([
        {
          type: 'Feature',
          properties: { kind: 'earth' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [103.5, 35.9],
                [104.1, 35.9],
                [104.1, 36.2],
                [103.5, 36.2],
                [103.5, 35.9],
              ],
            ],
          },
        },
      ]),
      water: fc([
        {
          type: 'Feature',
          properties: { kind: 'river' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [103.5, 36.05],
                [104.1, 36.05],
                [104.1, 36.056],
                [103.5, 36.056],
                [103.5, 36.05],
              ],
            ],
          },
        },
      ]),
      roads: fc([
        {
          type: 'Feature',
          properties: { kind: 'major_road', name: '测试路', 'name:en': 'Test Road' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [103.6, 36.07],
              [104.0, 36.07],
            ],
          },
        },
      ]),
      places: fc([
        {
          type: 'Feature',
          properties: { kind: 'locality', name: '兰州市', 'name:zh': '兰州市', 'name:en': 'Lanzhou' },
          geometry: { type: 'Point', coordinates: [103.79, 36.064] },
        },
      ]),
    },
    12,
  );
  const tiles: TileInput[] = [];
  for (const [z, x, y] of tilesInBbox(BBOX, 0, 12)) {
    const mvt = tile(z, x, y);
    if (mvt) tiles.push({ z, x, y, data: new Uint8Array(gzipSync(mvt)) });
  }
  return writePmtiles(tiles, {
    tileCompression: 2,
    minZoom: 0,
    maxZoom: 12,
    bounds: BBOX,
    center: [103.79, 36.06, 10],
    metadata: {
      name: 'test pattern',
      vector_layers: [{ id: 'earth' }, { id: 'water' }, { id: 'roads' }, { id: 'places' }],
    },
  }).bytes;
}

let browser: Browser;
let archive: Uint8Array;
beforeAll(async () => {
  archive = testArchive();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves the archive with HTTP range support, as a static server does; returns the ranges asked for. */
async function serveArchive(g: GuardedPage, basemap: string): Promise<string[]> {
  const ranges: string[] = [];
  await g.context.route(`**/${ARCHIVE_PATH}`, (route: Route) => {
    const m = /^bytes=(\d+)-(\d+)$/.exec(route.request().headers()['range'] ?? '');
    if (!m) return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(archive) });
    ranges.push(m[0]);
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), archive.length - 1);
    return route.fulfill({
      status: 206,
      headers: {
        'content-range': `bytes ${start}-${end}/${archive.length}`,
        'content-type': 'application/octet-stream',
      },
      body: Buffer.from(archive.subarray(start, end + 1)),
    });
  });
  await g.context.addInitScript(
    ([key, path, b]) => {
      localStorage.setItem(key!, path!);
      if (!localStorage.getItem('lanzhou-map.settings'))
        localStorage.setItem('lanzhou-map.settings', JSON.stringify({ version: 2, lang: 'en', basemap: b }));
    },
    [TEST_ARCHIVE_KEY, ARCHIVE_PATH, basemap],
  );
  return ranges;
}

const offlinePlace = (page: Page) =>
  page.evaluate((src) => {
    const map = window.__map!;
    const id = `${src}-place-label`;
    // The archive's city label yields to the site labels drawn above it when they collide, so its name is read
    // from the decoded tile; that the archive is drawn is shown by its rendered water.
    const f = map.querySourceFeatures(src, { sourceLayer: 'places' })[0];
    return {
      textField: map.getLayoutProperty(id, 'text-field') as unknown,
      name: (f?.properties?.['name:en'] as string) ?? null,
      water: map.queryRenderedFeatures({ layers: [`${src}-water`] }).length,
    };
  }, OFFLINE_SOURCE);

describe('offline base map archive', () => {
  it('"Embedded (offline)" draws the archive with the quiet style, by range requests to our own origin', async () => {
    const g = await openPage(browser);
    const ranges = await serveArchive(g, 'embedded');
    await gotoApp(g.page);
    await g.page.waitForFunction(
      (id) => !!window.__map!.getLayer(id) && window.__map!.isSourceLoaded(id.replace(/-place-label$/, '')),
      `${OFFLINE_SOURCE}-place-label`,
      { timeout: 30_000 },
    );
    await waitIdle(g.page);
    expect(ranges.length).toBeGreaterThan(0);
    const place = await offlinePlace(g.page);
    expect(place.textField).toEqual(localizedName('en'));
    expect(place.name).toBe('Lanzhou');
    expect(place.water).toBeGreaterThan(0);
    expect(await g.page.evaluate(() => window.__map!.getLayoutProperty('lcm-context-fill', 'visibility'))).toBe('none');
    await expect(g.page.locator('.maplibregl-ctrl-attrib-inner').textContent()).resolves.toContain('Protomaps');
    await screenshot(g.page, 'basemap-offline-archive-en');
    expect(g.basemap).toEqual([]);
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('the online default falls back to the archive when the network is cut', async () => {
    const g = await openPage(browser);
    await serveArchive(g, 'liberty');
    await gotoApp(g.page);
    await g.page.waitForFunction(() => document.body.dataset.basemap === 'fallback', null, { timeout: 30_000 });
    await g.page.waitForFunction((id) => !!window.__map!.getLayer(id), `${OFFLINE_SOURCE}-place-label`, {
      timeout: 30_000,
    });
    await waitIdle(g.page);
    const place = await offlinePlace(g.page);
    expect(place.name).toBe('Lanzhou');
    expect(place.water).toBeGreaterThan(0);
    expect(g.basemap.length).toBeGreaterThan(0); // the provider's style, cut
    expect(g.external).toEqual([]);
    await g.context.close();
  });
});
