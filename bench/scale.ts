// The ten-thousand-sites scenario of `npm run bench`. A bench build of the app (VITE_BENCH_SITES=1,
// dist-bench-app/) is visited alternately with today's data and with ?synthetic=1 (10,000 synthetic sites from
// bench/synthetic-app-sites.ts added through the real path: fetch, narrowing, catalogue, filters, list, search,
// clustering). Each visit measures, in the page's own clock:
//   - navigation → first map idle (budget: ≤ 1.5× the same build with today's data);
//   - filter change (a layer switched off in the layers panel) → the new data handed to the map (the app's own
//     handlers), → the first frame drawn with the new places, → the map's next idle (budget < 100 ms);
//   - list render: the List button clicked until two frames later (rows built and laid out), and rows in the DOM;
//   - list scroll: 60 frames scrolling the list, frame intervals → frames per second (60 fps wanted);
//   - search: first focus of the search box, "兰" typed, until the first result is shown;
//   - JS heap after all that (after a forced GC).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serve, stop, visit, waitUp } from './browser';
import type { Visit } from './browser';
import { median } from './breakdown';
import type { Report } from './report';

export interface ScaleOptions {
  root: string;
  port: number;
  runs: number;
  report: Report;
  problems: string[];
  log: (msg: string) => void;
}

interface Interactions {
  /** Click → the app's handlers done and the new data handed to the map (setData/updateData called). */
  filterHandedMs: number;
  /** Click → the first frame drawn with the new places (worker done, tiles laid out again). */
  filterDrawnMs: number;
  /** Click → the map's next idle (every fade and placement done). */
  filterMs: number;
  listMs: number;
  listRows: number;
  scrollFps: number;
  scrollWorstFrameMs: number;
  searchMs: number;
}

const DIST = 'dist-bench-app';
const BUDGET = { idleRatio: 1.5, filterMs: 100, fps: 60 };

/** Runs in the page after the first idle; every time is performance.now() in the page. */
async function interact(p: Page): Promise<Interactions> {
  // The lang is English (?lang=en), so controls are found by their English names, as a person reads them.
  const filter = await p.evaluate(async () => {
    const input = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((i) =>
      /^Museums/.test(i.labels?.[0]?.textContent?.trim() ?? ''),
    );
    if (!input) return { handedMs: NaN, drawnMs: NaN, idleMs: NaN };
    const map = window.__map!;
    const PLACES = 'lcm-src-places'; // src/map/place-layers.ts PLACES_SOURCE
    // Listeners passed inline and never removed (the page is closed after the visit): a named function here
    // would be wrapped in __name() by the bench's TypeScript runner, which the page does not have.
    let content = false;
    map.on('sourcedata', (e: { sourceId?: string; sourceDataType?: string }) => {
      if (e.sourceId === PLACES && e.sourceDataType === 'content') content = true;
    });
    const t0 = performance.now();
    // The first frame rendered after the worker has the new places and their tiles are laid out again.
    const drawn = new Promise<number>((res) =>
      map.on('render', () => {
        if (content && map.isSourceLoaded(PLACES)) res(performance.now() - t0);
      }),
    );
    const idle = new Promise<number>((res) => map.once('idle', () => res(performance.now() - t0)));
    input.click();
    // The click's handlers run synchronously: filters, counts, list, and the data handed to the map (setData).
    const handedMs = performance.now() - t0;
    const timeout = new Promise<number>((res) => setTimeout(() => res(NaN), 30_000));
    const drawnMs = await Promise.race([drawn, timeout]);
    const idleMs = await Promise.race([idle, timeout]);
    return { handedMs, drawnMs, idleMs };
  });
  const list = await p.evaluate(async () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === 'List',
    );
    if (!button) return { ms: NaN, rows: 0 };
    // No named helper functions inside page.evaluate: the bench's TypeScript runner would wrap them in __name().
    const t0 = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return {
      ms: performance.now() - t0,
      rows: document.querySelectorAll('#list-panel li, #list-panel [role=option], #list-panel [role=row]').length,
    };
  });
  const scroll = await p.evaluate(async () => {
    const row = document.querySelector('#list-panel li, #list-panel [role=option], #list-panel [role=row]');
    let el: HTMLElement | null = row as HTMLElement | null;
    while (el && !(el.scrollHeight > el.clientHeight + 4 && /auto|scroll/.test(getComputedStyle(el).overflowY)))
      el = el.parentElement;
    if (!el) return { fps: NaN, worst: NaN };
    const times: number[] = [await new Promise<number>((r) => requestAnimationFrame(r))];
    for (let i = 0; i < 60; i++) {
      el.scrollTop += 120;
      times.push(await new Promise<number>((r) => requestAnimationFrame(r)));
    }
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    return { fps: (1000 * gaps.length) / (times.at(-1)! - times[0]!), worst: Math.max(...gaps) };
  });
  const searchMs = await p.evaluate(async () => {
    const box = [...document.querySelectorAll<HTMLInputElement>('input[role=combobox]')][0];
    if (!box) return NaN;
    const t0 = performance.now();
    const shown = new Promise<number>((res) => {
      const obs = new MutationObserver(() => {
        if (document.querySelector('[role=listbox] [role=option]')) {
          obs.disconnect();
          res(performance.now() - t0);
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    box.focus();
    box.value = '兰';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return Promise.race([shown, new Promise<number>((res) => setTimeout(() => res(NaN), 30_000))]);
  });
  return {
    filterHandedMs: filter.handedMs,
    filterDrawnMs: filter.drawnMs,
    filterMs: filter.idleMs,
    listMs: list.ms,
    listRows: list.rows,
    scrollFps: scroll.fps,
    scrollWorstFrameMs: scroll.worst,
    searchMs,
  };
}

export async function runScaleBench(browser: Browser, o: ScaleOptions): Promise<unknown> {
  o.log(`building the app with the bench's synthetic sites → ${DIST}/`);
  const r = spawnSync(join(o.root, 'node_modules', '.bin', 'vite'), ['build', '--outDir', DIST, '--logLevel', 'warn'], {
    cwd: o.root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, VITE_BENCH_SITES: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (r.status !== 0) throw new Error(`bench build failed (${r.status})`);
  const server = serve(DIST, o.port);
  const base = `http://127.0.0.1:${o.port}/?lang=en`;
  const pages = [
    { id: 'today', url: base, flag: 'mapReady' as const },
    { id: '10k', url: `${base}&synthetic=1`, flag: 'mapReady' as const },
  ];
  const visits: Record<string, Visit[]> = { today: [], '10k': [] };
  const acts: Record<string, Interactions[]> = { today: [], '10k': [] };
  try {
    await waitUp(base, 90_000);
    for (const pg of pages) await visit(browser, pg); // warm-up, not kept
    for (let i = 0; i < o.runs; i++) {
      for (const pg of i % 2 === 0 ? pages : [...pages].reverse()) {
        let got: Interactions | undefined;
        const v = await visit(browser, pg, { after: async (p) => void (got = await interact(p)) });
        visits[pg.id]!.push(v);
        acts[pg.id]!.push(got!);
      }
      o.log(
        `scale run ${i + 1}/${o.runs}: today ${visits.today!.at(-1)!.readyMs.toFixed(0)} ms, 10k ${visits['10k']!.at(-1)!.readyMs.toFixed(0)} ms`,
      );
    }
  } finally {
    stop(server);
  }
  for (const [id, vs] of Object.entries(visits)) {
    const errs = [...new Set(vs.flatMap((v) => v.errors))];
    if (errs.length) o.problems.push(`scale ${id}: page errors ${errs.join(' | ')}`);
  }
  const m = (id: string, f: (a: Interactions) => number) => median(acts[id]!.map(f).filter((x) => Number.isFinite(x)));
  const mv = (id: string, f: (v: Visit) => number) => median(visits[id]!.map(f));
  const paired = median(visits['10k']!.map((v, i) => v.readyMs / visits.today![i]!.readyMs));
  const R = o.report;
  R.add(
    'scale',
    'navigation → map idle, 10,000 synthetic sites (bench build)',
    mv('10k', (v) => v.readyMs),
    'ms',
    mv('today', (v) => v.readyMs),
    "same build, today's data",
  );
  R.add('scale', 'idle ratio 10k / today, median of per-run pairs', paired, '×', null, '');
  R.add(
    'scale',
    'filter change (layer off) → data handed to the map, 10k',
    m('10k', (a) => a.filterHandedMs),
    'ms',
    m('today', (a) => a.filterHandedMs),
    "today's data",
  );
  R.add(
    'scale',
    'filter change (layer off) → first frame with the new places, 10k',
    m('10k', (a) => a.filterDrawnMs),
    'ms',
    m('today', (a) => a.filterDrawnMs),
    "today's data",
  );
  R.add(
    'scale',
    'filter change (layer off) → map idle, 10k',
    m('10k', (a) => a.filterMs),
    'ms',
    m('today', (a) => a.filterMs),
    "today's data",
  );
  R.add(
    'scale',
    'list opened → rows laid out (2 frames), 10k',
    m('10k', (a) => a.listMs),
    'ms',
    m('today', (a) => a.listMs),
    "today's data",
  );
  R.add(
    'scale',
    'list rows in the DOM, 10k',
    m('10k', (a) => a.listRows),
    'rows',
    m('today', (a) => a.listRows),
    "today's data",
  );
  R.add(
    'scale',
    'list scroll, frames per second, 10k',
    m('10k', (a) => a.scrollFps),
    'fps',
    m('today', (a) => a.scrollFps),
    "today's data",
  );
  R.add(
    'scale',
    'list scroll, worst frame, 10k',
    m('10k', (a) => a.scrollWorstFrameMs),
    'ms',
    m('today', (a) => a.scrollWorstFrameMs),
    "today's data",
  );
  R.add(
    'scale',
    'search: first focus + "兰" → first result shown, 10k',
    m('10k', (a) => a.searchMs),
    'ms',
    m('today', (a) => a.searchMs),
    "today's data",
  );
  R.add(
    'scale',
    'JS heap after load and interactions, 10k',
    mv('10k', (v) => v.heapUsed) / 1e6,
    'MB',
    mv('today', (v) => v.heapUsed) / 1e6,
    "today's data",
  );
  R.budget("10k sites: idle ≤ 1.5× today's data", paired, BUDGET.idleRatio, '×');
  R.budget(
    '10k sites: filter change → map updated < 100 ms',
    m('10k', (a) => a.filterMs),
    BUDGET.filterMs,
    'ms',
    true,
  );
  // 60 Hz frames, measured as frames over elapsed time: 58 allows for the timer's rounding.
  R.budgetAtLeast(
    '10k sites: list scroll ≥ 58 fps (60 fps wanted)',
    m('10k', (a) => a.scrollFps),
    58,
    'fps',
  );
  return {
    visits: Object.fromEntries(
      Object.entries(visits).map(([k, vs]) => [
        k,
        vs.map((v) => ({ readyMs: Math.round(v.readyMs), heapUsed: v.heapUsed, work: v.work })),
      ]),
    ),
    interactions: acts,
  };
}
