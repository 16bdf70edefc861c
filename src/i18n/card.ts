// Strings of the place card (the details panel), zh and en. `en` is typed against `zh`, so a missing key fails tsc.
// Data values that are enums or English-only in the files (museum types, designations, ICH categories) are
// translated here; a value not listed is hidden in the language it is not written in, never shown raw.
import type { Lang, SourceClass } from '../types';
import { fill } from './strings';

const zh = {
  cardLabel: '地点详情',
  close: '关闭详情',
  designations: '称号',
  alsoListedAs: '也列为：{names}',
  actions: '操作',
  directions: '导航',
  directionsLabel: '导航到{name}',
  directionsMenu: '用哪个地图导航',
  directionsByName: '没有坐标：按名称在{city}搜索',
  app_amap: '高德地图',
  app_baidu: '百度地图',
  app_osm: 'OpenStreetMap',
  share: '分享',
  shareLabel: '复制{name}的链接',
  shareCopied: '链接已复制',
  shareFailed: '无法复制，请手动复制：{url}',
  keyFacts: '资料',
  about: '关于这些数据',
  precision: '位置精度',
  positionFrom: '位置依据',
  positionFromCrs: '来源坐标为{crs}，已换算为 WGS84',
  positionFromOsm: 'OpenStreetMap 对象 {osm}',
  positionFromNone: '没有来源给出位置',
  positionFromWgs: '来源坐标为 WGS84',
  originalCrs: '原始坐标',
  derivedFrom: '几何来源',
  notesEnglishOnly: '研究说明只有英文版本。',
  sources: '来源',
  sourceClassHint: '每个来源后标出它是哪类网站；只有旅游网站或转载支持的说法标为“未核实”。',
  class_official: '官方名录或政府网站',
  class_encyclopaedia: '百科',
  class_osm_wikidata: 'OpenStreetMap 或 Wikidata',
  class_own_site: '场馆自己的网站',
  class_news: '新闻媒体',
  class_travel_other: '旅游或其他网站',
  class_mirror: '来源不明的转载',
  unverified: '未核实',
  unverifiedTitle: '没有可靠来源支持这一说法，只有旅游网站或转载提到它',
  stopNumber: '风情线第 {n} 站（共 {total} 站，自西向东）',
  stop: '风情线站点',
  museum: '博物馆',
  ichItem: '非物质文化遗产',
  designation: '文旅称号',
  city: '兰州',
  summaryUnknown: '',
  chooserHeading: '这里有 {n} 个地点',
  chooserLabel: '选择地点',
  clusterPlaces: '{n} 个地点：放大查看',
  sheetSide: '展开或收起图层面板',
  sheetCard: '展开或收起地点详情',
  addedToRoute: '已加入路线（第 {n} 站）',
  mt_state_provincial_comprehensive: '省级综合性国有博物馆',
  mt_state_municipal_comprehensive: '市级综合性国有博物馆',
  mt_state_provincial_thematic: '省级专题性国有博物馆',
  mt_state_memorial_site_museum: '纪念馆（遗址类）',
  mt_state_site_museum: '遗址博物馆',
  mt_state_county: '县级国有博物馆',
  mt_sector_peoples_bank: '行业博物馆（中国人民银行兰州中心支行）',
  mt_university: '高校博物馆',
  mt_sector_geology: '行业博物馆（地质）',
  mt_sector_earthquake: '行业博物馆（地震）',
  mt_private: '非国有博物馆',
  mt_state_exhibition_hall: '国有展览馆',
  mt_state_memorial: '纪念馆',
  mt_corporate: '企业博物馆（读者出版集团）',
  des_rural_tourism_key_village: '全国乡村旅游重点村',
  des_night_time_cluster: '国家级夜间文化和旅游消费集聚区',
  des_tourism_leisure_block: '国家级旅游休闲街区',
  des_tourist_resort: '旅游度假区',
  ich_traditional_dance: '传统舞蹈',
  ich_traditional_craftsmanship: '传统技艺',
  ich_quyi_storytelling: '曲艺',
  ich_traditional_drama: '传统戏剧',
} as const;

export type CardStringKey = keyof typeof zh;

const en: Record<CardStringKey, string> = {
  cardLabel: 'Place details',
  close: 'Close place details',
  designations: 'Designations',
  alsoListedAs: 'Also listed as: {names}',
  actions: 'Actions',
  directions: 'Directions',
  directionsLabel: 'Directions to {name}',
  directionsMenu: 'Open directions in',
  directionsByName: 'No position: search by name in {city}',
  app_amap: 'Amap',
  app_baidu: 'Baidu Maps',
  app_osm: 'OpenStreetMap',
  share: 'Share',
  shareLabel: 'Copy the link to {name}',
  shareCopied: 'Link copied',
  shareFailed: 'Could not copy; copy it by hand: {url}',
  keyFacts: 'Facts',
  about: 'About this data',
  precision: 'Position precision',
  positionFrom: 'Position from',
  positionFromCrs: 'source coordinates in {crs}, converted to WGS84',
  positionFromOsm: 'OpenStreetMap object {osm}',
  positionFromNone: 'no source gives a position',
  positionFromWgs: 'source coordinates in WGS84',
  originalCrs: 'Original coordinates',
  derivedFrom: 'Geometry derived from',
  notesEnglishOnly: '',
  sources: 'Sources',
  sourceClassHint:
    'Each source says what kind of site it is; a statement only travel sites or copies support is marked “unverified”.',
  class_official: 'Official list or government site',
  class_encyclopaedia: 'Encyclopaedia',
  class_osm_wikidata: 'OpenStreetMap or Wikidata',
  class_own_site: 'The site’s own page',
  class_news: 'News outlet',
  class_travel_other: 'Travel or other site',
  class_mirror: 'Copy of unknown origin',
  unverified: 'Unverified',
  unverifiedTitle: 'No credible source carries this statement; only travel sites or copies mention it',
  stopNumber: 'Stop {n} of {total} on the Yellow River tourist line (west to east)',
  stop: 'Tourist-line stop',
  museum: 'Museum',
  ichItem: 'Intangible cultural heritage',
  designation: 'Culture & tourism designation',
  city: 'Lanzhou',
  summaryUnknown: '',
  chooserHeading: '{n} places here',
  chooserLabel: 'Choose a place',
  clusterPlaces: '{n} places: zoom in',
  sheetSide: 'Expand or fold the layers panel',
  sheetCard: 'Expand or fold the place details',
  addedToRoute: 'Added to the route (stop {n})',
  mt_state_provincial_comprehensive: 'State museum, provincial, comprehensive',
  mt_state_municipal_comprehensive: 'State museum, municipal, comprehensive',
  mt_state_provincial_thematic: 'State museum, provincial, thematic',
  mt_state_memorial_site_museum: 'Memorial hall (site museum)',
  mt_state_site_museum: 'Site museum',
  mt_state_county: 'State museum, county',
  mt_sector_peoples_bank: "Sector museum (People's Bank of China, Lanzhou branch)",
  mt_university: 'University museum',
  mt_sector_geology: 'Sector museum (geology)',
  mt_sector_earthquake: 'Sector museum (earthquake administration)',
  mt_private: 'Private museum',
  mt_state_exhibition_hall: 'State exhibition hall',
  mt_state_memorial: 'Memorial hall',
  mt_corporate: 'Corporate museum (Duzhe Publishing Group)',
  des_rural_tourism_key_village: 'National key village for rural tourism',
  des_night_time_cluster: 'National night-time culture and tourism cluster',
  des_tourism_leisure_block: 'National tourism and leisure block',
  des_tourist_resort: 'Tourist resort',
  ich_traditional_dance: 'Traditional dance',
  ich_traditional_craftsmanship: 'Traditional craftsmanship',
  ich_quyi_storytelling: 'Quyi (storytelling and ballad singing)',
  ich_traditional_drama: 'Traditional drama',
};

const TABLES: Record<Lang, Record<CardStringKey, string>> = { zh, en };

export function tCard(lang: Lang, key: CardStringKey, vars?: Record<string, string | number>): string {
  return fill(TABLES[lang][key], vars);
}

// Museum types as the data writes them (English) → key.
const MUSEUM_TYPES: Record<string, CardStringKey> = {
  'state - provincial, comprehensive': 'mt_state_provincial_comprehensive',
  'state - municipal, comprehensive': 'mt_state_municipal_comprehensive',
  'state - provincial, thematic': 'mt_state_provincial_thematic',
  'state - memorial (site museum)': 'mt_state_memorial_site_museum',
  'state - site museum': 'mt_state_site_museum',
  'state - county': 'mt_state_county',
  "sector (People's Bank of China Lanzhou branch)": 'mt_sector_peoples_bank',
  university: 'mt_university',
  'sector (geology)': 'mt_sector_geology',
  'sector (earthquake administration)': 'mt_sector_earthquake',
  private: 'mt_private',
  'state - exhibition hall': 'mt_state_exhibition_hall',
  'state - memorial': 'mt_state_memorial',
  'corporate (读者出版集团)': 'mt_corporate',
};

/** A museum type in the UI language, or null when we have no translation (then it is not shown). */
export function museumTypeLabel(lang: Lang, raw: string): string | null {
  const key = MUSEUM_TYPES[raw];
  return key ? tCard(lang, key) : null;
}

/** An enum value of the data ('night-time-cluster') in the UI language, or null when it is not known. */
export function enumLabel(lang: Lang, prefix: 'des' | 'ich', raw: string): string | null {
  const key = `${prefix}_${raw.replaceAll('-', '_')}`;
  return key in zh ? tCard(lang, key as CardStringKey) : null;
}

/** What kind of site a source is, in the UI language (src/types.ts lists the classes). */
export function sourceClassLabel(lang: Lang, c: SourceClass): string {
  return tCard(lang, `class_${c.replaceAll('-', '_')}` as CardStringKey);
}
