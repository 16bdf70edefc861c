import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { perFeature, uniformShaderVariants } from '../../../src/map/shader-variants';

const circle = (id: string, paint: Record<string, unknown>): LayerSpecification =>
  ({ id, type: 'circle', source: 's', paint }) as LayerSpecification;

/** The paint properties of a layer that read the feature, as MapLibre's program key lists them. */
function perFeatureProps(l: LayerSpecification): string[] {
  return Object.entries((l.paint ?? {}) as Record<string, unknown>)
    .filter(([, v]) => JSON.stringify(v).includes('"geometry-type"') || JSON.stringify(v).includes('"get"'))
    .map(([k]) => k)
    .sort();
}

describe('uniform shader variants', () => {
  const layers: LayerSpecification[] = [
    circle('cluster', { 'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18], 'circle-color': '#3b372f' }),
    circle('ring', { 'circle-radius': 8, 'circle-stroke-color': ['get', 'c'] }),
    circle('point', { 'circle-color': ['get', 'c'], 'circle-opacity': ['match', ['get', 'p'], 'a', 0.6, 1] }),
    circle('zoomed', { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 2, 10, 6] }),
    { id: 'dash', type: 'line', source: 's', paint: { 'line-width': 5, 'line-dasharray': [2, 1] } },
    {
      id: 'dash2',
      type: 'line',
      source: 's',
      paint: { 'line-width': ['match', ['get', 'k'], 'a', 3, 2], 'line-dasharray': [4, 2] },
    },
    { id: 'solid', type: 'line', source: 's', paint: { 'line-width': 2 } },
    { id: 'fill', type: 'fill', source: 's', paint: { 'fill-color': '#fff' } },
  ];
  const out = uniformShaderVariants(layers);
  const byId = new Map(out.map((l) => [l.id, l]));

  it('every circle layer reads the same four properties per feature; a zoom expression is left as it is', () => {
    const all = ['circle-color', 'circle-opacity', 'circle-radius', 'circle-stroke-color'];
    for (const id of ['cluster', 'ring', 'point']) expect(perFeatureProps(byId.get(id)!), id).toEqual(all);
    expect((byId.get('zoomed')!.paint as Record<string, unknown>)['circle-radius']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      2,
      10,
      6,
    ]);
  });

  it('keeps the values: a constant becomes the same constant for every feature; data expressions are untouched', () => {
    const ring = byId.get('ring')!.paint as Record<string, unknown>;
    expect(ring['circle-radius']).toEqual(perFeature(8));
    expect(ring['circle-stroke-color']).toEqual(['get', 'c']);
    // Unset properties take MapLibre's defaults.
    expect(ring['circle-opacity']).toEqual(perFeature(1));
    expect(ring['circle-color']).toEqual(perFeature('#000000'));
    const [op, , a, b] = perFeature(3) as unknown[];
    expect([op, a, b]).toEqual(['case', 3, 3]);
  });

  it('dashed lines read their width per feature; solid lines and fills are not touched', () => {
    expect(perFeatureProps(byId.get('dash')!)).toEqual(['line-width']);
    expect(perFeatureProps(byId.get('dash2')!)).toEqual(['line-width']);
    expect(byId.get('solid')).toBe(layers[6]);
    expect(byId.get('fill')).toBe(layers[7]);
  });
});
