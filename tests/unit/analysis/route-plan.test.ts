import { describe, expect, it } from 'vitest';
import type { Geometry, LineString, Position } from 'geojson';
import {
  heritageAlongRoute,
  matchImportedPoints,
  moveItem,
  resolveRoute,
  routeDistanceMatrix,
} from '../../../src/analysis/route-plan';
import { computeRouteLegs } from '../../../src/analysis/route-legs';
import { optimiseTourOrder, tourDistance } from '../../../src/analysis/tour-order';
import type { LayerId, Precision, SiteFeature, SiteProperties } from '../../../src/types';

// Independent haversine on the sphere R = 6,371,008.8 m (not Turf), to check distances.
const R = 6_371_008.8;
function hav(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = ((b[1] as number) - (a[1] as number)) * rad;
  const dLon = ((b[0] as number) - (a[0] as number)) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos((a[1] as number) * rad) * Math.cos((b[1] as number) * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
const north = (m: number): number => (m / R) * (180 / Math.PI);

function site(
  id: string,
  geometry: Geometry | null,
  extra: Partial<SiteProperties> = {},
  precision: Precision = 'exact',
  layer: LayerId = 'heritage-units',
): SiteFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      layer,
      name_zh: `名${id}`,
      name_en: `Name ${id}`,
      district: null,
      address: null,
      precision,
      position_source: null,
      crs_original: null,
      position_original: null,
      facts: [],
      sources: [],
      ...extra,
    },
  };
}
const pt = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });

describe('resolveRoute', () => {
  const sites = new Map<string, SiteFeature>([
    ['a', site('a', pt(103.8, 36.06))],
    ['b', site('b', pt(103.81, 36.06), {}, 'approximate')],
    ['lost', site('lost', null, {}, 'unknown')],
    [
      'line',
      site(
        'line',
        {
          type: 'LineString',
          coordinates: [
            [103.7, 36],
            [103.9, 36.1],
          ],
        },
        {},
        'approximate',
        'tourist-line',
      ),
    ],
  ]);
  it('keeps located stops in order and reports every other id with its reason', () => {
    const r = resolveRoute(['b', 'nope', 'a', 'lost', 'line', 'b'], (id) => sites.get(id));
    expect(r.stops.map((s) => s.id)).toEqual(['b', 'a']);
    expect(r.stops[0]!.approximate).toBe(true);
    expect(r.problems).toEqual([
      { id: 'nope', reason: 'not-found' },
      { id: 'lost', reason: 'no-geometry' },
      { id: 'line', reason: 'not-a-point' },
      { id: 'b', reason: 'duplicate' },
    ]);
  });
});

describe('editing the order', () => {
  // Adding and removing a stop are store updates in the planner, exercised through the panel in tests/e2e/route.test.ts.
  it('moves items up, down and by drag', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 1, 2)).toEqual(['a', 'c', 'b', 'd']); // move down
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']); // move up
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']); // drag first onto last
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']); // clamped
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']); // out of range: unchanged
  });
});

// A straight west–east "tourist line" and stops 100 m north of it (snap), plus one 2 km north (straight legs).
const LINE: LineString = {
  type: 'LineString',
  coordinates: [
    [103.75, 36.06],
    [103.85, 36.06],
  ],
};
const stop = (id: string, lon: number, dNorth: number) => ({
  id,
  coordinates: [lon, 36.06 + north(dNorth)] as [number, number],
  precision: 'exact' as const,
  layer: 'heritage-units' as const,
});

describe('routeDistanceMatrix', () => {
  const stops = [stop('a', 103.76, 100), stop('b', 103.8, 100), stop('c', 103.78, 2000), stop('d', 103.83, 100)];
  it('uses the same leg lengths the panel shows, so the optimised total equals the legs total', () => {
    const { matrix, basis } = routeDistanceMatrix(stops, LINE);
    expect(basis).toBe('legs');
    for (let i = 0; i < stops.length; i++) {
      for (let j = 0; j < stops.length; j++) {
        if (i === j) continue;
        expect(matrix[i]![j]).toBeCloseTo(computeRouteLegs([stops[i]!, stops[j]!], LINE).totalMetres, 6);
      }
    }
    const r = optimiseTourOrder(matrix, { start: 0 });
    const ordered = r.order.map((i) => stops[i]!);
    expect(computeRouteLegs(ordered, LINE).totalMetres).toBeCloseTo(r.distance, 6);
    // Brute force over every order that starts at a.
    let best = Infinity;
    for (const p of [
      [1, 2, 3],
      [1, 3, 2],
      [2, 1, 3],
      [2, 3, 1],
      [3, 1, 2],
      [3, 2, 1],
    ]) {
      best = Math.min(
        best,
        computeRouteLegs(
          [0, ...p].map((i) => stops[i]!),
          LINE,
        ).totalMetres,
      );
    }
    expect(r.distance).toBeCloseTo(best, 6);
    expect(r.saved).toBeCloseTo(r.originalDistance - r.distance, 6);
    expect(r.saved).toBeGreaterThan(0);
  });
  it('without a tourist line the matrix is the haversine distance (checked independently)', () => {
    const { matrix } = routeDistanceMatrix(stops, null);
    expect(matrix[0]![2]).toBeCloseTo(hav(stops[0]!.coordinates, stops[2]!.coordinates), 3);
    expect(tourDistance(matrix, [0, 1, 2, 3])).toBeCloseTo(computeRouteLegs(stops, null).totalMetres, 6);
  });
});

describe('heritageAlongRoute', () => {
  const a = site('a', pt(103.76, 36.06));
  const b = site('b', pt(103.8, 36.06));
  const near = site('near', pt(103.78, 36.06 + north(300)), { level: 'national' });
  const edge = site('edge', pt(103.79, 36.06 + north(499)), { level: 'provincial' }, 'approximate');
  const far = site('far', pt(103.78, 36.06 + north(700)), { level: 'national' });
  const museum = site('museum', pt(103.77, 36.06 - north(200)), {}, 'exact', 'museums');
  const ich = site('ich', pt(103.78, 36.06), {}, 'exact', 'ich-items');
  const twin = site('twin', pt(103.8, 36.06), {}, 'exact', 'scenic-spots'); // same place as stop b
  const all = [a, b, near, edge, far, museum, ich, twin];
  const stops = [stop('a', 103.76, 0), stop('b', 103.8, 0)];
  it('lists units, museums and scenic spots within N m of the legs, not stops, not other layers', () => {
    const legs = computeRouteLegs(stops, null).legs;
    const hits = heritageAlongRoute(stops, legs, all, 500);
    expect(hits.map((h) => h.id)).toEqual(['museum', 'near', 'edge']);
    expect(hits.find((h) => h.id === 'near')!.group).toBe('national');
    expect(hits.find((h) => h.id === 'edge')!.approximate).toBe(true);
    expect(hits.find((h) => h.id === 'near')!.distanceM).toBeCloseTo(300, 0);
    expect(heritageAlongRoute(stops, legs, all, 800).map((h) => h.id)).toContain('far');
  });
  it('measures around the only stop when there is no leg', () => {
    const hits = heritageAlongRoute([stop('a', 103.76, 0)], [], all, 1000);
    expect(hits.map((h) => h.id)).toEqual(['museum']);
  });
});

describe('matchImportedPoints', () => {
  const a = site('a', pt(103.8, 36.06));
  const b = site('b', pt(103.81, 36.06));
  const lost = site('lost', null, {}, 'unknown');
  it('matches by id hint first, else the nearest located site within 100 m, and reports the rest', () => {
    const r = matchImportedPoints(
      [
        { name: 'x', lon: 103.9, lat: 36.2, id: 'b' },
        { name: 'near a', lon: 103.8, lat: 36.06 + north(60) },
        { name: 'nowhere', lon: 103.805, lat: 36.06 + north(1000) },
        { name: 'again a', lon: 103.8, lat: 36.06, id: 'lost' },
      ],
      [a, b, lost],
    );
    expect(r.ids).toEqual(['b', 'a']);
    expect(r.matches[0]).toMatchObject({ id: 'b', by: 'id' });
    expect(r.matches[1]).toMatchObject({ id: 'a', by: 'position' });
    const miss = r.matches[2]!;
    expect(miss.id).toBeNull();
    if (miss.id === null) expect(miss.nearestM).toBeGreaterThan(1000);
    expect(r.matches[3]).toMatchObject({ id: 'a', by: 'position' });
  });
});
