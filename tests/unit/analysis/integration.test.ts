import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import type { SiteFeature } from '../../../src/types';
import { unintegratedSites } from '../../../src/analysis/integration';
import { readFixture } from '../golden';
import { readLayers } from '../data/geodata-files';

type Input = FeatureCollection<Geometry | null>;

describe('unintegratedSites: heritage units > 1 km from the tourist line and > 2 km from a station', () => {
  it('on the small hand-made city', () => {
    const input = readFixture<Input>('indicators', 'small-city');
    const sites = input.features.filter((f) => f.geometry?.type !== 'Polygon') as unknown as SiteFeature[];
    const r = unintegratedSites(sites);
    // h1 is 600 m from the line (in); h2 is 1,500 m from st-1 (in); h3 is ~1.1 km from the line and far from
    // both stations (out); h4, h5 have unknown positions.
    expect(r.sites.map((s) => s.feature.properties.id)).toEqual(['h3']);
    expect(r.sites[0]!.lineM).toBeGreaterThan(1000);
    expect(r.sites[0]!.stationM).toBeGreaterThan(2000);
    expect(r).toMatchObject({ n: 3, excludedUnknown: 2, lineAvailable: true, stations: 2 });
  });

  it('on the shipped data: the Lu Tusi yamen in Yongdeng is far from both, the city-centre units are not', () => {
    const all = Object.values(readLayers()).flatMap((c) => c.features);
    const r = unintegratedSites(all);
    const ids = r.sites.map((s) => s.feature.properties.id);
    expect(ids).toContain('lu-tusi-yamen');
    expect(ids).not.toContain('zhongshan-bridge');
    expect(r.n + r.excludedUnknown).toBe(all.filter((f) => f.properties.layer === 'heritage-units').length);
  });

  it('without a tourist line only the station test applies, and says so', () => {
    const input = readFixture<Input>('indicators', 'small-city');
    const sites = (input.features.filter((f) => f.geometry?.type !== 'Polygon') as unknown as SiteFeature[]).filter(
      (f) => f.properties.id !== 'yellow-river-tourist-line',
    );
    const r = unintegratedSites(sites);
    expect(r.lineAvailable).toBe(false);
    expect(r.sites.map((s) => s.feature.properties.id)).toContain('h1');
    expect(r.sites.every((s) => s.lineM === Infinity)).toBe(true);
  });
});
