// Reliability and security: a corpus of hostile files through the "Import" picker, corrupt saved
// state, uncaught errors, the CSP of the built page, and a reload with the network cut (service worker).
// Run: E2E_PORT=4185 E2E_DIST=dist-reliability npx vitest run --project e2e tests/e2e/reliability.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gotoApp, launch, openPage, screenshot, waitIdle } from './browser';
import type { GuardedPage } from './browser';

let browser: Browser;
let dir: string;
const file = (name: string) => join(dir, name);
const DIST = process.env.E2E_DIST ?? 'dist';

const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
const pt = (lon: number, lat: number, properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
// Two places in the river valley of central Lanzhou, away from our own sites so a click hits the import.
const A: [number, number] = [103.7405, 36.0995];
const B: [number, number] = [103.7505, 36.1015];
const XSS = '<img src=x onerror=window.__pwned=1>';

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'lcm-hostile-'));
  // The corpus, generated here so it is plain what each file is.
  writeFileSync(
    file('broken.geojson'),
    '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature",, "properties": {}}\n  ]\n}',
  );
  // 30 MB: valid JSON padded with spaces; it must be refused from its size alone.
  writeFileSync(
    file('huge-30mb.geojson'),
    '{"type":"FeatureCollection","features":[' + ' '.repeat(30 * 1024 * 1024) + ']}',
  );
  // 1,000,000 points in one MultiPoint (~14 MB, under the size limit, so the point limit must catch it).
  writeFileSync(
    file('million-points.geojson'),
    `{"type":"MultiPoint","coordinates":[${Array(1_000_000).fill('[103.81,36.06]').join(',')}]}`,
  );
  writeFileSync(file('not-geojson.json'), '{"hello": "world"}');
  writeFileSync(
    file('wrong-types.geojson'),
    fc({ type: 'Feature', properties: { name: 42 }, geometry: { type: 'Point', coordinates: 'here' } }),
  );
  writeFileSync(file('out-of-range.geojson'), fc(pt(...A, { name: 'ok' }), pt(500, 100, { name: 'nowhere' })));
  writeFileSync(
    file('null-geometry.geojson'),
    fc(pt(...A, { name: 'Has a place' }), { type: 'Feature', properties: { name: 'No place' }, geometry: null }),
  );
  writeFileSync(file('far.geojson'), fc(pt(2.3522, 48.8566, { name: 'Paris' })));
  writeFileSync(
    file('xss.geojson'),
    fc(
      pt(...A, {
        name: XSS,
        description: '<script>window.__pwned=3</script>',
        link: 'javascript:window.__pwned=2',
        website: 'https://example.org/page',
      }),
    ),
  );
  writeFileSync(
    file('valid.geojson'),
    fc(pt(...A, { name: 'Imported place A' }), pt(...B, { name: 'Imported place B' })),
  );
  writeFileSync(
    file('track.gpx'),
    `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>River walk</name><trkseg><trkpt lat="36.06" lon="103.81"/><trkpt lat="36.065" lon="103.83"/></trkseg></trk></gpx>`,
  );
  writeFileSync(file('broken.gpx'), '<gpx><wpt lat="36" lon="103"></gpx>');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const alertText = (page: Page) => page.getByRole('alert').first().innerText();
const statusText = (page: Page) => page.locator('.notices-status').innerText();

/** Chooses a file in the "Import" picker and waits until the import has answered (no "Reading…" notice). */
async function importFile(page: Page, name: string): Promise<void> {
  await page.getByLabel('Import', { exact: true }).setInputFiles(file(name));
  await page.waitForFunction(
    () =>
      !document.querySelector('#import-panel[aria-busy]') &&
      !/Reading /.test(document.querySelector('.notices-status')?.textContent ?? ''),
    null,
    { timeout: 60_000 },
  );
}

async function clickImported(page: Page, lonLat: [number, number]): Promise<void> {
  await page.evaluate((c) => window.__map!.jumpTo({ center: c, zoom: 16 }), lonLat);
  await waitIdle(page);
  const p = await page.evaluate((c) => window.__map!.project(c), lonLat);
  const box = await page.locator('#map canvas').boundingBox();
  await page.mouse.click((box?.x ?? 0) + p.x, (box?.y ?? 0) + p.y);
}

describe('reliability', () => {
  let g: GuardedPage;

  it('hostile files: each gets a clear message, nothing runs, and what was there before stays', async () => {
    g = await openPage(browser);
    // State before: a selected site and a route in the link.
    await gotoApp(g.page, '?lang=en&site=zhongshan-bridge&route=gansu-provincial-museum,lanzhou-city-museum');
    const detailsHeading = await g.page.locator('#details-heading').innerText();
    expect(detailsHeading.length).toBeGreaterThan(0);
    await expect(g.page.getByLabel('Import', { exact: true }).getAttribute('type')).resolves.toBe('file');

    // A good import first, so "nothing changes on failure" also covers imported layers.
    await importFile(g.page, 'valid.geojson');
    const layersList = g.page.getByRole('list', { name: 'Imported layers' });
    await expect(layersList.innerText()).resolves.toContain('valid.geojson');
    // A good import zooms the map to its data; the link is compared once the map has settled there.
    await waitIdle(g.page);
    await g.page.waitForTimeout(1000);
    const urlBefore = g.page.url();

    const cases: Array<[string, RegExp]> = [
      ['broken.geojson', /Malformed JSON at line 4, column 24\./],
      ['huge-30mb.geojson', /too large \(30 MB\); the limit is 20 MB/],
      ['not-geojson.json', /valid JSON but not GeoJSON: must have a member with the name "type"/],
      ['wrong-types.geojson', /not GeoJSON: at 0: Position must be an array/],
      ['out-of-range.geojson', /1 features have coordinates out of range .*feature 2\./],
      ['broken.gpx', /Malformed GPX \(XML\)/],
    ];
    for (const [name, message] of cases) {
      await importFile(g.page, name);
      const text = await alertText(g.page);
      console.log(`${name} → ${text.replace(/\s+/g, ' ').slice(0, 220)}`);
      expect(text).toContain(`Could not import “${name}”`);
      expect(text).toMatch(message);
      expect(text).toContain('Nothing on the map or in your saved data was changed.');
      // Still exactly one imported layer; selection, route and link as before.
      await expect(layersList.getByRole('listitem').count()).resolves.toBe(1);
      await expect(g.page.locator('#details-heading').innerText()).resolves.toBe(detailsHeading);
      expect(g.page.url()).toBe(urlBefore);
    }

    // A million points: refused while the page keeps answering.
    await g.page.getByLabel('Import', { exact: true }).setInputFiles(file('million-points.geojson'));
    const latencies: number[] = [];
    const t0 = Date.now();
    while (Date.now() - t0 < 60_000) {
      const s = Date.now();
      await g.page.evaluate(() => 1);
      latencies.push(Date.now() - s);
      if (/Too many points/.test((await g.page.getByRole('alert').first().textContent()) ?? '')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    console.log(
      `1,000,000 points: answered in ${Date.now() - t0} ms; ${latencies.length} probes, slowest page.evaluate ${Math.max(...latencies)} ms`,
    );
    await expect(alertText(g.page)).resolves.toMatch(
      /Too many points \(more than 500,000\); refused so the page does not freeze\./,
    );
    expect(Math.max(...latencies)).toBeLessThan(1000);
    await expect(layersList.getByRole('listitem').count()).resolves.toBe(1);
    expect(g.page.url()).toBe(urlBefore);

    // Warnings do not block: null geometry and far outside Lanzhou.
    await importFile(g.page, 'null-geometry.geojson');
    await expect(statusText(g.page)).resolves.toMatch(
      /1 features have no geometry and were not imported \(feature 2\)/,
    );
    await importFile(g.page, 'far.geojson');
    await expect(statusText(g.page)).resolves.toMatch(/1 features lie far outside Lanzhou \(feature 1\)/);
    await expect(layersList.getByRole('listitem').count()).resolves.toBe(3);
    await screenshot(g.page, 'reliability-after-corpus');
    expect(g.external).toEqual([]);
  }, 240_000);

  it('script-like names and javascript: links from a file are shown as text', async () => {
    await importFile(g.page, 'xss.geojson');
    await expect(statusText(g.page)).resolves.toContain('Imported “xss.geojson”: 1 features.');
    await clickImported(g.page, A);
    // "Has a place" (imported above) lies at the same point: the click asks which one, names shown as text.
    const chooser = g.page.getByRole('dialog');
    await chooser.getByRole('button').filter({ hasText: 'Has a place' }).waitFor();
    await chooser.getByRole('button').filter({ hasText: XSS }).click();
    await expect(g.page.locator('#details-heading').innerText()).resolves.toBe(XSS);
    const details = g.page.getByRole('complementary', { name: 'Details' });
    await expect(details.innerText()).resolves.toContain('javascript:window.__pwned=2');
    await expect(details.innerText()).resolves.toContain('<script>window.__pwned=3</script>');
    expect(await g.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await g.page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await g.page.locator('#details img, #details script').count()).toBe(0);
    // The http(s) link is a link, opened without access to this page.
    const link = details.getByRole('link', { name: 'https://example.org/page' });
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    expect(g.external).toEqual([]);
  });

  it('a valid import is a layer whose features open in details; "Remove" removes it', async () => {
    await clickImported(g.page, B);
    await expect(g.page.locator('#details-heading').innerText()).resolves.toBe('Imported place B');
    const details = g.page.getByRole('complementary', { name: 'Details' });
    await expect(details.innerText()).resolves.toContain('Imported from valid.geojson');
    const row = g.page
      .getByRole('list', { name: 'Imported layers' })
      .getByRole('listitem')
      .filter({ hasText: 'valid.geojson' });
    await expect(row.innerText()).resolves.toContain('2 features · WGS84');
    await row.getByRole('button', { name: 'Remove' }).click();
    await expect(g.page.getByRole('list', { name: 'Imported layers' }).innerText()).resolves.not.toContain(
      'valid.geojson',
    );
    await expect(details.isHidden()).resolves.toBe(true);
    await waitIdle(g.page);
    const left = await g.page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['lcm-overlay-imported-point'] })
        .map((f) => String(f.properties?.id)),
    );
    expect(left.filter((id) => id.startsWith('import-1-'))).toEqual([]);

    // GPX with a declared datum: the details say which.
    await g.page.getByLabel('Coordinate system of the file').selectOption('GCJ-02');
    await importFile(g.page, 'track.gpx');
    await expect(g.page.getByRole('list', { name: 'Imported layers' }).innerText()).resolves.toMatch(
      /track\.gpx\s*1 features · GCJ-02/,
    );
    expect(g.errors).toEqual([]);
    expect(g.external).toEqual([]);
  });

  it('a file dropped on the map is imported like one from the picker', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Dropped place' },
          geometry: { type: 'Point', coordinates: [103.76, 36.1] },
        },
      ],
    });
    // The previous test declared GCJ-02; this file is WGS84, as a person would say before dropping it.
    await g.page.getByLabel('Coordinate system of the file').selectOption('WGS84');
    // A real DataTransfer carrying a File, dispatched as a person's drag and drop would be.
    const dt = await g.page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'dropped.geojson', { type: 'application/geo+json' }));
      return d;
    }, text);
    const main = g.page.locator('#main');
    await main.dispatchEvent('dragover', { dataTransfer: dt });
    await main.dispatchEvent('drop', { dataTransfer: dt });
    const layers = g.page.getByRole('list', { name: 'Imported layers' });
    await layers.getByRole('listitem').filter({ hasText: 'dropped.geojson' }).waitFor();
    await expect(layers.innerText()).resolves.toContain('1 features');
    await clickImported(g.page, [103.76, 36.1]);
    await g.page
      .getByRole('complementary', { name: 'Site details' })
      .getByRole('heading', { level: 2, name: 'Dropped place' })
      .waitFor();
    await g.page.getByRole('button', { name: 'Close site details' }).click();
    expect(g.errors).toEqual([]);
    expect(g.external).toEqual([]);
  });

  it('an uncaught error or rejection shows a non-blocking notice and the map keeps working', async () => {
    await g.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('reliability test boom');
      });
      void Promise.reject(new Error('reliability test rejection'));
    });
    const alert = g.page.getByRole('alert').first();
    await g.page.waitForFunction(() =>
      (document.querySelector('.notices-alert')?.textContent ?? '').includes('reliability test boom'),
    );
    const text = await alert.innerText();
    expect(text).toContain(
      'Something unexpected went wrong (Error: reliability test boom). The map still works; reload the page',
    );
    expect(text).toContain('reliability test rejection');
    await expect(alert.getByRole('button', { name: 'Reload the page' }).first().isVisible()).resolves.toBe(true);
    const zoom = await g.page.evaluate(() => window.__map!.getZoom());
    await g.page.getByRole('button', { name: 'Zoom in' }).click();
    await waitIdle(g.page);
    expect(await g.page.evaluate(() => window.__map!.getZoom())).toBeGreaterThan(zoom);
    await g.context.close();
  });

  it('corrupt saved settings and routes: backed up, the user is told, the map works', async () => {
    const c = await openPage(browser);
    await gotoApp(c.page, '?lang=en');
    await c.page.evaluate(() => {
      localStorage.setItem('lanzhou-map.settings', '{"version":1, "lang": ');
      localStorage.setItem(
        'lanzhou-map.saved-routes',
        '{"version": 1, "routes": "<img src=x onerror=window.__pwned=1>"}',
      );
    });
    await gotoApp(c.page, '?lang=en');
    const status = await c.page.locator('.notices-status').innerText();
    expect(status).toMatch(
      /Your saved settings could not be read \(damaged data\); the data was backed up to lanzhou-map\.settings\.backup-[\dTZ:.-]+ and the app started clean\./,
    );
    expect(status).toMatch(
      /Your saved routes could not be read \(damaged data\); the data was backed up to lanzhou-map\.saved-routes\.backup-/,
    );
    const keys = await c.page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith('lanzhou-map.settings.backup-'))).toBe(true);
    expect(keys.some((k) => k.startsWith('lanzhou-map.saved-routes.backup-'))).toBe(true);
    await expect(c.page.getByRole('region', { name: 'Layers' }).isVisible()).resolves.toBe(true);
    expect(await c.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // A second start is clean: nothing left to complain about.
    await gotoApp(c.page, '?lang=en');
    await expect(c.page.locator('.notices-status').innerText()).resolves.not.toMatch(/backed up|corrupt/);
    expect(c.external).toEqual([]);
    await c.context.close();
  });

  it('the built index.html has the CSP meta and no inline script', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(csp).toBeDefined();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
    expect(html).toContain('<link rel="manifest"');
  });

  it('offline after the first visit: the service worker serves the whole app', async () => {
    const o = await openPage(browser, { serviceWorkers: 'allow' });
    await gotoApp(o.page, '?lang=en');
    await o.page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
      timeout: 60_000,
    });
    const cached = await o.page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(cached.some((u) => /maplibre-gl-worker-.*\.mjs$/.test(u))).toBe(true);
    expect(cached.some((u) => /heritage-units-.*\.geojson$/.test(u))).toBe(true);
    expect(cached.some((u) => /import-worker-.*\.js$/.test(u))).toBe(true);
    await o.context.setOffline(true);
    await o.page.reload();
    await o.page.waitForFunction(() => document.body.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await expect(o.page.getByRole('region', { name: 'Layers' }).isVisible()).resolves.toBe(true);
    expect(await o.page.locator('#layer-count-heritage-units').innerText()).toMatch(/^\d+ on the map/);
    // Import still works offline (its worker comes from the cache too).
    await o.page.getByLabel('Import', { exact: true }).setInputFiles(file('valid.geojson'));
    await o.page.waitForFunction(
      () => /Imported “valid\.geojson”/.test(document.querySelector('.notices-status')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    await screenshot(o.page, 'reliability-offline');
    expect(o.errors).toEqual([]);
    expect(o.external).toEqual([]);
    await o.context.close();
  }, 180_000);
});
