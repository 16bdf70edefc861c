import { describe, expect, it } from 'vitest';
import { readLayers } from './geodata-files';
import { LAYER_IDS } from '../../../src/types';
import type { LayerId, SiteFeature } from '../../../src/types';
import { groupSamePlace } from '../../../src/analysis/same-place';
import { DEFAULT_FILTERS, isLocated } from '../../../src/data/filters';
import { placeFeatures } from '../../../src/data/place-features';

const layers = readLayers();
const all: SiteFeature[] = LAYER_IDS.flatMap((l) => layers[l].features);
const byId = new Map(all.map((f) => [f.properties.id, f]));
const places = groupSamePlace(all);
const stops = layers['tourist-line'].features.filter((f) => typeof f.properties.stop_order === 'number').length;
const build = (layerIds: LayerId[] = [...LAYER_IDS]) =>
  placeFeatures(places, (id) => byId.get(id), { ...DEFAULT_FILTERS, layers: layerIds }, stops);

describe('placeFeatures', () => {
  it('one marker per place: every located point is behind exactly one marker, no two markers share an id', () => {
    const fc = build();
    const ids = fc.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const located = all.filter((f) => f.geometry?.type === 'Point' && isLocated(f));
    const covered = new Set(places.filter((p) => ids.includes(p.id)).flatMap((p) => p.members));
    for (const f of located) expect(covered.has(f.properties.id), f.properties.id).toBe(true);
    expect(fc.features.length).toBeLessThan(located.length);
  });

  it('白塔山 is one marker with three designations, the stop number written with the count of all stops', () => {
    const baita = build().features.filter((f) => f.properties.name_zh.startsWith('白塔山'));
    expect(baita).toHaveLength(1);
    expect(baita[0]!.properties).toMatchObject({
      id: 'baita-mountain-park',
      n: 3,
      layer: 'scenic-spots',
      layer2: 'heritage-units',
    });
    expect(baita[0]!.properties.stop).toMatch(new RegExp(`^4/${stops}$`));
  });

  it('a place stays on the map while any member layer is shown, coloured by the shown one', () => {
    const f = build(['heritage-units']).features.find((x) => x.properties.id === 'baita-mountain-park');
    expect(f?.properties).toMatchObject({ layer: 'heritage-units', n: 1, name_zh: '白塔山建筑群' });
    expect(build([]).features).toHaveLength(0);
  });

  it('more designations and higher grades rank first', () => {
    const fc = build();
    const rank = (id: string) => fc.features.find((f) => f.properties.id === id)!.properties.rank;
    // 白塔山: 3A spot, provincial unit and stop (each rank 3) together outrank any one of them alone.
    expect(rank('baita-mountain-park')).toBeLessThan(3);
    // A national unit (城隍庙) outranks the provincial-only grade.
    expect(rank('lanzhou-city-god-temple')).toBeLessThan(3);
  });
});
