import { describe, expect, it } from 'vitest';
import { rangeWith, visibleRange } from '../../../src/ui/virtual-window';

describe('visibleRange', () => {
  const base = { count: 10_000, rowHeight: 50, viewHeight: 500, overscan: 5 };

  it('builds the rows in view plus the overscan, clamped at the top', () => {
    expect(visibleRange({ ...base, viewTop: 0 })).toEqual({ start: 0, end: 15 });
    expect(visibleRange({ ...base, viewTop: -300 })).toEqual({ start: 0, end: 9 });
  });

  it('follows the scroll position', () => {
    // 5,000 px down: rows 100–110 are in view.
    expect(visibleRange({ ...base, viewTop: 5000 })).toEqual({ start: 95, end: 115 });
    // Half a row down: the partly visible row 10 is built too.
    expect(visibleRange({ ...base, viewTop: 25 })).toEqual({ start: 0, end: 16 });
  });

  it('is clamped at the end and handles short or empty lists', () => {
    expect(visibleRange({ ...base, viewTop: 50 * 9_995 })).toEqual({ start: 9_990, end: 10_000 });
    expect(visibleRange({ ...base, count: 3, viewTop: 0 })).toEqual({ start: 0, end: 3 });
    expect(visibleRange({ ...base, count: 0, viewTop: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRange({ ...base, viewTop: 1e9 })).toEqual({ start: 10_000, end: 10_000 });
  });
});

describe('rangeWith', () => {
  it('keeps a range that holds the row, else centres one of the same size on it', () => {
    expect(rangeWith({ start: 10, end: 30 }, 15, 100)).toEqual({ start: 10, end: 30 });
    expect(rangeWith({ start: 10, end: 30 }, 60, 100)).toEqual({ start: 50, end: 70 });
    expect(rangeWith({ start: 10, end: 30 }, 99, 100)).toEqual({ start: 80, end: 100 });
    expect(rangeWith({ start: 10, end: 30 }, 0, 100)).toEqual({ start: 0, end: 20 });
  });
});
