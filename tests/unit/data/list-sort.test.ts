import { describe, expect, it } from 'vitest';
import { haversineM } from '../../../src/analysis/geodesy';
import { featureDistanceMetres, sortByDistance, sortByName, sortFeatures } from '../../../src/data/list-sort';
import type { LonLat } from '../../../src/data/list-sort';
import { FIXTURE, byId } from './fixture-features';

const pick = (...ids: string[]) => ids.map(byId);
const idsOf = (fs: { properties: { id: string } }[]) => fs.map((f) => f.properties.id);

describe('sortByName', () => {
  it("gives the collator's order for any subset, in any order of calls (names are ranked once per language)", () => {
    const zh = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true });
    const direct = (fs: typeof FIXTURE) =>
      idsOf(
        [...fs].sort(
          (a, b) =>
            zh.compare(a.properties.name_zh, b.properties.name_zh) || (a.properties.id < b.properties.id ? -1 : 1),
        ),
      );
    const half = FIXTURE.filter((_, i) => i % 2 === 0);
    // A subset first, then everything (the rest is ranked in with it), then another subset.
    expect(idsOf(sortByName([...half].reverse(), 'zh'))).toEqual(direct(half));
    expect(idsOf(sortByName(FIXTURE, 'zh'))).toEqual(direct(FIXTURE));
    const odd = FIXTURE.filter((_, i) => i % 2 === 1);
    expect(idsOf(sortByName(odd, 'zh'))).toEqual(direct(odd));
  });

  it('orders Chinese names by pinyin, not by code point', () => {
    const fs = pick(
      'zhongshan-bridge',
      'wuquan-mountain',
      'lanzhou-old-street',
      'gansu-provincial-museum',
      'baita-mountain',
    );
    // bai < gan < lan < wu < zhong
    expect(idsOf(sortByName(fs, 'zh'))).toEqual([
      'baita-mountain',
      'gansu-provincial-museum',
      'lanzhou-old-street',
      'wuquan-mountain',
      'zhongshan-bridge',
    ]);
  });

  it('orders English names alphabetically and breaks equal names by id', () => {
    const fs = pick('zhongshan-bridge', 'tourist-line-stop-zhongshan-bridge', 'wuquan-mountain', 'baita-mountain');
    expect(idsOf(sortByName(fs, 'en'))).toEqual([
      'baita-mountain',
      'wuquan-mountain',
      'tourist-line-stop-zhongshan-bridge',
      'zhongshan-bridge',
    ]);
  });

  it('does not mutate its input', () => {
    const fs = [...FIXTURE];
    sortByName(fs, 'zh');
    expect(fs).toEqual(FIXTURE);
  });
});

describe('distance', () => {
  it('is the great-circle distance of src/analysis (haversineM) for a point', () => {
    // 中山桥 → 兰州站, about 4.3 km as the crow flies.
    const d = featureDistanceMetres(byId('lanzhou-station'), [103.8246, 36.0663]);
    expect(d).toBe(haversineM(103.8246, 36.0663, 103.8468, 36.0326));
    expect(d).toBeGreaterThan(4000);
    expect(d).toBeLessThan(4500);
    expect(featureDistanceMetres(byId('lanzhou-station'), [103.8468, 36.0326])).toBe(0);
  });

  it('measures a line by its nearest vertex and gives null when unlocated', () => {
    expect(featureDistanceMetres(byId('lanxin-railway'), [103.84, 36.03])).toBe(0);
    expect(featureDistanceMetres(byId('lanzhou-taiping-drum'), [103.84, 36.03])).toBeNull();
  });

  it('sorts nearest first from the centre, unlocated last (by name)', () => {
    const centre: LonLat = [103.8246, 36.0663]; // at 中山桥
    const sorted = idsOf(
      sortByDistance(
        pick('lanzhou-taiping-drum', 'lanzhou-station', 'wuquan-mountain', 'zhongshan-bridge', 'lanzhou-city'),
        centre,
      ),
    );
    expect(sorted).toEqual([
      'zhongshan-bridge',
      'wuquan-mountain',
      'lanzhou-station',
      // Unlocated, in pinyin order: 兰州市 (lan zhou shi) < 兰州太平鼓 (lan zhou tai …).
      'lanzhou-city',
      'lanzhou-taiping-drum',
    ]);
  });

  it('sortFeatures falls back to name order without a centre', () => {
    const fs = pick('zhongshan-bridge', 'baita-mountain');
    expect(idsOf(sortFeatures(fs, 'distance', 'zh', null))).toEqual(['baita-mountain', 'zhongshan-bridge']);
    expect(idsOf(sortFeatures(fs, 'distance', 'zh', [103.8246, 36.0663]))).toEqual([
      'zhongshan-bridge',
      'baita-mountain',
    ]);
  });
});
