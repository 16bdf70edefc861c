// `npm run bench` (not part of `npm test`). The npm script builds the app into dist/ first; this then
//   1. builds the bare MapLibre page (bench/bare/) into dist-bench-bare/ and the 100k synthetic PMTiles archive
//      into both build directories (it is reproducible from a seed, so it is not committed);
//   2. serves both with `vite preview` on 127.0.0.1 (BENCH_PORT, default 4194, and the port after it) and, in
//      headless Debian Chromium (software WebGL, every non-loopback request aborted — so the app draws its
//      embedded base map, the fallback a user without network gets), measures alternating A/B/C, median of
//      RUNS each: navigation → first map idle for the app, the same-style bare page (the app's own style, no UI)
//      and the plain page (bench/plain-style.ts: the same files, one plain layer per geometry kind); app
//      ?demo=pmtiles vs bare ?pmtiles=1; JS heap after load; the start-up breakdown from the pages' lcm:*
//      performance marks and a main-thread CPU profile of one extra visit each; the JS, CSS and geodata the
//      app page requested (raw and gzip -9 per file) against maplibre-gl's own chunks;
//   3. runs the ten-thousand-sites scenario (bench/scale.ts) on a bench-only build of the app (dist-bench-app/);
//   4. runs the Node benches (analysis queries, search at 10k names, tour order);
//   5. prints one table (every figure with its baseline and ratio), checks the budgets and writes
//      bench/results.json with the machine (OS, CPUs, load average, Node, Chromium).
// BENCH_QUICK=1: 3 browser runs per page instead of 9. BENCH_ONLY=load|scale|node runs one part.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/browser';
import { writeSyntheticPmtiles } from '../scripts/build-pmtiles';
import { onlineBasemapOrigins } from '../src/config/basemaps';
import { runAnalysisBench } from './analysis-bench';
import { runSearchBench } from './search-bench';
import { runRouteBench } from './route-bench';
import { serve, stop, visit, waitUp } from './browser';
import type { Loaded, PageKind, Visit } from './browser';
import { median, medianPhases, summariseProfile } from './breakdown';
import type { CpuCategory, Phase } from './breakdown';
import { Report, fmt } from './report';
import { runScaleBench } from './scale';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.env.BENCH_QUICK === '1';
const ONLY = process.env.BENCH_ONLY ?? '';
const RUNS = QUICK ? 3 : 9; // odd so the median is one run
// Not 4190: it is on the Fetch standard's blocked-port list (ManageSieve). BENCH_PORT moves every server
// (port, port + 1, …), so two benches on one machine do not collide.
const APP_PORT = Number(process.env.BENCH_PORT ?? 4194);
const BARE_PORT = APP_PORT + 1;
const APP_DIST = 'dist';
const BARE_DIST = 'dist-bench-bare';
const DEMO_FILE = 'demo/synthetic-100k.pmtiles';
const KB = 1000; // budgets are in kB (10^3 bytes)
const BUDGET = {
  vsPlain: 1.15,
  vsSameStyle: 1.1,
  demoRatio: 1.25,
  appJsOverMaplibreGzip: 120 * KB,
  geodataGzip: 600 * KB,
  pointQueryMs: 16,
  searchFirstMs: 100,
  keystrokeMs: 10,
};

type PageId = 'app' | 'same' | 'plain' | 'app-pmtiles' | 'bare-pmtiles';

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

function run(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

interface LoadResult {
  visits: Record<PageId, Visit[]>;
  profiles: Partial<Record<PageId, Record<CpuCategory, number>>>;
}

async function loadBench(browser: Browser): Promise<LoadResult> {
  const app = `http://127.0.0.1:${APP_PORT}/`;
  const bare = `http://127.0.0.1:${BARE_PORT}/`;
  const pages: Array<PageKind & { id: PageId }> = [
    { id: 'app', url: app, flag: 'mapReady' },
    { id: 'same', url: bare, flag: 'mapReady' },
    { id: 'plain', url: `${bare}?plain=1`, flag: 'mapReady' },
    { id: 'app-pmtiles', url: `${app}?demo=pmtiles`, flag: 'demoReady' },
    { id: 'bare-pmtiles', url: `${bare}?pmtiles=1`, flag: 'demoReady' },
  ];
  const visits = { app: [], same: [], plain: [], 'app-pmtiles': [], 'bare-pmtiles': [] } as Record<PageId, Visit[]>;
  // Warm-up (server file cache, Chromium's compiled shaders; code caches are per context anyway): not kept.
  for (const pg of pages) await visit(browser, pg);
  for (let r = 0; r < RUNS; r++) {
    // Alternate the order (ABCDE, EDCBA, …) so drift in machine load hits every page alike.
    const order = r % 2 === 0 ? pages : [...pages].reverse();
    for (const pg of order)
      visits[pg.id].push(await visit(browser, pg, { record: pg.id === 'app' && visits.app.length === 0 }));
    log(
      `browser run ${r + 1}/${RUNS} (load ${loadavg()[0]!.toFixed(2)}): ${pages.map((pg) => `${pg.id} ${visits[pg.id].at(-1)!.readyMs.toFixed(0)} ms`).join(', ')}`,
    );
  }
  // One profiled visit per page (profiling slows the page; these are not among the timed runs).
  const profiles: LoadResult['profiles'] = {};
  for (const pg of pages.slice(0, 3)) {
    const v = await visit(browser, pg, { profile: true });
    if (v.profile) profiles[pg.id] = summariseProfile(v.profile);
  }
  return { visits, profiles };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg();
  const report = new Report();
  const problems: string[] = [];
  const results: Record<string, unknown> = {};
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    if (!ONLY || ONLY === 'load') await loadPart(browser, report, problems, results);
    if (!ONLY || ONLY === 'scale') {
      results['scale'] = await runScaleBench(browser, {
        root,
        port: APP_PORT + 2,
        runs: QUICK ? 3 : 5,
        report,
        problems,
        log,
      });
    }
    results['chromium'] = browser.version();
  } finally {
    await browser.close();
  }
  if (!ONLY || ONLY === 'node') await nodePart(report);

  const loadAfter = loadavg();
  const out = (s: string) => console.log(s);
  out(
    `\nLanzhou Cultural Map bench — ${new Date().toISOString()} — ${RUNS} browser runs per page (median), ${QUICK ? 'QUICK' : 'full'}${ONLY ? `, only ${ONLY}` : ''}`,
  );
  out(
    `${osType()} ${release()}, ${cpus().length}× ${cpus()[0]?.model ?? '?'}, node ${process.version}, chromium ${String(results['chromium'])}, load average ${loadBefore.map((x) => x.toFixed(2)).join('/')} → ${loadAfter.map((x) => x.toFixed(2)).join('/')}`,
  );
  out(
    'The app is measured with the network cut: every non-loopback request (the online base map) is aborted, so it draws its embedded fallback.\n',
  );
  report.print(out);
  const bd = results['breakdown'] as { phases: Record<string, Phase[]>; cpu: LoadResult['profiles'] } | undefined;
  if (bd) printBreakdown(out, bd.phases, bd.cpu);
  const files = results['firstLoadFiles'] as Loaded[] | undefined;
  if (files) {
    out('\nfirst-load files requested by the app page (raw / gzip -9, bytes):');
    for (const l of [...files].sort((a, b) => b.gzip - a.gzip))
      out(`  ${l.url.padEnd(60)} ${String(l.raw).padStart(9)} ${String(l.gzip).padStart(9)}`);
  }
  if (results['styleLayers']) out(`style layers: ${JSON.stringify(results['styleLayers'])}`);
  out('\nbudgets:');
  report.printBudgets(out);
  for (const p of problems) out(`  PROBLEM ${p}`);

  const durationS = Math.round((Date.now() - started) / 1000);
  const json = {
    date: new Date().toISOString(),
    quick: QUICK,
    only: ONLY || null,
    browserRuns: RUNS,
    durationS,
    machine: {
      os: `${osType()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      chromium: results['chromium'],
      webgl: 'SwiftShader (software), --use-angle=swiftshader',
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      note: 'Shared 2-core machine with other engineers working; figures are noisy. Ratios (A/B alternating in one run) are more stable than absolute times.',
    },
    method: {
      idle: 'performance.now() in the page when body[data-map-ready] (or data-demo-ready for the PMTiles layer) is set on the first map idle; fresh browser context per visit (cold cache, service workers blocked); 1 warm-up visit per page not kept; every non-loopback request aborted (the app falls back to its embedded base map)',
      baselines:
        "same-style: bench/bare/ with the app's own style (src/map/style.ts + overlays) and no UI; plain: bench/bare/?plain=1, the same shipped files as worker-loaded GeoJSON sources with one plain layer per geometry kind (bench/plain-style.ts)",
      breakdown:
        'lcm:* performance marks (src/main.ts, bench/bare/bare.ts), median per phase; CPU: one extra profiled visit per page, V8 sampling profiler (200 µs), main thread only, samples charged to the leaf frame seen with its callers',
      bytes:
        'bodies of every response to the app page and its workers on the first measured visit, gzip level 9 per file; maplibre-gl = its own chunk + its worker',
      heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage (main thread)',
      units: 'kB = 1000 bytes, MB = 10^6 bytes',
    },
    rows: report.rows,
    budgets: report.budgets,
    problems,
    ...results,
  };
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(json, null, 2) + '\n');
  out(`\nwrote bench/results.json (${durationS} s)`);
}

async function loadPart(
  browser: Browser,
  report: Report,
  problems: string[],
  results: Record<string, unknown>,
): Promise<void> {
  if (!existsSync(join(root, APP_DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run bench` (it builds first)');
  log('building the bare and plain pages → dist-bench-bare/');
  run(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'bench/bare/vite.config.ts']);
  log('building the 100k synthetic PMTiles archive');
  const pm = writeSyntheticPmtiles(join(root, APP_DIST, DEMO_FILE));
  mkdirSync(join(root, BARE_DIST, 'demo'), { recursive: true });
  copyFileSync(join(root, APP_DIST, DEMO_FILE), join(root, BARE_DIST, DEMO_FILE));
  log(
    `  ${(pm.stats.bytes / 1e6).toFixed(2)} MB, ${pm.stats.addressedTiles} tiles, built in ${(pm.stats.buildMs / 1000).toFixed(1)} s`,
  );

  const servers = [serve(APP_DIST, APP_PORT), serve(BARE_DIST, BARE_PORT)];
  let r: LoadResult;
  try {
    await Promise.all([
      waitUp(`http://127.0.0.1:${APP_PORT}/`, 90_000),
      waitUp(`http://127.0.0.1:${BARE_PORT}/`, 90_000),
    ]);
    r = await loadBench(browser);
  } finally {
    servers.forEach(stop);
  }
  const { visits } = r;
  // The bare pages must not reach out at all; the app only for the online base map (aborted: the fallback is measured).
  const basemapOrigins = onlineBasemapOrigins();
  const isBasemap = (u: string) =>
    basemapOrigins.some((o) => u.startsWith(o)) || /tile|basemap|openfreemap|openstreetmap/i.test(new URL(u).hostname);
  for (const [id, vs] of Object.entries(visits)) {
    const ext = [...new Set(vs.flatMap((v) => v.external))];
    const bad = id.startsWith('app') ? ext.filter((u) => !isBasemap(u)) : ext;
    if (bad.length) problems.push(`${id}: unexpected external requests ${bad.join(', ')}`);
    const errs = [...new Set(vs.flatMap((v) => v.errors))];
    if (errs.length) problems.push(`${id}: page errors ${errs.join(' | ')}`);
  }
  const aborted = visits.app[0]!.external.length;
  results['networkCut'] = {
    appAbortedRequestsFirstVisit: aborted,
    origins: [...new Set(visits.app.flatMap((v) => v.external.map((u) => new URL(u).origin)))],
  };

  const med = (id: PageId, f: (v: Visit) => number) => median(visits[id].map(f));
  const paired = (a: PageId, b: PageId) => median(visits[a].map((v, i) => v.readyMs / visits[b][i]!.readyMs));
  const idle = (v: Visit) => v.readyMs;
  report.add(
    'load',
    'navigation → map idle, app (network cut: embedded base map)',
    med('app', idle),
    'ms',
    med('plain', idle),
    'plain MapLibre page',
  );
  report.add('load', 'navigation → map idle, app', med('app', idle), 'ms', med('same', idle), 'same-style bare page');
  report.add(
    'load',
    'navigation → map idle, same-style bare page',
    med('same', idle),
    'ms',
    med('plain', idle),
    'plain MapLibre page',
  );
  const vsPlain = report.add(
    'load',
    'idle ratio app / plain, median of per-run pairs',
    paired('app', 'plain'),
    '×',
    null,
    '',
  );
  const vsSame = report.add(
    'load',
    'idle ratio app / same-style, median of per-run pairs',
    paired('app', 'same'),
    '×',
    null,
    '',
  );
  report.add(
    'load',
    'navigation → 100k PMTiles layer drawn, app ?demo=pmtiles',
    med('app-pmtiles', idle),
    'ms',
    med('bare-pmtiles', idle),
    'bare page + same layer',
  );
  const demo = report.add(
    'load',
    'idle ratio, median of per-run pairs (demo)',
    paired('app-pmtiles', 'bare-pmtiles'),
    '×',
    null,
    '',
  );
  report.add(
    'load',
    'JS heap used after load, app',
    med('app', (v) => v.heapUsed) / 1e6,
    'MB',
    med('plain', (v) => v.heapUsed) / 1e6,
    'plain MapLibre page',
  );
  report.add(
    'load',
    'JS heap used after load, app ?demo=pmtiles',
    med('app-pmtiles', (v) => v.heapUsed) / 1e6,
    'MB',
    med('bare-pmtiles', (v) => v.heapUsed) / 1e6,
    'bare page + same layer',
  );
  report.add(
    'work',
    'style layers, app',
    visits.app[0]!.styleLayers,
    'layers',
    visits.plain[0]!.styleLayers,
    'plain MapLibre page',
  );
  report.add(
    'work',
    'style layers, same-style page',
    visits.same[0]!.styleLayers,
    'layers',
    visits.plain[0]!.styleLayers,
    'plain MapLibre page',
  );
  const work = (id: PageId, k: keyof Visit['work']) => med(id, (v) => v.work[k]);
  for (const [k, what] of [
    ['sources', 'map sources'],
    ['tiles', 'GeoJSON tiles held at idle'],
    ['programs', 'shader programs compiled'],
  ] as const) {
    report.add('work', `${what}, app`, work('app', k), 'count', work('plain', k), 'plain MapLibre page');
  }

  const loaded = visits.app[0]!.loaded;
  const isMaplibre = (l: Loaded) => /\/maplibre-gl-(worker-)?[^/]*\.m?js$/.test(l.url);
  const js = loaded.filter((l) => l.kind === 'js');
  const css = loaded.filter((l) => l.kind === 'css');
  const geo = loaded.filter((l) => l.kind === 'geodata');
  const sum = (ls: Loaded[], k: 'raw' | 'gzip') => ls.reduce((s, l) => s + l[k], 0);
  const maplibreJs = js.filter(isMaplibre);
  if (maplibreJs.length < 2)
    problems.push(
      `expected maplibre-gl main chunk and worker among the loaded JS, found: ${maplibreJs.map((l) => l.url).join(', ')}`,
    );
  const mlGzip = sum(maplibreJs, 'gzip');
  report.add(
    'bytes',
    'first-load JS, gzip (all chunks + MapLibre worker)',
    sum(js, 'gzip') / KB,
    'kB',
    mlGzip / KB,
    'maplibre-gl chunk + worker',
  );
  report.add(
    'bytes',
    'first-load JS, raw',
    sum(js, 'raw') / KB,
    'kB',
    sum(maplibreJs, 'raw') / KB,
    'maplibre-gl chunk + worker',
  );
  report.add(
    'bytes',
    'app JS beyond maplibre-gl, gzip',
    (sum(js, 'gzip') - mlGzip) / KB,
    'kB',
    BUDGET.appJsOverMaplibreGzip / KB,
    'budget',
  );
  report.add('bytes', 'first-load CSS, gzip', sum(css, 'gzip') / KB, 'kB', null, '');
  report.add(
    'bytes',
    'geodata loaded by default, gzip',
    sum(geo, 'gzip') / KB,
    'kB',
    BUDGET.geodataGzip / KB,
    'budget',
  );
  report.add('bytes', 'geodata loaded by default, raw', sum(geo, 'raw') / KB, 'kB', null, '');
  report.add(
    'bytes',
    'PMTiles demo archive (100k synthetic points, not loaded whole)',
    pm.stats.bytes / KB,
    'kB',
    null,
    '',
  );

  report.budget('idle ratio app / plain page ≤ 1.15', vsPlain.value, BUDGET.vsPlain, '×');
  report.budget('idle ratio app / same-style page ≤ 1.10', vsSame.value, BUDGET.vsSameStyle, '×');
  report.budget('idle ratio app ?demo=pmtiles / bare + layer ≤ 1.25', demo.value, BUDGET.demoRatio, '×');
  report.budget(
    'first-load JS gzip ≤ maplibre-gl + 120 kB',
    sum(js, 'gzip') / KB,
    (mlGzip + BUDGET.appJsOverMaplibreGzip) / KB,
    'kB',
  );
  report.budget('default geodata ≤ 600 kB gzip', sum(geo, 'gzip') / KB, BUDGET.geodataGzip / KB, 'kB');

  results['breakdown'] = {
    phases: Object.fromEntries(
      (['app', 'same', 'plain'] as const).map((id) => [id, medianPhases(visits[id].map((v) => v.marks))]),
    ),
    cpu: r.profiles,
  };
  results['firstLoadFiles'] = [...js, ...css, ...geo];
  results['styleLayers'] = {
    app: visits.app[0]!.styleLayers,
    same: visits.same[0]!.styleLayers,
    plain: visits.plain[0]!.styleLayers,
  };
  results['pmtiles'] = pm.stats;
  results['raw'] = Object.fromEntries(
    Object.entries(visits).map(([id, vs]) => [
      id,
      { readyMs: vs.map((v) => Math.round(v.readyMs)), heapUsed: vs.map((v) => v.heapUsed) },
    ]),
  );
}

async function nodePart(report: Report): Promise<void> {
  log('Node benches: analysis queries');
  const analysis = await runAnalysisBench();
  log('Node benches: search');
  const search = await runSearchBench();
  log('Node benches: tour order');
  const route = await runRouteBench();
  for (const r of analysis) report.add('analysis', r.name, r.ms, 'ms/query', r.baselineMs, 'Turf scan of every point');
  for (const r of search)
    report.add(
      'search',
      r.name,
      r.ms,
      r.name.includes('size') ? 'kB' : 'ms',
      r.baselineMs,
      r.baselineName ?? 'naive includes() scan',
    );
  for (const r of route)
    report.add(
      'tour',
      `${r.name} (${r.method}; ${(r.distanceM / 1000).toFixed(1)} km vs NN ${(r.baselineDistanceM / 1000).toFixed(1)} km)`,
      r.ms,
      'ms/solve',
      r.baselineMs,
      'nearest-neighbour order',
    );
  for (const r of analysis.filter((a) => a.name.endsWith('@100000')))
    report.budget(`${r.name} < 16 ms`, r.ms, BUDGET.pointQueryMs, 'ms', true);
  const first = search.find((r) => r.name.startsWith('first result after first focus'));
  if (first)
    report.budget(
      'search: first result after first focus at 10,000 names < 100 ms',
      first.ms,
      BUDGET.searchFirstMs,
      'ms',
      true,
    );
  const keys = search.find((r) => /keystrokes: median$/.test(r.name));
  if (keys) report.budget('search: keystroke median at 10,000 names < 10 ms', keys.ms, BUDGET.keystrokeMs, 'ms', true);
}

function printBreakdown(out: (s: string) => void, phases: Record<string, Phase[]>, cpu: LoadResult['profiles']): void {
  out('\nstart-up breakdown (median ms per phase, from lcm:* marks; a page without a step folds it into the next):');
  const ids = Object.keys(phases);
  out(`  ${'phase'.padEnd(62)} ${ids.map((i) => i.padStart(8)).join(' ')}`);
  const labels = [...new Set(ids.flatMap((i) => phases[i]!.map((p) => p.label)))];
  for (const label of labels) {
    out(
      `  ${label.padEnd(62)} ${ids
        .map((i) => {
          const p = phases[i]!.find((x) => x.label === label);
          return (p ? fmt(p.ms) : '–').padStart(8);
        })
        .join(' ')}`,
    );
  }
  const cats = [...new Set(Object.values(cpu).flatMap((c) => Object.keys(c ?? {})))];
  if (!cats.length) return;
  const cid = Object.keys(cpu);
  out('\nmain-thread CPU by kind (ms, one profiled visit per page; navigation → ready):');
  out(`  ${'kind'.padEnd(62)} ${cid.map((i) => i.padStart(8)).join(' ')}`);
  for (const c of cats)
    out(
      `  ${c.padEnd(62)} ${cid.map((i) => fmt((cpu as Record<string, Record<string, number>>)[i]![c] ?? 0).padStart(8)).join(' ')}`,
    );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
