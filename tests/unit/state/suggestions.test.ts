import { describe, expect, it } from 'vitest';
import {
  SUGGESTIONS_KEY,
  isIsoDate,
  loadSuggestions,
  newSuggestionId,
  parseSuggestions,
  readFormSource,
  serializeSuggestions,
  storeSuggestions,
  withSuggestion,
  withoutSuggestion,
} from '../../../src/state/suggestions';
import type { Suggestion } from '../../../src/state/suggestions';
import { memoryStorage } from '../../../src/state/saved-routes';

const S1: Suggestion = {
  id: 'sg-1',
  siteId: 'lanzhou-city-museum',
  position: [103.83, 36.06],
  precision: 'exact',
  source: { kind: 'url', url: 'https://example.org/museum' },
  note: null,
  contributor: null,
  createdAt: '2026-01-02T03:04:05.000Z',
};
const S2: Suggestion = { ...S1, id: 'sg-2', siteId: 'baiyi-temple-pagoda', source: { kind: 'visit', date: '2025-10-01' }, note: '门口', contributor: '王' };
const NOW = () => new Date('2026-02-03T04:05:06.789Z');

describe('suggestions storage', () => {
  it('round-trips through storage and survives a reload', () => {
    const st = memoryStorage();
    expect(storeSuggestions(st, [S1, S2])).toEqual({ ok: true });
    expect(loadSuggestions(st, SUGGESTIONS_KEY, NOW)).toEqual({ suggestions: [S1, S2] });
    expect(loadSuggestions(memoryStorage(), SUGGESTIONS_KEY, NOW)).toEqual({ suggestions: [] });
  });

  it('backs up corrupt text, clears the key and says where it went', () => {
    const st = memoryStorage({ [SUGGESTIONS_KEY]: '{"version":1,"suggestions":[' });
    const r = loadSuggestions(st, SUGGESTIONS_KEY, NOW);
    expect(r).toEqual({ suggestions: [], problem: 'corrupt', backupKey: `${SUGGESTIONS_KEY}.backup-2026-02-03T04:05:06.789Z` });
    expect(st.dump()).toEqual({ [r.backupKey!]: '{"version":1,"suggestions":[' });
  });

  it('keeps the readable entries of a damaged list (and backs up the whole text)', () => {
    const raw = JSON.stringify({ version: 1, suggestions: [S1, { ...S2, position: [500, 0] }, { ...S2, id: 'sg-3', source: { kind: 'url', url: 'javascript:alert(1)' } }] });
    const st = memoryStorage({ [SUGGESTIONS_KEY]: raw });
    const r = loadSuggestions(st, SUGGESTIONS_KEY, NOW);
    expect(r.suggestions).toEqual([S1]);
    expect(r.problem).toBe('corrupt');
    expect(st.getItem(r.backupKey!)).toBe(raw);
    expect(st.getItem(SUGGESTIONS_KEY)).toBe(serializeSuggestions([S1]));
  });

  it('moves a newer version aside and never overwrites one written later by a newer app', () => {
    const raw = JSON.stringify({ version: 2, items: [] });
    const st = memoryStorage({ [SUGGESTIONS_KEY]: raw });
    expect(loadSuggestions(st, SUGGESTIONS_KEY, NOW).problem).toBe('unknown-version');
    st.setItem(SUGGESTIONS_KEY, raw);
    expect(storeSuggestions(st, [S1])).toEqual({ ok: false, reason: 'newer-version' });
    expect(parseSuggestions('"text"')).toEqual({ suggestions: [], problem: 'corrupt' });
  });

  it('storage that throws is "unavailable", never an exception', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => undefined };
    expect(loadSuggestions(broken)).toEqual({ suggestions: [] });
    expect(storeSuggestions(broken, [S1])).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('suggestion list and form helpers', () => {
  it('one suggestion per site: a new one replaces the old in place; remove by id', () => {
    const replaced = withSuggestion([S1, S2], { ...S1, id: 'sg-9', position: [103.84, 36.07] });
    expect(replaced.map((s) => s.id)).toEqual(['sg-9', 'sg-2']);
    expect(withoutSuggestion(replaced, 'sg-2').map((s) => s.id)).toEqual(['sg-9']);
    expect(newSuggestionId([], NOW())).not.toBe(newSuggestionId([{ ...S1, id: newSuggestionId([], NOW()) }], NOW()));
  });

  it('a source is required: a web address, or an on-site visit with a real date that is not in the future', () => {
    const today = '2026-02-03';
    expect(readFormSource('url', '  https://www.lzmuseum.cn/ ', '', today)).toEqual({ source: { kind: 'url', url: 'https://www.lzmuseum.cn/' } });
    expect(readFormSource('url', '', '', today)).toEqual({ problem: 'url-missing' });
    expect(readFormSource('url', 'museum website', '', today)).toEqual({ problem: 'url-invalid' });
    expect(readFormSource('url', 'ftp://example.org/x', '', today)).toEqual({ problem: 'url-invalid' });
    expect(readFormSource('visit', '', '2026-02-01', today)).toEqual({ source: { kind: 'visit', date: '2026-02-01' } });
    expect(readFormSource('visit', '', '', today)).toEqual({ problem: 'date-missing' });
    expect(readFormSource('visit', '', '2025-02-30', today)).toEqual({ problem: 'date-invalid' });
    expect(readFormSource('visit', '', '2026-02-04', today)).toEqual({ problem: 'date-future' });
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
