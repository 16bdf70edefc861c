import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { EARTH_RADIUS_M, haversineM, interpolateGreatCircle } from '../../../src/analysis/geodesy';
import { randomSites } from '../../../bench/synthetic-sites';
import { pointOf } from '../../../src/analysis/features';
import { bearing, destination } from '../../fixtures/make-analysis-inputs';

describe('geodesy', () => {
  it("uses Turf's sphere (6371.0088 km)", () => {
    expect(EARTH_RADIUS_M).toBe(6371008.8);
  });

  it('haversineM agrees with @turf/distance on 1,000 random pairs', () => {
    const pts = randomSites(1000, 3)
      .map((f) => pointOf(f))
      .filter((p): p is [number, number] => p !== null);
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!,
        b = pts[i + 1]!;
      const turf = distance(a, b, { units: 'meters' });
      expect(Math.abs(haversineM(a[0], a[1], b[0], b[1]) - turf)).toBeLessThan(1e-6);
    }
  });

  it('interpolateGreatCircle stays on the arc and splits it proportionally', () => {
    const a: [number, number] = [103.7, 36.0];
    const b: [number, number] = [103.9, 36.2];
    const L = haversineM(a[0], a[1], b[0], b[1]);
    for (const t of [0, 0.25, 0.5, 0.9, 1]) {
      const p = interpolateGreatCircle(a, b, t);
      // On the arc: distances from both ends add up to the whole.
      expect(haversineM(a[0], a[1], p[0], p[1])).toBeCloseTo(t * L, 6);
      expect(haversineM(p[0], p[1], b[0], b[1])).toBeCloseTo((1 - t) * L, 6);
      // Same point as walking t·L along the initial bearing (independent formula).
      const q = destination(a, t * L, bearing(a, b));
      expect(haversineM(p[0], p[1], q[0], q[1])).toBeLessThan(1e-6);
    }
  });
});
