// The suggested routes name only sites that exist in geodata/, and resolve to the located ones with sources.
import { describe, expect, it } from 'vitest';
import { buildSuggestedRoute } from '../../../src/analysis/route-stops';
import {
  NAME_CARDS,
  NAME_CARDS_ROUTE,
  SUGGESTED_ROUTES,
  TOURIST_LINE_WALK,
} from '../../../src/data/suggested-route-ids';
import { LAYER_IDS } from '../../../src/types';
import { readLayers } from './geodata-files';

const layers = readLayers();
const all = LAYER_IDS.flatMap((l) => layers[l].features);

describe('suggested routes against the shipped data', () => {
  it('every id exists in our data (nothing invented)', () => {
    const ids = new Set(all.map((f) => f.properties.id));
    for (const spec of SUGGESTED_ROUTES) for (const id of spec.stopIds) expect(ids.has(id), id).toBe(true);
  });
  it('the five name cards resolve only to located sites, each stop with sources; the rest are reported', () => {
    const r = buildSuggestedRoute(NAME_CARDS_ROUTE, all);
    expect(r.suggestion).toBe(true);
    for (const s of r.stops) expect(s.sources.length).toBeGreaterThan(0);
    expect(r.stops.length + r.skipped.length).toBe(NAME_CARDS_ROUTE.stopIds.length);
    expect(NAME_CARDS.map((c) => c.card)).toEqual(['noodles', 'bridge', 'river', 'book', 'drama']);
    expect(NAME_CARDS.find((c) => c.card === 'drama')!.ids).toEqual([]);
    // Today only the bridge is located; if the data gains positions this test lists what changed.
    expect(r.stops.map((s) => s.id)).toEqual(['zhongshan-bridge']);
  });
  it('the tourist-line walk keeps the stop order of the data', () => {
    const r = buildSuggestedRoute(TOURIST_LINE_WALK, all);
    const order = r.stops.map((s) => all.find((f) => f.properties.id === s.id)!.properties.stop_order ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(r.stops.length).toBeGreaterThanOrEqual(2);
  });
});
