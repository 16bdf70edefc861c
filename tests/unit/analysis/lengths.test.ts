import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, LineString, Polygon } from 'geojson';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import type { SiteFeature } from '../../../src/types';
import { alongLineDistance, lengthWithinAreasKm, lineLengthKm } from '../../../src/analysis/lengths';
import { expectGolden, readFixture } from '../golden';
import { pointOf } from '../../../src/analysis/features';

type Input = FeatureCollection<Geometry | null> & {
  query: { line: string; from: string; to: string; railway: string };
};

const R = 6371008.8;
const RAD = Math.PI / 180;

function load() {
  const input = readFixture<Input>('lengths', 'tourist-line-and-rail');
  const byId = (id: string) =>
    input.features.find((f) => (f.properties as { id?: string } | null)?.id === id) as SiteFeature;
  const line = byId(input.query.line) as SiteFeature & { geometry: LineString };
  const from = { coordinates: pointOf(byId(input.query.from))! };
  const to = { coordinates: pointOf(byId(input.query.to))! };
  const rail = byId(input.query.railway) as SiteFeature & { geometry: LineString };
  const square = input.features.find((f) => f.geometry?.type === 'Polygon') as Feature<Polygon>;
  return { line, from: from.coordinates, to: to.coordinates, rail, square };
}

describe('lengths', () => {
  const { line, from, to, rail, square } = load();
  const lineFeature = {
    type: 'Feature' as const,
    properties: { precision: line.properties.precision },
    geometry: line.geometry,
  };

  it('line length equals the sum of independent haversine segment lengths, flagged approximate', () => {
    const c = line.geometry.coordinates;
    let sum = 0;
    for (let i = 0; i + 1 < c.length; i++) {
      const a = c[i]!,
        b = c[i + 1]!;
      const h =
        Math.sin(((b[1]! - a[1]!) * RAD) / 2) ** 2 +
        Math.cos(a[1]! * RAD) * Math.cos(b[1]! * RAD) * Math.sin(((b[0]! - a[0]!) * RAD) / 2) ** 2;
      sum += 2 * R * Math.asin(Math.sqrt(h));
    }
    const r = lineLengthKm(lineFeature);
    expect(r.km).toBeCloseTo(sum / 1000, 9);
    expect(r.approximate).toBe(true);
    expect(lineLengthKm(line.geometry).approximate).toBe(false);
  });

  it('along-line distance equals the difference of snapped positions along the line, in either order', () => {
    const a = nearestPointOnLine(line.geometry, from, { units: 'kilometers' }).properties.totalDistance;
    const b = nearestPointOnLine(line.geometry, to, { units: 'kilometers' }).properties.totalDistance;
    const r = alongLineDistance(lineFeature, from, to);
    expect(r.alongKm).toBeCloseTo(Math.abs(b - a), 6);
    expect(alongLineDistance(lineFeature, to, from).alongKm).toBeCloseTo(r.alongKm!, 6);
    expect(r.alongKm!).toBeGreaterThanOrEqual(r.straightKm - (r.fromOffsetM + r.toOffsetM) / 1000);
    expect(r.fromOffsetM).toBeGreaterThan(0);
    expect(r.approximate).toBe(true);
  });

  it('MultiLineString: stops on different parts give alongKm null with a reason', () => {
    const multi = {
      type: 'MultiLineString' as const,
      coordinates: [
        [
          [103.7, 36.0],
          [103.75, 36.0],
        ],
        [
          [103.8, 36.0],
          [103.85, 36.0],
        ],
      ],
    };
    const r = alongLineDistance(multi, [103.71, 36.0], [103.84, 36.0]);
    expect(r.alongKm).toBeNull();
    expect(r.reason).toBe('different-parts');
    const same = alongLineDistance(multi, [103.81, 36.0], [103.84, 36.0]);
    expect(same.alongKm).toBeCloseTo(same.straightKm, 3);
  });

  it('a meridian railway inside a lon/lat square: hand-checkable length', () => {
    // Only the meridian part 35.9→36.1 at lon 103.9 is used here: inside from lat 36.0 to 36.1 = 0.1° of arc.
    const meridian: LineString = {
      type: 'LineString',
      coordinates: [
        [103.9, 35.9],
        [103.9, 36.1],
      ],
    };
    const r = lengthWithinAreasKm(meridian, [square]);
    expect(r.km).toBeCloseTo((R * 0.1 * RAD) / 1000, 5);
    expect(Math.abs(r.km - (R * 0.1 * RAD) / 1000)).toBeLessThanOrEqual(r.errorBoundKm + 1e-9);
    expect(r.errorBoundKm).toBeLessThan(1e-5);
    expect(r.totalKm).toBeCloseTo((R * 0.2 * RAD) / 1000, 9);
  });

  it('a line wholly inside or wholly outside', () => {
    const inside: LineString = {
      type: 'LineString',
      coordinates: [
        [103.85, 36.05],
        [104.0, 36.15],
      ],
    };
    const outside: LineString = {
      type: 'LineString',
      coordinates: [
        [102.0, 35.0],
        [102.5, 35.5],
      ],
    };
    expect(lengthWithinAreasKm(inside, [square]).km).toBeCloseTo(lineLengthKm(inside).km, 9);
    expect(lengthWithinAreasKm(outside, [square]).km).toBe(0);
  });

  it('matches the golden file', () => {
    expectGolden('lengths', 'tourist-line-and-rail', {
      touristLine: lineLengthKm(lineFeature),
      along: alongLineDistance(lineFeature, from, to),
      railWithinSquare: lengthWithinAreasKm(rail.geometry, [square]),
    });
  });
});
