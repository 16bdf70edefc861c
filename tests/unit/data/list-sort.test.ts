import { describe, expect, it } from 'vitest';
import {
  ROW_LABELS,
  describeRow,
  featureDistanceMetres,
  haversineMetres,
  sortByDistance,
  sortByName,
  sortFeatures,
} from '../../../src/data/list-sort';
import type { LonLat } from '../../../src/data/list-sort';
import { FIXTURE, byId } from './fixture-features';

const pick = (...ids: string[]) => ids.map(byId);
const idsOf = (fs: { properties: { id: string } }[]) => fs.map((f) => f.properties.id);

describe('sortByName', () => {
  it('orders Chinese names by pinyin, not by code point', () => {
    const fs = pick('zhongshan-bridge', 'wuquan-mountain', 'lanzhou-old-street', 'gansu-provincial-museum', 'baita-mountain');
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
  it('haversine matches known distances', () => {
    expect(haversineMetres([0, 0], [0, 1])).toBeCloseTo(111_195, -1); // 1° of latitude
    expect(haversineMetres([103.8, 36], [103.8, 36])).toBe(0);
    // 中山桥 → 兰州站, about 4.3 km as the crow flies.
    const d = haversineMetres([103.8246, 36.0663], [103.8468, 36.0326]);
    expect(d).toBeGreaterThan(4000);
    expect(d).toBeLessThan(4500);
  });

  it('measures a line by its nearest vertex and gives null when unlocated', () => {
    expect(featureDistanceMetres(byId('lanxin-railway'), [103.84, 36.03])).toBe(0);
    expect(featureDistanceMetres(byId('lanzhou-taiping-drum'), [103.84, 36.03])).toBeNull();
  });

  it('sorts nearest first from the centre, unlocated last (by name)', () => {
    const centre: LonLat = [103.8246, 36.0663]; // at 中山桥
    const sorted = idsOf(
      sortByDistance(pick('lanzhou-taiping-drum', 'lanzhou-station', 'wuquan-mountain', 'zhongshan-bridge', 'lanzhou-city'), centre),
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
    expect(idsOf(sortFeatures(fs, 'distance', 'zh', [103.8246, 36.0663]))).toEqual(['zhongshan-bridge', 'baita-mountain']);
  });
});

describe('describeRow', () => {
  it('names the site, its kind and its district', () => {
    expect(describeRow(byId('baita-mountain'), 'zh')).toBe('白塔山 · 3A级景区 · 城关区');
    expect(describeRow(byId('baita-mountain'), 'en')).toBe('Baita Mountain · 3A scenic spot · Chengguan District');
    expect(describeRow(byId('zhongshan-bridge'), 'zh')).toBe('中山桥 · 全国重点文物保护单位 · 城关区');
    expect(describeRow(byId('gansu-provincial-museum'), 'en')).toBe('Gansu Provincial Museum · museum · Qilihe District');
    expect(describeRow(byId('lanzhou-station'), 'en')).toBe('Lanzhou Railway Station · railway station · Chengguan District');
  });

  it('leaves out an unknown district and says when there is no known position', () => {
    expect(describeRow(byId('lanzhou-taiping-drum'), 'zh')).toBe('兰州太平鼓 · 国家级非物质文化遗产 · 位置未知');
    expect(describeRow(byId('lanzhou-taiping-drum'), 'en')).toBe(
      'Lanzhou Taiping Drum · national intangible heritage · no known position',
    );
  });

  it('accepts labels from the UI', () => {
    const labels = { ...ROW_LABELS.en, scenicGrade: 'Grade {grade} scenic area', separator: ', ' };
    expect(describeRow(byId('baita-mountain'), 'en', labels)).toBe('Baita Mountain, Grade 3A scenic area, Chengguan District');
  });

  it('gives every fixture feature a non-empty name in both languages', () => {
    for (const f of FIXTURE) {
      for (const lang of ['zh', 'en'] as const) expect(describeRow(f, lang)).toMatch(/^\S.* · \S/);
    }
  });
});
