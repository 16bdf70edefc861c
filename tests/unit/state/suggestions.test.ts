import { describe, expect, it } from 'vitest';
import {
  SUGGESTIONS_KEY,
  loadSuggestions,
  mergeSuggestions,
  parseSuggestions,
  readFormSource,
  serializeSuggestions,
  storeSuggestions,
  withSuggestion,
  withoutSuggestion,
} from '../../../src/state/suggestions';
import type { Suggestion } from '../../../src/state/suggestions';
import { contributionFeature } from '../../../src/data/contribution';
import { memoryStorage } from '../../../src/state/storage';

const S1: Suggestion = contributionFeature([103.83, 36.06], {
  site_id: 'lanzhou-city-museum',
  precision: 'exact',
  uncertainty_m: null,
  source: { kind: 'url', url: 'https://example.org/museum' },
  note: null,
  contributor: null,
  app_version: '0.1.0',
  created: '2026-01-02T03:04:05.000Z',
});
const S2: Suggestion = contributionFeature([103.831, 36.061], {
  ...S1.properties,
  site_id: 'baiyi-temple-pagoda',
  source: { kind: 'site-visit', date: '2025-10-01' },
  note: '门口',
  contributor: '王',
});
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
    expect(r).toEqual({
      suggestions: [],
      problem: 'corrupt',
      backupKey: `${SUGGESTIONS_KEY}.backup-2026-02-03T04:05:06.789Z`,
    });
    expect(st.dump()).toEqual({ [r.backupKey!]: '{"version":1,"suggestions":[' });
  });

  it('keeps the readable entries of a damaged list, checked by the contribution-file validator', () => {
    const outOfRange = { ...S2, geometry: { type: 'Point', coordinates: [500, 0] } };
    const scriptUrl = { ...S2, properties: { ...S2.properties, source: { kind: 'url', url: 'javascript:alert(1)' } } };
    const raw = JSON.stringify({ version: 1, suggestions: [S1, outOfRange, scriptUrl] });
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
    const broken = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
      setItem: (): void => {
        throw new Error('denied');
      },
      removeItem: (): void => undefined,
    };
    expect(loadSuggestions(broken)).toEqual({ suggestions: [] });
    expect(storeSuggestions(broken, [S1])).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('suggestion list and form helpers', () => {
  it('one suggestion per site: a new one replaces the old in place; remove by site', () => {
    const moved = contributionFeature([103.84, 36.07], { ...S1.properties, created: '2026-01-03T00:00:00Z' });
    const replaced = withSuggestion([S1, S2], moved);
    expect(replaced).toEqual([moved, S2]);
    expect(withoutSuggestion(replaced, 'baiyi-temple-pagoda')).toEqual([moved]);
  });

  it('import merges: new sites join, an older suggestion never replaces a newer one', () => {
    const older = contributionFeature([103.9, 36.1], { ...S1.properties, created: '2025-12-31T00:00:00Z' });
    expect(mergeSuggestions([S1], [older, S2])).toEqual({ list: [S1, S2], added: 1, kept: 1 });
  });

  it('a source is required: a web address, or an on-site visit with a real date that is not in the future', () => {
    const today = '2026-02-03';
    expect(readFormSource('url', '  https://www.example.org/ ', '', today)).toEqual({
      source: { kind: 'url', url: 'https://www.example.org/' },
    });
    expect(readFormSource('url', '', '', today)).toEqual({ problem: 'url-missing' });
    expect(readFormSource('url', 'museum website', '', today)).toEqual({ problem: 'url-invalid' });
    expect(readFormSource('url', 'ftp://example.org/x', '', today)).toEqual({ problem: 'url-invalid' });
    expect(readFormSource('site-visit', '', '2026-02-01', today)).toEqual({
      source: { kind: 'site-visit', date: '2026-02-01' },
    });
    expect(readFormSource('site-visit', '', '', today)).toEqual({ problem: 'date-missing' });
    expect(readFormSource('site-visit', '', '2025-02-30', today)).toEqual({ problem: 'date-invalid' });
    expect(readFormSource('site-visit', '', '2026-02-04', today)).toEqual({ problem: 'date-future' });
  });
});
