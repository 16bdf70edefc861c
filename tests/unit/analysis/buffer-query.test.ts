import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { SiteFeature } from '../../../src/types';
import { bufferQuery } from '../../../src/analysis/buffer-query';
import { MAX_BUFFER_M, MIN_BUFFER_M, validateRadius } from '../../../src/analysis/buffer-radius';
import type { BufferResult } from '../../../src/analysis/buffer-query';
import { parseUrlState } from '../../../src/state/url-state';
import { PointIndex } from '../../../src/analysis/spatial-index';
import { expectGolden, readFixture } from '../golden';
import { bearing, destination, DIAGONAL, MERIDIAN, midpoint } from '../../fixtures/make-analysis-inputs';
import { randomLine, randomSites } from '../../../bench/synthetic-sites';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { pointOf } from '../../../src/analysis/features';

type Input = FeatureCollection<SiteFeature['geometry'], SiteFeature['properties']> & {
  query: { source: string; radiusM: number };
};

/** The result without feature objects, for golden files. */
function summarise(r: BufferResult): unknown {
  return {
    sourceId: r.sourceId,
    radiusM: r.radiusM,
    radiusClamped: r.radiusClamped,
    sourceApproximate: r.sourceApproximate,
    n: r.n,
    excludedUnknown: r.excludedUnknown,
    hits: r.hits.map((h) => ({
      id: h.id,
      layer: h.layer,
      group: h.group,
      distanceM: h.distanceM,
      approximate: h.approximate,
    })),
    byLayer: Object.fromEntries(
      Object.entries(r.byLayer).map(([layer, g]) => [
        layer,
        {
          count: g.count,
          byGroup: Object.fromEntries(Object.entries(g.byGroup).map(([k, hs]) => [k, hs.map((h) => h.id)])),
        },
      ]),
    ),
    buffer: r.buffer?.geometry ?? null,
  };
}

function run(name: string): BufferResult {
  const input = readFixture<Input>('buffer-query', name);
  const features = input.features as SiteFeature[];
  const source = features.find((f) => f.properties.id === input.query.source);
  if (!source) throw new Error('fixture without source');
  return bufferQuery(source, features, input.query.radiusM);
}

/** Independent haversine (not the one under test), Turf's sphere. */
function hav(a: readonly number[], b: readonly number[]): number {
  const R = 6371008.8,
    rad = Math.PI / 180;
  const dLat = ((b[1]! - a[1]!) * rad) / 2,
    dLon = ((b[0]! - a[0]!) * rad) / 2;
  const h = Math.sin(dLat) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Minimum distance from p to the arc a→b by dense sampling along the great circle (independent of Turf). */
function sampledDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const L = hav(a, b),
    brg = bearing(a, b);
  let best = Infinity;
  for (let k = 0; k <= 40_000; k++) best = Math.min(best, hav(p, destination(a, (k / 40_000) * L, brg)));
  return best;
}

describe.each([
  ['meridian-999-1001', MERIDIAN],
  ['diagonal-999-1001', DIAGONAL],
] as const)('hand-checkable %s: 999 m in, 1,001 m out of a 1,000 m buffer', (name, seg) => {
  const input = readFixture<Input>('buffer-query', name);
  const at = (id: string): [number, number] =>
    pointOf(input.features.find((f) => f.properties.id === id) as SiteFeature)!;
  const mid = midpoint(seg[0], seg[1]);

  it('the fixture points really are 999 m and 1,001 m from the line (independent haversine)', () => {
    expect(hav(at('h999'), mid)).toBeCloseTo(999, 6);
    expect(hav(at('m1001'), mid)).toBeCloseTo(1001, 6);
    // The perpendicular foot is the nearest point of the segment: dense sampling finds nothing closer.
    expect(sampledDistance(at('h999'), seg[0], seg[1])).toBeCloseTo(999, 3);
    expect(sampledDistance(at('m1001'), seg[0], seg[1])).toBeCloseTo(1001, 3);
  });

  it('bufferQuery includes 999 m, excludes 1,001 m, flags approximate, counts unknown', () => {
    const r = run(name);
    const ids = r.hits.map((h) => h.id);
    expect(ids).toContain('h999');
    expect(ids).not.toContain('m1001');
    expect(ids).not.toContain('test-line'); // the source is never its own hit
    expect(ids).not.toContain('station-1500');
    expect(r.hits.find((h) => h.id === 'h999')!.distanceM).toBeCloseTo(999, 4);
    expect(r.hits.find((h) => h.id === 'h-endcap-990')!.distanceM).toBeCloseTo(990, 4);
    expect(r.hits.find((h) => h.id === 's-approx-500')!.approximate).toBe(true);
    expect(r.hits.find((h) => h.id === 'rail-700')!.distanceM).toBeCloseTo(700, 0);
    expect(r.excludedUnknown).toBe(2);
    expect(r.byLayer['heritage-units']?.byGroup['national']?.map((h) => h.id)).toEqual(['h999']);
    // The drawn polygon contains the 999 m point and not the 1,001 m one (it is for drawing, but should agree here).
    expect(booleanPointInPolygon(at('h999'), r.buffer!)).toBe(true);
    expect(booleanPointInPolygon(at('m1001'), r.buffer!)).toBe(false);
  });

  it('matches the golden file', () => {
    expectGolden('buffer-query', name, summarise(run(name)));
  });
});

describe('buffer-query golden: station source', () => {
  it.each(['station-2000', 'station-clamped-50'])('%s', (name) => {
    expectGolden('buffer-query', name, summarise(run(name)));
  });

  it('a radius below 100 m is clamped and reported', () => {
    const r = run('station-clamped-50');
    expect(r.radiusM).toBe(100);
    expect(r.radiusClamped).toBe(true);
  });
});

describe('bufferQuery against a brute-force scan (1k synthetic sites)', () => {
  const sites = randomSites(1000, 99);
  const index = PointIndex.ofFeatures(sites);
  it('line source, 1,000 m', () => {
    const line = randomLine(15, 5);
    const source: SiteFeature = {
      ...sites[0]!,
      geometry: line,
      properties: { ...sites[0]!.properties, id: 'line', layer: 'tourist-line' },
    };
    const r = bufferQuery(source, sites, 1000, { index });
    const brute = sites
      .filter((f) => pointToLineDistance(pointOf(f)!, line, { units: 'meters' }) <= 1000)
      .map((f) => f.properties.id);
    expect(r.hits.map((h) => h.id).sort()).toEqual(brute.sort());
  });
  it('point source, 5,000 m, excludes itself', () => {
    const src = sites[3]!;
    const r = bufferQuery(src, sites, 5000, { index });
    const p = pointOf(src)!;
    const brute = sites.filter((f) => f !== src && hav(p, pointOf(f)!) <= 5000).map((f) => f.properties.id);
    expect(r.hits.map((h) => h.id).sort()).toEqual(brute.sort());
  });
});

describe('radius and URL parameter', () => {
  it('clamps into 100–10,000 m and rejects non-finite values', () => {
    expect(validateRadius(50)).toEqual({ metres: MIN_BUFFER_M, clamped: true });
    expect(validateRadius(20_000)).toEqual({ metres: MAX_BUFFER_M, clamped: true });
    expect(validateRadius(1000)).toEqual({ metres: 1000, clamped: false });
    expect(() => validateRadius(Number.NaN)).toThrow(RangeError);
    expect(() => validateRadius(Infinity)).toThrow(RangeError);
  });

  it('reads ?buffer=<source-id>:<metres> through the URL codec, refusing what it cannot use', () => {
    expect(parseUrlState('?buffer=yellow-river-tourist-line:1000')).toEqual({
      state: { buffer: { source: 'yellow-river-tourist-line', metres: 1000 } },
      ignored: [],
    });
    expect(parseUrlState(`?buffer=station:${MIN_BUFFER_M}`).state.buffer?.metres).toBe(MIN_BUFFER_M);
    expect(parseUrlState(`?buffer=station:${MAX_BUFFER_M}`).state.buffer?.metres).toBe(MAX_BUFFER_M);
    for (const bad of ['station:99999', 'station:99', 'nocolon', ':100', 'x:-5', 'x:1e3']) {
      expect(parseUrlState(`?buffer=${bad}`), bad).toEqual({ state: {}, ignored: [`buffer=${bad}`] });
    }
  });

  it('refuses a source with unknown position', () => {
    const s: SiteFeature = { ...randomSites(1)[0]!, geometry: null };
    expect(() => bufferQuery(s, [], 1000)).toThrow(/no known position/);
  });
});
