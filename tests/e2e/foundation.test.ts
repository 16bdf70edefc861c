// Foundation: the app loads offline, draws every layer, toggles them, opens details on click and by URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { gotoApp, launch, openPage, renderedIds, screenshot, waitIdle } from './browser';
import type { GuardedPage } from './browser';

const LAYER_NAMES_EN: Record<string, string> = {
  'tourist-line': 'Yellow River Custom Tourist Line',
  'scenic-spots': 'A-class scenic spots',
  'heritage-units': 'Cultural-relic protection units',
  museums: 'Museums',
  'ich-items': 'Intangible cultural heritage',
  designations: 'Culture & tourism designations',
  transport: 'Transport corridors',
};

let browser: Browser;
let g: GuardedPage;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('foundation', () => {
  it('loads offline, reaches idle, shows the layers panel with counts and makes no outside request', async () => {
    g = await openPage(browser);
    const ms = await gotoApp(g.page, '?lang=en');
    console.log(`navigation → map idle: ${ms} ms`);
    const panel = g.page.getByRole('region', { name: 'Layers' });
    await expect(panel.isVisible()).resolves.toBe(true);
    for (const name of Object.values(LAYER_NAMES_EN)) {
      await expect(panel.getByRole('checkbox', { name }).isChecked()).resolves.toBe(true);
    }
    const count = await g.page.locator('#layer-count-heritage-units').textContent();
    expect(count).toMatch(/^\d+ on the map · \d+ without a known position$/);
    await screenshot(g.page, 'foundation-default');
    expect(g.external).toEqual([]);
    expect(g.errors).toEqual([]);
  });

  it('each layer toggle removes its features from the map and brings them back', async () => {
    // Zoom out so every layer, including those far from the centre, is in view.
    await g.page.evaluate(() => window.__map!.jumpTo({ center: [103.6, 36.3], zoom: 8 }));
    await waitIdle(g.page);
    for (const [layer, name] of Object.entries(LAYER_NAMES_EN)) {
      const before = await renderedIds(g.page, layer);
      const located = Number((await g.page.locator(`#layer-count-${layer}`).textContent())?.match(/^(\d+)/)?.[1]);
      // A layer whose sites all lack a known position draws nothing, and its count says so.
      if (located === 0) {
        expect(before).toEqual([]);
        continue;
      }
      expect(before.length, `${layer} draws something`).toBeGreaterThan(0);
      const box = g.page.getByRole('checkbox', { name });
      await box.uncheck();
      await waitIdle(g.page);
      expect(await renderedIds(g.page, layer), `${layer} hidden`).toEqual([]);
      expect(g.page.url()).toContain('layers=');
      await box.check();
      await waitIdle(g.page);
      expect((await renderedIds(g.page, layer)).length, `${layer} back`).toBe(before.length);
    }
    expect(g.external).toEqual([]);
  });

  it('clicking a located site opens its details with sources; Escape closes them', async () => {
    const target = await g.page.evaluate(() => {
      const map = window.__map!;
      map.jumpTo({ center: [103.8145, 36.0648], zoom: 15 });
      return true;
    });
    expect(target).toBe(true);
    await waitIdle(g.page);
    const pt = await g.page.evaluate(() => {
      const map = window.__map!;
      const f = map
        .queryRenderedFeatures({ layers: ['lcm-places-point'] })
        .find((x) => x.properties?.id === 'zhongshan-bridge');
      if (!f || f.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    expect(pt).not.toBeNull();
    await g.page.mouse.click(pt!.x, pt!.y);
    const details = g.page.getByRole('complementary', { name: 'Site details' });
    await details.waitFor();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('Zhongshan Bridge');
    await expect(details.textContent()).resolves.toContain('Position precision');
    // District and era in English, with the source's Chinese kept beside the era.
    await expect(details.textContent()).resolves.toContain('Chengguan District');
    await expect(details.textContent()).resolves.toContain('Qing (清)');
    expect(await details.getByRole('link').count()).toBeGreaterThan(0);
    expect(g.page.url()).toContain('site=zhongshan-bridge');
    await g.page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    expect(g.page.url()).not.toContain('site=');
    await g.context.close();
  });

  it('?site=<id> opens the details on load, also for a site with no known position', async () => {
    g = await openPage(browser);
    await gotoApp(g.page, '?site=zhongshan-bridge');
    const details = g.page.getByRole('complementary', { name: '详情' });
    await details.waitFor();
    await expect(details.textContent()).resolves.toContain('中山桥');
    await screenshot(g.page, 'foundation-site-details');
    // A site no source places: not drawn, but its details open and say so.
    await g.page.goto(`${new URL(g.page.url()).origin}/?site=lanzhou-taiping-drum&lang=en`);
    await g.page.waitForFunction(() => document.body.dataset.mapReady === 'true');
    const unknown = g.page.getByRole('complementary', { name: 'Site details' });
    await unknown.waitFor();
    await expect(unknown.textContent()).resolves.toContain('Position unknown');
    expect(await renderedIds(g.page, 'ich-items')).toEqual([]);
    expect(g.external).toEqual([]);
    await g.context.close();
  });
});
