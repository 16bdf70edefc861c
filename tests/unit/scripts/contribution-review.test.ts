import { describe, expect, it } from 'vitest';
import { checkPoint } from '../../../src/analysis/place-of-point';
import { contributionFeature, type ContributionProperties } from '../../../src/data/contribution';
import { reviewContributions, reviewSiteFromFeature, type ReviewSite } from '../../../scripts/lib/contribution-review';
import { placeAreas } from '../../../scripts/lib/contribution-merge';
import { clone, readGeodata } from '../data/geodata-files';

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

describe('contribution review against the map data', () => {
  const files = readGeodata();
  const where = placeAreas(files);
  const sites = new Map<string, ReviewSite>();
  for (const name of ['heritage-units.geojson', 'museums.geojson', 'tourist-line.geojson']) {
    for (const f of (clone(files[name]) as { features: Parameters<typeof reviewSiteFromFeature>[0][] }).features) {
      const s = reviewSiteFromFeature(f);
      if (s) sites.set(s.id, s);
    }
  }
  const at = (coords: [number, number], over: Partial<ContributionProperties> = {}) => ({
    index: 0,
    feature: contributionFeature(coords, props(over)),
  });

  it('finds the district of a point (the check the app makes while a pin is placed), and none outside the municipality', () => {
    expect(checkPoint([103.814518, 36.064846], '榆中县', where)).toEqual({
      inMunicipality: true,
      district: '城关区',
      declared: '榆中县',
      inDeclared: false,
    });
    expect(checkPoint([103.814518, 36.064846], '城关区', where).inDeclared).toBe(true);
    expect(checkPoint([110, 30], null, where)).toEqual({
      inMunicipality: false,
      district: null,
      declared: null,
      inDeclared: null,
    });
  });

  it('accepts a point in the declared district and measures how far it moved', () => {
    const [v] = reviewContributions([at([103.8146, 36.0649], { site_id: 'zhongshan-bridge' })], sites, where);
    expect(v?.ok).toBe(true);
    expect(v?.from).toEqual([103.814518, 36.064846]);
    expect(v?.moved_m).toBe(10);
  });

  it('rejects unknown ids, points outside the municipality or district, and line features', () => {
    const [unknown, outside, wrong, line] = reviewContributions(
      [
        at([103.8, 36.06], { site_id: 'no-such-site' }),
        at([110, 30], { site_id: 'zhongshan-bridge' }),
        at([104.1, 35.85], { site_id: 'zhongshan-bridge' }),
        at([103.8, 36.06], { site_id: 'yellow-river-tourist-line' }),
      ],
      sites,
      where,
    );
    expect(unknown?.problems.map((p) => p.code)).toEqual(['unknown-site']);
    expect(outside?.problems.map((p) => p.code)).toEqual(['outside-municipality']);
    expect(wrong?.problems.map((p) => p.code)).toEqual(['wrong-district']);
    expect(wrong?.district_found).toBe('榆中县');
    expect(line?.problems.map((p) => p.code)).toEqual(['not-a-point-site']);
  });
});
