import { describe, expect, it } from 'vitest';
import {
  CONTRIBUTION_FORMAT,
  contributionFeature,
  parseContributionFile,
  parseContributionText,
  serializeContributionFile,
  type ContributionProperties,
} from '../../../src/data/contribution';

const props = (over: Partial<ContributionProperties> = {}): ContributionProperties => ({
  site_id: 'lanzhou-city-museum',
  precision: 'exact',
  uncertainty_m: null,
  source: { kind: 'url', url: 'https://example.org/lanzhou-city-museum' },
  note: 'Entrance on the east side',
  contributor: 'Li Hua',
  app_version: '0.1.0',
  created: '2026-11-30T08:15:00Z',
  ...over,
});
const file = (features: unknown[]): Record<string, unknown> => ({
  type: 'FeatureCollection',
  format: CONTRIBUTION_FORMAT,
  version: 1,
  features,
});
const feat = (coords: unknown, p: object): unknown => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: coords },
  properties: p,
});

describe('contribution file schema', () => {
  it('accepts a well-formed file and round-trips it through the serializer', () => {
    const f = contributionFeature([103.8261234567, 36.0612], props());
    const text = serializeContributionFile([f]);
    const r = parseContributionText(text);
    expect(r.issues).toEqual([]);
    expect(r.accepted).toHaveLength(1);
    expect(r.accepted[0]?.geometry.coordinates).toEqual([103.826123, 36.0612]);
    expect(r.accepted[0]?.properties).toEqual(props());
    expect(serializeContributionFile(r.accepted)).toBe(text);
  });

  it('accepts an on-site visit with a date as the source', () => {
    const r = parseContributionFile(
      file([feat([103.8, 36.06], { ...props(), source: { kind: 'site-visit', date: '2026-11-29' } })]),
    );
    expect(r.issues).toEqual([]);
    expect(r.accepted[0]?.properties.source).toEqual({ kind: 'site-visit', date: '2026-11-29' });
  });

  it('rejects a missing or empty source with the code missing-source', () => {
    const noSource: Record<string, unknown> = { ...props() };
    delete noSource.source;
    for (const p of [
      noSource,
      { ...props(), source: { kind: 'url', url: '  ' } },
      { ...props(), source: { kind: 'site-visit' } },
    ]) {
      const r = parseContributionFile(file([feat([103.8, 36.06], p)]));
      expect(r.accepted).toEqual([]);
      expect(r.issues.map((i) => i.code)).toContain('missing-source');
    }
  });

  it('names every problem of a bad feature, with its index', () => {
    const r = parseContributionFile(
      file([
        feat([103.8, 36.06], props()),
        feat([36.06, 203.8], {
          ...props(),
          site_id: 'Bad Id',
          precision: 'unknown',
          created: 'yesterday',
          source: { kind: 'url', url: 'ftp://x' },
        }),
      ]),
    );
    expect(r.accepted).toHaveLength(1);
    const codes = r.issues
      .filter((i) => i.index === 1)
      .map((i) => i.code)
      .sort();
    expect(codes).toEqual(['bad-precision', 'bad-site-id', 'bad-source', 'bad-timestamp', 'out-of-range']);
  });

  it('rejects a visit dated after the suggestion, an impossible date, and an oversized radius', () => {
    const bad = [
      { ...props(), source: { kind: 'site-visit', date: '2026-12-01' } },
      { ...props(), source: { kind: 'site-visit', date: '2026-02-30' } },
      { ...props(), precision: 'approximate', uncertainty_m: 5000 },
      { ...props(), precision: 'exact', uncertainty_m: 500 },
    ];
    for (const p of bad) expect(parseContributionFile(file([feat([103.8, 36.06], p)])).accepted).toEqual([]);
  });

  it('keeps the first of two positions for one site and reports the duplicate', () => {
    const r = parseContributionFile(file([feat([103.8, 36.06], props()), feat([103.81, 36.07], props())]));
    expect(r.accepted).toHaveLength(1);
    expect(r.issues).toEqual([expect.objectContaining({ index: 1, code: 'duplicate-site' })]);
  });

  it('rejects files that are not contribution files without throwing', () => {
    expect(parseContributionText('{').issues[0]?.code).toBe('not-json');
    expect(parseContributionFile({ type: 'FeatureCollection', features: [] }).issues[0]?.code).toBe(
      'not-a-contribution-file',
    );
    expect(parseContributionFile({ ...file([]), version: 2 }).issues[0]?.code).toBe('unsupported-version');
    expect(parseContributionFile([]).issues[0]?.code).toBe('not-a-contribution-file');
    expect(
      parseContributionFile(
        file([
          {
            type: 'Feature',
            geometry: {
              type: 'LineString',
              coordinates: [
                [1, 2],
                [3, 4],
              ],
            },
            properties: props(),
          },
        ]),
      ).issues.map((i) => i.code),
    ).toContain('bad-geometry');
  });
});
