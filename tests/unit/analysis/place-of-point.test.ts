import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { checkPoint, placeOfPoint } from '../../../src/analysis/place-of-point';
import { expectGolden, readFixture } from '../golden';
import { readGeodata } from '../data/geodata-files';

describe('checkPoint: municipality and declared district of a suggested point', () => {
  it('on two hand-made districts (one a MultiPolygon with a hole between its parts)', () => {
    const input = readFixture<FeatureCollection>('place-of-point', 'two-districts');
    const role = (r: string) => input.features.filter((f) => f.properties?.['role'] === r);
    const where = {
      municipality: { type: 'FeatureCollection' as const, features: role('municipality') },
      districts: { type: 'FeatureCollection' as const, features: role('district') },
    };
    const out = (role('point') as Array<Feature<Point>>).map((p) => ({
      at: p.geometry.coordinates,
      ...checkPoint(
        [p.geometry.coordinates[0]!, p.geometry.coordinates[1]!],
        (p.properties?.['declared'] as string | null) ?? null,
        where,
      ),
    }));
    // In 西区 as declared; in 东区 though 西区 declared; in 东区's second part; in the gap (no district); outside.
    expect(out.map((o) => [o.district, o.inDeclared, o.inMunicipality])).toEqual([
      ['西区', true, true],
      ['东区', false, true],
      ['东区', true, true],
      [null, false, true],
      [null, null, false],
    ]);
    expectGolden('place-of-point', 'two-districts', out);
  });

  it('refuses nonsense coordinates instead of throwing', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    expect(placeOfPoint([Number.NaN, 36], { municipality: empty, districts: empty })).toEqual({
      inMunicipality: false,
      district: null,
    });
  });

  it('on the shipped polygons: the 城关区 label point is in 城关区 and Lanzhou; Xining is in neither', () => {
    const files = readGeodata();
    const where = {
      municipality: files['base/municipality-outline.geojson'] as FeatureCollection,
      districts: files['districts.geojson'] as FeatureCollection,
    };
    expect(placeOfPoint([103.873893, 36.073814], where)).toEqual({ inMunicipality: true, district: '城关区' });
    expect(placeOfPoint([101.7782, 36.6171], where)).toEqual({ inMunicipality: false, district: null });
  });
});
