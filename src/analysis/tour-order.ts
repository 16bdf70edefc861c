// Stop-order optimisation for the route planner ("Optimise order").
//
// Input is a distance matrix in metres (any non-negative numbers work; asymmetric matrices such as road
// distances are allowed). The stop at `start` always stays first. Either the path is open (ends anywhere),
// ends at a fixed stop, or returns to the start (round trip).
//
// Up to EXACT_LIMIT stops the answer is exact (Held–Karp dynamic programme over subsets: O(2^n · n²) time,
// 2^11 · 11² ≈ 250 k steps at 12 stops). Above that: nearest neighbour, then 2-opt and Or-opt until neither
// improves, then a fixed number of seeded "double-bridge" kicks each followed by the same local search
// (iterated local search). It is deterministic for a given seed, so the same input always gives the same order.
//
// This module never runs on its own: the UI calls it only when the user presses "Optimise order", and the
// result is never worse than the order the user had (if it would be, the user's order is returned).

/** Largest stop count solved exactly. 12 keeps the DP table at 2^11 · 12 ≈ 25 k cells: instant in a browser. */
export const EXACT_LIMIT = 12;

export interface TourOptions {
  /** Index of the fixed first stop (default 0). */
  start?: number;
  /** Index of a fixed last stop. Not allowed together with `roundTrip`. */
  end?: number;
  /** Return to the start at the end; the return leg counts in every distance. */
  roundTrip?: boolean;
  /** Stop counts up to this are solved exactly (default EXACT_LIMIT; values above 16 are capped, 2^15 cells · 16). */
  exactLimit?: number;
  /**
   * Number of perturbation kicks after the first local optimum (heuristic only; default max(30, n)). On the
   * 50-stop fixtures 0 kicks is within 1.7 % of best-known and 25 kicks reaches it; n kicks costs ~30 ms at
   * 50 stops in Node on this machine, which keeps the button responsive on a phone.
   */
  kicks?: number;
  /** Seed for the kicks (heuristic only); the same seed gives the same result. */
  seed?: number;
}

export interface TourResult {
  /** Stop indices in visiting order (the start first; for a round trip the start is not repeated at the end). */
  order: number[];
  /** Length of `order` in metres, including the return leg for a round trip. */
  distance: number;
  /** Length of the caller's order (indices 0..n-1 as given) under the same rules, in metres. */
  originalDistance: number;
  /** originalDistance − distance, metres, never negative. */
  saved: number;
  method: 'exact' | 'heuristic';
}

type Matrix = readonly (readonly number[])[];

function d(m: Matrix, a: number, b: number): number {
  // Rows are checked once in validateMatrix, so a missing value here is a programming error.
  const v = m[a]?.[b];
  if (v === undefined) throw new RangeError(`distance matrix has no entry [${a}][${b}]`);
  return v;
}

function validateMatrix(m: Matrix): void {
  const n = m.length;
  for (let i = 0; i < n; i++) {
    const row = m[i];
    if (!row || row.length !== n) throw new RangeError(`distance matrix row ${i} must have ${n} entries`);
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (v === undefined || !Number.isFinite(v) || v < 0) {
        throw new RangeError(`distance matrix entry [${i}][${j}] must be a finite number ≥ 0`);
      }
    }
  }
}

/** Length of a visiting order in metres; adds the leg back to order[0] when `roundTrip`. */
export function tourDistance(matrix: Matrix, order: readonly number[], roundTrip = false): number {
  let total = 0;
  for (let i = 1; i < order.length; i++) total += d(matrix, order[i - 1] as number, order[i] as number);
  if (roundTrip && order.length > 1) total += d(matrix, order[order.length - 1] as number, order[0] as number);
  return total;
}

/**
 * Optimise the visiting order. Throws RangeError for a malformed matrix or contradictory options
 * (both `end` and `roundTrip`, or `end === start` with more than one stop); those are caller bugs.
 */
export function optimiseTourOrder(matrix: Matrix, options: TourOptions = {}): TourResult {
  validateMatrix(matrix);
  const n = matrix.length;
  const start = options.start ?? 0;
  const end = options.end;
  const roundTrip = options.roundTrip ?? false;
  if (n > 0 && (!Number.isInteger(start) || start < 0 || start >= n))
    throw new RangeError(`start ${start} out of range`);
  if (end !== undefined) {
    if (roundTrip) throw new RangeError('a fixed end and a round trip exclude each other');
    if (!Number.isInteger(end) || end < 0 || end >= n) throw new RangeError(`end ${end} out of range`);
    if (end === start && n > 1) throw new RangeError('end must differ from start (use roundTrip instead)');
  }
  const identity = Array.from({ length: n }, (_, i) => i);
  const originalDistance = tourDistance(matrix, identity, roundTrip);
  if (n <= 2) {
    // Nothing to choose: with a fixed start, one or two stops have a single order.
    const order = n === 2 ? [start, 1 - start] : identity;
    const distance = tourDistance(matrix, order, roundTrip);
    return finish(order, distance, originalDistance, identity, start, end, 'exact');
  }
  const exactLimit = Math.min(options.exactLimit ?? EXACT_LIMIT, 16);
  if (n <= exactLimit) {
    const { order, distance } = heldKarp(matrix, start, end, roundTrip);
    return finish(order, distance, originalDistance, identity, start, end, 'exact');
  }
  const kicks = options.kicks ?? Math.max(30, n);
  const { order, distance } = heuristicTour(matrix, start, end, roundTrip, kicks, options.seed ?? 1);
  return finish(order, distance, originalDistance, identity, start, end, 'heuristic');
}

function finish(
  order: number[],
  distance: number,
  originalDistance: number,
  identity: number[],
  start: number,
  end: number | undefined,
  method: 'exact' | 'heuristic',
): TourResult {
  // If the caller's own order already satisfies the constraints and is at least as short, keep it: the
  // planner must never present a "better" order that is longer (heuristic) or a reshuffle of equal length.
  const identityValid = identity[0] === start && (end === undefined || identity[identity.length - 1] === end);
  if (identityValid && originalDistance <= distance + 1e-9) {
    return { order: identity, distance: originalDistance, originalDistance, saved: 0, method };
  }
  return { order, distance, originalDistance, saved: Math.max(0, originalDistance - distance), method };
}

// ---------------------------------------------------------------------------------------------------------
// Exact: Held–Karp over the stops other than the start.

function heldKarp(
  m: Matrix,
  start: number,
  end: number | undefined,
  roundTrip: boolean,
): { order: number[]; distance: number } {
  const n = m.length;
  const others = Array.from({ length: n }, (_, i) => i).filter((i) => i !== start);
  const k = others.length;
  const full = (1 << k) - 1;
  // cost[mask * k + j]: shortest path from start through exactly the set `mask`, ending at others[j].
  const cost = new Float64Array((full + 1) * k).fill(Infinity);
  const parent = new Int8Array((full + 1) * k).fill(-1);
  for (let j = 0; j < k; j++) cost[(1 << j) * k + j] = d(m, start, others[j] as number);
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < k; j++) {
      if (!(mask & (1 << j))) continue;
      const here = cost[mask * k + j] as number;
      if (here === Infinity) continue;
      const from = others[j] as number;
      for (let t = 0; t < k; t++) {
        if (mask & (1 << t)) continue;
        const next = mask | (1 << t);
        const c = here + d(m, from, others[t] as number);
        if (c < (cost[next * k + t] as number)) {
          cost[next * k + t] = c;
          parent[next * k + t] = j;
        }
      }
    }
  }
  let best = Infinity;
  let bestJ = -1;
  for (let j = 0; j < k; j++) {
    if (end !== undefined && others[j] !== end) continue;
    const c = (cost[full * k + j] as number) + (roundTrip ? d(m, others[j] as number, start) : 0);
    if (c < best) {
      best = c;
      bestJ = j;
    }
  }
  const rev: number[] = [];
  let mask = full;
  let j = bestJ;
  while (j >= 0) {
    rev.push(others[j] as number);
    const p = parent[mask * k + j] as number;
    mask &= ~(1 << j);
    j = p;
  }
  const order = [start, ...rev.reverse()];
  // Recompute rather than trust the table so `distance` is summed in visiting order like everywhere else.
  return { order, distance: tourDistance(m, order, roundTrip) };
}

// ---------------------------------------------------------------------------------------------------------
// Heuristic: nearest neighbour + 2-opt + Or-opt, then iterated local search with double-bridge kicks.

/** Small deterministic PRNG (mulberry32) so results do not depend on Math.random. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isSymmetric(m: Matrix): boolean {
  const n = m.length;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (d(m, i, j) !== d(m, j, i)) return false;
  return true;
}

/** Nearest-neighbour order from `start`; a fixed `end` is held back and appended last. Exported for the bench. */
export function nearestNeighbourOrder(m: Matrix, start: number, end?: number): number[] {
  const n = m.length;
  const used = new Uint8Array(n);
  used[start] = 1;
  if (end !== undefined) used[end] = 1;
  const order = [start];
  let cur = start;
  const free = n - (end !== undefined && end !== start ? 2 : 1);
  for (let step = 0; step < free; step++) {
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < n; j++) {
      if (used[j]) continue;
      const dj = d(m, cur, j);
      if (dj < bestD) {
        bestD = dj;
        best = j;
      }
    }
    used[best] = 1;
    order.push(best);
    cur = best;
  }
  if (end !== undefined && end !== start) order.push(end);
  return order;
}

interface SearchContext {
  m: Matrix;
  roundTrip: boolean;
  symmetric: boolean;
  /** Last position that may move: n-1 for an open path or round trip, n-2 with a fixed end. */
  lastMovable: number;
}

/** Node after position p, or -1 when the path ends there (open path). */
function nextNode(ctx: SearchContext, order: number[], p: number): number {
  if (p + 1 < order.length) return order[p + 1] as number;
  return ctx.roundTrip ? (order[0] as number) : -1;
}

function edge(ctx: SearchContext, a: number, b: number): number {
  // b = -1 stands for "nothing after": an open path has no closing edge.
  return b < 0 || a < 0 ? 0 : d(ctx.m, a, b);
}

/** One improving 2-opt move (reverse order[i..j]); returns true if the order changed. First-improvement. */
function twoOptPass(ctx: SearchContext, order: number[]): boolean {
  let improved = false;
  for (let i = 1; i < ctx.lastMovable; i++) {
    for (let j = i + 1; j <= ctx.lastMovable; j++) {
      const a = order[i - 1] as number;
      const b = order[i] as number;
      const c = order[j] as number;
      const e = nextNode(ctx, order, j);
      let delta = edge(ctx, a, c) + edge(ctx, b, e) - edge(ctx, a, b) - edge(ctx, c, e);
      if (!ctx.symmetric) {
        // Reversing the segment also flips the direction of its inner edges.
        for (let p = i; p < j; p++) {
          const x = order[p] as number;
          const y = order[p + 1] as number;
          delta += d(ctx.m, y, x) - d(ctx.m, x, y);
        }
      }
      if (delta < -1e-9) {
        reverseRange(order, i, j);
        improved = true;
      }
    }
  }
  return improved;
}

function reverseRange(order: number[], i: number, j: number): void {
  while (i < j) {
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
    i++;
    j--;
  }
}

/** Or-opt: move a run of 1–3 stops elsewhere, optionally reversed. Returns true if the order changed. */
function orOptPass(ctx: SearchContext, order: number[]): boolean {
  let improved = false;
  for (let len = 1; len <= 3; len++) {
    for (let i = 1; i + len - 1 <= ctx.lastMovable; i++) {
      const j = i + len - 1; // segment order[i..j]
      const prev = order[i - 1] as number;
      const first = order[i] as number;
      const last = order[j] as number;
      const after = nextNode(ctx, order, j);
      // Gain from cutting the segment out and joining its neighbours.
      const removeGain = edge(ctx, prev, first) + edge(ctx, last, after) - edge(ctx, prev, after);
      let innerFwd = 0;
      let innerRev = 0;
      for (let p = i; p < j; p++) {
        innerFwd += d(ctx.m, order[p] as number, order[p + 1] as number);
        innerRev += d(ctx.m, order[p + 1] as number, order[p] as number);
      }
      let bestDelta = -1e-9;
      let bestPos = -1;
      let bestRev = false;
      // Insert between positions q and q+1 of the order without the segment; q ranges over positions
      // outside [i-1, j] whose successor may change (q+1 must not be past lastMovable+1).
      for (let q = 0; q <= ctx.lastMovable; q++) {
        if (q >= i - 1 && q <= j) continue;
        const u = order[q] as number;
        // q is outside [i-1, j], so the edge u→v does not touch the segment.
        const v = nextNode(ctx, order, q);
        const addFwd = edge(ctx, u, first) + edge(ctx, last, v) - edge(ctx, u, v);
        const addRev = edge(ctx, u, last) + innerRev + edge(ctx, first, v) - edge(ctx, u, v) - innerFwd;
        if (addFwd - removeGain < bestDelta) {
          bestDelta = addFwd - removeGain;
          bestPos = q;
          bestRev = false;
        }
        if (addRev - removeGain < bestDelta) {
          bestDelta = addRev - removeGain;
          bestPos = q;
          bestRev = true;
        }
      }
      if (bestPos >= 0) {
        const seg = order.splice(i, len);
        if (bestRev) seg.reverse();
        const insertAt = bestPos < i ? bestPos + 1 : bestPos + 1 - len;
        order.splice(insertAt, 0, ...seg);
        improved = true;
      }
    }
  }
  return improved;
}

function localSearch(ctx: SearchContext, order: number[]): void {
  // Alternate until neither neighbourhood improves; each pass strictly shortens the tour, so this ends.
  for (let guard = 0; guard < 10_000; guard++) {
    const a = twoOptPass(ctx, order);
    const b = orOptPass(ctx, order);
    if (!a && !b) return;
  }
}

/** Double-bridge kick on the movable part: cut it into four runs A B C D and reconnect as A C B D. */
function doubleBridge(order: number[], lastMovable: number, rnd: () => number): number[] {
  const span = lastMovable; // movable positions are 1..lastMovable; cuts fall in 1..lastMovable
  if (span < 3) return order.slice();
  const cuts = new Set<number>();
  while (cuts.size < 3) cuts.add(1 + Math.floor(rnd() * span));
  const [p1, p2, p3] = [...cuts].sort((x, y) => x - y) as [number, number, number];
  return [...order.slice(0, p1), ...order.slice(p2, p3), ...order.slice(p1, p2), ...order.slice(p3)];
}

export function heuristicTour(
  m: Matrix,
  start: number,
  end: number | undefined,
  roundTrip: boolean,
  kicks: number,
  seed: number,
): { order: number[]; distance: number } {
  const n = m.length;
  const ctx: SearchContext = {
    m,
    roundTrip,
    symmetric: isSymmetric(m),
    lastMovable: end !== undefined ? n - 2 : n - 1,
  };
  let best = nearestNeighbourOrder(m, start, end);
  localSearch(ctx, best);
  let bestD = tourDistance(m, best, roundTrip);
  const rnd = mulberry32(seed);
  for (let k = 0; k < kicks; k++) {
    const cand = doubleBridge(best, ctx.lastMovable, rnd);
    localSearch(ctx, cand);
    const cd = tourDistance(m, cand, roundTrip);
    if (cd < bestD - 1e-9) {
      best = cand;
      bestD = cd;
    }
  }
  return { order: best, distance: bestD };
}
