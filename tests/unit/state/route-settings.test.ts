import { describe, expect, it } from 'vitest';
import { DEFAULT_ALONG_M, parseRouteSettings, serializeRouteSettings, validOsrmUrl } from '../../../src/state/route-settings';

describe('route settings', () => {
  it('round-trips', () => {
    const s = { speedsKmh: { walk: 5 }, dwellMin: { museums: 120 }, osrmUrl: 'http://127.0.0.1:5000', alongMetres: 800 };
    expect(parseRouteSettings(serializeRouteSettings(s))).toEqual(s);
  });
  it('falls back field by field and never throws', () => {
    expect(parseRouteSettings(null)).toEqual({ speedsKmh: {}, dwellMin: {}, osrmUrl: '', alongMetres: DEFAULT_ALONG_M });
    expect(parseRouteSettings('{not json').alongMetres).toBe(DEFAULT_ALONG_M);
    expect(parseRouteSettings(JSON.stringify({ version: 2, alongMetres: 900 })).alongMetres).toBe(DEFAULT_ALONG_M);
    const mixed = parseRouteSettings(JSON.stringify({
      version: 1, speedsKmh: { walk: -1, cycle: 15, fly: 800 }, dwellMin: { museums: 'x', 'scenic-spots': 30 },
      osrmUrl: 'javascript:alert(1)', alongMetres: 50,
    }));
    expect(mixed).toEqual({ speedsKmh: { cycle: 15 }, dwellMin: { 'scenic-spots': 30 }, osrmUrl: '', alongMetres: DEFAULT_ALONG_M });
  });
  it('accepts only http(s) endpoints or empty', () => {
    expect(validOsrmUrl('')).toBe(true);
    expect(validOsrmUrl('https://router.example.org')).toBe(true);
    expect(validOsrmUrl('ftp://x')).toBe(false);
    expect(validOsrmUrl('not a url')).toBe(false);
  });
});
