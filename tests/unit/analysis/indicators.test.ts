import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { SiteFeature } from '../../../src/types';
import { computeIndicators, sitesPerDistrict } from '../../../src/analysis/indicators';
import type { DistrictFeature } from '../../../src/analysis/indicators';
import { expectGolden, readFixture } from '../golden';

type Input = FeatureCollection<Geometry | null> & { query: { districts: string[] } };

function load(): { sites: SiteFeature[]; districts: DistrictFeature[] } {
  const input = readFixture<Input>('indicators', 'small-city');
  const districts = input.features.filter((f) => f.geometry?.type === 'Polygon') as unknown as DistrictFeature[];
  const sites = input.features.filter((f) => f.geometry?.type !== 'Polygon') as unknown as SiteFeature[];
  return { sites, districts };
}

describe('indicators on a small hand-made city', () => {
  const { sites, districts } = load();
  const ind = computeIndicators(sites, districts);

  it('shares within 1 km of the tourist line (hand-checked)', () => {
    // heritage: h1 (600 m) in; h2 (~3.3 km), h3 (~1.1 km) out; h4, h5 unknown → n = 3.
    const byLayer = Object.fromEntries(ind.nearTouristLine!.map((s) => [s.layer, s]));
    expect(byLayer['heritage-units']).toMatchObject({ within: 1, n: 3, excludedUnknown: 2 });
    // museums: m1 at 1,100 m out, m2 out; m3 unknown.
    expect(byLayer['museums']).toMatchObject({ within: 0, n: 2, excludedUnknown: 1, share: 0 });
    // scenic: s1 ~111 m in; s2 out.
    expect(byLayer['scenic-spots']).toMatchObject({ within: 1, n: 2, share: 0.5 });
  });

  it('shares within 2 km of a station (hand-checked)', () => {
    const byLayer = Object.fromEntries(ind.nearStations.indicators.map((s) => [s.layer, s]));
    expect(ind.nearStations.stations).toBe(2);
    expect(ind.nearStations.stationsExcludedUnknown).toBe(1);
    // h2 is 1,500 m east of st-1 and approximate.
    expect(byLayer['heritage-units']).toMatchObject({ within: 1, approximateWithin: 1 });
    // m2 is 1,900 m west of st-2.
    expect(byLayer['museums']).toMatchObject({ within: 1, n: 2 });
  });

  it('sites per district say which method placed them', () => {
    const rows = Object.fromEntries(ind.perDistrict.rows.map((r) => [r.name_zh, r]));
    // 城关区: h1 (lon 103.80, on the shared edge: boundary counts as inside and the first polygon listed wins),
    // h2, s1 by location; h3 (outside every polygon) and m3 (unknown position) by their district property.
    expect(rows['城关区']).toMatchObject({ byLocation: 3, byProperty: 2, count: 5 });
    // 七里河区: m1, m2, s2 by location; h4 (no geometry) by property.
    expect(rows['七里河区']).toMatchObject({ byLocation: 3, byProperty: 1, count: 4 });
    expect(ind.perDistrict.excludedUnknown).toBe(1); // h5: no position, no district
    expect(ind.perDistrict.n + ind.perDistrict.excludedUnknown + ind.perDistrict.unassigned).toBe(
      sites.filter((f) => ['heritage-units', 'museums', 'scenic-spots'].includes(f.properties.layer)).length,
    );
    for (const r of ind.perDistrict.rows) {
      expect(r.areaKm2).toBeGreaterThan(90); // 0.1° × 0.1° at 36° N ≈ 100 km²
      expect(r.areaKm2).toBeLessThan(101);
      expect(r.perThousandKm2).toBeCloseTo((r.count / r.areaKm2) * 1000, 9);
    }
  });

  it('counts per district add up whatever the layer choice', () => {
    const only = sitesPerDistrict(sites, districts, ['museums']);
    expect(only.rows.reduce((s, r) => s + r.count, 0)).toBe(only.n);
  });

  it('matches the golden file', () => {
    expectGolden('indicators', 'small-city', ind);
  });
});
