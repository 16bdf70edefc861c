import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceInputProps } from '../../../src/analysis/same-place';
import { firstPerPlace, groupSamePlace, nameStem, placeLookup, stemsMatch } from '../../../src/analysis/same-place';
import { expectGolden, readFixture } from '../golden';
import { haversineM } from '../../../src/analysis/geodesy';
import { mulberry32 } from '../../../src/analysis/tour-order';

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

describe('the latitude sweep finds the same places as comparing every two points', () => {
  // Many points within a few hundred metres, names from a few stems and aliases, so most pairs are near and
  // many share a stem or name each other; some points straddle exactly aliasM in latitude.
  const rnd = mulberry32(7);
  const stems = ['白塔山', '五泉山', '黄河桥', '金城关', '雁滩'];
  const kinds = ['景区', '公园', '建筑群', '', '遗址'];
  const features: Array<Feature<Geometry | null, PlaceInputProps>> = Array.from({ length: 400 }, (_, i) => {
    const stem = stems[Math.floor(rnd() * stems.length)]!;
    const name = stem + kinds[Math.floor(rnd() * kinds.length)]!;
    const alias = rnd() < 0.2 ? [stems[Math.floor(rnd() * stems.length)]! + '公园'] : null;
    const edge = i % 50 === 0;
    return {
      type: 'Feature',
      properties: { id: `p${i}`, layer: i % 2 ? 'museums' : 'heritage-units', name_zh: name, aliases: alias },
      geometry: edge ? null : { type: 'Point', coordinates: [103.8 + rnd() * 0.06, 36.05 + rnd() * 0.06] },
    };
  });
  const samePartition = (places: ReturnType<typeof groupSamePlace>) =>
    places.map((p) => [...p.members].sort().join(',')).sort();

  it('on 400 dense points, for the default and for wider distances', () => {
    for (const opts of [{}, { nearM: 300, aliasM: 400 }, { nearM: 30, aliasM: 100 }]) {
      const places = groupSamePlace(features, opts);
      expect(places.some((p) => p.members.length > 1)).toBe(true);
      expect(places.length).toBeGreaterThan(1);
      expect(samePartition(places)).toEqual(samePartition(bruteForce(features, opts)));
    }
  });
  it('a pair exactly aliasM apart along a meridian is still one place', () => {
    const a = { type: 'Feature' as const, properties: { id: 'a', layer: 'museums', name_zh: '甲', aliases: ['乙'] } };
    const dLat = (200 / 6371008.8) * (180 / Math.PI) * 0.999999;
    const places = groupSamePlace([
      { ...a, geometry: { type: 'Point', coordinates: [103.8, 36] } },
      {
        ...a,
        properties: { id: 'b', layer: 'museums', name_zh: '乙' },
        geometry: { type: 'Point', coordinates: [103.8, 36 + dLat] },
      },
    ]);
    expect(places).toHaveLength(1);
  });
});

/** The definition, pair by pair: the partition groupSamePlace must give. */
function bruteForce(
  features: ReadonlyArray<Feature<Geometry | null, PlaceInputProps>>,
  o: { nearM?: number; aliasM?: number },
): ReturnType<typeof groupSamePlace> {
  const nearM = o.nearM ?? 50;
  const aliasM = o.aliasM ?? 200;
  const parent = features.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const names = (p: PlaceInputProps) => [p.name_zh, ...(p.aliases ?? [])];
  for (let a = 0; a < features.length; a++)
    for (let b = a + 1; b < features.length; b++) {
      const ga = features[a]!.geometry;
      const gb = features[b]!.geometry;
      if (ga?.type !== 'Point' || gb?.type !== 'Point') continue;
      const [x1, y1] = ga.coordinates as [number, number];
      const [x2, y2] = gb.coordinates as [number, number];
      const d = haversineM(x1, y1, x2, y2);
      if (d > aliasM) continue;
      const pa = features[a]!.properties;
      const pb = features[b]!.properties;
      const stem = names(pa).some((x) => names(pb).some((y) => stemsMatch(nameStem(x), nameStem(y))));
      const named = names(pa).includes(pb.name_zh) || names(pb).includes(pa.name_zh);
      if ((d <= nearM && stem) || named) parent[find(b)] = find(a);
    }
  const groups = new Map<number, string[]>();
  features.forEach((f, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), f.properties.id]));
  return [...groups.values()].map((members) => ({ id: members[0]!, members, position: null }));
}
