// Browser side of `npm run bench`: serving a build with `vite preview`, and one measured visit of a page in
// headless Debian Chromium (software WebGL, every non-loopback request aborted — for the app that includes the
// online base map, so what is measured is the embedded fallback a user without network sees).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CpuProfile, Marks } from './breakdown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function waitUp(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}`);
}

export function serve(outDir: string, port: number): ChildProcess {
  // The local vite binary, not npx: npx's own start-up took tens of seconds on the loaded shared machine.
  return spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      cwd: root,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true, // own process group, so the whole vite tree can be stopped
    },
  );
}

export function stop(p: ChildProcess | undefined): void {
  if (!p?.pid) return;
  try {
    process.kill(-p.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export const isLoopback = (url: string): boolean => {
  try {
    const u = new URL(url);
    return u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost';
  } catch {
    return false;
  }
};

export interface Loaded {
  url: string;
  kind: 'js' | 'css' | 'geodata' | 'other';
  raw: number;
  gzip: number;
}

export interface Visit {
  /** performance.now() (ms since navigation start) when the ready flag was set, read in the page. */
  readyMs: number;
  heapUsed: number;
  styleLayers: number;
  /** Work MapLibre did to reach idle, counted (not timed), so it does not vary with machine load. */
  work: { sources: number; tiles: number; programs: number };
  /** lcm:* performance marks (ms since navigation start). */
  marks: Marks;
  loaded: Loaded[];
  /** Requests that tried to leave the machine (all aborted). */
  external: string[];
  errors: string[];
  profile?: CpuProfile;
}

export interface PageKind {
  id: string;
  url: string;
  /** body[data-…] attribute that says the page is ready. */
  flag: 'mapReady' | 'demoReady';
}

function kindOf(url: string): Loaded['kind'] {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(path)) return 'geodata';
  return 'other';
}

export interface VisitOptions {
  /** Record every response body (bytes, gzip) — done on one visit only. */
  record?: boolean;
  /** Take a main-thread CPU profile (V8 sampling, 200 µs) from navigation to ready; perturbs the timing. */
  profile?: boolean;
  /** Runs in the page after ready, before the heap is measured (the 10k scenario's interactions). */
  after?: (p: Page) => Promise<void>;
}

export async function visit(browser: Browser, page: PageKind, opts: VisitOptions = {}): Promise<Visit> {
  // A fresh context per visit: empty cache, as a first visit. Service workers blocked: we measure the network load.
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const external: string[] = [];
  const errors: string[] = [];
  const loaded: Loaded[] = [];
  const pending: Array<Promise<void>> = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  // Record the time the ready flag appears, in the page's own clock (0 = navigation start), without polling.
  await context.addInitScript((flag: string) => {
    const attr = flag === 'mapReady' ? 'data-map-ready' : 'data-demo-ready';
    new MutationObserver((_m, obs) => {
      const v = document.body?.getAttribute(attr);
      if (v) {
        (window as unknown as { __benchReady: { at: number; value: string } }).__benchReady = {
          at: performance.now(),
          value: v,
        };
        obs.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: [attr] });
  }, page.flag);
  const p: Page = await context.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
  if (opts.record) {
    // Responses of the page and of its workers (the MapLibre worker script is fetched by the worker).
    context.on('response', (res) => {
      const url = res.url();
      if (!isLoopback(url) || url.startsWith('data:') || url.startsWith('blob:')) return;
      pending.push(
        res.body().then(
          (body) => {
            loaded.push({
              url: new URL(url).pathname,
              kind: kindOf(url),
              raw: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
            });
          },
          () => undefined, // redirects and aborted requests have no body
        ),
      );
    });
  }
  const cdp = await context.newCDPSession(p);
  if (opts.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await p.goto(page.url);
  await p.waitForFunction(() => (window as unknown as { __benchReady?: unknown }).__benchReady !== undefined, null, {
    timeout: 120_000,
  });
  const profile = opts.profile ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : undefined;
  const ready = await p.evaluate(
    () => (window as unknown as { __benchReady: { at: number; value: string } }).__benchReady,
  );
  if (ready.value !== 'true') throw new Error(`${page.id}: ready flag is "${ready.value}"`);
  const styleLayers = await p.evaluate(() => window.__map?.getStyle().layers.length ?? -1);
  // MapLibre internals (not public API; read only here): compiled shader programs and tiles held per source.
  const work = await p.evaluate(() => {
    type Internals = {
      painter?: { programCache?: { programs?: object } | object };
      style?: { tileManagers?: Record<string, { getIds?: () => string[] }> };
    };
    const m = window.__map as unknown as Internals | undefined;
    const cache = m?.painter?.programCache;
    const programs = cache && 'programs' in cache && cache.programs ? cache.programs : (cache ?? {});
    const managers = Object.values(m?.style?.tileManagers ?? {});
    return {
      sources: Object.keys(window.__map?.getStyle().sources ?? {}).length,
      tiles: managers.reduce((n, tm) => n + (tm.getIds?.().length ?? 0), 0),
      programs: Object.keys(programs).length,
    };
  });
  const marks = await p.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('lcm:'))
        .map((m) => [m.name, m.startTime]),
    ),
  );
  if (opts.after) await opts.after(p);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await Promise.all(pending);
  await context.close();
  return {
    readyMs: ready.at,
    heapUsed: heap.usedSize,
    styleLayers,
    work,
    marks,
    loaded,
    external,
    errors,
    ...(profile ? { profile } : {}),
  };
}
