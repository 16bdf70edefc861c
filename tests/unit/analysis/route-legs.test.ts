import { describe, expect, it } from 'vitest';
import type { LineString, Position } from 'geojson';
import {
  computeRouteLegs,
  DEFAULT_DWELL_MIN,
  DEFAULT_SPEEDS_KMH,
  estimateRouteTimes,
  findTouristLine,
  TOURIST_LINE_SNAP_M,
  type RouteStop,
} from '../../../src/analysis/route-legs';
import type { SiteFeature } from '../../../src/types';

// Independent haversine (not Turf): sphere of radius 6,371,008.8 m, the mean WGS84 radius Turf also uses.
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
function pathLength(cs: Position[]): number {
  let s = 0;
  for (let i = 1; i < cs.length; i++) s += hav(cs[i - 1] as Position, cs[i] as Position);
  return s;
}
/** Latitude offset in degrees for `m` metres north. */
const north = (m: number): number => (m / R) * (180 / Math.PI);

// A bent "river" line through central Lanzhou, west to east.
const LINE: LineString = {
  type: 'LineString',
  coordinates: [
    [103.75, 36.05],
    [103.78, 36.06],
    [103.81, 36.062],
    [103.84, 36.058],
    [103.87, 36.065],
  ],
};

function stop(id: string, lon: number, lat: number, layer: RouteStop['layer'] = 'scenic-spots'): RouteStop {
  return { id, name: id, coordinates: [lon, lat], precision: 'exact', layer };
}

describe('computeRouteLegs', () => {
  const a = stop('a', 103.77, 36.0567 + north(200)); // ~200 m north of the line
  const b = stop('b', 103.85, 36.0603 - north(300)); // ~300 m south of the line
  const far = stop('far', 103.8, 36.1); // ~4 km from the line

  it('uses the tourist line when both ends are within 500 m, and the length is the haversine sum of its path', () => {
    const { legs, totalMetres } = computeRouteLegs([a, b], LINE);
    expect(legs).toHaveLength(1);
    const leg = legs[0]!;
    expect(leg.kind).toBe('tourist-line');
    expect(leg.straight).toBe(false);
    expect(leg.reason).toBe('leg.tourist-line');
    expect(leg.geometry.coordinates[0]).toEqual(a.coordinates);
    expect(leg.geometry.coordinates.at(-1)).toEqual(b.coordinates);
    // It passes through the three interior vertices of the line between the two snapped points.
    for (const v of LINE.coordinates.slice(1, 4)) expect(leg.geometry.coordinates).toContainEqual(v);
    const independent = pathLength(leg.geometry.coordinates);
    expect(Math.abs(leg.metres - independent) / independent).toBeLessThan(1e-9);
    expect(totalMetres).toBeCloseTo(leg.metres, 6);
    // Walk-on and walk-off are the distances to the line (~200 m and ~300 m, ± the bend).
    expect(leg.parts!.toLine).toBeGreaterThan(150);
    expect(leg.parts!.toLine).toBeLessThan(TOURIST_LINE_SNAP_M);
    expect(leg.parts!.fromLine).toBeLessThan(TOURIST_LINE_SNAP_M);
    expect(leg.parts!.toLine + leg.parts!.along + leg.parts!.fromLine).toBeCloseTo(leg.metres, 6);
    expect(leg.metres).toBeGreaterThan(hav(a.coordinates, b.coordinates));
  });

  it('walks the line backwards when the next stop lies upstream', () => {
    const { legs } = computeRouteLegs([b, a], LINE);
    const leg = legs[0]!;
    expect(leg.kind).toBe('tourist-line');
    expect(leg.geometry.coordinates[0]).toEqual(b.coordinates);
    expect(leg.geometry.coordinates.at(-1)).toEqual(a.coordinates);
    const lons = leg.geometry.coordinates.slice(1, -1).map((c) => c[0] as number);
    expect(lons).toEqual([...lons].sort((x, y) => y - x));
    expect(leg.metres).toBeCloseTo(computeRouteLegs([a, b], LINE).totalMetres, 3);
    expect(Math.abs(leg.metres - pathLength(leg.geometry.coordinates))).toBeLessThan(1e-6);
  });

  it('draws a straight leg when one end is more than 500 m from the line, with an independent haversine length', () => {
    const { legs, totalMetres } = computeRouteLegs([a, far, b], LINE);
    expect(legs.map((l) => l.kind)).toEqual(['straight', 'straight']);
    for (const l of legs) {
      expect(l.straight).toBe(true);
      expect(l.reason).toBe('leg.straight.far-from-line');
      expect(l.geometry.coordinates).toHaveLength(2);
    }
    const independent = hav(a.coordinates, far.coordinates) + hav(far.coordinates, b.coordinates);
    expect(Math.abs(totalMetres - independent) / independent).toBeLessThan(1e-9);
  });

  it('applies the 500 m threshold to the point-to-line distance', () => {
    // A meridian is a great circle, so the distance east of it is known independently (to ~1e-5 m).
    // (A parallel would not do: the great circle between two points on it bulges ~5 m towards the pole.)
    const flat: LineString = {
      type: 'LineString',
      coordinates: [
        [103.8, 36.0],
        [103.8, 36.1],
      ],
    };
    const east = (m: number): number => north(m) / Math.cos((36.05 * Math.PI) / 180);
    const near = stop('near', 103.8 + east(499), 36.05);
    const justOut = stop('out', 103.8 + east(501), 36.05);
    const other = stop('other', 103.8, 36.08);
    expect(hav(justOut.coordinates, [103.8, 36.05])).toBeCloseTo(501, 3);
    expect(computeRouteLegs([near, other], flat).legs[0]!.kind).toBe('tourist-line');
    expect(computeRouteLegs([justOut, other], flat).legs[0]!.kind).toBe('straight');
    expect(computeRouteLegs([justOut, other], flat, { snapMetres: 600 }).legs[0]!.kind).toBe('tourist-line');
  });

  it('without a tourist line every leg is straight and says so; a round trip adds the leg home', () => {
    const { legs, totalMetres } = computeRouteLegs([a, b, far], null, { roundTrip: true });
    expect(legs.map((l) => [l.from, l.to])).toEqual([
      ['a', 'b'],
      ['b', 'far'],
      ['far', 'a'],
    ]);
    expect(legs.every((l) => l.reason === 'leg.straight.no-tourist-line')).toBe(true);
    const independent =
      hav(a.coordinates, b.coordinates) + hav(b.coordinates, far.coordinates) + hav(far.coordinates, a.coordinates);
    expect(Math.abs(totalMetres - independent) / independent).toBeLessThan(1e-9);
  });

  it('handles zero or one stop, duplicate positions and approximate stops', () => {
    expect(computeRouteLegs([], LINE)).toEqual({ legs: [], totalMetres: 0 });
    expect(computeRouteLegs([a], LINE).legs).toEqual([]);
    const twin = { ...a, id: 'twin', precision: 'approximate' as const };
    const leg = computeRouteLegs([a, twin], LINE).legs[0]!;
    expect(leg.reason).toBe('leg.straight.same-place');
    expect(leg.metres).toBe(0);
    expect(leg.approximate).toBe(true);
  });
});

describe('estimateRouteTimes', () => {
  const s1 = stop('m', 103.8, 36.06, 'museums');
  const s2 = stop('h', 103.8 + 0.05, 36.06, 'heritage-units');

  it('documents the default speeds and dwell times', () => {
    expect(DEFAULT_SPEEDS_KMH).toEqual({ walk: 4.5, cycle: 12, drive: 30 });
    expect(DEFAULT_DWELL_MIN.museums).toBe(90);
    expect(DEFAULT_DWELL_MIN['scenic-spots']).toBe(60);
    expect(DEFAULT_DWELL_MIN['heritage-units']).toBe(30);
    expect(DEFAULT_DWELL_MIN['tourist-line']).toBe(20);
  });

  it('times legs at the mode speed and adds dwell per stop; overrides win', () => {
    const { legs } = computeRouteLegs([s1, s2], null);
    const metres = legs[0]!.metres;
    const walk = estimateRouteTimes(legs, [s1, s2], 'walk');
    expect(walk.legMinutes[0]).toBeCloseTo((metres / 4500) * 60, 9);
    expect(walk.dwellMinutes).toEqual([90, 30]);
    expect(walk.totalMinutes).toBeCloseTo(walk.travelMinutes + 120, 9);
    const drive = estimateRouteTimes(legs, [s1, s2], 'drive');
    expect(drive.travelMinutes).toBeCloseTo((metres / 30000) * 60, 9);
    const custom = estimateRouteTimes(legs, [s1, s2], 'cycle', {
      speedsKmh: { cycle: 15 },
      dwellMin: { museums: 45 },
      dwellByStop: { h: 10 },
    });
    expect(custom.speedKmh).toBe(15);
    expect(custom.dwellMinutes).toEqual([45, 10]);
    expect(() => estimateRouteTimes(legs, [s1, s2], 'walk', { speedsKmh: { walk: 0 } })).toThrow(RangeError);
  });
});

describe('findTouristLine', () => {
  it('finds the line in the tourist-line layer, or the longest part of a MultiLineString', async () => {
    const { readFileSync } = await import('node:fs');
    const fc = JSON.parse(readFileSync(new URL('../../../geodata/tourist-line.geojson', import.meta.url), 'utf8')) as {
      features: SiteFeature[];
    };
    const line = findTouristLine(fc.features);
    expect(line?.geometry.type).toBe('LineString');
    expect(findTouristLine([])).toBeNull();
    const base = fc.features.find((f) => f.geometry?.type === 'LineString')!;
    const multi = {
      ...base,
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: [
          [
            [103.7, 36],
            [103.71, 36],
          ],
          [
            [103.7, 36],
            [103.8, 36],
          ],
        ],
      },
    };
    expect(findTouristLine([multi])?.geometry.coordinates).toEqual([
      [103.7, 36],
      [103.8, 36],
    ]);
  });
});

describe('tourist-line legs where both stops snap onto the same segment', () => {
  // Regression: lineSlice keeps call order on one segment, so a b→a leg was reversed twice (a zig-zag ~3× long).
  const ONE_SEGMENT: LineString = {
    type: 'LineString',
    coordinates: [
      [103.75, 36.06],
      [103.85, 36.06],
    ],
  };
  const s = (id: string, lon: number): RouteStop => ({
    id,
    coordinates: [lon, 36.06 + north(100)],
    precision: 'exact',
    layer: 'heritage-units',
  });
  it('has the same length in both directions, equal to 100 m + along + 100 m', () => {
    const ab = computeRouteLegs([s('a', 103.76), s('b', 103.8)], ONE_SEGMENT).legs[0]!;
    const ba = computeRouteLegs([s('b', 103.8), s('a', 103.76)], ONE_SEGMENT).legs[0]!;
    expect(ab.kind).toBe('tourist-line');
    expect(ba.kind).toBe('tourist-line');
    // The segment is a great circle, which bows ~1 m off the parallel over 3.6 km: allow 5 m.
    const expected = 100 + hav([103.76, 36.06], [103.8, 36.06]) + 100;
    expect(Math.abs(ab.metres - expected)).toBeLessThan(5);
    expect(ba.metres).toBeCloseTo(ab.metres, 6);
    expect(pathLength(ba.geometry.coordinates)).toBeCloseTo(ba.metres, 0);
  });
});
