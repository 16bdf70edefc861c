import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../src/i18n/dashboard';

describe('dashboard strings', () => {
  it('format values with their units in both languages', () => {
    expect(formatValue('en', 64.94, 'billion yuan')).toBe('64.94 billion yuan');
    expect(formatValue('zh', 64.94, 'billion yuan')).toBe('649.4亿元');
    expect(formatValue('zh', 9.546, 'billion yuan')).toBe('95.46亿元');
    expect(formatValue('zh', 90, 'million visits')).toBe('9,000万人次');
    expect(formatValue('en', 337.9, 'percent change')).toBe('+337.9%');
    expect([formatValue('en', 1, 'designations'), formatValue('en', 2, 'designations')]).toEqual([
      '1 designation',
      '2 designations',
    ]);
    expect(formatValue('en', 36000, 'visits')).toBe('36,000 visits');
    expect(formatValue('en', 18.62, 'percent of GDP')).toBe('18.62% of GDP');
    expect([
      formatValue('en', 25, 'rank'),
      formatValue('en', 92, 'rank'),
      formatValue('en', 11, 'rank'),
      formatValue('en', 21, 'rank'),
    ]).toEqual(['25th', '92nd', '11th', '21st']);
    expect(formatValue('zh', 38, 'rank')).toBe('第38名');
  });
});
