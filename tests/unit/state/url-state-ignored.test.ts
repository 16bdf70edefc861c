// URL parameters: for random and hostile links the parser never throws and reports what it ignored.
// (The round-trip property lives in url-state.test.ts; this file checks the reporting half.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { URL_PARAMS, parseUrlState } from '../../../src/state/url-state';

const KNOWN_PARAMS = Object.keys(URL_PARAMS);

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<img src=x onerror=window.__pwned=1>',
    'javascript:alert(1)',
    '"><script>alert(1)</script>',
    '%',
    '\u0000',
    '🙂',
    'a'.repeat(5000),
  ),
);
const unknownKey = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !KNOWN_PARAMS.includes(k));

describe('parseUrlState reports what it ignored (property-based)', () => {
  it('every unknown parameter is listed by name; nothing throws', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(unknownKey, hostile), { minLength: 1, maxLength: 6 }), (pairs) => {
        const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const { state, ignored } = parseUrlState(`?${qs}`);
        expect(state).toEqual({});
        expect(ignored).toHaveLength(pairs.length);
        pairs.forEach(([k], i) => expect(ignored[i]?.startsWith(`${k}=`)).toBe(true));
        // Reported values are bounded, so a hostile link cannot flood the notice.
        for (const s of ignored) expect(s.length).toBeLessThanOrEqual(20 + 1 + 61);
      }),
      { numRuns: 300 },
    );
  });

  it('a known parameter with a hostile value is either understood or listed; never silently dropped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_PARAMS), hostile, (key, value) => {
        const { state, ignored } = parseUrlState(`?${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
        const understood = Object.keys(state).length > 0;
        const listed = ignored.some((s) => s.startsWith(`${key}=`));
        // An empty value may legitimately mean "default" (e.g. layers=) and produce state; otherwise one of the two.
        expect(understood || listed || value === '').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
