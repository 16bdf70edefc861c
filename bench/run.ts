// `npm run bench` (issue 9; not part of `npm test`). The npm script builds the app into dist/ first; this then
//   1. builds the bare MapLibre page (bench/bare/) into dist-bench-bare/ and the 100k synthetic PMTiles archive
//      into both build directories (it is reproducible from a seed, so it is not committed);
//   2. serves both with `vite preview` on 127.0.0.1 (ports 4194 and 4195) and, in headless Debian Chromium
//      (software WebGL, every non-loopback request aborted), measures alternating A/B, median of RUNS each:
//      navigation → first map idle, app vs bare, and app ?demo=pmtiles vs bare ?pmtiles=1 (→ layer drawn);
//      JS heap after load (CDP Runtime.getHeapUsage after a forced GC); the JS, CSS and geodata the app page
//      actually requested on load (raw and gzip -9 per file) against maplibre-gl's own chunks;
//   3. runs the Node benches (analysis queries at 1k/10k/100k, search at 10k names, tour order at 12/50 stops);
//   4. prints one table (every figure with its baseline and ratio), checks the budgets and writes
//      bench/results.json with the machine (OS, CPUs, load average, Node, Chromium).
// BENCH_QUICK=1: 3 browser runs per page instead of 9 (the Node benches keep their own run counts).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/browser';
import { writeSyntheticPmtiles } from '../scripts/build-pmtiles';
import { runAnalysisBench } from './analysis-bench';
import { runSearchBench } from './search-bench';
import { runRouteBench } from './route-bench';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK ? 3 : 9; // ≥ 7 as issue 9 asks; odd so the median is one run
const APP_PORT = 4194; // not 4190: it is on the Fetch standard's blocked-port list (ManageSieve)
const BARE_PORT = 4195;
const APP_DIST = 'dist';
const BARE_DIST = 'dist-bench-bare';
const DEMO_FILE = 'demo/synthetic-100k.pmtiles';
const KB = 1000; // budgets are in kB (10^3 bytes)
const BUDGET = { idleRatio: 1.25, appJsOverMaplibreGzip: 120 * KB, geodataGzip: 600 * KB, pointQueryMs: 16 };

// ---------------------------------------------------------------------------------------------- helpers

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

async function waitUp(url: string, ms: number): Promise<void> {
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

function serve(outDir: string, port: number): ChildProcess {
  // The local vite binary, not npx: npx's own start-up took tens of seconds on the loaded shared machine.
  return spawn(join(root, 'node_modules', '.bin', 'vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // own process group, so the whole npx → vite tree can be stopped
  });
}

function stop(p: ChildProcess | undefined): void {
  if (!p?.pid) return;
  try {
    process.kill(-p.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const isLoopback = (url: string): boolean => {
  try {
    const u = new URL(url);
    return u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost';
  } catch {
    return false;
  }
};

// ---------------------------------------------------------------------------------------------- browser

interface Loaded {
  url: string;
  kind: 'js' | 'css' | 'geodata' | 'other';
  raw: number;
  gzip: number;
}

interface Visit {
  /** performance.now() (ms since navigation start) when the ready flag was set, read in the page. */
  readyMs: number;
  heapUsed: number;
  styleLayers: number;
  loaded: Loaded[];
  external: string[];
  errors: string[];
}

interface PageKind {
  id: 'app' | 'bare' | 'app-pmtiles' | 'bare-pmtiles';
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

async function visit(browser: Browser, page: PageKind, record: boolean): Promise<Visit> {
  // A fresh context per visit: empty cache, as a first visit. Service workers blocked: we measure the network load.
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
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
        (window as unknown as { __benchReady: { at: number; value: string } }).__benchReady = { at: performance.now(), value: v };
        obs.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: [attr] });
  }, page.flag);
  const p: Page = await context.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
  if (record) {
    // Responses of the page and of its workers (the MapLibre worker script is fetched by the worker).
    context.on('response', (res) => {
      const url = res.url();
      if (!isLoopback(url) || url.startsWith('data:') || url.startsWith('blob:')) return;
      pending.push(
        res.body().then(
          (body) => {
            loaded.push({ url: new URL(url).pathname, kind: kindOf(url), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
          },
          () => undefined, // redirects and aborted requests have no body
        ),
      );
    });
  }
  await p.goto(page.url);
  await p.waitForFunction(() => (window as unknown as { __benchReady?: unknown }).__benchReady !== undefined, null, { timeout: 90_000 });
  const ready = await p.evaluate(() => (window as unknown as { __benchReady: { at: number; value: string } }).__benchReady);
  if (ready.value !== 'true') throw new Error(`${page.id}: ready flag is "${ready.value}"`);
  const styleLayers = await p.evaluate(() => window.__map?.getStyle().layers.length ?? -1);
  const cdp = await context.newCDPSession(p);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await Promise.all(pending);
  await context.close();
  return { readyMs: ready.at, heapUsed: heap.usedSize, styleLayers, loaded, external, errors };
}

// ---------------------------------------------------------------------------------------------- main

interface Row {
  group: string;
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  baselineName: string;
  ratio: number | null;
}

interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: string;
  met: boolean;
  margin: string;
}

async function browserBench(): Promise<{ visits: Record<PageKind['id'], Visit[]>; chromium: string }> {
  const app = `http://127.0.0.1:${APP_PORT}/`;
  const bare = `http://127.0.0.1:${BARE_PORT}/`;
  const pages: PageKind[] = [
    { id: 'app', url: app, flag: 'mapReady' },
    { id: 'bare', url: bare, flag: 'mapReady' },
    { id: 'app-pmtiles', url: `${app}?demo=pmtiles`, flag: 'demoReady' },
    { id: 'bare-pmtiles', url: `${bare}?pmtiles=1`, flag: 'demoReady' },
  ];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const visits = { app: [], bare: [], 'app-pmtiles': [], 'bare-pmtiles': [] } as Record<PageKind['id'], Visit[]>;
  try {
    // Warm-up (server file cache, Chromium's compiled shaders and code caches are per context anyway): not kept.
    for (const pg of pages) await visit(browser, pg, false);
    for (let r = 0; r < RUNS; r++) {
      // Alternate the order (ABCD, DCBA, …) so drift in machine load hits every page alike.
      const order = r % 2 === 0 ? pages : [...pages].reverse();
      for (const pg of order) {
        const v = await visit(browser, pg, pg.id === 'app' && visits.app.length === 0);
        visits[pg.id].push(v);
      }
      log(`browser run ${r + 1}/${RUNS}: ${pages.map((pg) => `${pg.id} ${visits[pg.id].at(-1)!.readyMs.toFixed(0)} ms`).join(', ')}`);
    }
    return { visits, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg();
  if (!existsSync(join(root, APP_DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run bench` (it builds first)');
  log('building the bare page → dist-bench-bare/');
  run(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'bench/bare/vite.config.ts']);
  log('building the 100k synthetic PMTiles archive');
  const pm = writeSyntheticPmtiles(join(root, APP_DIST, DEMO_FILE));
  mkdirSync(join(root, BARE_DIST, 'demo'), { recursive: true });
  copyFileSync(join(root, APP_DIST, DEMO_FILE), join(root, BARE_DIST, DEMO_FILE));
  log(`  ${(pm.stats.bytes / 1e6).toFixed(2)} MB, ${pm.stats.addressedTiles} tiles, built in ${(pm.stats.buildMs / 1000).toFixed(1)} s`);

  const servers = [serve(APP_DIST, APP_PORT), serve(BARE_DIST, BARE_PORT)];
  let browserResult: Awaited<ReturnType<typeof browserBench>>;
  try {
    await Promise.all([waitUp(`http://127.0.0.1:${APP_PORT}/`, 90_000), waitUp(`http://127.0.0.1:${BARE_PORT}/`, 90_000)]);
    browserResult = await browserBench();
  } finally {
    servers.forEach(stop);
  }
  const { visits } = browserResult;
  const problems: string[] = [];
  for (const [id, vs] of Object.entries(visits)) {
    const ext = vs.flatMap((v) => v.external);
    const errs = vs.flatMap((v) => v.errors);
    if (ext.length) problems.push(`${id}: external requests ${[...new Set(ext)].join(', ')}`);
    if (errs.length) problems.push(`${id}: page errors ${[...new Set(errs)].join(' | ')}`);
  }
  const layersApp = visits.app[0]!.styleLayers;
  const layersBare = visits.bare[0]!.styleLayers;
  if (layersApp !== layersBare) problems.push(`style layers differ: app ${layersApp}, bare ${layersBare}`);

  log('Node benches: analysis queries');
  const analysis = await runAnalysisBench();
  log('Node benches: search');
  const search = await runSearchBench();
  log('Node benches: tour order');
  const route = await runRouteBench();

  // ------------------------------------------------------------------ rows
  const rows: Row[] = [];
  const add = (group: string, name: string, value: number, unit: string, baseline: number | null, baselineName: string) =>
    rows.push({ group, name, value, unit, baseline, baselineName, ratio: baseline ? value / baseline : null });
  const med = (id: PageKind['id'], f: (v: Visit) => number) => median(visits[id].map(f));

  add('load', 'navigation → map idle, app', med('app', (v) => v.readyMs), 'ms', med('bare', (v) => v.readyMs), 'bare MapLibre page');
  add('load', 'navigation → 100k PMTiles layer drawn, app ?demo=pmtiles', med('app-pmtiles', (v) => v.readyMs), 'ms', med('bare-pmtiles', (v) => v.readyMs), 'bare page + same layer');
  // Same run's A and B were visited back to back: the median of those paired ratios resists drift in machine load.
  const paired = (a: PageKind['id'], b: PageKind['id']) => median(visits[a].map((v, i) => v.readyMs / visits[b][i]!.readyMs));
  add('load', 'idle ratio, median of per-run pairs (app / bare)', paired('app', 'bare'), '×', null, '');
  add('load', 'idle ratio, median of per-run pairs (demo)', paired('app-pmtiles', 'bare-pmtiles'), '×', null, '');
  add('load', 'JS heap used after load, app', med('app', (v) => v.heapUsed) / 1e6, 'MB', med('bare', (v) => v.heapUsed) / 1e6, 'bare MapLibre page');
  add('load', 'JS heap used after load, app ?demo=pmtiles', med('app-pmtiles', (v) => v.heapUsed) / 1e6, 'MB', med('bare-pmtiles', (v) => v.heapUsed) / 1e6, 'bare page + same layer');

  const loaded = visits.app[0]!.loaded;
  const isMaplibre = (l: Loaded) => /\/maplibre-gl-(worker-)?[^/]*\.m?js$/.test(l.url);
  const js = loaded.filter((l) => l.kind === 'js');
  const css = loaded.filter((l) => l.kind === 'css');
  const geo = loaded.filter((l) => l.kind === 'geodata');
  const sum = (ls: Loaded[], k: 'raw' | 'gzip') => ls.reduce((s, l) => s + l[k], 0);
  const maplibreJs = js.filter(isMaplibre);
  if (maplibreJs.length < 2) problems.push(`expected maplibre-gl main chunk and worker among the loaded JS, found: ${maplibreJs.map((l) => l.url).join(', ')}`);
  const mlGzip = sum(maplibreJs, 'gzip');
  const mlRaw = sum(maplibreJs, 'raw');
  add('bytes', 'first-load JS, gzip (all chunks + MapLibre worker)', sum(js, 'gzip') / KB, 'kB', mlGzip / KB, 'maplibre-gl chunk + worker');
  add('bytes', 'first-load JS, raw', sum(js, 'raw') / KB, 'kB', mlRaw / KB, 'maplibre-gl chunk + worker');
  add('bytes', 'app JS beyond maplibre-gl, gzip', (sum(js, 'gzip') - mlGzip) / KB, 'kB', BUDGET.appJsOverMaplibreGzip / KB, 'budget');
  add('bytes', 'first-load CSS, gzip', sum(css, 'gzip') / KB, 'kB', null, '');
  add('bytes', 'geodata loaded by default, gzip', sum(geo, 'gzip') / KB, 'kB', BUDGET.geodataGzip / KB, 'budget');
  add('bytes', 'geodata loaded by default, raw', sum(geo, 'raw') / KB, 'kB', null, '');
  add('bytes', 'PMTiles demo archive (100k synthetic points, not loaded whole)', pm.stats.bytes / KB, 'kB', null, '');

  for (const r of analysis) add('analysis', r.name, r.ms, 'ms/query', r.baselineMs, 'Turf scan of every point');
  for (const r of search) add('search', r.name, r.ms, 'ms', r.baselineMs, 'naive includes() scan');
  for (const r of route) add('tour', `${r.name} (${r.method}; ${(r.distanceM / 1000).toFixed(1)} km vs NN ${(r.baselineDistanceM / 1000).toFixed(1)} km)`, r.ms, 'ms/solve', r.baselineMs, 'nearest-neighbour order');

  // ------------------------------------------------------------------ budgets
  const budgets: Budget[] = [];
  const budget = (name: string, value: number, limit: number, unit: string) =>
    budgets.push({
      name,
      value,
      limit,
      unit,
      met: value <= limit,
      margin: value <= limit ? `${fmt(limit - value)} ${unit} to spare` : `missed by ${fmt(value - limit)} ${unit} (${(((value - limit) / limit) * 100).toFixed(0)} %)`,
    });
  const idle = rows[0]!, idleDemo = rows[1]!;
  budget('idle ratio app / bare ≤ 1.25', idle.ratio!, BUDGET.idleRatio, '×');
  budget('idle ratio app ?demo=pmtiles / bare + layer ≤ 1.25', idleDemo.ratio!, BUDGET.idleRatio, '×');
  budget('first-load JS gzip ≤ maplibre-gl + 120 kB', sum(js, 'gzip') / KB, (mlGzip + BUDGET.appJsOverMaplibreGzip) / KB, 'kB');
  budget('default geodata ≤ 600 kB gzip', sum(geo, 'gzip') / KB, BUDGET.geodataGzip / KB, 'kB');
  for (const r of analysis.filter((a) => a.name.endsWith('@100000'))) budget(`${r.name} < 16 ms`, r.ms, BUDGET.pointQueryMs, 'ms');

  // ------------------------------------------------------------------ print
  const loadAfter = loadavg();
  console.log(`\nLanzhou Cultural Map bench — ${new Date().toISOString()} — ${RUNS} browser runs per page (median), ${QUICK ? 'QUICK' : 'full'}`);
  console.log(`${osType()} ${release()}, ${cpus().length}× ${cpus()[0]?.model ?? '?'}, node ${process.version}, chromium ${browserResult.chromium}, load average ${loadBefore.map((x) => x.toFixed(2)).join('/')} → ${loadAfter.map((x) => x.toFixed(2)).join('/')}\n`);
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'figure'.padEnd(w)}  ${'value'.padStart(10)}  ${'baseline'.padStart(10)}  ${'ratio'.padStart(8)}  unit / baseline`);
  let group = '';
  for (const r of rows) {
    if (r.group !== group) console.log(`— ${(group = r.group)}`);
    console.log(`${r.name.padEnd(w)}  ${fmt(r.value).padStart(10)}  ${(r.baseline === null ? '–' : fmt(r.baseline)).padStart(10)}  ${(r.ratio === null ? '–' : r.ratio.toFixed(3)).padStart(8)}  ${r.unit}${r.baselineName ? ` / ${r.baselineName}` : ''}`);
  }
  console.log('\nfirst-load files requested by the app page (raw / gzip -9, bytes):');
  for (const l of [...js, ...css, ...geo].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${l.url.padEnd(60)} ${String(l.raw).padStart(9)} ${String(l.gzip).padStart(9)}`);
  console.log(`style layers: app ${layersApp}, bare ${layersBare}`);
  console.log('\nbudgets:');
  for (const b of budgets) console.log(`  ${b.met ? 'MET   ' : 'MISSED'} ${b.name}: ${fmt(b.value)} ${b.unit} (limit ${fmt(b.limit)}) — ${b.margin}`);
  for (const p of problems) console.log(`  PROBLEM ${p}`);

  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    browserRuns: RUNS,
    durationS: Math.round((Date.now() - started) / 1000),
    machine: {
      os: `${osType()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      chromium: browserResult.chromium,
      webgl: 'SwiftShader (software), --use-angle=swiftshader',
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      note: 'Shared 2-core machine with other engineers working; figures are noisy. Ratios (A/B alternating in one run) are more stable than absolute times.',
    },
    method: {
      idle: 'performance.now() in the page when body[data-map-ready] (or data-demo-ready for the PMTiles layer) is set on the first map idle; fresh browser context per visit (cold cache, service workers blocked); 1 warm-up visit per page not kept',
      bytes: 'bodies of every response to the app page and its workers on the first measured visit, gzip level 9 per file; maplibre-gl = its own chunk + its worker',
      heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage (main thread)',
      units: 'kB = 1000 bytes, MB = 10^6 bytes',
    },
    rows,
    budgets,
    problems,
    firstLoadFiles: [...js, ...css, ...geo],
    styleLayers: { app: layersApp, bare: layersBare },
    pmtiles: pm.stats,
    raw: Object.fromEntries(Object.entries(visits).map(([id, vs]) => [id, { readyMs: vs.map((v) => Math.round(v.readyMs)), heapUsed: vs.map((v) => v.heapUsed) }])),
  };
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote bench/results.json (${results.durationS} s)`);
}

function fmt(x: number): string {
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 0.1 ? x.toFixed(2) : x.toFixed(4);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
