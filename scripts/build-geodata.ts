// Builds the contract files in geodata/ from the copied research tables (geodata/research/*.csv) and
// geometry (geodata/sources/**). Deterministic: same inputs → byte-identical outputs (no clocks, no randomness,
// fixed key order, coordinates rounded to 6 decimals ≈ 0.1 m).
//
// Rules it follows (see geodata/SOURCES.md and ../DATA-GUIDE):
// - No coordinate is typed here: every position is read from a research row or a source file; the only
//   computations are a GCJ-02 → WGS84 conversion (gcoord), slicing the river line for the tourist line,
//   clipping railway vertex runs to the municipality box, and district label points.
// - No position → geometry null, precision "unknown". Rows that cannot become features are written to
//   geodata/coverage-notes.json with the reason.
// Run: npx tsx scripts/build-geodata.ts
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import { lineString, point } from '@turf/helpers';
import lineSlice from '@turf/line-slice';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import distance from '@turf/distance';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { parseCsv, type CsvRow } from '../src/data/csv';
import { parseSourceCell, mergeSources } from '../src/data/source-refs';
import { eraRange } from '../src/data/era';
import type {
  BaseProperties,
  Crs,
  DistrictProperties,
  Fact,
  HeritageCategory,
  LayerId,
  Precision,
  SiteCollection,
  SiteProperties,
  SourceRef,
} from '../src/data/types';
import type { CoverageNote } from '../src/data/coverage';
import { serializeCollection } from '../src/data/serialize';
import { applyUpdates, type ProposedUpdate } from '../src/data/refresh-match';

const ROOT = join(import.meta.dirname, '..');
const RESEARCH = join(ROOT, 'geodata/research');
const SOURCES = join(ROOT, 'geodata/sources');
const OUT = join(ROOT, 'geodata');

// ---------------------------------------------------------------- inputs
const csv = (name: string): CsvRow[] => parseCsv(readFileSync(join(RESEARCH, name), 'utf8'));
const geo = (rel: string): FeatureCollection =>
  JSON.parse(readFileSync(join(SOURCES, rel), 'utf8').replace(/^\uFEFF/, '')) as FeatureCollection;

const nationalRows = csv('national_units_full.csv');
const heritagePass1 = csv('heritage_units.csv');
const provincialRows = csv('provincial_units.csv');
const coordsHeritage = csv('coords_heritage.csv');
const coordsScenic = csv('coords_scenic.csv');
const aClass = csv('a_class_list.csv');
const scenicPass1 = csv('scenic_spots.csv');
const museumsFull = csv('museums_full.csv');
const museumsPass1 = csv('museums.csv');
const ichFull = csv('ich_full.csv');
const designationRows = csv('special_designations.csv');
const tourRows = csv('tourist_line.csv');
const siteFacts = csv('site_facts.csv');
const stationRows = parseCsv(readFileSync(join(SOURCES, 'pass2/stations.csv'), 'utf8'));

function row(rows: CsvRow[], col: string, value: string): CsvRow {
  const r = rows.find((x) => x[col] === value);
  if (!r) throw new Error(`research row not found: ${col} = ${value}`);
  return r;
}
const cell = (r: CsvRow | undefined, col: string): string => (r ? (r[col] ?? '').trim() : '');

// ---------------------------------------------------------------- small helpers
const r6 = (n: number): number => Math.round(n * 1e6) / 1e6;
const roundCoords = (c: Position): Position => [r6(c[0] ?? NaN), r6(c[1] ?? NaN)];

export const DISTRICTS: readonly { zh: string; en: string; id: string }[] = [
  { zh: '城关区', en: 'Chengguan District', id: 'chengguan-district' },
  { zh: '七里河区', en: 'Qilihe District', id: 'qilihe-district' },
  { zh: '西固区', en: 'Xigu District', id: 'xigu-district' },
  { zh: '安宁区', en: 'Anning District', id: 'anning-district' },
  { zh: '红古区', en: 'Honggu District', id: 'honggu-district' },
  { zh: '永登县', en: 'Yongdeng County', id: 'yongdeng-county' },
  { zh: '皋兰县', en: 'Gaolan County', id: 'gaolan-county' },
  { zh: '榆中县', en: 'Yuzhong County', id: 'yuzhong-county' },
];

/** The district a cell starts with ("城关区 (金城关)" → 城关区); null for "兰州市", "not stated", blanks. */
function districtOf(text: string): string | null {
  const t = text.trim();
  return DISTRICTS.find((d) => t.startsWith(d.zh))?.zh ?? null;
}

/** A plain year ("2013", "2016 (see notes)") → number; ranges, "or", "by", "not found" → null. */
function yearOf(text: string): number | null {
  const t = text.trim();
  if (/\bor\b|或|\bby\b|\bnot\b|\//i.test(t)) return null;
  const m = /^(\d{4})\b/.exec(t);
  return m?.[1] ? Number(m[1]) : null;
}

const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Leading batch number ("6 (inferred)" → 6, "5 (extension list)" → 5); the full text goes to notes. */
function batchOf(text: string): number | null {
  const m = /^(\d+)\b/.exec(text.trim());
  return m?.[1] ? Number(m[1]) : null;
}

const HERITAGE_CATEGORY: Record<string, HeritageCategory> = {
  古遗址: 'archaeological-site',
  古墓葬: 'ancient-tomb',
  古建筑: 'ancient-building',
  石窟寺及石刻: 'cave-temple-stone-carving',
  近现代重要史迹及代表性建筑: 'modern-historic',
};
const CATEGORY_BY_DIGIT: Record<string, HeritageCategory> = {
  '1': 'archaeological-site',
  '2': 'ancient-tomb',
  '3': 'ancient-building',
  '4': 'cave-temple-stone-carving',
  '5': 'modern-historic',
};
const CATEGORY_EN: Record<HeritageCategory, string> = {
  'archaeological-site': 'archaeological site',
  'ancient-tomb': 'ancient tomb',
  'ancient-building': 'ancient building',
  'cave-temple-stone-carving': 'cave temple / stone carving',
  'modern-historic': 'modern historic site or representative building',
};

/** Official category text, else the 3rd segment of the national number ("6-1070-5-197" → 5). */
function heritageCategory(text: string, nationalNumber: string | null): HeritageCategory | null {
  const t = text.trim();
  if (t && !/not stated/i.test(t)) {
    for (const [zh, cat] of Object.entries(HERITAGE_CATEGORY)) if (t.startsWith(zh)) return cat;
  }
  const digit = nationalNumber?.split('-')[2];
  return digit ? (CATEGORY_BY_DIGIT[digit] ?? null) : null;
}

function fact(zh: string, en: string, sources: SourceRef[]): Fact {
  if (sources.length === 0) throw new Error(`fact without source: ${en}`);
  return { zh, en, sources };
}

// ---------------------------------------------------------------- positions (read from research rows)
interface Pos {
  coords: Position;
  precision: Exclude<Precision, 'unknown'>;
  position_source: string;
  crs_original: Crs;
  position_original: [number, number];
  sources: SourceRef[];
  osm_id: string | null;
  note: string;
}

function wgsPos(r: CsvRow, precision: Pos['precision'], osm: string | null, note: string, label: string): Pos {
  const lon = Number(cell(r, 'lon'));
  const lat = Number(cell(r, 'lat'));
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error(`no coordinate in row ${JSON.stringify(r)}`);
  return {
    coords: [r6(lon), r6(lat)],
    precision,
    position_source: label,
    crs_original: 'WGS84',
    position_original: [lon, lat],
    sources: parseSourceCell(cell(r, 'source')),
    osm_id: osm,
    note,
  };
}

/** GCJ-02 value (Amap) converted with gcoord; the table's own conversion must agree to < 1 m. */
function gcjPos(r: CsvRow, note: string): Pos {
  const lon0 = Number(cell(r, 'lon_original'));
  const lat0 = Number(cell(r, 'lat_original'));
  const out = gcoord.transform([lon0, lat0], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  const check = distance(point(out), point([Number(cell(r, 'lon')), Number(cell(r, 'lat'))]), { units: 'meters' });
  if (check > 1) throw new Error(`gcoord and research conversion differ by ${check} m for ${cell(r, 'name_zh')}`);
  return {
    coords: [r6(out[0]), r6(out[1])],
    precision: 'exact',
    position_source: 'Amap Web Service point (GCJ-02) quoted in GitHub zhikanyeye/youwans README, converted to WGS84 with gcoord',
    crs_original: 'GCJ-02',
    position_original: [lon0, lat0],
    sources: parseSourceCell(cell(r, 'source')),
    osm_id: null,
    note,
  };
}

const POS = {
  chenghuang: wgsPos(row(coordsHeritage, 'name_zh', '兰州府城隍庙'), 'exact', null, 'zh.wikipedia infobox coordinate (mirror copy).', 'zh.wikipedia 兰州府城隍庙 infobox (copy at wiwiki.kfd.me)'),
  babanSite: wgsPos(
    row(coordsHeritage, 'name_zh', '八路军兰州办事处旧址'),
    'exact',
    null,
    'zh.wikipedia infobox coordinate; the unit has two sites about 220 m apart and the article does not say which one the point marks.',
    'zh.wikipedia 八路军兰州办事处旧址 infobox (copies at wiki2.zh-cn.nina.az and wiwiwikim.kfd.me)',
  ),
  luTusi: wgsPos(
    row(coordsHeritage, 'name_zh', '鲁土司衙门旧址'),
    'exact',
    null,
    'zh.wikipedia infobox coordinate for the yamen; the unit also covers 妙因寺, 显教寺 and 雷坛.',
    'zh.wikipedia 鲁土司衙门旧址 infobox (copy at wiki2.zh-cn.nina.az)',
  ),
  // en.wikipedia coordinate; agrees within about 6 m with the OSM anchor on bridge way 223253546 and within 14 m with es.wikipedia.
  zhongshanBridge: wgsPos(
    row(coordsScenic, 'name_zh', '中山桥 (兰州黄河铁桥)'),
    'exact',
    'way/223253546',
    'en.wikipedia coordinate (copy). Independent agreement: the OSM anchor on bridge way 223253546 (lachlanchen/LazyTravel) is about 6 m away and es.wikipedia (pass-2 bridges.csv) about 14 m away.',
    'en.wikipedia "Zhongshan Bridge" infobox (copy at jmedia.wiki)',
  ),
  wuquanPark: wgsPos(
    row(coordsHeritage, 'name_zh', '五泉山建筑群 (五泉山公园)'),
    'approximate',
    'way/405316034',
    'OSM park anchor (way 405316034) standing for the park and its building complex; not a gate or a building.',
    'OpenStreetMap way/405316034 park anchor (via GitHub lachlanchen/LazyTravel)',
  ),
  wuquanGate: gcjPos(
    row(coordsScenic, 'name_zh', '五泉山公园'),
    'Park gate (五泉南路103号) from the Amap Web Service (GCJ-02), converted to WGS84 with gcoord; about 144 m from the OSM park anchor.',
  ),
  baita: wgsPos(
    row(coordsHeritage, 'name_zh', '白塔山建筑群 (白塔山公园)'),
    'approximate',
    'way/409963603',
    'OSM park anchor (way 409963603) standing for the hill park; it is not the White Pagoda itself.',
    'OpenStreetMap way/409963603 park anchor (via GitHub lachlanchen/LazyTravel)',
  ),
  gansuMuseum: wgsPos(
    row(coordsHeritage, 'name_zh', '甘肃省博物馆'),
    'approximate',
    'way/405352719',
    'OSM-derived anchor on way 405352719 (via lachlanchen/LazyTravel and Nominatim); kept approximate until an OSM refresh confirms it.',
    'OpenStreetMap way/405352719 anchor (via GitHub lachlanchen/LazyTravel)',
  ),
  babanMemorial: wgsPos(
    row(coordsHeritage, 'name_zh', '八路军兰州办事处纪念馆'),
    'exact',
    null,
    'Same point as the former site: the memorial hall is housed in it.',
    'zh.wikipedia 八路军兰州办事处旧址 infobox (copies at wiki2.zh-cn.nina.az and wiwiwikim.kfd.me)',
  ),
  luTusiMuseum: wgsPos(
    row(coordsHeritage, 'name_zh', '鲁土司衙门博物馆'),
    'exact',
    null,
    'Same point as the yamen: the exhibitions are inside the yamen buildings.',
    'zh.wikipedia 鲁土司衙门旧址 infobox (copy at wiki2.zh-cn.nina.az)',
  ),
  shichuan: wgsPos(
    row(coordsScenic, 'name_zh', '什川古梨园'),
    'approximate',
    null,
    'PROXY: the coordinate of 什川镇 (en.wikipedia "Shichuan"); the orchard lies on the river flats in this town, so the point only stands for the area.',
    'en.wikipedia "Shichuan" town coordinate (copy at eymaps.com)',
  ),
};
// Museums inside heritage sites reuse the site point on purpose, with the same position_source (the validator's
// 5 m rule allows that, and only that).

// ---------------------------------------------------------------- feature assembly
type Extra = Partial<SiteProperties>;

/** What the builder knows of a site before assembly: the contract's own fields, plus position and notes. */
type SiteInput = Pick<SiteProperties, 'id' | 'layer' | 'name_zh' | 'name_en' | 'aliases' | 'district' | 'address' | 'facts' | 'sources'> & {
  pos: Pos | null;
  notes: string[];
  extra: Extra;
};

function dropStaleCoordinateSentences(text: string): string {
  return text.replace(/[^.]*\bno (?:reliable )?coordinate[^.]*\.\s*/gi, '').trim();
}

function siteFeature(s: SiteInput): Feature<Geometry | null, SiteProperties> {
  const sources = mergeSources(s.sources, s.pos?.sources ?? [], ...s.facts.map((f) => f.sources));
  if (sources.length === 0) throw new Error(`${s.layer}/${s.id}: no source`);
  // Research notes written before later passes found positions say "No coordinate found"; the Position note
  // added here is the current truth, so those sentences are dropped.
  const notes = [...s.notes.map(dropStaleCoordinateSentences), ...(s.pos ? [`Position: ${s.pos.note}`] : ['Position: no sourced position; not drawn.'])]
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const props: SiteProperties = {
    id: s.id,
    layer: s.layer,
    name_zh: s.name_zh,
    name_en: s.name_en,
    aliases: s.aliases ?? [],
    district: s.district,
    address: s.address,
    precision: s.pos ? s.pos.precision : 'unknown',
    position_source: s.pos ? s.pos.position_source : null,
    crs_original: s.pos ? s.pos.crs_original : null,
    position_original: s.pos ? s.pos.position_original : null,
    osm_id: s.pos?.osm_id ?? null,
    wikidata: null,
    ...s.extra,
    facts: s.facts,
    sources,
    notes: notes.join(' '),
  };
  return {
    type: 'Feature',
    id: s.id,
    properties: props,
    geometry: s.pos ? { type: 'Point', coordinates: s.pos.coords } : null,
  };
}

/** site_facts.csv rows for one `site` key, as Fact objects. */
function siteFactsFor(site: string): Fact[] {
  return siteFacts
    .filter((r) => cell(r, 'site') === site)
    .map((r) => fact(cell(r, 'fact_zh'), cell(r, 'fact_en'), parseSourceCell(cell(r, 'source'))));
}

const coverageNotes: CoverageNote[] = [];
function leftOut(layer: CoverageNote['layer'], name_zh: string, file: string, zh: string, en: string, sourceCell: string): void {
  coverageNotes.push({ layer, name_zh, research_file: file, reason: { zh, en }, sources: parseSourceCell(sourceCell) });
}

// ---------------------------------------------------------------- heritage units
const NATIONAL_META: Record<string, { id: string; pass1: string; pos: Pos | null; aliases: string[] }> = {
  鲁土司衙门旧址: { id: 'lu-tusi-yamen', pass1: '鲁土司衙门旧址', pos: POS.luTusi, aliases: ['鲁土司衙门', '妙因寺', '显教寺'] },
  红城感恩寺: { id: 'hongcheng-ganen-temple', pass1: '红城感恩寺', pos: null, aliases: ['感恩寺'] },
  明肃王墓: { id: 'ming-prince-su-tombs', pass1: '明肃王墓', pos: null, aliases: ['肃王墓'] },
  '兰州黄河铁桥 (中山桥)': {
    id: 'zhongshan-bridge',
    pass1: '兰州黄河铁桥 (中山桥)',
    pos: POS.zhongshanBridge,
    aliases: ['中山桥', '兰州黄河铁桥', '黄河第一桥', '中山铁桥', 'Zhongshan Bridge', 'Lanzhou Yellow River Iron Bridge'],
  },
  青城古民居: { id: 'qingcheng-ancient-residences', pass1: '青城古民居', pos: null, aliases: [] },
  五泉山建筑群: { id: 'wuquan-mountain-buildings', pass1: '五泉山建筑群', pos: POS.wuquanPark, aliases: ['五泉山', '五泉山公园', 'Wuquan Mountain'] },
  兰州府城隍庙: { id: 'lanzhou-city-god-temple', pass1: '兰州府城隍庙', pos: POS.chenghuang, aliases: ['城隍庙'] },
  金天观: { id: 'jintian-temple', pass1: '金天观', pos: null, aliases: [] },
  八路军兰州办事处旧址: {
    id: 'eighth-route-army-office-site',
    pass1: '八路军兰州办事处旧址',
    pos: POS.babanSite,
    aliases: ['八办', '八路军驻兰州办事处'],
  },
};

const EXTRA_HERITAGE_FACTS: Record<string, Fact[]> = {
  'eighth-route-army-office-site': [
    fact(
      '省级文物保护单位的公布年份两说：1963年与1981年9月。',
      'Its earlier provincial listing is dated 1963 by one source and September 1981 by another.',
      parseSourceCell('http://lanzhou.mipang.com/jingdian/balujun/baodian-103383 ; http://nonggengtian.cn/landscape/76/balujunzhulanzhoubanshichujinianguan.html'),
    ),
  ],
  'lanzhou-city-god-temple': [
    fact(
      '国家名录所记年代为清；另一资料称始于宋、现格局为1837年重建后形成。',
      'The national list dates it to the Qing; a Wikipedia copy traces it to the Song, with today’s layout after an 1837 rebuild.',
      parseSourceCell(
        'repo lingdian1226/china-cultural-heritage, path data/national-level/62.json @ commit 0dbd96e11d03fcecca2dfa7edeeb48a6e609afea ; https://wiwiki.kfd.me/zh-my/%E5%85%B0%E5%B7%9E%E5%BA%9C%E5%9F%8E%E9%9A%8D%E5%BA%99',
      ),
    ),
  ],
  'lu-tusi-yamen': [
    fact(
      '1991年先列为省级文物保护单位，1996年升为全国重点文物保护单位；保护范围包括妙因寺、显教寺、雷坛。',
      'Provincial unit from 1991, national from 1996; the protected unit also covers Miaoyin Temple, Xianjiao Temple and the Thunder Altar.',
      parseSourceCell('http://xsksoft.com/jingdian/d4139 ; https://www.wiki2.zh-cn.nina.az/%E9%B2%81%E5%9C%9F%E5%8F%B8%E8%A1%99%E9%97%A8%E6%97%A7%E5%9D%80.html'),
    ),
  ],
  'ming-prince-su-tombs': [
    fact(
      '来紫堡一带有明肃王墓11座（连同七里河区两座共13座）。',
      'Sources count 11 tombs at Laizibao (13 in all, counting two in Qilihe District).',
      parseSourceCell('https://www.iichajd.com/34308/ ; https://qqx.com/gonglve/135967899404730368'),
    ),
  ],
  'hongcheng-ganen-temple': [
    fact('寺院建于1492–1494年间。', 'The temple was built in 1492–1494.', parseSourceCell('https://travel.isgoodgood.cn/gansu-look/lanzhou-look/68620.html')),
  ],
  'qingcheng-ancient-residences': [
    fact(
      '分散于青城镇多个村落，约45处民居，另有书院、戏楼、高家祠堂和城隍庙。',
      'A dispersed group of about 45 houses across several Qingcheng villages, plus an academy, an opera stage, the Gao family hall and a City God temple.',
      parseSourceCell('http://m.dongchecha.com/jingdian_17702 ; https://m.qi18.com/jingdian/76/qingchengguminjudianhltq/'),
    ),
  ],
};

const heritageFeatures: Feature<Geometry | null, SiteProperties>[] = [];
for (const r of nationalRows) {
  const name = cell(r, 'name_zh');
  if (cell(r, 'status') !== 'confirmed') {
    leftOut(
      'heritage-units',
      name,
      'national_units_full.csv',
      '论文称兰州有10处全国重点文物保护单位，但我们掌握的资料只能确认9处；第10处未被任何资料指明，因此不设占位要素。',
      'The paper counts 10 national units; the sources we hold name only 9. The 10th is not identified by any source, so no placeholder feature is made.',
      cell(r, 'source'),
    );
    continue;
  }
  const meta = NATIONAL_META[name];
  if (!meta) throw new Error(`no id for national unit ${name}`);
  const p1 = heritagePass1.find((x) => cell(x, 'name_zh') === meta.pass1);
  const no = blankToNull(cell(r, 'national_no'));
  const category = heritageCategory(cell(r, 'official_category'), no);
  const era = blankToNull(cell(r, 'era_in_list'));
  const range = eraRange(era);
  const batch = Number(cell(r, 'batch'));
  const year = yearOf(cell(r, 'batch_year'));
  const rowSources = mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source')));
  const nameZh = name.replace(/\s*\(.*\)$/, '');
  const facts: Fact[] = [
    fact(
      `${year}年列为第${batch}批全国重点文物保护单位（编号${no}${cell(r, 'official_category') ? `，${cell(r, 'official_category')}` : ''}）。`,
      `Listed in ${year} as a national key cultural-relic protection unit (batch ${batch}, no. ${no}${category ? `, ${CATEGORY_EN[category]}` : ''}).`,
      parseSourceCell(cell(r, 'source')),
    ),
    ...(nameZh === '兰州黄河铁桥' ? siteFactsFor('中山桥 (兰州黄河铁桥)') : []),
    ...(nameZh === '五泉山建筑群' ? siteFactsFor('五泉山') : []),
    ...(EXTRA_HERITAGE_FACTS[meta.id] ?? []),
  ];
  heritageFeatures.push(
    siteFeature({
      id: meta.id,
      layer: 'heritage-units',
      name_zh: nameZh,
      name_en: cell(r, 'name_en'),
      aliases: meta.aliases,
      district: districtOf(cell(r, 'district')),
      address: blankToNull(cell(r, 'location_detail')),
      pos: meta.pos,
      facts,
      sources: rowSources,
      // Pass-1 notes on national units are superseded by pass 2 (numbers, categories); their still-useful
      // statements are carried as facts in EXTRA_HERITAGE_FACTS.
      notes: [cell(r, 'notes')],
      extra: {
        level: 'national',
        batch,
        year_listed: year,
        national_number: no,
        category,
        category_zh: blankToNull(cell(r, 'official_category')),
        era,
        era_start: range?.start ?? null,
        era_end: range?.end ?? null,
      },
    }),
  );
}

const PROVINCIAL_IDS: Record<string, { id: string; aliases: string[]; pos: Pos | null }> = {
  二十里铺大坪遗址: { id: 'ershilipu-daping-site', aliases: [], pos: null },
  白塔山建筑群: { id: 'baita-mountain-buildings', aliases: ['白塔山', '白塔山公园', 'White Pagoda Hill'], pos: POS.baita },
  白云观: { id: 'baiyun-temple', aliases: [], pos: null },
  天齐庙: { id: 'tianqi-temple', aliases: [], pos: null },
  柳合山堂: { id: 'liuheshan-hall', aliases: [], pos: null },
  河口古民居: { id: 'hekou-old-residences', aliases: [], pos: null },
  黄河母亲塑像: { id: 'yellow-river-mother-sculpture', aliases: ['黄河母亲', '黄河母亲雕塑', 'Yellow River Mother'], pos: null },
  '甘肃举院 (甘肃贡院; 至公堂、观成堂)': { id: 'gansu-examination-hall', aliases: ['甘肃贡院', '至公堂', '观成堂'], pos: null },
  高氏祠堂: { id: 'gao-family-ancestral-hall', aliases: ['高家祠堂'], pos: null },
  红寺遗址: { id: 'hongsi-site', aliases: [], pos: null },
  白衣寺塔及白衣菩萨殿: { id: 'baiyi-temple-pagoda', aliases: ['白衣寺塔', '白衣寺', '铁柱宫', '江西会馆享殿'], pos: null },
  '兰州烈士陵园纪念塔 (华林山)': { id: 'lanzhou-martyrs-memorial-tower', aliases: ['华林山烈士陵园'], pos: null },
  '三圣庙 (金崖)': { id: 'jinya-sansheng-temple', aliases: [], pos: null },
  金崖驿站: { id: 'jinya-post-station', aliases: [], pos: null },
  周家祠堂: { id: 'zhou-family-ancestral-hall', aliases: [], pos: null },
  '青龙山 (永登)': { id: 'yongdeng-qinglong-mountain', aliases: ['青龙山'], pos: null },
  '山陕会馆 (红城)': { id: 'hongcheng-shanshan-guild-hall', aliases: ['山陕会馆'], pos: null },
};

const PROVINCIAL_EXTRA_FACTS: Record<string, Fact[]> = {
  'baita-mountain-buildings': siteFactsFor('白塔山'),
  'yellow-river-mother-sculpture': siteFactsFor('黄河母亲雕塑'),
  'hekou-old-residences': [
    fact(
      '数量说法不一：保护范围内古院落37座；同一篇报道又称河口有古建遗存39处。',
      'Counts differ within one report: 37 old courtyards inside the protection scope vs 39 historic sites at Hekou.',
      parseSourceCell('http://gansu.gscn.com.cn/system/2017/11/15/011848165.shtml'),
    ),
  ],
  'baiyi-temple-pagoda': [
    fact(
      '白衣寺塔高度两说：25.7米与约30米。第八批省保名单把铁柱宫（江西会馆享殿）并入本单位。',
      'The pagoda’s height is given as 25.7 m by one source and about 30 m by others. The 8th provincial list merged the Tiezhu Palace (Jiangxi guild hall) into this unit.',
      parseSourceCell(
        'http://enews.xwh.cn/jknews/202601/14/113749.html ; https://gs.ctrip.com/html5/you/article/detail/47534390.html ; https://www.qqx.com/gonglve/136601704098430976',
      ),
    ),
  ],
};

for (const r of provincialRows) {
  const name = cell(r, 'name_zh');
  const status = cell(r, 'current_status');
  if (!status.startsWith('provincial')) {
    const why: Record<string, [string, string]> = {
      upgraded: ['已升为全国重点文物保护单位，见国家级要素。', 'Upgraded to a national unit; shown as the national feature.'],
      merged: ['已并入省保单位“白衣寺塔及白衣菩萨殿”，作为其别名。', 'Merged into the provincial unit 白衣寺塔及白衣菩萨殿; kept as an alias there.'],
      unverified: ['资料措辞为“省级文物保护区”，级别未核实。', 'The only source says “provincial protection area”; the status is unverified.'],
    };
    const key = status.startsWith('upgraded') ? 'upgraded' : status.startsWith('merged') ? 'merged' : 'unverified';
    const [zh, en] = why[key] ?? ['', ''];
    leftOut('heritage-units', name, 'provincial_units.csv', zh, en, cell(r, 'source'));
    continue;
  }
  if (status.includes('low-quality')) {
    leftOut(
      'heritage-units',
      name,
      'provincial_units.csv',
      '仅有一个问答类网页称其为省级文物保护单位，展示前需核实。',
      'Only a Q&A-style page calls it a provincial unit; it needs checking before it is shown.',
      cell(r, 'source'),
    );
    continue;
  }
  const meta = PROVINCIAL_IDS[name];
  if (!meta) throw new Error(`no id for provincial unit ${name}`);
  const p1 = heritagePass1.find((x) => cell(x, 'name_zh') === name.replace(/\s*\(.*\)$/, '') || cell(x, 'name_zh') === name);
  const batchText = cell(r, 'prov_batch');
  const batch = batchOf(batchText);
  const year = yearOf(cell(r, 'batch_year'));
  const era = blankToNull(cell(r, 'era'));
  const range = eraRange(era);
  const category = heritageCategory(cell(r, 'category'), null);
  const sources = mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source')));
  const listingZh =
    batch !== null
      ? `列为甘肃省第${batch}批省级文物保护单位${batchText.includes('inferred') ? '（批次为推断）' : ''}${year ? `（${year}年）` : ''}。`
      : `资料称其为甘肃省省级文物保护单位${year ? `（${year}年公布）` : ''}，批次未见。`;
  const listingEn =
    batch !== null
      ? `Gansu provincial protected unit, batch ${batch}${batchText.includes('inferred') ? ' (batch inferred)' : ''}${year ? ` (${year})` : ''}.`
      : `Named as a Gansu provincial protected unit${year ? ` (listed ${year})` : ''}; batch not found.`;
  const nameZh = name.replace(/\s*\(.*\)$/, '');
  heritageFeatures.push(
    siteFeature({
      id: meta.id,
      layer: 'heritage-units',
      name_zh: nameZh,
      name_en: cell(r, 'name_en'),
      aliases: meta.aliases,
      district: districtOf(cell(r, 'district')),
      address: blankToNull(cell(r, 'location_detail')),
      pos: meta.pos,
      facts: [fact(listingZh, listingEn, parseSourceCell(cell(r, 'source'))), ...(PROVINCIAL_EXTRA_FACTS[meta.id] ?? [])],
      sources,
      notes: [
        batchText !== '' && batchText !== String(batch) ? `Batch as written: ${batchText}.` : '',
        cell(r, 'batch_year') !== '' && String(year) !== cell(r, 'batch_year') ? `Listing year as written: ${cell(r, 'batch_year')}.` : '',
        cell(r, 'notes'),
        status !== 'provincial' ? `Status as written in the research table: ${status}.` : '',
      ],
      extra: {
        level: 'provincial',
        batch,
        year_listed: year,
        national_number: null,
        category,
        category_zh: blankToNull(cell(r, 'category')),
        era,
        era_start: range?.start ?? null,
        era_end: range?.end ?? null,
      },
    }),
  );
}
// heritage_units.csv (pass 1) row that pass 2 identified as the merged 铁柱宫 structure.
leftOut(
  'heritage-units',
  '江西会馆享殿 (兰州市博物馆大门)',
  'heritage_units.csv',
  '与铁柱宫为同一建筑，已并入“白衣寺塔及白衣菩萨殿”（别名）。',
  'The same structure as 铁柱宫, merged into 白衣寺塔及白衣菩萨殿 (kept as an alias).',
  cell(row(heritagePass1, 'name_zh', '江西会馆享殿 (兰州市博物馆大门)'), 'attr_source'),
);

// ---------------------------------------------------------------- scenic spots
const SCENIC_META: Record<string, { id: string; en: string; aliases: string[]; pos: Pos | null; district?: string | null }> = {
  '五泉山公园 (五泉山)': { id: 'wuquan-mountain-park', en: 'Wuquan (Five Springs) Mountain Park', aliases: ['五泉山', '五泉山公园'], pos: POS.wuquanGate },
  '兴隆山 (兴隆山自然保护区)': { id: 'xinglong-mountain', en: 'Xinglong Mountain', aliases: ['兴隆山', '兴隆山自然保护区'], pos: null },
  青城古镇: { id: 'qingcheng-ancient-town', en: 'Qingcheng Ancient Town', aliases: [], pos: null },
  '什川古梨园 (什川梨园)': { id: 'shichuan-pear-orchard', en: 'Shichuan Ancient Pear Orchard', aliases: ['什川梨园', '世界第一古梨园'], pos: POS.shichuan },
  吐鲁沟国家森林公园: { id: 'tulugou-forest-park', en: 'Tulugou National Forest Park', aliases: ['吐鲁沟'], pos: null },
  '金城关·黄河古渡景区': {
    id: 'jinchengguan-ferry',
    en: 'Jinchengguan – Ancient Yellow River Ferry Scenic Area',
    aliases: ['金城关', '黄河古渡', '金城关文化博览园'],
    pos: null,
  },
  水墨丹霞景区: { id: 'shuimo-danxia', en: 'Shuimo Danxia Scenic Area', aliases: ['水墨丹霞'], pos: null },
  '仁寿山生态文化旅游景区 (仁寿山公园)': { id: 'renshou-mountain', en: 'Renshou Mountain Eco-cultural Scenic Area', aliases: ['仁寿山', '仁寿山公园'], pos: null },
  兰州水车博览园: { id: 'waterwheel-expo-park', en: 'Lanzhou Waterwheel Expo Park', aliases: ['水车博览园'], pos: null },
  石佛沟景区: { id: 'shifogou', en: 'Shifogou Scenic Area', aliases: ['石佛沟'], pos: null },
  河口古镇旅游景区: { id: 'hekou-ancient-town', en: 'Hekou Ancient Town Scenic Area', aliases: ['河口古镇'], pos: null },
  西部恐龙水乐园室内温泉馆: {
    id: 'western-dinosaur-water-park',
    en: 'Western Dinosaur Water Park indoor hot-spring hall',
    aliases: [],
    pos: null,
    district: null, // Qunar gives 兰州新区, a state-level new area, not one of the 8 county-level districts.
  },
  '白塔山景区 (白塔山公园)': { id: 'baita-mountain-park', en: 'Baita (White Pagoda) Mountain Park', aliases: ['白塔山', '白塔山公园'], pos: POS.baita },
  兰州植物园: { id: 'lanzhou-botanical-garden', en: 'Lanzhou Botanical Garden', aliases: [], pos: null },
  龙头山森林生态旅游区: { id: 'longtou-mountain', en: 'Longtou Mountain Forest Eco-tourism Area', aliases: ['龙头山'], pos: null },
  五一山森林生态旅游区: { id: 'wuyi-mountain', en: 'Wuyi Mountain Forest Eco-tourism Area', aliases: ['五一山'], pos: null },
  // District disputed (Qunar address 七里河区 vs text "滨河路西段"), so null.
  兰州水车园: { id: 'waterwheel-garden', en: 'Lanzhou Waterwheel Garden (old)', aliases: ['水车园', '老水车园'], pos: null, district: null },
};

const SCENIC_EXTRA_FACTS: Record<string, Fact[]> = {
  'wuquan-mountain-park': siteFactsFor('五泉山'),
  'baita-mountain-park': [
    ...siteFactsFor('白塔山'),
    fact(
      '等级说法：较早的旅游网页标为2A；2021年评为3A（以3A为准）。',
      'An older travel page lists it as 2A; it was rated 3A in 2021, which we use.',
      parseSourceCell('https://bh2255.com/jingdian/guia-de-viaje-del-parque-lanzhou-baitashan ; http://gsftyg.com/news/2021-02/05/c_1127069457.htm'),
    ),
  ],
  'waterwheel-garden': [
    fact(
      '与水车博览园的关系未定：多数网页认为两地相距约4公里，一个网页称博览园内的水车园部分即老水车园原址。',
      'Relation to the Waterwheel Expo Park is unresolved: most pages put the two about 4 km apart; one says the Expo Park’s waterwheel section stands on the old garden’s site.',
      parseSourceCell('https://kpfans.com/article/bOWYwKbZvG.html ; http://m.zuzuche.com/weather/c262_scenic4539.html'),
    ),
  ],
  'shichuan-pear-orchard': [
    fact(
      '2025年入选全球重要农业文化遗产；园区承载约十项省级非遗技艺（名称未列出）。',
      'Listed as a Globally Important Agricultural Heritage System in 2025; about ten provincial ICH skills are tied to the orchard (not named by the source).',
      parseSourceCell('http://www.hazy.com.cn/a/2437.html'),
    ),
  ],
  'hekou-ancient-town': [
    fact(
      '2025年12月列入4A级景区公示名单，2026年1月8日中国日报报道其已成为4A级景区——晚于论文。',
      'On the 4A public-notice list in Dec 2025 and reported as 4A by China Daily on 8 Jan 2026 — after the paper.',
      parseSourceCell('http://sq-yy.com/xwzx/2025-12/16/content_235873226.html ; http://cn.chinadaily.com.cn/a/202601/08/WS695f53e4a310942cc499a900.html'),
    ),
  ],
};

function gradeStatus(gradeText: string): string {
  if (/proposed/i.test(gradeText)) return 'proposed (public notice)';
  if (/public notice/i.test(gradeText)) return 'public notice, then reported as rated';
  if (/Qunar only/i.test(gradeText)) return 'qunar-only';
  return 'confirmed';
}

const scenicFeatures: Feature<Geometry | null, SiteProperties>[] = [];
for (const r of aClass) {
  const name = cell(r, 'name_zh');
  const meta = SCENIC_META[name];
  if (!meta) throw new Error(`no id for scenic spot ${name}`);
  const gradeText = cell(r, 'grade');
  const grade = /^([1-5]A)/.exec(gradeText)?.[1] as SiteProperties['grade'];
  const status = gradeStatus(gradeText);
  const yearRated = yearOf(cell(r, 'year_rated'));
  const baseName = name.replace(/\s*\(.*\)$/, '');
  const p1 = scenicPass1.find((x) => cell(x, 'name_zh').replace(/\s*[(（].*$/, '') === baseName.replace(/\s*[(（].*$/, ''));
  const coordRow = coordsScenic.find((x) => cell(x, 'name_zh').replace(/\s*[(（].*$/, '') === baseName.replace(/\s*[(（].*$/, ''));
  const sources = mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source')));
  const gradeFact = fact(
    `国家${grade}级旅游景区${yearRated ? `（${yearRated}年评定）` : ''}${status === 'confirmed' ? '' : `；状态：${status === 'qunar-only' ? '仅见于去哪儿网抓取数据' : status === 'proposed (public notice)' ? '仅见公示名单' : '先公示、后见报道'}`}。`,
    `A-class scenic spot, grade ${grade}${yearRated ? ` (rated ${yearRated})` : ''}${status === 'confirmed' ? '' : `; status: ${status}`}.`,
    parseSourceCell(cell(r, 'source')),
  );
  scenicFeatures.push(
    siteFeature({
      id: meta.id,
      layer: 'scenic-spots',
      name_zh: baseName,
      name_en: cell(p1, 'name_en') || meta.en,
      aliases: meta.aliases,
      district: meta.district !== undefined ? meta.district : districtOf(cell(r, 'district')),
      address: null,
      pos: meta.pos,
      facts: [gradeFact, ...(SCENIC_EXTRA_FACTS[meta.id] ?? [])],
      sources,
      notes: [
        gradeText !== grade ? `Grade as written: ${gradeText}.` : '',
        cell(r, 'year_rated') && yearRated === null ? `Rating year as written: ${cell(r, 'year_rated')}.` : '',
        cell(r, 'district') !== districtOf(cell(r, 'district')) ? `District as written: ${cell(r, 'district')}.` : '',
        cell(p1, 'notes'),
        // Rejected candidate coordinates stay in the research table, not in user-facing notes.
        !meta.pos && /Rejected/.test(cell(coordRow, 'notes'))
          ? 'Candidate coordinates of unknown provenance or CRS were found and rejected (see geodata/research/coords_scenic.csv).'
          : '',
      ],
      extra: { grade, status, year_rated: yearRated },
    }),
  );
}

// ---------------------------------------------------------------- museums
const MUSEUM_META: Record<string, { id: string; pos: Pos | null; aliases: string[] }> = {
  甘肃省博物馆: { id: 'gansu-provincial-museum', pos: POS.gansuMuseum, aliases: [] },
  兰州市博物馆: { id: 'lanzhou-city-museum', pos: null, aliases: ['白衣寺'] },
  甘肃简牍博物馆: { id: 'gansu-jiandu-museum', pos: null, aliases: ['简牍博物馆'] },
  八路军兰州办事处纪念馆: { id: 'eighth-route-army-office-memorial-hall', pos: POS.babanMemorial, aliases: ['八办纪念馆'] },
  鲁土司衙门博物馆: { id: 'lu-tusi-yamen-museum', pos: POS.luTusiMuseum, aliases: [] },
  永登县博物馆: { id: 'yongdeng-county-museum', pos: null, aliases: [] },
  榆中县博物馆: { id: 'yuzhong-county-museum', pos: null, aliases: [] },
  甘肃省钱币博物馆: { id: 'gansu-numismatic-museum', pos: null, aliases: [] },
  西北师范大学博物馆: { id: 'northwest-normal-university-museum', pos: null, aliases: [] },
  兰州大学博物馆: { id: 'lanzhou-university-museum', pos: null, aliases: [] },
  西北民族大学博物馆: { id: 'northwest-minzu-university-museum', pos: null, aliases: [] },
  甘肃地质博物馆: { id: 'gansu-geological-museum', pos: null, aliases: [] },
  兰州市地震博物馆: { id: 'lanzhou-earthquake-museum', pos: null, aliases: [] },
  甘肃三木自行车博物馆: { id: 'sanmu-bicycle-museum', pos: null, aliases: [] },
  兰州彩陶艺术博物馆: { id: 'lanzhou-painted-pottery-art-museum', pos: null, aliases: [] },
  兰州龙源文化博物馆: { id: 'longyuan-culture-museum', pos: null, aliases: [] },
  '兰州国学馆 (原皋兰县文庙)': { id: 'lanzhou-sinology-hall', pos: null, aliases: ['皋兰县文庙'] },
  中国秦腔博物馆: { id: 'qinqiang-opera-museum', pos: null, aliases: ['秦腔博物馆'] },
  兰州市非物质文化遗产陈列馆: { id: 'lanzhou-ich-exhibition-hall', pos: null, aliases: ['非遗陈列馆'] },
  兰州彩陶馆: { id: 'lanzhou-painted-pottery-hall', pos: null, aliases: [] },
  兰州黄河桥梁博物馆: { id: 'yellow-river-bridge-museum', pos: null, aliases: ['桥梁博物馆'] },
  兰州文化体验馆: { id: 'lanzhou-culture-experience-hall', pos: null, aliases: [] },
  兰州战役纪念馆: { id: 'lanzhou-campaign-memorial-hall', pos: null, aliases: [] },
  读者博物馆: { id: 'duzhe-museum', pos: null, aliases: ['《读者》', '读者'] },
};

const MUSEUM_EXTRA_FACTS: Record<string, Fact[]> = {
  'lanzhou-city-museum': [
    fact(
      '馆址在白衣寺旧址（庆阳路240号）；藏品13000余件。国家等级说法：二级（较早资料）；2024年5月列入一级博物馆公示名单。',
      'Housed on the old Baiyi Temple site (240 Qingyang Rd); 13,000+ items. Grade: national grade 2 in an older source; on the May 2024 public notice for grade 1.',
      parseSourceCell('http://upcd.org/jdtq/jd4418.html ; https://xinxilanzhou.com/2024/0510/223389.shtml ; http://binguan.nanfei.cn/xinwen/2023/0622/12059.html'),
    ),
  ],
  'lanzhou-earthquake-museum': [
    fact(
      '建馆年份两说：1988年（人民网甘肃、中科院兰州分院）与1989年（德文维基百科副本）。',
      'Founding year differs: 1988 (People’s Daily Gansu; CAS Lanzhou) vs 1989 (German Wikipedia copy).',
      parseSourceCell('http://gs.people.com.cn/BIG5/n2/2025/0518/c183348-41230925.html ; http://lzb.cas.cn/zt/kzjz/200906/t20090626_1854866.html ; https://de.wikiup.org/wiki/Erdbebenmuseum_Lanzhou'),
    ),
  ],
  'duzhe-museum': siteFactsFor('《读者》杂志'),
};

const museumFeatures: Feature<Geometry | null, SiteProperties>[] = [];
for (const r of museumsFull) {
  const name = cell(r, 'name_zh');
  const meta = MUSEUM_META[name];
  if (!meta) throw new Error(`no id for museum ${name}`);
  const opening = yearOf(cell(r, 'opening_year'));
  const p1 = museumsPass1.find((x) => cell(x, 'name_zh').replace(/\s*\(.*\)$/, '') === name.replace(/\s*\(.*\)$/, ''));
  const facts: Fact[] = [];
  if (opening !== null) {
    facts.push(fact(`开放（建馆）年份：${opening}年。`, `Opening year: ${opening} (${cell(r, 'opening_year')}).`, parseSourceCell(cell(r, 'source'))));
  }
  facts.push(...(MUSEUM_EXTRA_FACTS[meta.id] ?? []));
  museumFeatures.push(
    siteFeature({
      id: meta.id,
      layer: 'museums',
      name_zh: name.replace(/\s*\(.*\)$/, ''),
      name_en: cell(r, 'name_en'),
      aliases: meta.aliases,
      district: districtOf(cell(r, 'district')),
      address: blankToNull(cell(r, 'address')),
      pos: meta.pos,
      facts,
      sources: mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source'))),
      notes: [
        opening === null && cell(r, 'opening_year') !== 'not found' ? `Opening year as written: ${cell(r, 'opening_year')}.` : '',
        cell(r, 'notes'),
      ],
      extra: { museum_type: blankToNull(cell(r, 'type')), opening_year: opening },
    }),
  );
}
leftOut(
  'museums',
  '甘肃天庆博物馆',
  'NOTES.md (lists pass 2)',
  '2024年定级，但资料未说明其位于兰州。',
  'Graded in 2024, but no source read places it in Lanzhou.',
  'http://life.liangstudy.cn/study/5590.html',
);

// ---------------------------------------------------------------- ICH items
const ICH_META: Record<string, { id: string; aliases: string[] }> = {
  兰州太平鼓: { id: 'lanzhou-taiping-drum', aliases: ['兰州太平鼓舞', '太平鼓'] },
  兰州黄河大水车制作技艺: { id: 'waterwheel-making', aliases: ['黄河大水车制作技艺', '兰州水车'] },
  兰州鼓子: { id: 'lanzhou-guzi', aliases: [] },
  苦水高高跷: { id: 'kushui-high-stilts', aliases: [] },
  兰州牛肉拉面制作技艺: { id: 'beef-noodle-making', aliases: ['兰州拉面制作技艺', '兰州牛肉面制作技艺', '兰州牛肉面', '兰州拉面'] },
  道台狮子: { id: 'daotai-lion-dance', aliases: [] },
  马衔山秧歌: { id: 'maxianshan-yangge', aliases: [] },
  太符灯舞: { id: 'taifu-lantern-dance', aliases: [] },
  西厢调: { id: 'xixiang-tune', aliases: [] },
  兰州太平歌: { id: 'lanzhou-taiping-songs', aliases: [] },
  兰州刻葫芦: { id: 'lanzhou-gourd-carving', aliases: ['刻葫芦'] },
  苑川七月官神: { id: 'yuanchuan-seventh-month-rite', aliases: [] },
};
const ICH_CATEGORY: Record<string, string> = {
  传统舞蹈: 'traditional-dance',
  传统技艺: 'traditional-craftsmanship',
  曲艺: 'quyi-storytelling',
  传统戏剧: 'traditional-drama',
  民俗: 'folk-custom',
};
const ICH_EXTRA_FACTS: Record<string, Fact[]> = {
  'waterwheel-making': siteFactsFor('兰州水车'),
  'beef-noodle-making': [
    ...siteFactsFor('兰州牛肉面'),
    fact(
      '项目名称各资料写法不同：兰州拉面制作技艺（2020年申报报道）、兰州牛肉面制作技艺（2021年甘肃日报）、兰州牛肉拉面制作技艺（2024年兰州报道）。',
      'The item’s name differs by source: 兰州拉面制作技艺 (2020 nomination news), 兰州牛肉面制作技艺 (Gansu Daily 2021), 兰州牛肉拉面制作技艺 (2024 Lanzhou report).',
      parseSourceCell('http://gansu.gscn.com.cn/system/2020/12/25/012519187.shtml ; http://szb.gansudaily.com.cn/gsrb/202108/31/c270056.html ; http://m.kwczj.com/tourism/system/2024/12/17/013250875.shtml'),
    ),
  ],
};

const ichFeatures: Feature<Geometry | null, SiteProperties>[] = [];
for (const r of ichFull) {
  const name = cell(r, 'name_zh');
  const meta = ICH_META[name];
  if (!meta) throw new Error(`no id for ICH item ${name}`);
  const level = cell(r, 'level') as 'national' | 'provincial';
  const batchText = cell(r, 'batch');
  const batch = batchOf(batchText);
  const extension = batchText.includes('extension');
  const year = yearOf(cell(r, 'year'));
  const catText = cell(r, 'category');
  const catZh = Object.keys(ICH_CATEGORY).find((k) => catText.startsWith(k)) ?? null;
  const code = /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+-\d+$/.test(cell(r, 'code')) ? cell(r, 'code') : null;
  const levelZh = level === 'national' ? '国家级' : '甘肃省省级';
  const listing = fact(
    `${batch !== null ? `列入第${batch}批` : '列入（批次未见）'}${levelZh}非物质文化遗产代表性项目名录${extension ? '（扩展项目）' : ''}${year ? `（${year}年）` : ''}${code ? `，编号${code}` : ''}。`,
    `${level === 'national' ? 'National' : 'Gansu provincial'} intangible cultural heritage item${batch !== null ? `, batch ${batch}` : ', batch not stated'}${extension ? ' (extension list)' : ''}${year ? ` (${year})` : ''}${code ? `, code ${code}` : ''}.`,
    parseSourceCell(cell(r, 'source')),
  );
  ichFeatures.push(
    siteFeature({
      id: meta.id,
      layer: 'ich-items',
      name_zh: name,
      name_en: cell(r, 'name_en'),
      aliases: meta.aliases,
      district: districtOf(cell(r, 'county_district')),
      address: null,
      pos: null, // No source places an ICH item at a point.
      facts: [listing, ...(ICH_EXTRA_FACTS[meta.id] ?? [])],
      sources: parseSourceCell(cell(r, 'source')),
      notes: [
        batchText !== '' && batchText !== String(batch) ? `Batch as written: ${batchText}.` : '',
        catText && catText !== catZh ? `Category as written: ${catText}.` : '',
        cell(r, 'year') && year === null ? `Year as written: ${cell(r, 'year')}.` : '',
        cell(r, 'notes'),
      ],
      extra: {
        level,
        batch,
        year_listed: year,
        category: catZh ? (ICH_CATEGORY[catZh] ?? null) : null,
        category_zh: catZh,
        code,
        place: blankToNull([cell(r, 'county_district'), cell(r, 'town_or_place')].filter((x) => x).join('; ')),
      },
    }),
  );
}
{
  const items = csv('ich_items.csv');
  const tian = items.find((x) => cell(x, 'name_zh').startsWith('什川古梨园管护相关技艺'));
  const raft = items.find((x) => cell(x, 'name_zh').startsWith('羊皮筏子'));
  leftOut(
    'ich-items',
    cell(tian, 'name_zh'),
    'ich_items.csv',
    '资料只说约有十项省级非遗技艺与什川古梨园相关，未列出项目名称，无法逐项建要素（已作为梨园景区的事实说明）。',
    'The source says about ten provincial ICH skills belong to the Shichuan orchard but names none, so no item can be made (kept as a fact on the orchard).',
    cell(tian, 'source'),
  );
  leftOut(
    'ich-items',
    cell(raft, 'name_zh'),
    'ich_items.csv',
    '资料称其为兰州非遗项目，但未说明级别。',
    'Named as a Lanzhou ICH item, but no source states its level.',
    cell(raft, 'source'),
  );
}

// ---------------------------------------------------------------- designations
const DESIGNATION_KIND: Record<string, string> = {
  全国乡村旅游重点村: 'rural-tourism-key-village',
  国家级夜间文化和旅游消费集聚区: 'night-time-cluster',
  国家级旅游休闲街区: 'tourism-leisure-block',
  国家工业旅游示范基地: 'industrial-tourism-base',
  省级旅游度假区: 'tourist-resort',
};
const DESIGNATION_META: Record<
  string,
  { id: string; status: string; zh: string; district?: string | null; districtSource?: string }
> = {
  浪街村: { id: 'langjie-village', status: 'public notice (3rd batch, 2021)', zh: '2021年第三批名单公示' },
  上车村: {
    id: 'shangche-village',
    status: 'unconfirmed (key-village status only per the paper; source confirms 2022 中国美丽休闲乡村)',
    zh: '此称号仅见于论文，所读资料未证实；资料只证实其入选2022年中国美丽休闲乡村',
  },
  兰州老街: {
    id: 'lanzhou-old-street',
    status: 'confirmed',
    zh: '第一批，2021年11月5日',
    district: '七里河区',
    districtSource: 'http://m.ggty56.cn/news/4EqxgKWyJQ.html',
  },
  兰州创意文化产业园商业区: { id: 'lanzhou-creative-culture-park', status: 'confirmed', zh: '第二批，2022年8月授牌' },
  河口古镇旅游休闲街区: { id: 'hekou-leisure-block', status: 'confirmed', zh: '第二批，2023年1月16日公示' },
  兴隆山旅游度假区: { id: 'xinglong-mountain-resort', status: 'proposed (public notice Dec 2020)', zh: '2020年12月公示，未见正式批复' },
};
const designationFeatures: Feature<Geometry | null, SiteProperties>[] = [];
for (const r of designationRows) {
  const name = cell(r, 'name_zh');
  const src = cell(r, 'source');
  if (src === '') {
    leftOut(
      'designations',
      name,
      'special_designations.csv',
      '论文提到的国家工业旅游示范基地“读者印象”在所读资料中均未找到，不设占位要素。',
      'The paper’s national industrial-tourism base “读者印象” was not found in any source read; no placeholder feature is made.',
      'http://byxmsc.com/culture/system/2022/03/29/012735490.shtml',
    );
    continue;
  }
  const meta = DESIGNATION_META[name];
  if (!meta) throw new Error(`no id for designation ${name}`);
  const desZh = cell(r, 'designation_zh').replace(/\s*\(per paper\)$/, '');
  const kind = DESIGNATION_KIND[desZh];
  if (!kind) throw new Error(`unknown designation ${desZh}`);
  const batchText = cell(r, 'batch_or_year');
  const year = /(\d{4})/.exec(batchText)?.[1];
  const districtSources = meta.districtSource ? parseSourceCell(meta.districtSource) : [];
  designationFeatures.push(
    siteFeature({
      id: meta.id,
      layer: 'designations',
      name_zh: name,
      name_en: cell(r, 'name_en'),
      aliases: [],
      district: meta.district !== undefined ? meta.district : districtOf(cell(r, 'district')),
      address: blankToNull(cell(r, 'location_detail')),
      pos: null, // No source gives a coordinate for any designation.
      facts: [
        fact(
          `${desZh}（${meta.zh}）。`,
          `${cell(r, 'designation_en')}${batchText ? ` (${batchText})` : ''}.`,
          parseSourceCell(src),
        ),
        ...(meta.districtSource
          ? [fact('位于七里河区马滩。', 'Located at Matan, Qilihe District.', districtSources)]
          : []),
      ],
      sources: mergeSources(parseSourceCell(src), districtSources),
      notes: [cell(r, 'status_notes')],
      extra: {
        designation: kind,
        designation_zh: desZh,
        designation_level: blankToNull(cell(r, 'level')),
        status: meta.status,
        year: year ? Number(year) : null,
      },
    }),
  );
}
leftOut(
  'designations',
  '1929百草世界 (Herbal World)',
  'coords_scenic.csv',
  '论文提到，但所读资料均未找到。',
  'Mentioned in the paper but not found in any source read.',
  '',
);

// ---------------------------------------------------------------- tourist line
const osmRiver = geo('pass2/yellow_river_central_osm.geojson').features[0] as Feature<LineString>;
const neRiver = geo('yellow_river_ne10m.geojson').features[0] as Feature<LineString>;

const STOP_META: Record<string, { id: string; pos: Pos | null; aliases: string[]; facts: Fact[] }> = {
  黄河母亲雕塑: { id: 'tourist-line-stop-yellow-river-mother', pos: null, aliases: ['黄河母亲', '黄河母亲塑像'], facts: siteFactsFor('黄河母亲雕塑') },
  '水车园 (老水车园)': { id: 'tourist-line-stop-waterwheel-garden', pos: null, aliases: ['水车园', '兰州水车园'], facts: [] },
  '中山桥 (兰州黄河铁桥)': {
    id: 'tourist-line-stop-zhongshan-bridge',
    pos: POS.zhongshanBridge,
    aliases: ['中山桥', '兰州黄河铁桥', '黄河第一桥', 'Zhongshan Bridge'],
    facts: siteFactsFor('中山桥 (兰州黄河铁桥)'),
  },
  白塔山公园: { id: 'tourist-line-stop-baita-mountain', pos: POS.baita, aliases: ['白塔山'], facts: siteFactsFor('白塔山') },
  '金城关·黄河古渡': { id: 'tourist-line-stop-jinchengguan', pos: null, aliases: ['金城关', '黄河古渡'], facts: [] },
  兰州水车博览园: { id: 'tourist-line-stop-waterwheel-expo-park', pos: null, aliases: ['水车博览园'], facts: [] },
  什川古梨园: { id: 'tourist-line-stop-shichuan-pear-orchard', pos: POS.shichuan, aliases: ['什川梨园'], facts: [] },
};

const stopFeatures: Feature<Geometry | null, SiteProperties>[] = [];
tourRows.forEach((r, idx) => {
  const name = cell(r, 'stop_zh');
  const meta = STOP_META[name];
  if (!meta) throw new Error(`no id for stop ${name}`);
  const evidence = parseSourceCell(cell(r, 'order_evidence'));
  stopFeatures.push(
    siteFeature({
      id: meta.id,
      layer: 'tourist-line',
      name_zh: name.replace(/\s*\(.*\)$/, ''),
      name_en: cell(r, 'stop_en'),
      aliases: meta.aliases,
      district: districtOf(cell(r, 'district')),
      address: null,
      pos: meta.pos,
      facts: [
        fact(
          `黄河风情线站点，自西向东第${idx + 1}个（原表编号${cell(r, 'order_w_to_e')}，${cell(r, 'bank') === 'north' ? '北岸' : cell(r, 'bank') === 'south' ? '南岸' : cell(r, 'bank') === 'crossing' ? '跨河' : '岸别未说明'}）。`,
          `Stop ${idx + 1} from west to east on the Yellow River Custom Tourist Line (table label ${cell(r, 'order_w_to_e')}; bank: ${cell(r, 'bank') || 'not stated'}).`,
          evidence,
        ),
        ...meta.facts,
      ],
      sources: evidence,
      notes: [cell(r, 'notes'), 'Order from textual neighbour relations in the sources (research NOTES §4).'],
      extra: { stop_order: idx + 1, stop_label: cell(r, 'order_w_to_e') },
    }),
  );
});

/** The line: OSM river from the westernmost located stop to the OSM stretch's east end, then NE 10m to the easternmost located stop. */
function touristLine(): Feature<LineString, SiteProperties> {
  const located = stopFeatures.filter((f) => f.geometry?.type === 'Point');
  const lons = located.map((f) => ((f.geometry as { coordinates: Position }).coordinates[0] ?? NaN));
  const west = located[lons.indexOf(Math.min(...lons))];
  const east = located[lons.indexOf(Math.max(...lons))];
  if (!west?.geometry || !east?.geometry || west.geometry.type !== 'Point' || east.geometry.type !== 'Point') {
    throw new Error('tourist line needs two located stops');
  }
  const osmCoords = osmRiver.geometry.coordinates;
  const osmEnd = osmCoords[osmCoords.length - 1] as Position;
  const city = lineSlice(point(west.geometry.coordinates), point(osmEnd), lineString(osmCoords));
  let coords: Position[] = city.geometry.coordinates.map(roundCoords);
  const eastLon = east.geometry.coordinates[0] ?? NaN;
  if (eastLon > (osmEnd[0] ?? NaN)) {
    // Beyond the OSM stretch only Natural Earth is available (about 1 km off at city scale).
    const region = lineSlice(point(osmEnd), point(east.geometry.coordinates), lineString(neRiver.geometry.coordinates));
    let rc = region.geometry.coordinates.map(roundCoords);
    if ((rc[0]?.[0] ?? 0) > (rc[rc.length - 1]?.[0] ?? 0)) rc = rc.reverse();
    coords = coords.concat(rc);
  }
  if ((coords[0]?.[0] ?? 0) > (coords[coords.length - 1]?.[0] ?? 0)) coords.reverse();
  const joinGap = distance(point(osmEnd), nearestPointOnLine(lineString(neRiver.geometry.coordinates), point(osmEnd)), { units: 'meters' });
  const evidence = mergeSources(...tourRows.map((r) => parseSourceCell(cell(r, 'order_evidence'))));
  const riverSources: SourceRef[] = [
    { title: 'OpenStreetMap way 166825103 (Yellow River), simplified copy in GitHub lachlanchen/LazyTravel: data/maps/lanzhou/lanzhou-valley-orientation.geojson @ b8ad250db51a', url: 'https://www.openstreetmap.org/way/166825103' },
    { title: 'Natural Earth 10m rivers_lake_centerlines ("Huang"), via GitHub martynafford/natural-earth-geojson @ 0b9a6ceb0a70', url: 'https://github.com/martynafford/natural-earth-geojson' },
  ];
  const props: SiteProperties = {
    id: 'yellow-river-tourist-line',
    layer: 'tourist-line',
    name_zh: '黄河风情线',
    name_en: 'Yellow River Custom Tourist Line',
    aliases: ['百里黄河风情线', '黄河风情旅游线'],
    district: null,
    address: null,
    precision: 'approximate',
    position_source: 'derived: OpenStreetMap way 166825103 + Natural Earth 10m Yellow River',
    crs_original: 'WGS84',
    position_original: null,
    osm_id: 'way/166825103',
    wikidata: null,
    derived_from: `Drawn along the river, not along the riverside roads: the OSM Yellow River centre line (way 166825103, simplified, 103.735–103.872°E) from the point nearest the westernmost located stop (${west.properties.name_zh}) to the end of the OSM stretch, then the Natural Earth 10m river (about 1 km off at city scale) to the point nearest the easternmost located stop (${east.properties.name_zh}). The join between the two sources jumps about ${Math.round(joinGap)} m. The westernmost stops (黄河母亲, 水车园) have no sourced position, so the line starts at 白塔山/中山桥 and is shorter in the west than the real line.`,
    facts: [
      fact(
        '站点自西向东依次为：黄河母亲雕塑、水车园、中山桥（北岸白塔山与金城关·黄河古渡）、水车博览园、什川古梨园。河口古镇与青城古镇未见资料称其在本线上。',
        'Stops from west to east: Yellow River Mother, the old Waterwheel Garden, Zhongshan Bridge (with Baita Mountain and Jinchengguan on the north bank), the Waterwheel Expo Park, and Shichuan pear orchard. No source read puts Hekou or Qingcheng on the line.',
        evidence,
      ),
    ],
    sources: mergeSources(evidence, riverSources),
    notes: 'Line position is approximate (within about 2 km): it follows the river centre line, and east of 103.872°E only the coarse Natural Earth line exists.',
    stop_order: null,
  };
  return { type: 'Feature', id: props.id, properties: props, geometry: { type: 'LineString', coordinates: coords } };
}

// ---------------------------------------------------------------- transport
const outline = geo('lanzhou_municipality_outline.geojson').features[0] as Feature<Polygon | MultiPolygon>;
const districtsSrc = geo('lanzhou_districts.geojson').features as Feature<Polygon | MultiPolygon>[];

function districtAt(c: Position): string | null {
  const hit = districtsSrc.find((d) => booleanPointInPolygon(point(c), d));
  return hit ? String(hit.properties?.name ?? '') || null : null;
}

function outlineBox(marginDeg: number): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const rings = outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  for (const poly of rings)
    for (const ring of poly)
      for (const [x, y] of ring as [number, number][]) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  return [minX - marginDeg, minY - marginDeg, maxX + marginDeg, maxY + marginDeg];
}
// 0.05° ≈ 4.5 km east–west and 5.5 km north–south at 36°N: enough to show where a line leaves the municipality.
const RAIL_BOX = outlineBox(0.05);
const inBox = (c: Position): boolean =>
  (c[0] ?? NaN) >= RAIL_BOX[0] && (c[0] ?? NaN) <= RAIL_BOX[2] && (c[1] ?? NaN) >= RAIL_BOX[1] && (c[1] ?? NaN) <= RAIL_BOX[3];

/** Keeps runs of consecutive source vertices inside the box (no new vertices are computed). */
function vertexRuns(coords: Position[]): Position[][] {
  const runs: Position[][] = [];
  let cur: Position[] = [];
  for (const c of coords) {
    if (inBox(c)) cur.push(roundCoords(c));
    else {
      if (cur.length >= 2) runs.push(cur);
      cur = [];
    }
  }
  if (cur.length >= 2) runs.push(cur);
  return runs;
}

// Corridors as inferred (from direction only, not from the data) in geodata/sources/pass2/NOTES.md.
const RAIL_CORRIDOR: Record<number, string> = {
  129730: '陇海 (Longhai), inferred',
  123561: '兰新 (Lanxin), inferred',
  129719: '包兰 (Baolan), inferred',
  123625: '包兰 (Baolan), inferred',
  127893: '兰青 (Lanqing), inferred',
  128794: '兰青 (Lanqing), inferred',
  129432: '兰青 (Lanqing), inferred',
};

const VMAP_SOURCE: SourceRef = {
  title: 'VMAP0 / Digital Chart of the World railways (NGA, public domain) as CHN_rails in GitHub yeshancqcq/geographic_data: china/CHN_rails.zip @ f1a4ddd37a94',
  url: 'https://github.com/yeshancqcq/geographic_data',
};

function transportFeatures(): Feature<Geometry | null, SiteProperties>[] {
  const out: Feature<Geometry | null, SiteProperties>[] = [];
  const rails = geo('pass2/railways_chn_rails_vmap0_divagis.geojson').features as Feature<LineString>[];
  for (const f of [...rails].sort((a, b) => Number(a.properties?.fid_rail_d) - Number(b.properties?.fid_rail_d))) {
    const fid = Number(f.properties?.fid_rail_d);
    const runs = vertexRuns(f.geometry.coordinates);
    runs.forEach((coords, i) => {
      const id = runs.length > 1 ? `railway-vmap0-${fid}-${i + 1}` : `railway-vmap0-${fid}`;
      const corridor = RAIL_CORRIDOR[fid] ?? null;
      const props: SiteProperties = {
        id,
        layer: 'transport',
        name_zh: `铁路（VMAP0 线段 ${fid}${corridor ? `，推断为${corridor.split(' ')[0]}线` : '，未命名'}）`,
        name_en: `Railway (VMAP0 segment ${fid}${corridor ? `, probably the ${corridor.replace(', inferred', '')} line` : ', unnamed'})`,
        aliases: [],
        district: null,
        address: null,
        precision: 'approximate',
        position_source: `VMAP0 CHN_rails FID_rail_d ${fid}`,
        crs_original: 'WGS84',
        position_original: null,
        osm_id: null,
        wikidata: null,
        kind: 'railway',
        derived_from: 'Source vertices kept where they lie inside the municipality bounding box plus 0.05°; nothing else changed.',
        facts: [],
        sources: [VMAP_SOURCE],
        notes: `1:1M scale data (errors of 100–500 m; predates the 2014 Lanzhou West station). Status: ${String(f.properties?.exs_descri ?? '')}, ${String(f.properties?.fco_descri ?? '')} track.${corridor ? ` Corridor name ${corridor} from direction only, not from the data.` : ''}`,
      };
      out.push({ type: 'Feature', id, properties: props, geometry: { type: 'LineString', coordinates: coords } });
    });
  }
  const st = (name: string, prefix: string): CsvRow => {
    const r = stationRows.find((x) => cell(x, 'name_zh') === name && cell(x, 'crs').includes(prefix));
    if (!r) throw new Error(`station row ${name} / ${prefix}`);
    return r;
  };
  const stationFeature = (
    id: string,
    kind: 'station' | 'airport',
    r: CsvRow,
    precision: Pos['precision'],
    osm: string | null,
    nameEn: string,
    aliases: string[],
    notes: string,
    label: string,
  ): Feature<Geometry | null, SiteProperties> => {
    const pos = wgsPos(r, precision, osm, notes, label);
    const f = siteFeature({
      id,
      layer: 'transport',
      name_zh: cell(r, 'name_zh'),
      name_en: nameEn,
      aliases,
      district: districtAt(pos.coords),
      address: null,
      pos,
      facts: [],
      sources: [],
      notes: ['District from the point’s position in the DataV district polygons (not stated by the source).'],
      extra: { kind },
    });
    return f;
  };
  out.push(
    stationFeature(
      'lanzhou-railway-station',
      'station',
      st('兰州站', 'rounded to 1 arc-second'),
      'approximate',
      null,
      'Lanzhou railway station',
      ['兰州火车站', 'Lanzhou Station'],
      'en.wikipedia infobox (current). Wikipedia station values here are good to about 150–350 m (an older revision gives 103.848725, 36.035150, 158 m away; the OSM-derived anchor in central_anchors_osm is about 134 m away), so approximate.',
      'en.wikipedia "Lanzhou railway station" infobox (copy)',
    ),
    stationFeature(
      'lanzhou-west-railway-station',
      'station',
      st('兰州西站', 'OpenStreetMap node'),
      'exact',
      'node/3481086575',
      'Lanzhou West railway station',
      ['兰州西', 'Lanzhou West'],
      'OpenStreetMap node 3481086575 (name=兰州西), © OpenStreetMap contributors. en.wikipedia gives a point about 347 m east.',
      'OpenStreetMap node/3481086575 (via GitHub yeshushahua/CityScope sample file)',
    ),
    stationFeature(
      'lanzhou-zhongchuan-airport',
      'airport',
      st('兰州中川国际机场', 'Wikipedia {{coord}}'),
      'approximate',
      null,
      'Lanzhou Zhongchuan International Airport (ZLLL / LHW)',
      ['中川机场', 'ZLLL', 'LHW'],
      'en.wikipedia infobox point for an airport several km across; Natural Earth 10m puts it about 891 m SW and the runway 18L/36R centreline (OurAirports) is 435 m east.',
      'en.wikipedia "Lanzhou Zhongchuan International Airport" infobox (copy)',
    ),
  );
  return out;
}

leftOut(
  'transport',
  '兰州VOR/DME (DNC)',
  'geodata-sources/pass2/stations.csv',
  '导航台不是车站或机场，不属于交通图层的类别。',
  'A radio navigation aid, not a station or an airport, so it has no place in the transport kinds.',
  cell(stationRows.find((r) => cell(r, 'name_zh').startsWith('兰州VOR')), 'source'),
);
// Licence-unknown or non-transport rows of stations.csv, listed for coverage.
for (const r of stationRows) {
  const name = cell(r, 'name_zh');
  const src = cell(r, 'source');
  if (src.includes('yeshancqcq') && name !== '兰州西站') {
    leftOut(
      'transport',
      name,
      'geodata-sources/pass2/stations.csv',
      '唯一的坐标来自许可证不明的数据集（yeshancqcq），不发布。',
      'The only coordinate comes from a dataset of unknown licence (yeshancqcq), so it is not shipped.',
      src,
    );
  }
}
leftOut(
  'transport-lines',
  '兰新高铁、中川城际',
  'geodata-sources/pass2/railways_hsr_yeshancqcq_licence-unknown.geojson',
  '线路几何来自许可证不明的数据集，不发布；徐兰高铁、兰渝铁路及高速公路（G30、G6、G75等）没有任何可用几何。',
  'The only geometry comes from a dataset of unknown licence, so it is not shipped; there is no geometry at all for the Xu–Lan HSR, the Lanzhou–Chongqing railway or the expressways (G30, G6, G75 …).',
  'https://github.com/yeshancqcq/geographic_data',
);

// Other research rows with a source that are not features.
for (const [name, zh, en, file, src] of [
  ['兰州大学 (metro-area anchor only)', '该点很可能是地铁站节点而非校园，未使用。', 'The point is probably the metro station node, not the campus; not used.', 'coords_heritage.csv', 'github lachlanchen/LazyTravel'],
  ['西关清真寺', '不在论文的任何图层清单中（坐标已核对，留作日后使用）。', 'Not on any of the paper’s layer lists (its coordinate is checked and kept for later use).', 'coords_heritage.csv', 'https://en.wikipedia-on-ipfs.org/wiki/Xiguan_Mosque'],
  ['丝路花雨 (舞剧)', '舞剧，不是地点；事实保留在研究表中，供仪表板使用。', 'A dance drama, not a place; its facts stay in the research table for the dashboard.', 'site_facts.csv', 'https://xmybk.com/baike/278984.htm'],
  ['大梦敦煌 (舞剧)', '舞剧，不是地点；事实保留在研究表中，供仪表板使用。', 'A dance drama, not a place; its facts stay in the research table for the dashboard.', 'site_facts.csv', 'http://gansu.gscn.com.cn/system/2024/06/13/013156029.shtml'],
] as const) {
  leftOut(name.startsWith('兰州大学') ? 'museums' : 'not-a-layer', name, file, zh, en, src);
}
for (const name of ['黄河楼', '小西湖公园', '雁滩公园']) {
  const r = row(coordsScenic, 'name_zh', name);
  leftOut(
    'scenic-spots',
    name,
    'coords_scenic.csv',
    '未见A级景区等级，也不在其他图层清单中。',
    'No A-class grade found and not on any other layer list.',
    cell(r, 'source') || 'https://github.com/qytwnx/scenic-spot-visualization',
  );
}

// ---------------------------------------------------------------- districts and base map
const DISTRICT_SOURCE: SourceRef[] = [
  { title: 'DataV.GeoAtlas 620100_full.json (Alibaba Cloud DataV / AutoNavi), copy in GitHub anzhou99/GeoJsons @ ae3304715838', url: 'https://github.com/anzhou99/GeoJsons' },
];

function districtFeatures(): Feature<Polygon | MultiPolygon, DistrictProperties>[] {
  return districtsSrc.map((f) => {
    const zh = String(f.properties?.name);
    const d = DISTRICTS.find((x) => x.zh === zh);
    if (!d) throw new Error(`unknown district ${zh}`);
    const props: DistrictProperties = {
      id: d.id,
      layer: 'districts',
      name_zh: zh,
      name_en: d.en,
      adcode: Number(f.properties?.adcode),
      district: zh,
      address: null,
      precision: 'approximate',
      position_source: 'DataV.GeoAtlas 620100_full.json, converted GCJ-02 → WGS84 (iterative inverse) by the research pass',
      crs_original: 'GCJ-02',
      position_original: null,
      facts: [],
      sources: DISTRICT_SOURCE,
      notes: 'Licence of the DataV boundaries is unclear (see geodata/SOURCES.md). Boundary generalisation and date unknown (no later than 2021).',
    };
    return { type: 'Feature', id: d.id, properties: props, geometry: f.geometry };
  });
}

/** Area-weighted centroid of the largest outer ring; if it falls outside the polygon, the midpoint of the widest
 *  inside span along that latitude (a point on the surface), so every label sits inside its district. */
function labelPoint(g: Polygon | MultiPolygon): Position {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Position[] = [];
  let bestArea = -1;
  for (const p of polys) {
    const ring = p[0] ?? [];
    let a = 0;
    for (let i = 0; i < ring.length - 1; i++) a += (ring[i]?.[0] ?? 0) * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * (ring[i]?.[1] ?? 0);
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = ring;
    }
  }
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < best.length - 1; i++) {
    const [x0 = 0, y0 = 0] = best[i] ?? [];
    const [x1 = 0, y1 = 0] = best[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    a2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  const c: Position = [cx / (3 * a2), cy / (3 * a2)];
  if (booleanPointInPolygon(point(c), g)) return roundCoords(c);
  const y = c[1] ?? 0;
  const xs: number[] = [];
  for (const p of polys)
    for (const ring of p)
      for (let i = 0; i < ring.length - 1; i++) {
        const [x0 = 0, y0 = 0] = ring[i] ?? [];
        const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
        if ((y0 <= y && y1 > y) || (y1 <= y && y0 > y)) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
      }
  xs.sort((p, q) => p - q);
  let span: [number, number] = [xs[0] ?? 0, xs[1] ?? 0];
  for (let i = 0; i + 1 < xs.length; i += 2) if ((xs[i + 1] ?? 0) - (xs[i] ?? 0) > span[1] - span[0]) span = [xs[i] ?? 0, xs[i + 1] ?? 0];
  return roundCoords([(span[0] + span[1]) / 2, y]);
}

const DATAV_LICENCE = 'unclear: DataV.GeoAtlas (Alibaba Cloud / AutoNavi) data, no open licence; see geodata/SOURCES.md';
const PREFECTURE_EN: Record<string, string> = {
  白银市: 'Baiyin',
  武威市: 'Wuwei',
  定西市: 'Dingxi',
  临夏回族自治州: 'Linxia Hui Autonomous Prefecture',
  甘南藏族自治州: 'Gannan Tibetan Autonomous Prefecture',
  青海省: 'Qinghai',
  宁夏回族自治区: 'Ningxia Hui Autonomous Region',
  甘肃省: 'Gansu',
};

function baseFeature(id: string, layer: BaseProperties['layer'], geometry: Geometry, p: Omit<BaseProperties, 'id' | 'layer'>): Feature<Geometry, BaseProperties> {
  return { type: 'Feature', id, properties: { id, layer, ...p }, geometry };
}

function roundGeometry(g: Geometry): Geometry {
  const walk = (x: unknown): unknown =>
    Array.isArray(x) && typeof x[0] === 'number' ? roundCoords(x as Position) : Array.isArray(x) ? x.map(walk) : x;
  if (g.type === 'GeometryCollection') return { type: 'GeometryCollection', geometries: g.geometries.map(roundGeometry) };
  return { ...g, coordinates: walk(g.coordinates) } as Geometry;
}

// ---------------------------------------------------------------- write
function writeCollection(rel: string, features: readonly object[]): void {
  mkdirSync(join(OUT, rel, '..'), { recursive: true });
  writeFileSync(join(OUT, rel), serializeCollection(features));
}

/** Positions accepted from an OSM/Wikidata refresh (scripts/data-refresh.ts --write) survive rebuilds. */
function withAcceptedUpdates(layer: LayerId, features: Feature<Geometry | null, SiteProperties>[]): Feature<Geometry | null, SiteProperties>[] {
  const path = join(OUT, 'refresh/accepted-updates.json');
  if (!existsSync(path)) return features;
  const updates = (JSON.parse(readFileSync(path, 'utf8')) as ProposedUpdate[]).filter((u) => u.layer === layer);
  if (updates.length === 0) return features;
  const fc = { type: 'FeatureCollection', features } as SiteCollection;
  return (applyUpdates({ [layer]: fc }, updates)[layer]?.features ?? features) as Feature<Geometry | null, SiteProperties>[];
}

function main(): void {
  writeCollection('heritage-units.geojson', withAcceptedUpdates('heritage-units', heritageFeatures));
  writeCollection('scenic-spots.geojson', withAcceptedUpdates('scenic-spots', scenicFeatures));
  writeCollection('museums.geojson', withAcceptedUpdates('museums', museumFeatures));
  writeCollection('ich-items.geojson', ichFeatures);
  writeCollection('designations.geojson', withAcceptedUpdates('designations', designationFeatures));
  writeCollection('tourist-line.geojson', withAcceptedUpdates('tourist-line', [touristLine(), ...stopFeatures]));
  writeCollection('transport.geojson', withAcceptedUpdates('transport', transportFeatures()));
  const districts = districtFeatures();
  writeCollection('districts.geojson', districts);

  writeCollection('base/municipality-outline.geojson', [
    baseFeature('base-lanzhou-municipality', 'base-municipality-outline', roundGeometry(outline.geometry), {
      name_zh: '兰州市',
      name_en: 'Lanzhou',
      aliases: ['金城'],
      kind: 'municipality',
      adcode: 620100,
      source: 'Dissolved from the 8 DataV district polygons (620100_full.json), GCJ-02 → WGS84, by the research pass',
      licence: DATAV_LICENCE,
    }),
  ]);

  const context: Feature<Geometry, BaseProperties>[] = [];
  const province = geo('gansu_province_outline.geojson').features[0] as Feature<MultiPolygon>;
  context.push(
    baseFeature('base-gansu-province', 'base-context', roundGeometry(province.geometry), {
      name_zh: '甘肃省',
      name_en: 'Gansu',
      kind: 'province',
      adcode: 620000,
      source: 'DataV 100000_full.json feature 620000, GCJ-02 → WGS84',
      licence: DATAV_LICENCE,
    }),
  );
  for (const f of geo('provinces_in_box.geojson').features) {
    const adcode = Number(f.properties?.adcode);
    if (adcode === 620000) continue; // the full Gansu outline above replaces the clipped one
    const zh = String(f.properties?.name);
    context.push(
      baseFeature(`base-province-${adcode}`, 'base-context', roundGeometry(f.geometry), {
        name_zh: zh,
        name_en: PREFECTURE_EN[zh] ?? null,
        kind: 'province',
        adcode,
        source: 'DataV 100000_full.json, GCJ-02 → WGS84, clipped to lon 102.3–104.8, lat 35.4–37.3',
        licence: DATAV_LICENCE,
      }),
    );
  }
  for (const f of geo('gansu_prefectures_in_box.geojson').features) {
    const adcode = Number(f.properties?.adcode);
    if (adcode === 620100) continue; // Lanzhou itself: the finer dissolved outline is drawn instead
    const zh = String(f.properties?.name);
    context.push(
      baseFeature(`base-prefecture-${adcode}`, 'base-context', roundGeometry(f.geometry), {
        name_zh: zh,
        name_en: PREFECTURE_EN[zh] ?? null,
        kind: 'prefecture',
        adcode,
        source: 'DataV 620000_full.json, GCJ-02 → WGS84, clipped to lon 102.3–104.8, lat 35.4–37.3',
        licence: DATAV_LICENCE,
      }),
    );
  }
  writeCollection('base/context.geojson', context);

  writeCollection('base/yellow-river.geojson', [
    baseFeature('base-yellow-river-city', 'base-yellow-river', roundGeometry(osmRiver.geometry), {
      name_zh: '黄河',
      name_en: 'Yellow River',
      kind: 'river',
      scale: 'city',
      source: 'OpenStreetMap way 166825103, simplified (57 vertices, 103.735–103.872°E), via lachlanchen/LazyTravel',
      licence: '© OpenStreetMap contributors, ODbL 1.0',
    }),
    baseFeature('base-yellow-river-regional', 'base-yellow-river', roundGeometry(neRiver.geometry), {
      name_zh: '黄河',
      name_en: 'Yellow River',
      kind: 'river',
      scale: 'regional',
      source: 'Natural Earth 10m rivers_lake_centerlines ("Huang"); about 1 km off the channel in the city: regional zooms only',
      licence: 'public domain (Natural Earth)',
    }),
  ]);

  writeCollection(
    'base/district-labels.geojson',
    districts.map((d) =>
      baseFeature(`base-label-${d.properties.id}`, 'base-district-labels', { type: 'Point', coordinates: labelPoint(d.geometry) }, {
        name_zh: d.properties.name_zh,
        name_en: d.properties.name_en,
        kind: 'district-label',
        adcode: d.properties.adcode,
        source: 'Computed label point inside the DataV district polygon (area centroid, or a point on the surface when the centroid falls outside)',
        licence: DATAV_LICENCE,
      }),
    ),
  );

  const notesSorted = [...coverageNotes].sort((a, b) => (a.layer + a.name_zh).localeCompare(b.layer + b.name_zh, 'en'));
  writeFileSync(join(OUT, 'coverage-notes.json'), `${JSON.stringify(notesSorted, null, 1)}\n`);
  console.log(
    `heritage ${heritageFeatures.length}, scenic ${scenicFeatures.length}, museums ${museumFeatures.length}, ich ${ichFeatures.length}, designations ${designationFeatures.length}, stops ${stopFeatures.length}, coverage notes ${coverageNotes.length}`,
  );
}

main();
