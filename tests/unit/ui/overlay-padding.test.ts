import { describe, expect, it } from 'vitest';
import { paddingFor } from '../../../src/ui/overlay-padding';

const map = { left: 340, top: 60, right: 1440, bottom: 900 };

describe('paddingFor', () => {
  it('is the base padding when nothing floats over the map', () => {
    expect(paddingFor(map, [], 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
  });

  it('avoids a details panel on the right edge from the right, by its width', () => {
    expect(paddingFor(map, [{ left: 1080, top: 60, right: 1440, bottom: 900 }], 40)).toEqual({
      top: 40,
      right: 400,
      bottom: 40,
      left: 40,
    });
  });

  it('avoids a notice near the bottom from the bottom, and ignores what lies outside the map', () => {
    const notice = { left: 610, top: 800, right: 1170, bottom: 872 };
    const side = { left: 0, top: 60, right: 340, bottom: 900 };
    expect(paddingFor(map, [notice, side], 40)).toEqual({ top: 40, right: 40, bottom: 140, left: 40 });
  });

  it('never pads away more than three quarters of the map', () => {
    const left = { left: 340, top: 60, right: 800, bottom: 900 };
    const right = { left: 1000, top: 60, right: 1440, bottom: 900 };
    const p = paddingFor(map, [left, right], 40);
    expect(p.left + p.right).toBeLessThanOrEqual((map.right - map.left) * 0.75 + 1);
    expect(p.left).toBeGreaterThan(p.right);
    expect(p.right).toBeGreaterThan(40);
  });
});
