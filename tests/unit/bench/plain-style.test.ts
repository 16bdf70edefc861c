import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { geometryKinds, plainStyle } from '../../../bench/plain-style';

const fc = (...types: Array<string | null>): FeatureCollection =>
  ({
    type: 'FeatureCollection',
    features: types.map((t) => ({
      type: 'Feature',
      properties: {},
      geometry: t ? { type: t, coordinates: [] } : null,
    })),
  }) as unknown as FeatureCollection;

describe('plain bench page style', () => {
  it('reads the geometry kinds a file holds, polygons first, ignoring features without geometry', () => {
    expect(geometryKinds(fc('Point', null, 'MultiLineString', 'Point'))).toEqual(['line', 'point']);
    expect(geometryKinds(fc('MultiPolygon', 'Polygon'))).toEqual(['polygon']);
    expect(geometryKinds(fc(null, null))).toEqual([]);
  });

  it('has one source per file and one plain layer per kind, points with a text label', () => {
    const style = plainStyle([
      { name: 'base/context', url: 'http://x/context.geojson', kinds: ['polygon'] },
      { name: 'transport', url: 'http://x/transport.geojson', kinds: ['line', 'point'] },
      { name: 'ich-items', url: 'http://x/ich.geojson', kinds: [] },
    ]);
    expect(Object.keys(style.sources)).toEqual(['plain:base/context', 'plain:transport', 'plain:ich-items']);
    expect(style.sources['plain:transport']).toEqual({ type: 'geojson', data: 'http://x/transport.geojson' });
    expect(style.layers.map((l) => [l.id, l.type])).toEqual([
      ['plain:base/context:polygon', 'fill'],
      ['plain:transport:line', 'line'],
      ['plain:transport:point', 'circle'],
      ['plain:transport:point:label', 'symbol'],
    ]);
    // Plain means constant paint: nothing data-driven except the label text itself.
    for (const l of style.layers) for (const v of Object.values(l.paint ?? {})) expect(Array.isArray(v)).toBe(false);
  });
});
