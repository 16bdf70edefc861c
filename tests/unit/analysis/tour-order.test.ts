import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXACT_LIMIT,
  mulberry32,
  nearestNeighbourOrder,
  optimiseTourOrder,
  tourDistance,
} from '../../../src/analysis/tour-order';
import { distanceMatrix } from '../../../src/analysis/distance-matrix';

type Pt = [number, number];

/** Random [lon, lat] points in a Lanzhou-sized box (~0.3° × 0.15°, about 27 km × 17 km). */
function randomPoints(n: number, seed: number): Pt[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, () => [103.6 + rnd() * 0.3, 36.0 + rnd() * 0.15] as Pt);
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items.slice()];
  const out: number[][] = [];
  items.forEach((x, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([x, ...rest]);
  });
  return out;
}

/** Independent brute force: every order of the free stops. */
function bruteForce(m: number[][], start: number, end: number | undefined, roundTrip: boolean): number {
  const n = m.length;
  const free = Array.from({ length: n }, (_, i) => i).filter((i) => i !== start && i !== end);
  let best = Infinity;
  for (const p of permutations(free)) {
    const order = end === undefined ? [start, ...p] : [start, ...p, end];
    best = Math.min(best, tourDistance(m, order, roundTrip));
  }
  return best;
}

function isValidOrder(order: number[], n: number, start: number, end?: number): boolean {
  if (order.length !== n || order[0] !== start) return false;
  if (end !== undefined && order[n - 1] !== end) return false;
  return new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);
}

describe('optimiseTourOrder — exact (Held–Karp) against brute force', () => {
  const cases: Array<{ label: string; end?: (n: number) => number; roundTrip?: boolean; start?: number }> = [
    { label: 'fixed start, open end' },
    { label: 'fixed start and end', end: (n) => n - 1 },
    { label: 'start and end not at the list ends', end: () => 0, start: 2 },
    { label: 'round trip', roundTrip: true },
  ];
  for (const c of cases) {
    it(`${c.label}: matches brute force on 3–9 stops (seeded instances)`, () => {
      for (let n = 3; n <= 9; n++) {
        for (let seed = 1; seed <= (n <= 7 ? 6 : 2); seed++) {
          const m = distanceMatrix(randomPoints(n, n * 1000 + seed));
          const start = c.start ?? 0;
          const end = c.end?.(n);
          const r = optimiseTourOrder(m, { start, end, roundTrip: c.roundTrip });
          expect(r.method).toBe('exact');
          expect(isValidOrder(r.order, n, start, end)).toBe(true);
          expect(r.distance).toBeCloseTo(tourDistance(m, r.order, c.roundTrip), 6);
          expect(r.distance).toBeCloseTo(bruteForce(m, start, end, c.roundTrip ?? false), 6);
        }
      }
    });
  }

  it('asymmetric matrices (e.g. one-way road distances) are solved exactly too', () => {
    const rnd = mulberry32(99);
    for (let trial = 0; trial < 10; trial++) {
      const n = 7;
      const m = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? 0 : Math.round(100 + rnd() * 900))),
      );
      const r = optimiseTourOrder(m, { roundTrip: trial % 2 === 0 });
      expect(r.distance).toBeCloseTo(bruteForce(m, 0, undefined, trial % 2 === 0), 6);
    }
  });

  it('reports original distance and saving, and keeps the user order when it is already optimal', () => {
    // Collinear stops in visiting order: already optimal, so nothing may move.
    const pts: Pt[] = [0, 1, 2, 3, 4].map((k) => [103.8 + k * 0.01, 36.06] as Pt);
    const m = distanceMatrix(pts);
    const r = optimiseTourOrder(m);
    expect(r.order).toEqual([0, 1, 2, 3, 4]);
    expect(r.saved).toBe(0);
    // Shuffle it: the optimum is the sorted line again and the saving is the difference.
    const shuffled = [0, 3, 1, 4, 2];
    const m2 = distanceMatrix(shuffled.map((i) => pts[i] as Pt));
    const r2 = optimiseTourOrder(m2);
    expect(r2.order.map((i) => shuffled[i])).toEqual([0, 1, 2, 3, 4]);
    expect(r2.originalDistance).toBeCloseTo(tourDistance(m2, [0, 1, 2, 3, 4]), 6);
    expect(r2.saved).toBeCloseTo(r2.originalDistance - r2.distance, 6);
    expect(r2.saved).toBeGreaterThan(0);
  });

  it('handles 0, 1 and 2 stops and rejects contradictory options', () => {
    expect(optimiseTourOrder([]).order).toEqual([]);
    expect(optimiseTourOrder([[0]]).order).toEqual([0]);
    expect(
      optimiseTourOrder(
        [
          [0, 5],
          [5, 0],
        ],
        { start: 1 },
      ).order,
    ).toEqual([1, 0]);
    expect(() =>
      optimiseTourOrder(
        [
          [0, 1],
          [1, 0],
        ],
        { end: 1, roundTrip: true },
      ),
    ).toThrow(RangeError);
    expect(() => optimiseTourOrder([[0, 1], [1]])).toThrow(RangeError);
    expect(() =>
      optimiseTourOrder([
        [0, -1],
        [1, 0],
      ]),
    ).toThrow(RangeError);
  });

  it(`uses the exact method up to ${EXACT_LIMIT} stops and the heuristic above`, () => {
    expect(optimiseTourOrder(distanceMatrix(randomPoints(EXACT_LIMIT, 5))).method).toBe('exact');
    expect(optimiseTourOrder(distanceMatrix(randomPoints(EXACT_LIMIT + 1, 5))).method).toBe('heuristic');
  });
});

describe('optimiseTourOrder — heuristic', () => {
  it('matches the exact optimum closely on 10–12 stops when forced to use the heuristic', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const m = distanceMatrix(randomPoints(11, 500 + seed));
      const exact = optimiseTourOrder(m, { roundTrip: seed % 2 === 0 });
      const heur = optimiseTourOrder(m, { roundTrip: seed % 2 === 0, exactLimit: 0 });
      expect(heur.method).toBe('heuristic');
      expect(heur.distance).toBeLessThanOrEqual(exact.distance * 1.02 + 1e-6);
    }
  });

  it('property: always a valid order, distance consistent, never worse than the input order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 13, max: 30 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom<'open' | 'end' | 'round'>('open', 'end', 'round'),
        (n, seed, kind) => {
          const m = distanceMatrix(randomPoints(n, seed));
          const end = kind === 'end' ? n - 1 : undefined;
          const roundTrip = kind === 'round';
          const r = optimiseTourOrder(m, { end, roundTrip, kicks: 10, seed });
          expect(isValidOrder(r.order, n, 0, end)).toBe(true);
          expect(r.distance).toBeCloseTo(tourDistance(m, r.order, roundTrip), 6);
          expect(r.distance).toBeLessThanOrEqual(r.originalDistance + 1e-6);
          expect(r.distance).toBeLessThanOrEqual(tourDistance(m, nearestNeighbourOrder(m, 0, end), roundTrip) + 1e-6);
        },
      ),
      { numRuns: 25, seed: 42 },
    );
  });

  it('property: asymmetric matrices keep distances consistent', () => {
    const rnd = mulberry32(7);
    const n = 20;
    const m = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 0 : 100 + rnd() * 900)),
    );
    const r = optimiseTourOrder(m, { roundTrip: true, kicks: 20 });
    expect(isValidOrder(r.order, n, 0)).toBe(true);
    expect(r.distance).toBeCloseTo(tourDistance(m, r.order, true), 6);
  });
});

interface TourFixture {
  name: string;
  description: string;
  /** Planar coordinates (metres) when `metric` is 'euclidean', else [lon, lat]. */
  points: Pt[];
  metric: 'euclidean' | 'haversine';
  start: number;
  end?: number;
  roundTrip: boolean;
  /** Best-known distance in metres, and how it was found. */
  bestKnown: number;
  bestKnownHow: string;
  /** True when bestKnown is a proven optimum (by construction). */
  optimal: boolean;
}

function fixtureMatrix(f: TourFixture): number[][] {
  if (f.metric === 'haversine') return distanceMatrix(f.points);
  return f.points.map((a) => f.points.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])));
}

const FIXTURE_NAMES = [
  'circle-50-round',
  'circle-50-open',
  'grid-50-round',
  'random-50-open',
  'random-50-round',
  'random-50-fixed-end',
  'clustered-50-round',
];

describe('optimiseTourOrder — 50-stop fixtures (within 2 % of best-known)', () => {
  for (const name of FIXTURE_NAMES) {
    it(name, () => {
      const f = JSON.parse(
        readFileSync(new URL(`../../fixtures/tour-order/${name}.json`, import.meta.url), 'utf8'),
      ) as TourFixture;
      expect(f.points).toHaveLength(50);
      const m = fixtureMatrix(f);
      const r = optimiseTourOrder(m, { start: f.start, end: f.end, roundTrip: f.roundTrip });
      expect(r.method).toBe('heuristic');
      expect(isValidOrder(r.order, 50, f.start, f.end)).toBe(true);
      expect(r.distance).toBeCloseTo(tourDistance(m, r.order, f.roundTrip), 6);
      // Proven optima are lower bounds: the heuristic can equal but never beat them.
      if (f.optimal) expect(r.distance).toBeGreaterThanOrEqual(f.bestKnown - 1e-6);
      expect(r.distance / f.bestKnown).toBeLessThanOrEqual(1.02);
    });
  }
});
