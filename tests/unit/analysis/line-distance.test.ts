import { describe, expect, it } from 'vitest';
import type { LineString, Polygon } from 'geojson';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { geometryDistanceM, pointToLine } from '../../../src/analysis/line-distance';
import { mulberry32, randomLine } from '../../../bench/synthetic-sites';

describe('line-distance', () => {
  const line = randomLine(8, 3);

  it('pointToLine agrees with Turf pointToLineDistance', () => {
    const rnd = mulberry32(5);
    for (let k = 0; k < 200; k++) {
      const p: [number, number] = [103.5 + rnd() * 0.7, 35.9 + rnd() * 0.4];
      expect(pointToLine(p[0], p[1], line).distanceM).toBeCloseTo(pointToLineDistance(p, line, { units: 'meters' }), 4);
    }
  });

  it('crossing lines and contained points are at distance 0', () => {
    const a: LineString = {
      type: 'LineString',
      coordinates: [
        [103.8, 36.0],
        [103.9, 36.1],
      ],
    };
    const b: LineString = {
      type: 'LineString',
      coordinates: [
        [103.8, 36.1],
        [103.9, 36.0],
      ],
    };
    expect(geometryDistanceM(a, b)).toBe(0);
    const sq: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [103.7, 35.9],
          [104, 35.9],
          [104, 36.2],
          [103.7, 36.2],
          [103.7, 35.9],
        ],
      ],
    };
    expect(geometryDistanceM({ type: 'Point', coordinates: [103.85, 36.05] }, sq)).toBe(0);
    expect(geometryDistanceM(a, sq)).toBe(0);
  });

  it('maxM only ever turns distances above maxM into Infinity', () => {
    const rnd = mulberry32(9);
    for (let k = 0; k < 100; k++) {
      const other: LineString = {
        type: 'LineString',
        coordinates: [
          [103.5 + rnd() * 0.7, 35.9 + rnd() * 0.4],
          [103.5 + rnd() * 0.7, 35.9 + rnd() * 0.4],
        ],
      };
      const exact = geometryDistanceM(line, other);
      for (const maxM of [100, 1000, 5000]) {
        const capped = geometryDistanceM(line, other, maxM);
        if (exact <= maxM) expect(capped).toBe(exact);
        else expect(capped > maxM).toBe(true);
      }
    }
  });
});
