import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureIdsKey } from '../../../src/analysis/feature-ids';

const f = (id: string | undefined, propId?: string): Feature => ({
  type: 'Feature',
  ...(id !== undefined ? { id } : {}),
  geometry: { type: 'Point', coordinates: [103.8, 36.06] },
  properties: propId ? { id: propId } : {},
});

describe('featureIdsKey', () => {
  it('is equal for the same ids in the same order, whatever the objects', () => {
    expect(featureIdsKey([f('a'), f('b')])).toBe(featureIdsKey([f('a'), f('b')]));
    expect(featureIdsKey([f(undefined, 'a')])).toBe(featureIdsKey([f('a')]));
  });
  it('differs when a feature is added, removed or moved', () => {
    const key = featureIdsKey([f('a'), f('b')]);
    expect(featureIdsKey([f('a')])).not.toBe(key);
    expect(featureIdsKey([f('a'), f('b'), f('c')])).not.toBe(key);
    expect(featureIdsKey([f('b'), f('a')])).not.toBe(key);
    expect(featureIdsKey([])).not.toBe(featureIdsKey([f('')]));
  });
  it('never matches for features without an id', () => {
    expect(featureIdsKey([f(undefined)])).not.toBe(featureIdsKey([f(undefined)]));
  });
});
