import { describe, expect, it } from 'vitest';
import { APPROXIMATE_BOUND_M, circlePolygon, destination, uncertaintyRings } from '../../../src/analysis/uncertainty';
import type { UncertainPoint } from '../../../src/analysis/uncertainty';
import { haversineM } from '../../../src/analysis/geodesy';
import { expectGolden, readFixture } from '../golden';

describe('uncertainty rings', () => {
  it('destination() lands at the asked distance (haversine, same sphere)', () => {
    for (const bearing of [0, 45, 90, 180, 271]) {
      const [lon, lat] = destination([103.8, 36.06], 1234, bearing);
      expect(haversineM(103.8, 36.06, lon, lat)).toBeCloseTo(1234, 6);
    }
  });

  it('a ring is closed, counter-clockwise, and every vertex is at the radius', () => {
    const ring = circlePolygon([103.8, 36.06], 2000, 32).coordinates[0]!;
    expect(ring).toHaveLength(33);
    expect(ring[0]).toEqual(ring[32]);
    for (const [lon, lat] of ring) expect(haversineM(103.8, 36.06, lon!, lat!)).toBeCloseTo(2000, 6);
    // Shoelace sum > 0 ⇔ counter-clockwise in lon/lat.
    let area = 0;
    for (let i = 0; i < ring.length - 1; i++) area += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    expect(area).toBeGreaterThan(0);
  });

  it('uses the stated radius, else the class bound of "approximate" (golden)', () => {
    const input = readFixture<{ steps: number; points: UncertainPoint[] }>('uncertainty', 'two-points');
    const rings = uncertaintyRings(input.points, input.steps);
    expect(rings.features.map((f) => f.properties)).toEqual([
      { id: 'stated-500', radius_m: 500, stated: true },
      { id: 'class-bound', radius_m: APPROXIMATE_BOUND_M, stated: false },
    ]);
    expectGolden('uncertainty', 'two-points', rings);
  });
});
