// The list rows' accessible names and the search results' context line come from one place (site-labels +
// src/i18n/strings.ts); district English names from the shipped districts.geojson, as the app does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/strings';
import type { DistrictNamer } from '../../../src/ui/site-labels';
import { kindLabel, placeMeta, siteRowLabel } from '../../../src/ui/site-labels';
import { FIXTURE, byId } from '../data/fixture-features';

interface DistrictsFile {
  features: Array<{ properties: { name_zh: string; name_en: string } }>;
}
const districts = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'geodata', 'districts.geojson'), 'utf8'),
) as DistrictsFile;
const EN = new Map(districts.features.map((d) => [d.properties.name_zh, d.properties.name_en]));
const districtName: DistrictNamer = (zh, lang) => (lang === 'zh' ? zh : EN.get(zh) || zh);

describe('siteRowLabel', () => {
  it('names the site, its kind and its district', () => {
    expect(siteRowLabel('zh', byId('baita-mountain'), districtName)).toBe('白塔山 · 3A级景区 · 城关区');
    expect(siteRowLabel('en', byId('baita-mountain'), districtName)).toBe(
      'Baita Mountain · 3A scenic spot · Chengguan District',
    );
    expect(siteRowLabel('zh', byId('zhongshan-bridge'), districtName)).toBe('中山桥 · 全国重点文物保护单位 · 城关区');
    expect(siteRowLabel('en', byId('gansu-provincial-museum'), districtName)).toBe(
      'Gansu Provincial Museum · Museum · Qilihe District',
    );
    expect(siteRowLabel('en', byId('lanzhou-station'), districtName)).toBe(
      'Lanzhou Railway Station · Railway station · Chengguan District',
    );
  });

  it('uses the same words as the details panel and the search results (one source of strings)', () => {
    for (const f of FIXTURE) {
      for (const lang of ['zh', 'en'] as const) {
        const meta = placeMeta(lang, f, [f], districtName);
        expect(meta.startsWith(kindLabel(lang, f))).toBe(true);
        expect(siteRowLabel(lang, f, districtName).endsWith(meta)).toBe(true);
      }
    }
  });

  it('leaves out an unknown district and says when there is no known position', () => {
    expect(siteRowLabel('zh', byId('lanzhou-taiping-drum'), districtName)).toBe(
      `兰州太平鼓 · 国家级非遗 · ${t('zh', 'noPositionShort')}`,
    );
    expect(siteRowLabel('en', byId('lanzhou-taiping-drum'), districtName)).toBe(
      'Lanzhou Taiping Drum · National ICH item · position unknown',
    );
  });

  it('takes English district names from the data and keeps a name the data lacks as it is', () => {
    expect(EN.get('城关区')).toBe('Chengguan District');
    const f = { ...byId('baita-mountain'), properties: { ...byId('baita-mountain').properties, district: '兰州新区' } };
    expect(siteRowLabel('en', f, districtName)).toBe('Baita Mountain · 3A scenic spot · 兰州新区');
  });

  it('gives every fixture feature a name and a kind in both languages', () => {
    for (const f of FIXTURE) {
      for (const lang of ['zh', 'en'] as const) expect(siteRowLabel(lang, f, districtName)).toMatch(/^\S.* · \S/);
    }
  });
});

describe('placeMeta', () => {
  it('names every designation of a place once, in member order, then the district', () => {
    const members = [byId('baita-mountain'), byId('baita-mountain-buildings')];
    expect(placeMeta('zh', members[0]!, members, districtName)).toBe('3A级景区 · 省级文物保护单位 · 城关区');
    expect(placeMeta('en', members[0]!, members, districtName)).toBe(
      '3A scenic spot · Provincial protection unit · Chengguan District',
    );
    const bridge = [byId('zhongshan-bridge'), byId('tourist-line-stop-zhongshan-bridge')];
    expect(placeMeta('zh', bridge[0]!, bridge, districtName)).toBe('全国重点文物保护单位 · 风情线站点 · 城关区');
  });

  it('says "position unknown" of the row\'s own feature', () => {
    const drum = byId('lanzhou-taiping-drum');
    expect(placeMeta('en', drum, [drum], districtName)).toBe('National ICH item · position unknown');
  });
});
