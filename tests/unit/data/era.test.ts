import { describe, expect, it } from 'vitest';
import { eraLabelEn, eraRange } from '../../../src/data/era';

describe('eraRange', () => {
  it('maps single dynasties', () => {
    expect(eraRange('明')).toEqual({ start: 1368, end: 1644 });
    expect(eraRange('清')).toEqual({ start: 1644, end: 1912 });
    expect(eraRange('民国')).toEqual({ start: 1912, end: 1949 });
  });
  it('spans from the earliest start to the latest end', () => {
    expect(eraRange('明清')).toEqual({ start: 1368, end: 1912 });
    expect(eraRange('明至清')).toEqual({ start: 1368, end: 1912 });
    expect(eraRange('明至民国')).toEqual({ start: 1368, end: 1949 });
    expect(eraRange('明、清 (Ming–Qing)')).toEqual({ start: 1368, end: 1912 });
    expect(eraRange('元/明–清')).toEqual({ start: 1271, end: 1912 });
    expect(eraRange('宋–清')).toEqual({ start: 960, end: 1912 });
  });
  it('prefers explicit years and ignores bracketed side notes', () => {
    expect(eraRange('1937～1943年')).toEqual({ start: 1937, end: 1943 });
    expect(eraRange('1986')).toEqual({ start: 1986, end: 1986 });
    expect(eraRange('清 (1785)')).toEqual({ start: 1644, end: 1912 });
    expect(eraRange('清末')).toEqual({ start: 1644, end: 1912 });
  });
  it('uses a named culture and leaves a bare "Neolithic" unmapped', () => {
    expect(eraRange('新石器时代 齐家文化')).toEqual({ start: -2200, end: -1600 });
    expect(eraRange('新石器时代')).toBeNull();
  });
  it('returns null for nothing mapped', () => {
    expect(eraRange(null)).toBeNull();
    expect(eraRange('')).toBeNull();
    expect(eraRange('not stated')).toBeNull();
  });
  it('labels in English', () => {
    expect(eraLabelEn('明至民国')).toBe('Ming–Republic of China');
    expect(eraLabelEn('清')).toBe('Qing');
    expect(eraLabelEn('unknown')).toBeNull();
  });
});
