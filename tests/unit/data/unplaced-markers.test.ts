import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/data/filters';
import type { Filters } from '../../../src/data/filters';
import { labelPoints, unplacedByDistrict } from '../../../src/data/unplaced-markers';
import type { SiteFeature } from '../../../src/types';
import { feature } from './fixture-features';
import { readGeodata, readLayers } from './geodata-files';

const LABELS = new Map<string, [number, number]>([
  ['城关区', [103.87, 36.07]],
  ['榆中县', [104.1, 35.9]],
]);
const f = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });
const SITES: SiteFeature[] = [
  feature('m1', 'museums', '甲', 'A', null, { district: '城关区' }),
  feature('m2', 'museums', '乙', 'B', null, { district: '城关区' }),
  feature('h1', 'heritage-units', '丙', 'C', null, { district: '榆中县', level: 'national' }),
  feature('h2', 'heritage-units', '丁', 'D', null, { district: '城关区', level: 'provincial' }),
  feature('x1', 'ich-items', '戊', 'E', null, { district: null }),
  feature('x2', 'museums', '己', 'F', null, { district: '兰州新区' }),
  feature('located', 'museums', '庚', 'G', [103.8, 36.06], { district: '城关区' }),
];

describe('unplacedByDistrict', () => {
  it('counts unplaced sites per district at the label point; located ones never count', () => {
    const r = unplacedByDistrict(SITES, DEFAULT_FILTERS, LABELS);
    expect(r.markers).toEqual([
      { district: '城关区', count: 3, position: [103.87, 36.07], ids: ['m1', 'm2', 'h2'] },
      { district: '榆中县', count: 1, position: [104.1, 35.9], ids: ['h1'] },
    ]);
    // No district, or a district without a label point: reported, not drawn.
    expect(r.withoutDistrict).toEqual(['x1', 'x2']);
  });

  it('follows the layer toggles and every filter', () => {
    expect(
      unplacedByDistrict(SITES, f({ layers: ['heritage-units'] }), LABELS).markers.map((m) => [m.district, m.count]),
    ).toEqual([
      ['城关区', 1],
      ['榆中县', 1],
    ]);
    expect(
      unplacedByDistrict(SITES, f({ levels: ['national'] }), LABELS).markers.map((m) => [m.district, m.count]),
    ).toEqual([
      ['城关区', 2],
      ['榆中县', 1],
    ]);
    expect(unplacedByDistrict(SITES, f({ districts: ['榆中县'] }), LABELS).markers.map((m) => m.district)).toEqual([
      '榆中县',
    ]);
    expect(unplacedByDistrict(SITES, f({ layers: [] }), LABELS)).toEqual({ markers: [], withoutDistrict: [] });
    // "Position unknown" is what these markers stand for: it changes nothing here.
    expect(unplacedByDistrict(SITES, f({ positionUnknown: true }), LABELS)).toEqual(
      unplacedByDistrict(SITES, DEFAULT_FILTERS, LABELS),
    );
  });

  it('on the shipped data: every unplaced site is either on a district marker or reported as without district', () => {
    const files = readGeodata();
    const labels = labelPoints(
      (files['base/district-labels.geojson'] as { features: Parameters<typeof labelPoints>[0] }).features,
    );
    expect([...labels.keys()]).toContain('城关区');
    const all = Object.values(readLayers()).flatMap((c) => c.features);
    const r = unplacedByDistrict(all, DEFAULT_FILTERS, labels);
    const unplaced = all.filter((x) => x.geometry === null || x.properties.precision === 'unknown').length;
    expect(r.markers.reduce((n, m) => n + m.count, 0) + r.withoutDistrict.length).toBe(unplaced);
    expect(r.markers.find((m) => m.district === '城关区')?.ids).toContain('lanzhou-city-museum');
  });
});
