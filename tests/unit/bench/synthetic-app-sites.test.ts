import { describe, expect, it } from 'vitest';
import { syntheticAppSites } from '../../../bench/synthetic-app-sites';
import { narrowCollection } from '../../../src/data/load-layers';

describe('bench synthetic sites', () => {
  it('are the same for the same seed, and labelled synthetic with no facts or sources', () => {
    const a = syntheticAppSites(500);
    expect(syntheticAppSites(500)).toEqual(a);
    expect(syntheticAppSites(500, 7)).not.toEqual(a);
    expect(new Set(a.map((f) => f.properties.id)).size).toBe(500);
    for (const f of a) {
      expect(f.properties.id).toMatch(/^synthetic-\d+$/);
      expect(f.properties.name_en).toMatch(/\(synthetic\)$/);
      expect(f.properties.notes).toMatch(/Synthetic site/);
      expect(f.properties.facts).toEqual([]);
      expect(f.properties.sources).toEqual([]);
    }
  });

  it('pass the app’s own narrowing, layer by layer, and lie around the city centre', () => {
    const a = syntheticAppSites(3000);
    for (const layer of ['heritage-units', 'museums', 'scenic-spots'] as const) {
      const mine = a.filter((f) => f.properties.layer === layer);
      expect(narrowCollection(layer, { type: 'FeatureCollection', features: mine }).features).toHaveLength(mine.length);
    }
    const near = a.filter((f) => {
      const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates as [number, number];
      return Math.abs(lon - 103.79) < 0.3 && Math.abs(lat - 36.06) < 0.2;
    });
    expect(near.length / a.length).toBeGreaterThan(0.9);
  });
});
