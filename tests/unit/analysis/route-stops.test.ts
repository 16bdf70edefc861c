import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { buildSuggestedRoute, siteToStop } from '../../../src/analysis/route-stops';
import type { LayerId, Precision, SiteFeature } from '../../../src/types';

function site(
  id: string,
  geometry: Geometry | null,
  precision: Precision = 'exact',
  layer: LayerId = 'heritage-units',
): SiteFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      layer,
      name_zh: `名${id}`,
      name_en: `Name ${id}`,
      district: null,
      address: null,
      precision,
      position_source: null,
      crs_original: null,
      position_original: null,
      facts: [],
      sources: [{ title: `src ${id}`, url: `https://example.org/${id}` }],
    },
  };
}

const SITES: SiteFeature[] = [
  site('bridge', { type: 'Point', coordinates: [103.8183, 36.0661] }),
  site('museum', { type: 'Point', coordinates: [103.7717, 36.0664] }, 'approximate', 'museums'),
  site('lost', null, 'unknown'),
  site('vague', { type: 'Point', coordinates: [103.8, 36.05] }, 'unknown'),
  site(
    'line',
    {
      type: 'LineString',
      coordinates: [
        [103.7, 36.06],
        [103.9, 36.07],
      ],
    },
    'approximate',
    'tourist-line',
  ),
];

describe('buildSuggestedRoute', () => {
  it('keeps located stops in order with their sources, and reports every skipped id with a reason', () => {
    const r = buildSuggestedRoute(
      {
        id: 'five-cards',
        title_zh: '五张名片',
        title_en: 'Five name cards',
        stopIds: ['museum', 'lost', 'bridge', 'nowhere', 'vague', 'line', 'bridge'],
      },
      SITES,
    );
    expect(r.suggestion).toBe(true);
    expect(r.stops.map((s) => s.id)).toEqual(['museum', 'bridge']);
    expect(r.stops[0]).toMatchObject({
      name: '名museum',
      coordinates: [103.7717, 36.0664],
      layer: 'museums',
      precision: 'approximate',
      approximate: true,
      sources: [{ title: 'src museum', url: 'https://example.org/museum' }],
    });
    expect(r.skipped).toEqual([
      { id: 'lost', reason: 'no-geometry' },
      { id: 'nowhere', reason: 'not-found' },
      { id: 'vague', reason: 'position-unknown' },
      { id: 'line', reason: 'not-a-point' },
      { id: 'bridge', reason: 'duplicate' },
    ]);
  });

  it('accepts a Map keyed by id', () => {
    const byId = new Map(SITES.map((f) => [f.properties.id, f]));
    const r = buildSuggestedRoute({ id: 'x', title_zh: '', title_en: '', stopIds: ['bridge'], roundTrip: true }, byId);
    expect(r.stops).toHaveLength(1);
    expect(r.roundTrip).toBe(true);
  });

  it('siteToStop refuses non-finite coordinates', () => {
    expect(siteToStop(site('nan', { type: 'Point', coordinates: [Number.NaN, 36] }))).toEqual({
      reason: 'no-geometry',
    });
  });
});
