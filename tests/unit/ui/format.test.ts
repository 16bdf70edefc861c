// Lengths and durations in the UI language's units: 米 / 公里 / 分钟 in Chinese, m / km / min in English
// (src/ui/analysis/format.ts; the route planner, Nearby and buffer use them).
import { describe, expect, it } from 'vitest';
import { formatDistance, formatDuration, formatLength } from '../../../src/ui/analysis/format';

describe('formatLength', () => {
  it('whole metres below 1 km, km with two decimals below 10 km, one above', () => {
    expect(formatLength('en', 850.4)).toBe('850 m');
    expect(formatLength('en', 1234)).toBe('1.23 km');
    expect(formatLength('en', 12_345)).toBe('12.3 km');
    expect(formatLength('zh', 850.4)).toBe('850 米');
    expect(formatLength('zh', 1234)).toBe('1.23 公里');
  });
});

describe('formatDuration', () => {
  it('minutes, then hours and minutes', () => {
    expect(formatDuration('en', 44.6)).toBe('45 min');
    expect(formatDuration('en', 125)).toBe('2 h 05 min');
    expect(formatDuration('zh', 44.6)).toBe('45 分钟');
    expect(formatDuration('zh', 125)).toBe('2 小时 05 分钟');
  });
});

describe('formatDistance', () => {
  it('uses the same units words', () => {
    expect(formatDistance('zh', 12_345)).toBe('12.3 公里');
    expect(formatDistance('en', 823)).toBe('823 m');
  });
});
