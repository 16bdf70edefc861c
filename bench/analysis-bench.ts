// Benchmark: buffer and nearby queries through the spatial index vs a plain Turf scan over every point,
// at 1k / 10k / 100k synthetic points (seeded, uniform in Lanzhou's bounding box). Called by `npm run bench`
// (bench/run.ts); standalone: `npx tsx bench/analysis-bench.ts`.
//
// Each measurement is the median over ≥ 7 runs of the per-query time in ms (each run times a batch of
// different query points and divides by the batch size). Index and baseline runs alternate (A/B) in the same
// process so machine noise hits both. Index build time is not included (it is paid once per data load).
// ratio = ms / baselineMs: below 1 means the index is faster (0.01 = 100× faster).
import { distance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { LineString } from 'geojson';
import { PointIndex } from '../src/analysis/spatial-index';
import { pointOf } from '../src/analysis/features';
import type { SiteFeature } from '../src/types';
import { LANZHOU_BBOX, mulberry32, randomLine, randomSites } from './synthetic-sites';

export interface AnalysisBenchRow {
  name: string;
  /** Median ms per query with the index. */
  ms: number;
  /** Median ms per query with a plain Turf scan over every point. */
  baselineMs: number;
  /** ms / baselineMs. */
  ratio: number;
}

const RUNS = 7; // at least 7; odd so the median is one run (the 100k line scan alone takes ~3 s a run)
const SIZES = [1_000, 10_000, 100_000];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function queryPoints(n: number, seed: number): [number, number][] {
  const rnd = mulberry32(seed);
  const [x0, y0, x1, y1] = LANZHOU_BBOX;
  return Array.from({ length: n }, () => [x0 + rnd() * (x1 - x0), y0 + rnd() * (y1 - y0)] as [number, number]);
}

/** Time `fn` over each query of the batch; returns ms per query. `sink` keeps results alive against dead-code elimination. */
let sink = 0;
function timeBatch<Q>(batch: readonly Q[], fn: (q: Q) => number): number {
  const t0 = performance.now();
  for (const q of batch) sink += fn(q);
  return (performance.now() - t0) / batch.length;
}

interface Case {
  name: string;
  indexed: (q: [number, number]) => number;
  scan: (q: [number, number]) => number;
  /** Queries per timed run for the index and for the scan (the scan is slower, so it gets fewer). */
  batch: number;
  scanBatch: number;
}

function casesFor(size: number, coords: [number, number][], index: PointIndex<SiteFeature>, line: LineString): Case[] {
  const big = size >= 100_000;
  const cases: Case[] = [
    {
      name: `buffer point 1 km @${size}`,
      indexed: ([lon, lat]) => index.withinRadius(lon, lat, 1000).length,
      scan: (q) =>
        coords
          .map((c, i) => ({ i, d: distance(q, c, { units: 'meters' }) }))
          .filter((x) => x.d <= 1000)
          .sort((a, b) => a.d - b.d).length,
      batch: 200,
      scanBatch: big ? 3 : 20,
    },
    {
      name: `nearby 10 within 5 km @${size}`,
      indexed: ([lon, lat]) => index.nearest(lon, lat, 10, 5000).length,
      scan: (q) =>
        coords
          .map((c, i) => ({ i, d: distance(q, c, { units: 'meters' }) }))
          .filter((x) => x.d <= 5000)
          .sort((a, b) => a.d - b.d)
          .slice(0, 10).length,
      batch: 200,
      scanBatch: big ? 3 : 20,
    },
    {
      // The query point is unused: the source is the ~40 km, 6-vertex synthetic tourist line.
      name: `buffer line 1 km @${size}`,
      indexed: () => index.withinDistanceOfLine(line, 1000).length,
      scan: () => coords.filter((c) => pointToLineDistance(c, line, { units: 'meters' }) <= 1000).length,
      batch: big ? 20 : 50,
      scanBatch: 1,
    },
  ];
  return cases;
}

export async function runAnalysisBench(): Promise<AnalysisBenchRow[]> {
  const rows: AnalysisBenchRow[] = [];
  const line = randomLine(6, 7); // ~40 km, 5 segments: keeps the Turf line scan at 100k to a few seconds per run
  for (const size of SIZES) {
    const sites = randomSites(size, size);
    const coords = sites.map((f) => pointOf(f) ?? [NaN, NaN]) as [number, number][];
    const index = PointIndex.ofFeatures(sites);
    for (const c of casesFor(size, coords, index, line)) {
      // Sanity: both sides must agree on the first query before their times mean anything.
      const q0 = queryPoints(1, size + 3)[0] ?? [103.8, 36.06];
      const a = c.indexed(q0),
        b = c.scan(q0);
      if (a !== b) throw new Error(`${c.name}: index found ${a}, scan found ${b}`);
      const ms: number[] = [];
      const base: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const qs = queryPoints(Math.max(c.batch, c.scanBatch), size * 31 + r);
        ms.push(timeBatch(qs.slice(0, c.batch), c.indexed));
        base.push(timeBatch(qs.slice(0, c.scanBatch), c.scan));
        // Yield between runs so a caller's event loop (timers, other bench steps) is not starved.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const m = median(ms),
        bm = median(base);
      rows.push({ name: c.name, ms: m, baselineMs: bm, ratio: m / bm });
    }
  }
  if (sink === -1) console.log(sink); // never true; keeps `sink` observable
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runAnalysisBench();
  const fmt = (x: number): string => (x < 0.1 ? x.toFixed(4) : x < 10 ? x.toFixed(3) : x.toFixed(1));
  console.log(`analysis queries, median of ${RUNS} runs, ms per query (node ${process.version})`);
  console.log(
    [
      'case'.padEnd(30),
      'index ms'.padStart(10),
      'turf scan ms'.padStart(13),
      'ratio'.padStart(9),
      'speed-up'.padStart(9),
    ].join(' '),
  );
  for (const r of rows) {
    console.log(
      [
        r.name.padEnd(30),
        fmt(r.ms).padStart(10),
        fmt(r.baselineMs).padStart(13),
        r.ratio.toFixed(5).padStart(9),
        `${Math.round(1 / r.ratio)}×`.padStart(9),
      ].join(' '),
    );
  }
}
