import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceInputProps } from '../../../src/analysis/same-place';
import { firstPerPlace, groupSamePlace, nameStem, placeLookup, stemsMatch } from '../../../src/analysis/same-place';
import { expectGolden, readFixture } from '../golden';

type Input = FeatureCollection<Geometry | null, PlaceInputProps>;

describe.each(['lanzhou-points', 'edge-cases'])('same-place golden: %s', (name) => {
  it('matches the golden file', () => {
    const input = readFixture<Input>('same-place', name);
    const places = groupSamePlace(input.features);
    // Every feature is in exactly one place.
    const all = places.flatMap((p) => p.members);
    expect(all.sort()).toEqual(input.features.map((f) => f.properties.id).sort());
    expectGolden('same-place', name, places);
  });
});

describe('groupSamePlace on the real points', () => {
  const input = readFixture<Input>('same-place', 'lanzhou-points');
  const byId = placeLookup(groupSamePlace(input.features));
  it('白塔山 is one place with its scenic spot, protection unit and tourist-line stop, named by the scenic spot', () => {
    const p = byId.get('baita-mountain-buildings')!;
    expect(p.id).toBe('baita-mountain-park');
    expect(p.members).toEqual(['baita-mountain-park', 'baita-mountain-buildings', 'tourist-line-stop-baita-mountain']);
  });
  it("the museums that share a protection unit's spot are one place with it (so none is hidden)", () => {
    expect(byId.get('eighth-route-army-office-site')!.members).toContain('eighth-route-army-office-memorial-hall');
    expect(byId.get('lu-tusi-yamen')!.members).toContain('lu-tusi-yamen-museum');
  });
  it('the bridge stop joins the bridge through the alias 中山桥', () => {
    expect(byId.get('tourist-line-stop-zhongshan-bridge')!.id).toBe('zhongshan-bridge');
  });
  it('a feature without a position stays on its own', () => {
    expect(byId.get('tourist-line-stop-yellow-river-mother')!.members).toEqual([
      'tourist-line-stop-yellow-river-mother',
    ]);
  });
});

describe('name stems', () => {
  it.each([
    ['白塔山景区', '白塔山'],
    ['白塔山建筑群', '白塔山'],
    ['八路军兰州办事处旧址', '八路军兰州办事处'],
    ['兰州府城隍庙', '府城隍庙'],
    ['甘肃省博物馆', '甘肃省博物馆'.slice(3)],
    ['五泉山（五泉）公园', '五泉山'],
  ])('%s → %s', (name, stem) => expect(nameStem(name)).toBe(stem));
  it('one-character stems never match', () => expect(stemsMatch('山', '山')).toBe(false));
});

describe('options', () => {
  const pt = (id: string, name: string, lon: number, layer = 'heritage-units'): Feature<Geometry, PlaceInputProps> => ({
    type: 'Feature',
    properties: { id, layer, name_zh: name },
    geometry: { type: 'Point', coordinates: [lon, 36] },
  });
  it('nearM widens the stem match', () => {
    // 0.001° of longitude at 36° N ≈ 90 m.
    const f = [pt('a', '戊塔景区', 103.8, 'scenic-spots'), pt('b', '戊塔建筑群', 103.801)];
    expect(groupSamePlace(f)).toHaveLength(2);
    expect(groupSamePlace(f, { nearM: 100 })).toHaveLength(1);
  });
  it('does not mutate its input', () => {
    const f = [pt('a', '戊塔景区', 103.8), pt('b', '戊塔建筑群', 103.8)];
    const copy = JSON.parse(JSON.stringify(f));
    groupSamePlace(Object.freeze(f.map((x) => Object.freeze(x))));
    expect(f).toEqual(copy);
  });
});

describe('firstPerPlace', () => {
  const place: Record<string, string> = { a1: 'A', a2: 'A', b1: 'B', c1: 'C', c2: 'C' };
  const of = (id: string) => place[id] ?? id;

  it('keeps the first item of each place, in order', () => {
    expect(firstPerPlace(['a2', 'b1', 'a1', 'c2', 'c1', 'x'], of)).toEqual(['a2', 'b1', 'c2', 'x']);
  });

  it('leaves out the places it is told to skip (the opened place in Nearby)', () => {
    expect(firstPerPlace(['a1', 'b1', 'a2', 'c1'], of, ['A'])).toEqual(['b1', 'c1']);
  });

  it('gives nothing for nothing', () => {
    expect(firstPerPlace([], of)).toEqual([]);
  });
});
