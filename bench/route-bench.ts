// Benchmark: route-order optimiser (exact at 12 stops, heuristic at 50).
// Standalone: `npx tsx bench/route-bench.ts`; bench/run.ts may import runRouteBench().
//
// Each case runs RUNS times on seeded random stops in a Lanzhou-sized box (~27 × 17 km, haversine metres),
// a different instance per run. The baseline is nearest-neighbour order alone on the same matrix in the same
// run (A/B alternating so machine noise hits both). ms and baselineMs are medians in milliseconds per solve;
// ratio = ms / baselineMs (how much dearer the optimiser is than the naive order). The distance columns
// say what the extra time buys: median tour length of the optimiser vs the nearest-neighbour order.
import { distanceMatrix } from '../src/analysis/distance-matrix';
import { mulberry32, nearestNeighbourOrder, optimiseTourOrder, tourDistance } from '../src/analysis/tour-order';

export interface RouteBenchRow {
  name: string;
  /** Median ms per optimiseTourOrder call. */
  ms: number;
  /** Median ms per nearest-neighbour order on the same instances. */
  baselineMs: number;
  /** ms / baselineMs. */
  ratio: number;
  method: 'exact' | 'heuristic';
  /** Median tour length (m) of the optimiser and of nearest neighbour. */
  distanceM: number;
  baselineDistanceM: number;
}

const RUNS = 9; // ≥ 7; odd so the median is one run

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function instance(n: number, seed: number): number[][] {
  const rnd = mulberry32(seed);
  return distanceMatrix(
    Array.from({ length: n }, () => [103.6 + rnd() * 0.3, 36.0 + rnd() * 0.15] as [number, number]),
  );
}

function timeIt<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

const CASES: Array<{ name: string; n: number; roundTrip: boolean }> = [
  { name: 'exact, 12 stops, open', n: 12, roundTrip: false },
  { name: 'exact, 12 stops, round trip', n: 12, roundTrip: true },
  { name: 'heuristic, 50 stops, open', n: 50, roundTrip: false },
  { name: 'heuristic, 50 stops, round trip', n: 50, roundTrip: true },
];

export async function runRouteBench(): Promise<RouteBenchRow[]> {
  const rows: RouteBenchRow[] = [];
  for (const c of CASES) {
    // One warm-up solve so JIT compilation is not charged to the first run.
    optimiseTourOrder(instance(c.n, 1), { roundTrip: c.roundTrip });
    const ms: number[] = [];
    const base: number[] = [];
    const dist: number[] = [];
    const baseDist: number[] = [];
    let method: 'exact' | 'heuristic' = 'exact';
    for (let run = 0; run < RUNS; run++) {
      const m = instance(c.n, 1000 + run);
      const b = timeIt(() => nearestNeighbourOrder(m, 0));
      const o = timeIt(() => optimiseTourOrder(m, { roundTrip: c.roundTrip }));
      base.push(b.ms);
      ms.push(o.ms);
      baseDist.push(tourDistance(m, b.value, c.roundTrip));
      dist.push(o.value.distance);
      method = o.value.method;
      // Yield between runs so a caller's event loop (e.g. a progress printer) is not starved.
      await new Promise((r) => setTimeout(r, 0));
    }
    const row = {
      name: c.name,
      ms: median(ms),
      baselineMs: median(base),
      ratio: 0,
      method,
      distanceM: median(dist),
      baselineDistanceM: median(baseDist),
    };
    row.ratio = row.ms / row.baselineMs;
    rows.push(row);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runRouteBench();
  const fmt = (x: number): string => (x < 0.1 ? x.toFixed(4) : x.toFixed(2));
  console.log(`route optimiser, median of ${RUNS} runs, ms per solve (node ${process.version})`);
  console.log(
    [
      'case'.padEnd(32),
      'ms'.padStart(9),
      'NN ms'.padStart(9),
      'ratio'.padStart(9),
      'km'.padStart(8),
      'NN km'.padStart(8),
      'shorter'.padStart(8),
    ].join(' '),
  );
  for (const r of rows) {
    const shorter = `${((1 - r.distanceM / r.baselineDistanceM) * 100).toFixed(1)}%`;
    console.log(
      [
        r.name.padEnd(32),
        fmt(r.ms).padStart(9),
        fmt(r.baselineMs).padStart(9),
        Math.round(r.ratio).toString().padStart(9),
        (r.distanceM / 1000).toFixed(2).padStart(8),
        (r.baselineDistanceM / 1000).toFixed(2).padStart(8),
        shorter.padStart(8),
      ].join(' '),
    );
  }
}
