import { describe, expect, it } from 'vitest';
import { extentOf, vertices } from '../../../src/analysis/positions';

describe('positions', () => {
  it('lists the vertices of every ring and part', () => {
    expect(
      vertices({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      }),
    ).toHaveLength(4);
  });

  it('gives the west, south, east and north bounds of positions, and null for none', () => {
    expect(
      extentOf([
        [103.8, 36.1],
        [103.6, 36.0],
        [104.0, 36.2],
      ]),
    ).toEqual([103.6, 36.0, 104.0, 36.2]);
    expect(extentOf([[103.8, 36.1]])).toEqual([103.8, 36.1, 103.8, 36.1]);
    expect(extentOf([])).toBeNull();
  });
});
