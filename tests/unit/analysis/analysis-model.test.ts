import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { bufferSourceGroups, densityChoropleth, stopDistances } from '../../../src/analysis/analysis-model';
import type { DistrictFeature, DistrictRow } from '../../../src/analysis/indicators';
import type { SiteFeature } from '../../../src/types';
import { LAYER_IDS } from '../../../src/types';
import { feature } from '../data/fixture-features';
import { readLayers } from '../data/geodata-files';

/** One degree of arc on Turf's sphere (6,371,008.8 m), in km. */
const DEG_KM = (6371008.8 * Math.PI) / 180 / 1000;

describe('bufferSourceGroups', () => {
  it('on the shipped data: only located features, tourist line first then stops by order, stations and railways apart', () => {
    const layers = readLayers();
    const all = LAYER_IDS.flatMap((l) => layers[l].features);
    const g = bufferSourceGroups(all);
    const every = [...g.touristLine, ...g.stations, ...g.railways, ...g.sites];
    expect(every.every((f) => f.geometry !== null && f.properties.precision !== 'unknown')).toBe(true);
    const located = all.filter((f) => f.geometry !== null && f.properties.precision !== 'unknown');
    expect(every.length).toBe(located.length);
    expect(g.touristLine[0]?.properties.id).toBe('yellow-river-tourist-line');
    const orders = g.touristLine.slice(1).map((f) => f.properties.stop_order ?? NaN);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(g.stations.every((f) => f.properties.kind === 'station')).toBe(true);
    expect(g.railways.length).toBeGreaterThan(0);
    expect(g.railways.every((f) => f.properties.kind === 'railway' || f.properties.kind === 'high-speed-railway')).toBe(
      true,
    );
    expect(g.sites.some((f) => f.properties.kind === 'station' || f.properties.layer === 'tourist-line')).toBe(false);
  });
});

const square = (x: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
const district = (name: string, x: number): DistrictFeature => ({
  type: 'Feature',
  geometry: square(x),
  properties: { name_zh: name, name_en: name.toUpperCase() },
});
const row = (name: string, per: number): DistrictRow => ({
  name_zh: name,
  name_en: null,
  areaKm2: 1000,
  count: per,
  byLocation: per,
  byProperty: 0,
  perThousandKm2: per,
});

describe('densityChoropleth', () => {
  it('normalises per-1,000-km² to the maximum and keeps the district geometry', () => {
    const fc = densityChoropleth(
      [row('a', 4), row('b', 1), row('c', 0)],
      [district('a', 0), district('b', 1), district('c', 2), district('d', 3)],
      (r) => `${r.name_zh}=${r.perThousandKm2}`,
    );
    expect(
      fc.features.map((f) => [f.properties?.['name_zh'], f.properties?.['value'], f.properties?.['label']]),
    ).toEqual([
      ['a', 1, 'a=4'],
      ['b', 0.25, 'b=1'],
      ['c', 0, 'c=0'],
    ]);
    expect(fc.features[1]?.geometry).toEqual(square(1));
  });
  it('gives 0 everywhere when every district has 0 (no division by zero)', () => {
    const fc = densityChoropleth([row('a', 0), row('b', 0)], [district('a', 0), district('b', 1)], () => '');
    expect(fc.features.map((f) => f.properties?.['value'])).toEqual([0, 0]);
  });
});

describe('stopDistances', () => {
  // An L-shaped line along the equator then up a meridian: both legs are great circles, so distances are exact.
  const line: SiteFeature = {
    ...feature('line', 'tourist-line', '线', 'Line', null),
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
    },
  };
  line.properties.precision = 'approximate';
  const stop = (id: string, order: number, at: [number, number] | null) =>
    feature(id, 'tourist-line', id, id, at, { stop_order: order });
  const a = stop('a', 1, [0, 0]);
  const b = stop('b', 2, [1, 0]);
  const c = stop('c', 3, [1, 1]);
  const unknown = stop('u', 4, null);

  it('measures along the line vs straight: corner to corner is 2° along and the great-circle diagonal straight', () => {
    const out = stopDistances(a, line, [c, unknown, b, a]);
    expect(out.map((d) => d.stop.properties.id)).toEqual(['b', 'c']);
    const [toB, toC] = out;
    expect(toB!.along.alongKm).toBeCloseTo(DEG_KM, 6);
    expect(toB!.along.straightKm).toBeCloseTo(DEG_KM, 6);
    expect(toC!.along.alongKm).toBeCloseTo(2 * DEG_KM, 6);
    // Spherical law of cosines on the unit sphere: cos d = cos(1°)·cos(1°) for (0,0)→(1,1).
    const rad = Math.PI / 180;
    const diag = (Math.acos(Math.cos(rad) * Math.cos(rad)) / rad) * DEG_KM;
    expect(toC!.along.straightKm).toBeCloseTo(diag, 6);
    expect(toC!.along.approximate).toBe(true);
  });
  it('is empty for a stop without a position or without a line', () => {
    expect(stopDistances(unknown, line, [a, b, c])).toEqual([]);
    expect(stopDistances(a, undefined, [a, b, c])).toEqual([]);
  });
});
