// Pure helpers for the bench's start-up breakdown: phases between the performance marks a page sets
// (lcm:* in src/main.ts and bench/bare/bare.ts), and a main-thread CPU profile summed by what the time was for.
// No browser, no I/O, so they are unit-tested (tests/unit/bench/breakdown.test.ts).

/** Mark name → ms since navigation start, as read from performance.getEntriesByType('mark'). */
export type Marks = Record<string, number>;

/** The steps of a start, in order; each phase runs from the previous mark present to this one. */
export const PHASES: ReadonlyArray<{ mark: string; label: string }> = [
  { mark: 'lcm:script', label: 'HTML, CSS, JS download + script evaluation' },
  { mark: 'lcm:data', label: 'geodata fetch + JSON parse (main thread)' },
  { mark: 'lcm:ui', label: 'catalogue + panels built' },
  { mark: 'lcm:map-created', label: 'style built + MapLibre map constructed' },
  { mark: 'lcm:features', label: 'features installed (analysis, route, import, …)' },
  { mark: 'lcm:ui-done', label: 'first render of panels, URL sync' },
  { mark: 'lcm:map-load', label: 'style loaded (sources to the worker, layers parsed)' },
  { mark: 'lcm:map-idle', label: 'tiles laid out, labels placed, glyphs drawn, first frames' },
];

export interface Phase {
  mark: string;
  label: string;
  ms: number;
}

/** Durations of the phases whose end mark is present; a missing mark folds its time into the next phase. */
export function phases(marks: Marks): Phase[] {
  const out: Phase[] = [];
  let prev = 0;
  for (const p of PHASES) {
    const at = marks[p.mark];
    if (at === undefined) continue;
    out.push({ mark: p.mark, label: p.label, ms: Math.max(0, at - prev) });
    prev = at;
  }
  return out;
}

/** Per phase, the median over visits (visits lacking the mark are left out of that phase). */
export function medianPhases(visits: readonly Marks[]): Phase[] {
  return PHASES.flatMap((p) => {
    const ms = visits.flatMap((m) =>
      phases(m)
        .filter((x) => x.mark === p.mark)
        .map((x) => x.ms),
    );
    return ms.length ? [{ mark: p.mark, label: p.label, ms: median(ms) }] : [];
  });
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// ------------------------------------------------------------------------------------------------ CPU profile

/** The parts of a CDP Profiler.Profile the summary reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

export type CpuCategory =
  | 'glyphs (TinySDF, CJK)'
  | 'label placement'
  | 'MapLibre other'
  | 'app code'
  | 'other scripts'
  | 'garbage collection'
  | 'idle'
  | 'browser (parse, style, layout, compile)';

/**
 * What a sample's leaf frame was doing. MapLibre's bundle is minified but keeps method names: TinySDF's draw
 * and the glyph manager's _drawGlyph rasterise glyphs the browser font supplies (every CJK character, since the
 * style has no glyph server); placement is the symbol collision pass.
 */
export function categorise(frame: { functionName: string; url: string }, parentNames: readonly string[]): CpuCategory {
  const { functionName: fn, url } = frame;
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(idle)') return 'idle';
  const chain = [fn, ...parentNames];
  if (chain.some((n) => /^(_drawGlyph|_tinySDF|getGlyphs|_doesCharSupportLocalGlyph)$/.test(n)))
    return 'glyphs (TinySDF, CJK)';
  if (
    chain.some((n) =>
      /^(placeLayer|placeLayerTile|placeLayerBucketPart|_placeSymbol|placeCollisionBox|placeCollisionCircles)$/i.test(
        n,
      ),
    )
  )
    return 'label placement';
  if (/maplibre-gl/.test(url)) return 'MapLibre other';
  if (/\/assets\/.*\.js$/.test(url)) return 'app code';
  if (url) return 'other scripts';
  return 'browser (parse, style, layout, compile)';
}

/** Milliseconds per category over the whole profile (each sample charged to its leaf, seen with its callers). */
export function summariseProfile(profile: CpuProfile): Record<CpuCategory, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const catOf = new Map<number, CpuCategory>();
  const category = (id: number): CpuCategory => {
    const known = catOf.get(id);
    if (known) return known;
    const names: string[] = [];
    for (let p = parent.get(id); p !== undefined && names.length < 40; p = parent.get(p))
      names.push(byId.get(p)?.callFrame.functionName ?? '');
    const c = categorise(byId.get(id)?.callFrame ?? { functionName: '', url: '' }, names);
    catOf.set(id, c);
    return c;
  };
  const out: Record<CpuCategory, number> = {
    'glyphs (TinySDF, CJK)': 0,
    'label placement': 0,
    'MapLibre other': 0,
    'app code': 0,
    'other scripts': 0,
    'garbage collection': 0,
    idle: 0,
    'browser (parse, style, layout, compile)': 0,
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the gap before sample i, in microseconds; charge it to that sample.
    out[category(samples[i]!)] += (deltas[i] ?? 0) / 1000;
  }
  return out;
}
