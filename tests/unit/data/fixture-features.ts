// A small hand-made set of features modelled on Lanzhou names, for unit tests only. These are test inputs,
// not shipped data: levels, grades, eras and coordinates are plausible but not sourced, and some names are
// invented to exercise a rule (e.g. the night-market substring, the 金城 alias).
import type { LayerId, SiteFeature, SiteProperties } from '../../../src/types';

type Extra = Partial<Omit<SiteProperties, 'id' | 'layer' | 'name_zh' | 'name_en'>>;

export function feature(
  id: string,
  layer: LayerId,
  name_zh: string,
  name_en: string,
  at: [number, number] | null,
  extra: Extra = {},
): SiteFeature {
  return {
    type: 'Feature',
    geometry: at ? { type: 'Point', coordinates: at } : null,
    properties: {
      id,
      layer,
      name_zh,
      name_en,
      district: null,
      address: null,
      precision: at ? 'exact' : 'unknown',
      position_source: null,
      crs_original: null,
      position_original: null,
      facts: [],
      sources: [{ title: 'test fixture', url: 'https://example.org/' }],
      ...extra,
    },
  };
}

export const FIXTURE: SiteFeature[] = [
  feature('zhongshan-bridge', 'heritage-units', '中山桥', 'Zhongshan Bridge', [103.8246, 36.0663], {
    aliases: ['兰州黄河铁桥', '黄河第一桥'],
    district: '城关区',
    level: 'national',
    category: 'modern-historic',
    era_start: 1907,
    era_end: 1909,
  }),
  // The same bridge as a stop of the tourist line: same name, less important layer.
  feature('tourist-line-stop-zhongshan-bridge', 'tourist-line', '中山桥', 'Zhongshan Bridge', [103.8247, 36.0662], {
    district: '城关区',
    stop_order: 3,
  }),
  feature('baita-mountain', 'scenic-spots', '白塔山', 'Baita Mountain', [103.8222, 36.0712], {
    district: '城关区',
    grade: '3A',
  }),
  feature(
    'baita-mountain-buildings',
    'heritage-units',
    '白塔山古建筑群',
    'Baita Mountain Ancient Buildings',
    [103.8215, 36.0725],
    { district: '城关区', level: 'provincial', category: 'ancient-building', era_start: 1368, era_end: 1644 },
  ),
  feature('lanzhou-stele-forest', 'museums', '兰州碑林', 'Lanzhou Stele Forest', [103.8195, 36.0705], {
    aliases: ['白塔山碑林'],
    district: '城关区',
  }),
  feature(
    'binhe-baita-night-market',
    'designations',
    '滨河路白塔山夜市',
    'Binhe Road Baita Night Market',
    [103.83, 36.068],
    { district: '城关区' },
  ),
  feature('wuquan-mountain', 'scenic-spots', '五泉山', 'Wuquan Mountain', [103.8259, 36.0448], {
    district: '城关区',
    grade: '4A',
  }),
  feature('dongfanghong-square', 'designations', '东方红广场', 'Dongfanghong Square', [103.8339, 36.0581], {
    district: '城关区',
  }),
  feature('lanzhou-old-street', 'scenic-spots', '兰州老街', 'Lanzhou Old Street', [103.6457, 36.1001], {
    district: '西固区',
    grade: '4A',
  }),
  feature('gansu-provincial-museum', 'museums', '甘肃省博物馆', 'Gansu Provincial Museum', [103.7695, 36.068], {
    aliases: ['甘博'],
    district: '七里河区',
  }),
  feature('lanzhou-museum', 'museums', '兰州市博物馆', 'Lanzhou Museum', [103.8372, 36.0614], { district: '城关区' }),
  // Unlocated: no source gives a point (geometry null), still searchable.
  feature('lanzhou-taiping-drum', 'ich-items', '兰州太平鼓', 'Lanzhou Taiping Drum', null, { level: 'national' }),
  feature('lanzhou-gourd-carving', 'ich-items', '兰州刻葫芦', 'Lanzhou Carved Gourds', [103.84, 36.06], {
    level: 'provincial',
    district: '城关区',
  }),
  feature(
    'jinchengguan-park',
    'scenic-spots',
    '金城关文化博览园',
    'Jinchengguan Cultural Expo Park',
    [103.8107, 36.0705],
    { district: '城关区', grade: '4A' },
  ),
  feature('lanzhou-city', 'designations', '兰州市', 'Lanzhou', null, { aliases: ['金城'] }),
  feature('lanzhou-station', 'transport', '兰州站', 'Lanzhou Railway Station', [103.8468, 36.0326], {
    district: '城关区',
    kind: 'station',
  }),
  feature('lanzhou-west-station', 'transport', '兰州西站', 'Lanzhou West Railway Station', [103.7583, 36.0668], {
    district: '七里河区',
    kind: 'station',
  }),
  feature('qinggangcha-site', 'heritage-units', '青岗岔遗址', 'Qinggangcha Site', [103.69, 36.13], {
    district: '安宁区',
    level: 'provincial',
    category: 'archaeological-site',
    era_start: -2300,
    era_end: -2000,
  }),
  {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [103.6, 36.09],
        [103.84, 36.03],
        [104.0, 35.95],
      ],
    },
    properties: {
      id: 'lanxin-railway',
      layer: 'transport',
      name_zh: '兰新铁路',
      name_en: 'Lanzhou–Xinjiang Railway',
      district: null,
      address: null,
      precision: 'approximate',
      position_source: null,
      crs_original: null,
      position_original: null,
      facts: [],
      sources: [{ title: 'test fixture', url: 'https://example.org/' }],
      kind: 'railway',
    },
  },
];

export function byId(id: string): SiteFeature {
  const f = FIXTURE.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no fixture ${id}`);
  return f;
}
