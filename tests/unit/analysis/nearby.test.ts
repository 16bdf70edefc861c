import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { distance } from '@turf/distance';
import type { SiteFeature } from '../../../src/types';
import { nearbySites } from '../../../src/analysis/nearby';
import { PointIndex } from '../../../src/analysis/spatial-index';
import { pointOf } from '../../../src/analysis/features';
import { expectGolden, readFixture } from '../golden';
import { randomSites } from '../../../bench/synthetic-sites';

type Input = FeatureCollection<SiteFeature['geometry'], SiteFeature['properties']> & {
  query: { site: string; maxMetres: number; limit: number };
};

describe.each(['station-neighbours', 'line-neighbours'])('nearby golden: %s', (name) => {
  it('matches the golden file', () => {
    const input = readFixture<Input>('nearby', name);
    const features = input.features as SiteFeature[];
    const site = features.find((f) => f.properties.id === input.query.site)!;
    const out = nearbySites(site, PointIndex.ofFeatures(features), input.query.maxMetres, { limit: input.query.limit });
    expect(out.map((n) => n.id)).not.toContain(input.query.site);
    expectGolden(
      'nearby',
      name,
      out.map(({ feature: _f, ...rest }) => rest),
    );
  });
});

describe('nearbySites against a brute-force scan (10k synthetic sites)', () => {
  const sites = randomSites(10_000, 123);
  const index = PointIndex.ofFeatures(sites);
  it.each([0, 17, 4242])('site #%i: 10 closest within 3 km, layer filter', (k) => {
    const site = sites[k]!;
    const p = pointOf(site)!;
    const brute = sites
      .filter((f) => f !== site && f.properties.layer === 'museums')
      .map((f) => ({ id: f.properties.id, d: distance(p, pointOf(f)!, { units: 'meters' }) }))
      .filter((x) => x.d <= 3000)
      .sort((a, b) => a.d - b.d)
      .slice(0, 10);
    const got = nearbySites(site, index, 3000, { limit: 10, layers: ['museums'] });
    expect(got.map((n) => n.id)).toEqual(brute.map((x) => x.id));
    got.forEach((n, i) => expect(n.distanceM).toBeCloseTo(brute[i]!.d, 6));
  });

  it('returns [] for a site without a known position', () => {
    expect(nearbySites({ ...sites[0]!, geometry: null }, index, 5000)).toEqual([]);
  });
});
