// Shared browser harness for the e2e tests: Debian's Chromium driven by playwright-core, software WebGL
// (SwiftShader), and a network guard that aborts every request not to loopback. A request to an online base
// map's host (the app's default base map) is cut like the network of a machine offline and listed in
// `basemap`; any other request that tries to leave the machine is listed in `external`, and the test fails.
// A test that wants the online path answers the base-map hosts itself (a route registered after the guard).
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isAnyBasemapUrl } from '../../src/config/basemaps';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine, other than base-map ones. Every test expects this to stay empty. */
  external: string[];
  /** Base-map requests the guard cut (or left hanging) because the test did not answer them. */
  basemap: string[];
  /** Uncaught page errors. */
  errors: string[];
}

function isLoopback(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

export async function openPage(
  browser: Browser,
  opts: {
    viewport?: { width: number; height: number };
    serviceWorkers?: 'allow' | 'block';
    /** What happens to base-map requests nobody answers: refused at once ("cut", default) or never answered ("hang"). */
    basemapNetwork?: 'cut' | 'hang';
  } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    serviceWorkers: opts.serviceWorkers ?? 'block',
    acceptDownloads: true,
  });
  const external: string[] = [];
  const basemap: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    if (isAnyBasemapUrl(url)) {
      basemap.push(url);
      // A hanging request is left unanswered; the page's own timeout has to give up on it.
      return opts.basemapNetwork === 'hang' ? new Promise<void>(() => {}) : route.abort('internetdisconnected');
    }
    external.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, external, basemap, errors };
}

/** Navigates and waits until the app says the map has reached its first `idle`. */
export async function gotoApp(page: Page, query = ''): Promise<number> {
  const t0 = Date.now();
  await page.goto(BASE_URL + query);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true', null, { timeout: 60_000 });
  return Date.now() - t0;
}

/** Waits for the map to settle after an interaction. */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map;
        if (!map) return resolve();
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/**
 * Waits until the camera has stopped: idle, then the same centre and zoom over several animation frames (an
 * easing started by the app just before `idle`, or new padding for a panel that grew, would otherwise move the map
 * under a click at a fixed pixel).
 */
export async function waitSettled(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await waitIdle(page);
    const still = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const map = window.__map;
          if (!map) return resolve(true);
          const at = () =>
            `${map.getCenter().toArray().join(',')}|${map.getZoom()}|${map.getBearing()}|${JSON.stringify(map.getPadding())}`;
          const first = at();
          let frames = 0;
          const step = () => {
            if (map.isMoving() || at() !== first) return resolve(false);
            if (++frames >= 5) return resolve(true);
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
    );
    if (still) return;
  }
  throw new Error('the map kept moving');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Ids of rendered features of a thematic layer: its own style layers (lines, stations) and the place markers
 * one of whose shown members belongs to it (a place with several designations counts for each of its layers).
 */
export async function renderedIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((layer) => {
    const map = window.__map!;
    const ids = map
      .getStyle()
      .layers.filter((l) => (l.metadata as Record<string, string> | undefined)?.['lcm:layer'] === layer)
      .map((l) => l.id);
    const own = ids.length ? map.queryRenderedFeatures({ layers: ids }) : [];
    // A marker stands for every shown member of its place: report the members of this layer by their own ids.
    const ids2: string[] = own.map((f) => String(f.properties?.id ?? `cluster:${f.properties?.cluster_id}`));
    for (const f of map.queryRenderedFeatures({ layers: ['lcm-places-point', 'lcm-places-cluster'] })) {
      if (f.properties?.cluster_id !== undefined) {
        if (f.properties?.[`l_${layer}`] === 1) ids2.push(`cluster:${f.properties.cluster_id}`);
        continue;
      }
      for (const m of String(f.properties?.members ?? '').split(',')) {
        const [l, id] = m.split(':');
        if (l === layer && id) ids2.push(id);
      }
    }
    return [...new Set(ids2)];
  }, layer);
}

/**
 * One browser for a test file's tests. Every page opened through it is checked after each test — it stayed on
 * the machine and threw nothing — and closed. `open` navigates and waits for the map; `page` only opens (for a
 * test that sets up storage or routes before it navigates).
 */
export function guardedBrowser(): {
  open: (query: string, viewport?: { width: number; height: number }) => Promise<GuardedPage>;
  page: () => Promise<GuardedPage>;
} {
  let browser: Browser | undefined;
  const opened: GuardedPage[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    for (const g of opened.splice(0)) {
      expect(g.external).toEqual([]);
      expect(g.errors).toEqual([]);
      await g.context.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  const page = async (viewport?: { width: number; height: number }) => {
    const g = await openPage(browser!, viewport ? { viewport } : {});
    opened.push(g);
    return g;
  };
  return {
    open: async (query, viewport) => {
      const g = await page(viewport);
      await gotoApp(g.page, query);
      return g;
    },
    page: () => page(),
  };
}
