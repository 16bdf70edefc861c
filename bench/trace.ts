// One traced visit of a page, for finding where a start-up phase goes (not part of `npm run bench`):
//   npx tsx bench/trace.ts [url] [trace.json]        (url default http://127.0.0.1:4173/, e.g. `npm run preview`)
// Prints the page's lcm:* marks, the map's source events after `load` (which sources laid out tiles again, and
// when), and per thread the busy time between the `lcm:map-load` and `lcm:map-idle` marks, from a Chrome trace
// (playwright-core's CDP tracing) written to trace.json — open that in Chrome's Performance panel for the rest.
// As in the bench, every non-loopback request is aborted (the app draws its embedded base map).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/browser';
import { isLoopback } from './browser';

interface TraceEvent {
  name: string;
  cat?: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Busy ms per thread in [from, to] (µs, trace clock): complete events clipped to the window, overlaps merged. */
export function busyByThread(events: readonly TraceEvent[], from: number, to: number): Array<[string, number]> {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts > to || e.ts + e.dur < from) continue;
    const k = `${e.pid}:${e.tid}`;
    byThread.set(k, [...(byThread.get(k) ?? []), e]);
  }
  const out: Array<[string, number]> = [];
  for (const [k, es] of byThread) {
    es.sort((a, b) => a.ts - b.ts);
    let busy = 0;
    let end = from;
    for (const e of es) {
      const stop = Math.min(to, e.ts + (e.dur ?? 0));
      if (stop > end) busy += stop - Math.max(e.ts, end);
      end = Math.max(end, stop);
    }
    out.push([`${names.get(k) ?? k} (${k})`, busy / 1000]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
  const out = process.argv[3] ?? 'trace.json';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await context.route('**/*', (route) =>
    isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  // The map's events with their time, from the moment window.__map exists (polled: it is set in MapView's constructor).
  await context.addInitScript(() => {
    const log: Array<[number, string]> = [];
    Object.assign(window, { __events: log });
    const timer = setInterval(() => {
      const map = (
        window as unknown as {
          __map?: {
            on: (e: string, f: (ev: { sourceId?: string; tile?: unknown; sourceDataType?: string }) => void) => void;
          };
        }
      ).__map;
      if (!map) return;
      clearInterval(timer);
      for (const name of ['load', 'idle', 'styledata', 'sourcedata', 'render']) {
        map.on(name, (ev) =>
          log.push([
            performance.now(),
            [name, ev.sourceId, ev.sourceDataType, ev.tile ? 'tile' : ''].filter(Boolean).join(' '),
          ]),
        );
      }
    }, 1);
  });
  const page = await context.newPage();
  await browser.startTracing(page, {
    path: out,
    categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute'],
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset['mapReady'] === 'true', null, { timeout: 180_000 });
  await browser.stopTracing();
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('lcm:'))
      .map((m) => [m.name, Math.round(m.startTime)] as const),
  );
  const events = await page.evaluate(() => (window as unknown as { __events: Array<[number, string]> }).__events);
  await browser.close();

  console.log(marks.map(([n, t]) => `${n} ${t}`).join(' · '));
  const load = marks.find(([n]) => n === 'lcm:map-load')?.[1] ?? Infinity;
  console.log('\nmap events after load (repeats folded):');
  let last = '';
  let n = 0;
  for (const [t, e] of events.filter(([t]) => t >= load)) {
    if (e === last) n++;
    else {
      if (n > 1) console.log(`        ×${n}`);
      console.log(`${t.toFixed(0).padStart(7)} ${e}`);
      last = e;
      n = 1;
    }
  }
  if (n > 1) console.log(`        ×${n}`);
  const trace = JSON.parse(readFileSync(out, 'utf8')) as { traceEvents: TraceEvent[] };
  const at = (mark: string) =>
    trace.traceEvents.find((e) => e.name === mark && (e.cat ?? '').includes('user_timing'))?.ts;
  const from = at('lcm:map-load');
  const to = at('lcm:map-idle');
  if (from === undefined || to === undefined) return;
  console.log(`\nbusy per thread, map-load → map-idle (${((to - from) / 1000).toFixed(0)} ms):`);
  for (const [name, ms] of busyByThread(trace.traceEvents, from, to).slice(0, 8))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
