import { describe, expect, it } from 'vitest';
import { LAYER_FILES, narrowCollection } from '../../../src/data/load-layers';
import { LAYER_IDS } from '../../../src/types';
import { readGeodata } from './geodata-files';

describe('narrowCollection', () => {
  it('narrows every shipped layer file', () => {
    const files = readGeodata();
    for (const layer of LAYER_IDS) {
      const fc = narrowCollection(layer, files[LAYER_FILES[layer]]);
      expect(fc.features.length).toBeGreaterThan(0);
      expect(fc.features.every((f) => f.properties.layer === layer)).toBe(true);
    }
  });
  it('throws an error naming the layer for anything else', () => {
    expect(() => narrowCollection('museums', [])).toThrow(
      /layer museums \(museums\.geojson\): not a GeoJSON FeatureCollection/,
    );
    expect(() => narrowCollection('museums', null)).toThrow(/layer museums/);
    expect(() =>
      narrowCollection('transport', {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: null }],
      }),
    ).toThrow(/layer transport \(transport\.geojson\): feature 0 has no string "id"/);
  });
  it('maps every layer id to its file', () => {
    expect(LAYER_FILES['heritage-units']).toBe('heritage-units.geojson');
    expect(Object.keys(LAYER_FILES).sort()).toEqual([...LAYER_IDS].sort());
  });
});
