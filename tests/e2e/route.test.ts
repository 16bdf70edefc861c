// Route planner: build a route by clicks, reorder with the keyboard, optimise, export GPX and parse
// the download, reload from the URL, print view, saved routes, a broken import, and the routing fallback.
// Run alone: E2E_PORT=4183 E2E_DIST=dist-route npx vitest run --project e2e tests/e2e/route.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { gpx } from '@tmcw/togeojson';
import { gotoApp, launch, openPage, screenshot, waitIdle } from './browser';
import type { GuardedPage } from './browser';

let browser: Browser;
let g: GuardedPage;
let sharedQuery = '';
let orderAfterOptimise: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const routeRegion = (page: Page, name = 'Route') => page.getByRole('region', { name });
const details = (page: Page) => page.getByRole('complementary', { name: 'Site details' });
const routeIds = (page: Page): string[] =>
  (new URL(page.url()).searchParams.get('route') ?? '').split(',').filter(Boolean);

/** Stop names as listed in the panel, in order. */
async function stopNames(page: Page): Promise<string[]> {
  const names = await routeRegion(page).locator('.route-stops .route-stop-name').allTextContents();
  // Each name button starts with its number ("1Lanzhou …"); drop it.
  return names.map((n) => n.replace(/^\d+/, ''));
}

async function addFromSearch(page: Page, query: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search sites' }).fill(query);
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .filter({ hasText: option })
    .first()
    .click();
  await details(page).getByRole('heading', { level: 2, name: option }).waitFor();
  await details(page).getByRole('button', { name: 'Add to route', exact: true }).click();
  await details(page).getByRole('button', { name: 'Remove from route' }).waitFor();
}

describe('route planner', () => {
  it('builds a route by clicks: ?site, search and the map, each with "Add to route"', async () => {
    g = await openPage(browser);
    const { page } = g;
    await gotoApp(page, '?lang=en&site=zhongshan-bridge');
    // 1. Opened by the URL.
    await details(page).getByRole('button', { name: 'Add to route', exact: true }).click();
    expect(routeIds(page)).toEqual(['zhongshan-bridge']);
    // The panel opens from the header button, with aria-expanded.
    const toggle = page.getByRole('button', { name: 'Route', exact: true });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await routeRegion(page).waitFor();
    // 2 and 3. From search (choosing a result opens the details, where the button is).
    await addFromSearch(page, 'wuquan', 'Wuquan (Five Springs) Mountain Park');
    await addFromSearch(page, 'City God', 'Lanzhou Prefecture City God Temple');
  }, 180_000);

  it('adds a stop from a map click (the details open; "Add to route" there), marked approximate', async () => {
    const { page } = g;
    // 4. A map click on a site opens its details; "Add to route" there.
    await page.evaluate(() => window.__map!.jumpTo({ center: [103.8076, 36.0704], zoom: 15.5 }));
    await waitIdle(page);
    const pt = await page.evaluate(() => {
      const map = window.__map!;
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => /^lcm-places-point$/.test(id));
      // Baita Mountain Park, the Baita building complex and the tourist-line stop are one place: one marker.
      const f = map.queryRenderedFeatures({ layers }).find((x) => /baita/.test(String(x.properties?.id ?? '')));
      if (!f || f.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    expect(pt, 'Baita Mountain Park is drawn').not.toBeNull();
    await page.mouse.click(pt!.x, pt!.y);
    await details(page).waitFor();
    const heading = (await details(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(heading).toMatch(/Baita/);
    await details(page).getByRole('button', { name: 'Add to route', exact: true }).click();
    // Baita sites are "approximate" in our data: the stop is marked.
    await expect(details(page).textContent()).resolves.toContain('Approximate position');
    const ids = routeIds(page);
    expect(ids.slice(0, 3)).toEqual(['zhongshan-bridge', 'wuquan-mountain-park', 'lanzhou-city-god-temple']);
    expect(ids).toHaveLength(4);
    expect(ids[3]).toMatch(/baita/);
    const names = await stopNames(page);
    expect(names).toHaveLength(4);
    expect(names[0]).toBe('Lanzhou Yellow River Iron Bridge (Zhongshan Bridge)');
    // Legs: 3 legs, each with a distance and a kind; totals and times shown.
    const legs = routeRegion(page).locator('.route-legs > li');
    await expect(legs.count()).resolves.toBe(3);
    const legText = (await legs.allTextContents()).join('\n');
    expect(legText).toMatch(/(along the tourist line|straight line)/);
    expect(legText).toMatch(/\d+(\.\d+)? (m|km)/);
    await expect(routeRegion(page).locator('#route-total-distance').textContent()).resolves.toMatch(/\d/);
    await expect(routeRegion(page).locator('#route-total-time').textContent()).resolves.toMatch(/min/);
    // An unlocated site has no button and says why.
    await page.getByRole('combobox', { name: 'Search sites' }).fill('Duzhe');
    await page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option')
      .filter({ hasText: 'Duzhe (Reader) Museum' })
      .first()
      .click();
    await details(page).getByRole('heading', { level: 2, name: 'Duzhe (Reader) Museum' }).waitFor();
    await expect(details(page).getByRole('button', { name: 'Add to route' }).count()).resolves.toBe(0);
    await expect(details(page).textContent()).resolves.toContain('Cannot be added to the route');
    await screenshot(page, 'route-built');
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
  }, 180_000);

  it('reorders with the keyboard: focus "Move down …" and press Enter; focus follows the stop', async () => {
    const { page } = g;
    const before = routeIds(page);
    const first = (await stopNames(page))[0]!;
    const down = routeRegion(page).getByRole('button', { name: `Move down ${first}` });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => routeIds(page)).toEqual([before[1], before[0], before[2], before[3]]);
    expect((await stopNames(page))[1]).toBe(first);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe(`Move down ${first}`);
    // Press again: it moves on.
    await page.keyboard.press('Enter');
    await expect.poll(() => routeIds(page)).toEqual([before[1], before[2], before[0], before[3]]);
  });

  it('reorders by drag and drop', async () => {
    const { page } = g;
    const before = routeIds(page);
    const rows = routeRegion(page).locator('.route-stops > li');
    await rows.nth(0).dragTo(rows.nth(2));
    await expect.poll(() => routeIds(page)).toEqual([before[1], before[2], before[0], before[3]]);
  });

  it('"Optimise order" keeps the start, shows the distance saved, and the URL carries the new order', async () => {
    const { page } = g;
    // Put a deliberately poor order in place: bridge, Wuquan (south), Baita (north, across the river), City God.
    const ids = routeIds(page);
    const bridge = 'zhongshan-bridge';
    const baita = ids.find((i) => /baita/.test(i))!;
    await page.goto(
      page
        .url()
        .replace(
          /route=[^&]*/,
          `route=${[bridge, 'wuquan-mountain-park', baita, 'lanzhou-city-god-temple'].join('%2C')}`,
        ),
    );
    await page.waitForFunction(() => document.body.dataset.mapReady === 'true');
    await routeRegion(page).waitFor();
    const before = routeIds(page);
    await routeRegion(page).getByRole('button', { name: 'Optimise order', exact: true }).click();
    const result = routeRegion(page).locator('#route-optimise-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    console.log(`optimiser: ${text}`);
    expect(text).toMatch(/saved \d+(\.\d+)? (m|km)/);
    const after = routeIds(page);
    expect(after).not.toEqual(before);
    expect(after[0]).toBe(bridge);
    expect([...after].sort()).toEqual([...before].sort());
    // The panel shows the URL's order.
    const shown = await routeRegion(page).locator('.route-stops .route-stop-name').count();
    expect(shown).toBe(4);
    orderAfterOptimise = after;
    sharedQuery = new URL(page.url()).search;
    // Pressing again finds nothing to save and changes nothing (the app never reorders by itself).
    await routeRegion(page).getByRole('button', { name: 'Optimise order', exact: true }).click();
    await expect(result.textContent()).resolves.toMatch(/already shortest/);
    expect(routeIds(page)).toEqual(after);
  });

  it('exports GPX (waypoints in order + track) and GeoJSON as downloads', async () => {
    const { page } = g;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      routeRegion(page).getByRole('button', { name: 'Export GPX', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gpx$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const fc = gpx(doc as unknown as Document);
    const points = fc.features.filter((f) => f.geometry?.type === 'Point');
    expect(points.map((p) => p.properties?.desc)).toEqual(orderAfterOptimise);
    expect(points[0]!.properties?.name).toBe('Lanzhou Yellow River Iron Bridge (Zhongshan Bridge)');
    const [lon, lat] = (points[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(103.814518, 5);
    expect(lat).toBeCloseTo(36.064846, 5);
    const tracks = fc.features.filter(
      (f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString',
    );
    expect(tracks).toHaveLength(1);

    const [dl2] = await Promise.all([
      page.waitForEvent('download'),
      routeRegion(page).getByRole('button', { name: 'Export GeoJSON', exact: true }).click(),
    ]);
    const gj = JSON.parse(readFileSync((await dl2.path())!, 'utf8')) as {
      features: Array<{ properties: { role: string; id?: string; straight?: boolean } }>;
    };
    expect(gj.features.filter((f) => f.properties.role === 'stop').map((f) => f.properties.id)).toEqual(
      orderAfterOptimise,
    );
    expect(gj.features.filter((f) => f.properties.role === 'leg')).toHaveLength(3);
  });

  it('a broken GPX import lists the error in an alert and keeps the route', async () => {
    const { page } = g;
    const before = routeIds(page);
    await routeRegion(page)
      .getByLabel('Import route')
      .setInputFiles({
        name: 'broken.gpx',
        mimeType: 'application/gpx+xml',
        buffer: Buffer.from('<gpx version="1.1"><wpt lat="36.06" lon="103.8"><name>half'),
      });
    const alert = routeRegion(page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/could not be parsed|not a GPX file/);
    await expect(alert.textContent()).resolves.toContain('the route is unchanged');
    expect(routeIds(page)).toEqual(before);
    expect(await stopNames(page)).toHaveLength(4);
  });

  it('a GPX of our own export imports back to the same stops', async () => {
    const { page } = g;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      routeRegion(page).getByRole('button', { name: 'Export GPX', exact: true }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    // Empty the route, then import the file.
    for (let i = 0; i < 4; i++)
      await routeRegion(page)
        .locator('.route-stops > li')
        .first()
        .getByRole('button', { name: /^Remove / })
        .click();
    expect(routeIds(page)).toEqual([]);
    await routeRegion(page)
      .getByLabel('Import route')
      .setInputFiles({ name: 'mine.gpx', mimeType: 'application/gpx+xml', buffer: Buffer.from(text) });
    await expect.poll(() => routeIds(page)).toEqual(orderAfterOptimise);
  });

  it('print view: one page with the map image, numbered stops, legs, times and first facts', async () => {
    const { page } = g;
    await routeRegion(page).getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForFunction(() => document.body.dataset.routePrintReady === 'true');
    const printView = page.locator('#route-print-view');
    expect(await printView.isVisible()).toBe(false); // hidden on screen
    await page.emulateMedia({ media: 'print' });
    expect(await printView.isVisible()).toBe(true);
    expect(await page.locator('#map').isVisible()).toBe(false);
    const items = printView.locator('.route-print-stops > li');
    await expect(items.count()).resolves.toBe(4);
    await expect(items.first().textContent()).resolves.toContain('Zhongshan Bridge');
    // The bridge has sourced facts in our data: its first one is printed.
    await expect(items.first().locator('.route-print-fact').textContent()).resolves.not.toBe('(no facts)');
    await expect(printView.locator('.route-print-legs tr').count()).resolves.toBe(3);
    const src = await printView.locator('img.route-print-map').getAttribute('src');
    expect(src).toMatch(/^data:image\/png;base64,/);
    expect(src!.length).toBeGreaterThan(5000); // a real picture, not an empty canvas
    await screenshot(page, 'route-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('save a named route; after a reload it is still there and loads', async () => {
    const { page } = g;
    await routeRegion(page).getByLabel('Route name').fill('Bridge and temples');
    await routeRegion(page).getByRole('button', { name: 'Save route', exact: true }).click();
    await expect(routeRegion(page).getByRole('status').textContent()).resolves.toContain('Saved “Bridge and temples”');
    await page.goto(page.url().replace(/route=[^&]*/, 'route=zhongshan-bridge'));
    await page.waitForFunction(() => document.body.dataset.mapReady === 'true');
    await routeRegion(page).waitFor();
    expect(await stopNames(page)).toHaveLength(1);
    await routeRegion(page).getByRole('button', { name: 'Load Bridge and temples' }).click();
    await expect.poll(() => routeIds(page)).toEqual(orderAfterOptimise);
    expect(g.external).toEqual([]);
    await g.context.close();
  });

  it('reloading the shared URL gives the same route (new browser context)', async () => {
    g = await openPage(browser);
    const { page } = g;
    await gotoApp(page, sharedQuery);
    await routeRegion(page).waitFor();
    expect(routeIds(page)).toEqual(orderAfterOptimise);
    const names = await stopNames(page);
    expect(names).toHaveLength(4);
    expect(names[0]).toBe('Lanzhou Yellow River Iron Bridge (Zhongshan Bridge)');
    await expect(routeRegion(page).locator('.route-legs > li').count()).resolves.toBe(3);
    // The route overlay is drawn: numbered stops on the map.
    await waitIdle(page);
    const drawn = await page.evaluate(
      () => window.__map!.queryRenderedFeatures({ layers: ['lcm-overlay-route-stop'] }).length,
    );
    expect(drawn).toBeGreaterThan(0);
    expect(g.external).toEqual([]);
  }, 150_000);

  it('the print page, map image included, fits one A4 sheet', async () => {
    const { page } = g;
    // Headless Chromium keeps a window.print() job open, and page.pdf() then refuses ("already being printed").
    // The native dialog cannot be driven here anyway, so this page records the call instead of opening it.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printCalled = 'true';
      };
    });
    await routeRegion(page).getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForFunction(() => document.body.dataset.printCalled === 'true');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('a routing server that cannot be reached: the legs fall back and say why', async () => {
    const { page } = g;
    const region = routeRegion(page);
    await region.getByText('Assumptions', { exact: true }).click();
    // Port 9 (discard) on loopback: nothing answers; the network guard allows loopback.
    await region.getByLabel('Routing server (OSRM API, optional)').fill('http://127.0.0.1:9');
    await region.getByRole('button', { name: 'Apply routing server' }).click();
    await expect.poll(() => region.textContent(), { timeout: 15_000 }).toContain('Routing server unavailable');
    const reasons = await region.locator('.route-leg-reason').allTextContents();
    expect(reasons.some((r) => r.includes('could not be reached') || r.includes('tourist line'))).toBe(true);
    await expect(region.locator('.route-legs > li').count()).resolves.toBe(3);
    expect(g.external).toEqual([]);
  });

  it('Chinese names: 路线 region with 优化顺序, 导出 GPX, 导出 GeoJSON', async () => {
    const { page } = g;
    await page.getByRole('button', { name: 'Switch to Chinese' }).or(page.locator('#lang-toggle')).first().click();
    const region = routeRegion(page, '路线');
    await region.waitFor();
    for (const name of ['优化顺序', '导出 GPX', '导出 GeoJSON', '打印']) {
      await expect(region.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
    await expect(region.getByLabel('导入路线').count()).resolves.toBe(1);
    await g.context.close();
  });

  it('units in the UI language: 米 / 公里 / 分钟 in Chinese, m / km / min in English (desktop and phone)', async () => {
    const route = '?route=zhongshan-bridge,wuquan-mountain-park,lanzhou-city-god-temple';
    for (const [viewport, name] of [
      [{ width: 1440, height: 900 }, 'desktop'],
      [{ width: 390, height: 844 }, 'phone'],
    ] as const) {
      const gp = await openPage(browser, { viewport });
      const { page } = gp;
      await gotoApp(page, route);
      const region = routeRegion(page, '路线');
      await region.waitFor();
      const legs = region.locator('.route-legs > li');
      await expect(legs.count()).resolves.toBe(2);
      const zh = [
        ...(await legs.allInnerTexts()),
        await region.locator('#route-total-distance').innerText(),
        await region.locator('#route-total-time').innerText(),
      ].join('\n');
      expect(zh).toMatch(/\d+(\.\d+)? (米|公里)/);
      expect(zh).toMatch(/\d+ 分钟/);
      expect(zh).not.toMatch(/\d+(\.\d+)? (m|km|min|h)\b/);
      await legs.first().scrollIntoViewIfNeeded();
      await screenshot(page, `route-units-zh-${name}`);
      await page.locator('#lang-toggle').evaluate((b: HTMLElement) => b.click());
      const en = routeRegion(page, 'Route');
      await en.waitFor();
      const enText = (await en.locator('.route-legs > li').allInnerTexts()).join('\n');
      expect(enText).toMatch(/\d+(\.\d+)? (m|km)\b/);
      expect(enText).toMatch(/\d+ min\b/);
      expect(enText).not.toMatch(/米|公里|分钟/);
      expect(gp.external).toEqual([]);
      expect(gp.errors).toEqual([]);
      await gp.context.close();
    }
  });
});
