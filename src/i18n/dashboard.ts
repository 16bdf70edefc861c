// Strings of the soft-power dashboard and the data-coverage view, zh and en (same keys; en must have every zh key).
import type { Lang } from '../types';
import { translator } from './translate';

const zh = {
  dashboardButton: '软实力仪表板',
  dashboardTitle: '软实力仪表板',
  backToMap: '返回地图',
  loading: '正在加载仪表板…',
  loadError: '仪表板数据加载失败：',
  about:
    '本页把论文的数字和SWOT分析与我们地图上的证据并列：每个数字注明论文章节（论文给出出处时一并注明），每条SWOT条目注明论证它的章节，地图能显示的都附有链接。',
  citationHeading: '论文',
  citationLabel: '论文出处',
  projectLabel: '项目',
  // SWOT
  swotHeading: 'SWOT 分析',
  swotIntro: '论文§2的SWOT表共12项，每个象限3项，按论文顺序排列。条目文字是我们的概括，不是论文原句。',
  quadrant_strength: '优势（S）',
  quadrant_weakness: '劣势（W）',
  quadrant_opportunity: '机会（O）',
  quadrant_threat: '威胁（T）',
  arguedIn: '论证见{section}',
  showEvidence: '在地图上查看：{what}',
  showChart: '查看排名图：{what}',
  noMapEvidence: '地图上没有可显示的内容。',
  unintegratedNote:
    '高亮：距黄河风情线超过1公里且距火车站超过2公里的文物保护单位（{k}处，共测量{n}处；{u}处位置未知未计入）。',
  nameCardsHeading: '五张城市名片（§3.4）在地图上',
  cardExact: '已定位：{name}',
  cardApproximate: '近似位置：{name}',
  cardUnknown: '在我们的数据中，但位置未知：{name}',
  cardAbsent: '不在我们的数据中',
  // Figures
  figuresHeading: '论文中的数字',
  figuresIntro: '按论文章节排列。每块数字右下角注明章节和出处，每组末尾的脚注写明出处全文。',
  group_environment: '生态环境与资源',
  group_heritage: '历史文化资源',
  'group_tourism-resources': '旅游资源',
  group_civic: '城市文明：志愿服务',
  'group_culture-economy': '文化产业：旅游收入',
  'group_city-ip': '城市IP',
  group_influence: '区域影响力',
  'group_culture-economy-2021': '文化产业的短板',
  'group_education-talent': '高等教育与人才',
  group_other: '其他',
  footnoteSource: '出处：论文{section}',
  footnoteCites: '，论文引用{ref}',
  footnoteCitesFor: '{what}：论文引用{ref}',
  footnoteNoRef: '论文未给出引用。',
  footnoteYear: '年份：',
  showOnMap: '在地图上查看',
  // Charts
  chartsHeading: '图表',
  showTable: '以表格显示',
  hideTable: '隐藏表格',
  chartGrowth: '2023年比上年增长（%）',
  chartGrowthDesc: '三项增长率的条形图；数值见表格。',
  chartGrowthSource: '出处：论文§3.2（旅游收入）与§3.4（游客，注①）。',
  chartRank: '按高校数量在省会城市中的名次（2024）',
  chartRankDesc: '兰州、西安、成都名次的点图；坐标轴从第31名（左）到第1名（右），越靠右名次越好。',
  chartRankSource: '出处：论文§4.3，引用教育部2024年全国高等学校名单。排名共31位：论文列出排在兰州之后的6个城市。',
  chartRankAxis: '← 靠后　名次　靠前 →',
  chartLayers: '数量：论文与我们的数据',
  chartLayersDesc: '每类资源论文给出的数量与我们掌握的数量并列的条形图。',
  chartLayersSource: '论文数字出处：§1.3（引用[4]）与§1.5（引用[6]）；“我们的数据”为本地图收录的要素数。',
  colItem: '项目',
  colValue: '数值',
  colRank: '名次',
  colPaper: '论文',
  colOurs: '本项目数据',
  cityLanzhou: '兰州',
  cityXian: '西安',
  cityChengdu: '成都',
  legendPaper: '论文',
  legendOurs: '我们的数据',
  // Spatial indicators
  spatialHeading: '空间指标（由本项目数据计算）',
  spatialIntro:
    '这些数字由我们的数据算出，论文中没有；与SWOT条目的对应是我们的安排。n为参与计算的有位置要素数，“位置未知”为因无位置而未计入的数量。',
  colIndicator: '指标',
  colN: 'n',
  colExcluded: '位置未知（未计入）',
  colBearsOn: '对应的论文论点',
  nearLine: '{layer}：距黄河风情线1公里以内',
  nearStations: '{layer}：距火车站2公里以内（{k}个车站）',
  perDistrict: '文物、博物馆、景区在各区县的分布（最多的：{top}）',
  perDistrictValue: '{count}处，每千平方公里{density}处',
  railwayKm: '铁路在兰州境内的长度（近似，VMAP0）',
  railwayValue: '约{km}公里（误差±{err}公里）',
  unintegratedIndicator: '距风情线>1公里且距车站>2公里的文物保护单位',
  noTouristLine: '没有已定位的黄河风情线，无法计算。',
  share: '{within}/{n}（{pct}）',
  approxIncluded: '其中{a}处为近似位置',
  // Coverage
  coverageButton: '数据覆盖',
  coverageHeading: '数据覆盖：论文与本项目数据',
  coverageIntro: '每个图层：论文给出的数量、我们掌握的数量、位置精度，以及差异。没有占位要素。',
  colLayer: '图层',
  colPart: '类别',
  colHeld: '我们掌握',
  colExact: '精确',
  colApprox: '近似',
  colUnknown: '位置未知',
  notGiven: '未给出',
  precisionCaption: '{layer}：位置精度',
  countsCaption: '{layer}：数量',
  differsHeading: '差异',
  leftOutHeading: '有来源但未收录的资料条目',
  reason: '原因',
  otherRowsHeading: '不属于任何图层的资料条目',
  sources: '来源',
};

type Strings = { [K in keyof typeof zh]: string };

const en: Strings = {
  dashboardButton: 'Soft power dashboard',
  dashboardTitle: 'Soft power dashboard',
  backToMap: 'Back to the map',
  loading: 'Loading the dashboard…',
  loadError: 'The dashboard data could not be loaded: ',
  about:
    "This page sets the paper's figures and its SWOT analysis beside the evidence on our map: every figure names the paper's section (and its reference where the paper gives one), every SWOT item names the section that argues it, and whatever the map can show has a link.",
  citationHeading: 'The paper',
  citationLabel: 'Source paper',
  projectLabel: 'Project',
  swotHeading: 'SWOT analysis',
  swotIntro:
    "The SWOT table in §2 of the paper has twelve items, three per quadrant, shown here in the paper's order. Each is our own short summary, not the paper's sentence.",
  quadrant_strength: 'Strengths (S)',
  quadrant_weakness: 'Weaknesses (W)',
  quadrant_opportunity: 'Opportunities (O)',
  quadrant_threat: 'Threats (T)',
  arguedIn: 'Argued in {section}',
  showEvidence: 'Show on the map: {what}',
  showChart: 'See the ranks chart: {what}',
  noMapEvidence: 'The map has nothing to show for this.',
  unintegratedNote:
    'Highlighted: protection units farther than 1 km from the tourist line and 2 km from a railway station ({k} of {n} measured; {u} with unknown position not counted).',
  nameCardsHeading: 'The five name cards (§3.4) on the map',
  cardExact: 'located: {name}',
  cardApproximate: 'approximate position: {name}',
  cardUnknown: 'in our data, position unknown: {name}',
  cardAbsent: 'not in our data',
  figuresHeading: "The paper's figures",
  figuresIntro:
    "In the order of the paper's sections. Each tile names its section and reference; the footnote under each group gives the reference in full.",
  group_environment: 'Environment and resources',
  group_heritage: 'Historical and cultural resources',
  'group_tourism-resources': 'Tourism resources',
  group_civic: 'Civic life: volunteering',
  'group_culture-economy': 'Cultural industry: tourism revenue',
  'group_city-ip': 'City IP',
  group_influence: 'Regional influence',
  'group_culture-economy-2021': 'A lagging cultural industry',
  'group_education-talent': 'Higher education and talent',
  group_other: 'Other',
  footnoteSource: 'Source: the paper, {section}',
  footnoteCites: ', citing {ref}',
  footnoteCitesFor: '{what}: the paper cites {ref}',
  footnoteNoRef: 'The paper cites no source for these figures.',
  footnoteYear: 'Year: ',
  showOnMap: 'Show on the map',
  chartsHeading: 'Charts',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  chartGrowth: 'Growth in 2023 on the previous year (%)',
  chartGrowthDesc: 'Bar chart of three growth rates; the values are in the table.',
  chartGrowthSource: 'Source: the paper, §3.2 (revenue) and §3.4 (tourists, note ①).',
  chartRankAxis: '← lower   place   higher →',
  chartRank: 'Place among provincial capitals by number of higher-education institutions (2024)',
  chartRankDesc:
    "Dot plot of the places of Lanzhou, Xi'an and Chengdu on an axis from 31st (left) to 1st (right): further right is better.",
  chartRankSource:
    'Source: the paper, §4.3, citing the Ministry of Education list of 2024. The ranking has 31 places: the paper names six cities below Lanzhou.',
  chartLayers: "Counts: the paper's and our data",
  chartLayersDesc: "Bar chart of the paper's count beside the count we hold, per kind of resource.",
  chartLayersSource:
    'The paper\'s counts: §1.3 (citing [4]) and §1.5 (citing [6]); "our data" counts the features this map holds.',
  colItem: 'Item',
  colValue: 'Value',
  colRank: 'Place',
  colPaper: 'Paper',
  colOurs: 'Our data',
  cityLanzhou: 'Lanzhou',
  cityXian: "Xi'an",
  cityChengdu: 'Chengdu',
  legendPaper: 'Paper',
  legendOurs: 'Our data',
  spatialHeading: 'Spatial indicators (computed from our data)',
  spatialIntro:
    'These numbers are computed from our data; the paper has none of them, and the pairing with SWOT items is ours. n is the number of located features measured; "unknown position" counts those left out.',
  colIndicator: 'Indicator',
  colN: 'n',
  colExcluded: 'Unknown position (left out)',
  colBearsOn: "Paper's claim it bears on",
  nearLine: '{layer} within 1 km of the tourist line',
  nearStations: '{layer} within 2 km of a railway station ({k} stations)',
  perDistrict: 'Heritage units, museums and scenic spots per district (most: {top})',
  perDistrictValue: '{count}, {density} per 1,000 km²',
  railwayKm: 'Railway length inside Lanzhou (approximate, VMAP0)',
  railwayValue: 'about {km} km (± {err} km)',
  unintegratedIndicator: 'Protection units > 1 km from the tourist line and > 2 km from a station',
  noTouristLine: 'No located tourist line: cannot be computed.',
  share: '{within}/{n} ({pct})',
  approxIncluded: '{a} of them approximate',
  coverageButton: 'Data coverage',
  coverageHeading: "Data coverage: the paper's counts and ours",
  coverageIntro:
    "Per layer: the paper's count, how many we hold, how precisely they are placed, and what differs. There are no placeholder rows.",
  colLayer: 'Layer',
  colPart: 'Kind',
  colHeld: 'We hold',
  colExact: 'Exact',
  colApprox: 'Approximate',
  colUnknown: 'Unknown position',
  notGiven: 'not given',
  precisionCaption: '{layer}: position precision',
  countsCaption: '{layer}: counts',
  differsHeading: 'What differs',
  leftOutHeading: 'Research rows with a source that are not in the data',
  reason: 'Reason',
  otherRowsHeading: 'Research rows that belong to no layer',
  sources: 'Sources',
};

export type DashboardKey = keyof typeof zh;

/** Units of indicators.json (written in English there) in each language; an unlisted unit is shown as written. */
const UNITS: Record<Lang, Record<string, string>> = {
  zh: {
    percent: '%',
    'percent change': '%',
    'percent of GDP': '%（占GDP）',
    'degrees Celsius': '°C',
    routes: '条',
    'name cards': '张',
    visits: '人次',
    persons: '人',
    'percent of residents': '%（占常住人口）',
    groups: '个',
    activities: '次',
    enterprises: '家',
    institutions: '所',
    units: '处',
    museums: '座',
    items: '项',
    'scenic spots': '处',
    designations: '个',
  },
  en: {
    percent: '%',
    'percent change': '%',
    'percent of GDP': '% of GDP',
    'percent of residents': '% of residents',
    'degrees Celsius': '°C',
  },
};

/** English units whose singular differs (a count of 1: "1 designation"). */
const SINGULAR: Record<string, string> = {
  designations: 'designation',
  units: 'unit',
  museums: 'museum',
  items: 'item',
  routes: 'route',
  'name cards': 'name card',
  'scenic spots': 'scenic spot',
  institutions: 'institution',
  enterprises: 'enterprise',
  groups: 'group',
  activities: 'activity',
};

export function unitText(lang: Lang, unit: string, value?: number): string {
  if (lang === 'en' && value === 1 && SINGULAR[unit]) return SINGULAR[unit];
  return UNITS[lang][unit] ?? unit;
}

/** A number in the reader's language: grouping separators, up to 3 decimals (the data has at most 3). */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3 }).format(value);
}

/** Chinese counts large amounts in 万 (10⁴) and 亿 (10⁸): 64.94 billion yuan is 649.4亿元, 90 million visits 9,000万人次. */
const ZH_SCALE: Record<string, [number, string]> = { 'billion yuan': [10, '亿元'], 'million visits': [100, '万人次'] };

/** The value and unit as a reader of `lang` expects them (rescaled for Chinese where ZH_SCALE says so). */
export function scaledValue(lang: Lang, value: number, unit: string): [number, string] {
  const s = lang === 'zh' ? ZH_SCALE[unit] : undefined;
  // Rounded to 10 significant digits: 64.94 × 10 is 649.4000000000001 in binary floating point.
  return s ? [Number((value * s[0]).toPrecision(10)), s[1]] : [value, unit];
}

/** "64.94 billion yuan" / "649.4亿元", "第25名" / "25th", "17.17%". */
export function formatValue(lang: Lang, raw: number, rawUnit: string): string {
  const [value, unit] = scaledValue(lang, raw, rawUnit);
  const n = formatNumber(lang, value);
  if (unit === 'rank') {
    if (lang === 'zh') return `第${n}名`;
    const r100 = value % 100;
    const suffix =
      r100 >= 11 && r100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th');
    return `${n}${suffix}`;
  }
  if (unit === 'percent change') return `${value > 0 ? '+' : ''}${n}%`;
  const u = unitText(lang, unit, value);
  return lang === 'zh' || u.startsWith('%') ? `${n}${u}` : `${n} ${u}`;
}

export const tDashboard = translator(zh, en);
