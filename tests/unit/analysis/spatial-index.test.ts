// The index against independent brute-force scans (Turf distance / pointToLineDistance over every point)
// on seeded synthetic data: 1k and 10k random points in Lanzhou's bounding box.
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { LineString } from 'geojson';
import { PointIndex } from '../../../src/analysis/spatial-index';
import { mulberry32, randomLine, randomSites, makeSite, LANZHOU_BBOX } from '../../../bench/synthetic-sites';
import { pointOf } from '../../../src/analysis/features';
import type { SiteFeature } from '../../../src/types';

function coordsOf(features: SiteFeature[]): [number, number][] {
  return features.map((f) => pointOf(f) ?? [NaN, NaN]);
}

function randomQueries(n: number, seed: number): [number, number][] {
  const rnd = mulberry32(seed);
  const [x0, y0, x1, y1] = LANZHOU_BBOX;
  return Array.from({ length: n }, () => [x0 + rnd() * (x1 - x0), y0 + rnd() * (y1 - y0)] as [number, number]);
}

describe.each([1_000, 10_000])('PointIndex on %i random points', (size) => {
  const sites = randomSites(size, size);
  const coords = coordsOf(sites);
  const index = PointIndex.ofFeatures(sites);
  const queries = randomQueries(25, size + 1);

  it('indexes every located point', () => {
    expect(index.size).toBe(size);
  });

  it.each([100, 1_000, 10_000])('withinRadius(%i m) equals a brute-force Turf scan', (r) => {
    for (const [lon, lat] of queries) {
      const brute = coords
        .map((c, i) => ({ i, d: distance([lon, lat], c, { units: 'meters' }) }))
        .filter((x) => x.d <= r)
        .sort((a, b) => a.d - b.d || a.i - b.i);
      const got = index.withinRadius(lon, lat, r);
      expect(got.map((h) => h.i)).toEqual(brute.map((x) => x.i));
      got.forEach((h, k) => expect(Math.abs(h.distanceM - (brute[k]?.d ?? NaN))).toBeLessThan(1e-6));
    }
  });

  it('nearest(k, maxMetres) equals the first k of a sorted brute-force scan', () => {
    for (const [lon, lat] of queries) {
      const all = coords
        .map((c, i) => ({ i, d: distance([lon, lat], c, { units: 'meters' }) }))
        .sort((a, b) => a.d - b.d || a.i - b.i);
      expect(index.nearest(lon, lat, 7).map((h) => h.i)).toEqual(all.slice(0, 7).map((x) => x.i));
      const capped = all.filter((x) => x.d <= 3000).slice(0, 7);
      expect(index.nearest(lon, lat, 7, 3000).map((h) => h.i)).toEqual(capped.map((x) => x.i));
    }
  });

  it('filters apply before k is counted', () => {
    const [lon, lat] = queries[0]!;
    const museums = index.nearest(lon, lat, 5, Infinity, (f) => f.properties.layer === 'museums');
    expect(museums).toHaveLength(5);
    expect(museums.every((h) => h.item.properties.layer === 'museums')).toBe(true);
  });

  it.each([100, 1_000, 5_000])('withinDistanceOfLine(%i m) equals a brute-force pointToLineDistance scan', (r) => {
    const line: LineString = randomLine(12, size);
    const brute = coords
      .map((c, i) => ({ i, d: pointToLineDistance(c, line, { units: 'meters' }) }))
      .filter((x) => x.d <= r)
      .sort((a, b) => a.d - b.d || a.i - b.i);
    const got = index.withinDistanceOfLine(line, r);
    expect(got.map((h) => h.i)).toEqual(brute.map((x) => x.i));
    got.forEach((h, k) => expect(Math.abs(h.distanceM - (brute[k]?.d ?? NaN))).toBeLessThan(1e-4));
  });
});

describe('PointIndex edge cases', () => {
  it('an empty index answers every query with []', () => {
    const empty = PointIndex.ofFeatures([]);
    expect(empty.withinRadius(103.8, 36.06, 1000)).toEqual([]);
    expect(empty.nearest(103.8, 36.06, 3)).toEqual([]);
    expect(
      empty.withinDistanceOfLine(
        {
          type: 'LineString',
          coordinates: [
            [103.8, 36],
            [103.9, 36],
          ],
        },
        1000,
      ),
    ).toEqual([]);
  });

  it('leaves out null geometries and unknown positions', () => {
    const idx = PointIndex.ofFeatures([
      makeSite('a', 'museums', [103.8, 36.06]),
      makeSite('b', 'museums', null),
      makeSite('c', 'museums', [103.8, 36.06], { precision: 'unknown' }),
    ]);
    expect(idx.size).toBe(1);
  });

  it('a one-vertex line behaves as a point', () => {
    const idx = PointIndex.ofFeatures([makeSite('a', 'museums', [103.8, 36.06])]);
    const hits = idx.withinDistanceOfLine({ type: 'LineString', coordinates: [[103.8, 36.065]] }, 1000);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.distanceM).toBeCloseTo(distance([103.8, 36.06], [103.8, 36.065], { units: 'meters' }), 6);
  });
});
