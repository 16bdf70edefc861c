// The large-data demo (?demo=pmtiles): 100,000 synthetic points from a static PMTiles archive render as vector
// tiles fetched with Range requests from our own server, thinned when zoomed out, with no outside request.
//   E2E_PORT=4186 E2E_DIST=dist-pmtiles npx vitest run --project e2e tests/e2e/pmtiles.test.ts
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gotoApp, launch, openPage, screenshot, waitIdle } from './browser';
import type { GuardedPage } from './browser';
import { writeSyntheticPmtiles } from '../../scripts/build-pmtiles';
import { DEMO_FILE } from '../../src/app/install-pmtiles-demo';

/** Style layer id of the demo points (src/map/pmtiles-layer.ts; not imported: that module loads maplibre-gl). */
const DEMO_LAYER = 'lcm-pmtiles-demo-points';

let browser: Browser;
let g: GuardedPage;
const ranges: Array<{ status: number; range: string | null }> = [];

beforeAll(async () => {
  // Built into the served directory, as `npm run bench` does: the archive is reproducible and not committed.
  writeSyntheticPmtiles(join(process.cwd(), process.env.E2E_DIST ?? 'dist', DEMO_FILE));
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

async function demoPointCount(): Promise<number> {
  return g.page.evaluate((layer) => window.__map!.queryRenderedFeatures({ layers: [layer] }).length, DEMO_LAYER);
}

describe('PMTiles demo', () => {
  it('draws the synthetic layer from the archive with Range requests and says it is synthetic', async () => {
    g = await openPage(browser);
    g.page.on('response', (r) => {
      if (r.url().endsWith('.pmtiles'))
        ranges.push({ status: r.status(), range: r.request().headers()['range'] ?? null });
    });
    await gotoApp(g.page, '?demo=pmtiles&lang=en');
    await g.page.waitForFunction(() => document.body.dataset.demoReady !== undefined, null, { timeout: 60_000 });
    expect(await g.page.evaluate(() => document.body.dataset.demoReady)).toBe('true');
    const n = await demoPointCount();
    console.log(`demo points rendered at the opening view: ${n}`);
    expect(n).toBeGreaterThan(100);
    // The notice names the data as synthetic (role=status for info notices).
    await expect(
      g.page.getByRole('status').filter({ hasText: 'synthetic test points' }).count(),
    ).resolves.toBeGreaterThan(0);
    // The header first (bytes=0-16383), then tiles: only partial responses, never the whole file.
    expect(ranges.length).toBeGreaterThan(1);
    expect(ranges.every((r) => r.status === 206 && r.range?.startsWith('bytes='))).toBe(true);
    await screenshot(g.page, 'pmtiles-demo');
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
  });

  it('thins when zoomed out: far fewer than 100,000 points drawn over the whole municipality', async () => {
    await g.page.evaluate(() => window.__map!.jumpTo({ center: [103.55, 36.28], zoom: 8 }));
    await waitIdle(g.page);
    const n = await demoPointCount();
    console.log(`demo points rendered at zoom 8 (whole box in view): ${n}`);
    expect(n).toBeGreaterThan(500);
    expect(n).toBeLessThan(10_000);
    await screenshot(g.page, 'pmtiles-demo-z8');
    expect(g.external).toEqual([]);
  });

  it('is not shown without ?demo=pmtiles', async () => {
    const plain = await openPage(browser);
    await gotoApp(plain.page, '?lang=en');
    expect(await plain.page.evaluate((layer) => Boolean(window.__map!.getLayer(layer)), DEMO_LAYER)).toBe(false);
    expect(plain.external).toEqual([]);
    await plain.context.close();
  });
});
