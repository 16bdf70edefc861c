// Strings of the soft-power dashboard and the data-coverage view, zh and en (same keys; en must have every zh key).
import type { Lang } from './strings';
import { fill } from './strings';

const zh = {
  dashboardButton: '软实力仪表板',
  dashboardTitle: '软实力仪表板',
  backToMap: '返回地图',
  loading: '正在加载仪表板…',
  loadError: '仪表板数据加载失败：',
  about: '论文中的数字与SWOT条目，以及本项目数据算出的空间指标。每项都注明我们掌握到什么程度；缺失的部分如实说明，不作推测。',
  // SWOT
  swotHeading: 'SWOT 分析',
  swotIntro: '论文的SWOT共有{expected}项（优势{s}、劣势{w}、机会{o}、威胁{t}项）。我们只掌握其中{held}项的措辞：',
  quadrant: '象限',
  quadrantUnknown: '我们的资料未说明其象限',
  quadrant_strength: '优势',
  quadrant_weakness: '劣势',
  quadrant_opportunity: '机会',
  quadrant_threat: '威胁',
  zhIsTranslation: '中文为本项目译文（论文此处为英文）。',
  swotMissingHeading: '未掌握的{n}项',
  evidence: '地图上的证据',
  showEvidence: '在地图上查看：{what}',
  noPositionNote: '{name}没有已知位置：地图无法标出它，链接会打开它的详情（注明位置未知）。',
  unintegratedNote: '高亮：距黄河风情线超过1公里且距火车站超过2公里的文物保护单位（{k}处，共测量{n}处；{u}处位置未知未计入）。',
  // Figures
  figuresHeading: '论文中的数据',
  figuresIntro: '逐条转录；年份、章节或参考文献未注明者如实标出。',
  group_tourism: '旅游',
  group_civic: '志愿服务',
  group_culture_economy: '文化产业',
  group_education_talent: '教育、人才与城市品牌',
  group_layer_counts: '文化资源数量',
  group_designations: '文旅称号',
  group_other: '其他',
  year: '年份',
  yearNotStated: '年份未注明',
  measures: '衡量内容',
  section: '论文章节',
  sectionNotRecorded: '论文章节未记录',
  reference: '论文引用的文献',
  referenceNotRecorded: '参考文献未记录',
  transcribedFrom: '转录来源',
  note: '说明',
  inEnglishOnly: '（仅有英文）',
  showOnMap: '在地图上查看',
  // Charts
  chartsHeading: '图表',
  showTable: '以表格显示',
  hideTable: '隐藏表格',
  chartGrowth: '同比增长率（%）',
  chartGrowthDesc: '三项增长率的条形图；数值见表格。',
  chartRank: '在省会城市中的排名（数字越小越靠前）',
  chartRankDesc: '兰州、西安、成都的排名条形图；条越短排名越靠前。',
  chartLayers: '数量：论文与本项目数据',
  chartLayersDesc: '每类资源论文给出的数量与我们掌握的数量并列的条形图。',
  colItem: '项目',
  colValue: '数值',
  colRank: '名次',
  colPaper: '论文',
  colOurs: '本项目数据',
  cityLanzhou: '兰州',
  cityXian: '西安',
  cityChengdu: '成都',
  legendPaper: '论文',
  legendOurs: '本项目数据',
  // Spatial indicators
  spatialHeading: '空间指标（由本项目数据计算）',
  spatialIntro: '这些数字由我们的数据算出，论文中没有；与SWOT条目的对应是我们的安排。n为参与计算的有位置要素数，“位置未知”为因无位置而未计入的数量。',
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
  // Coverage (issue 3)
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
  about: "The paper's figures and SWOT items, and spatial indicators computed from our data. Each says how much of it we hold; what is missing is said, not guessed.",
  swotHeading: 'SWOT',
  swotIntro: "The paper's SWOT has {expected} items ({s} strengths, {w} weaknesses, {o} opportunities, {t} threats). We hold the wording of {held}:",
  quadrant: 'Quadrant',
  quadrantUnknown: 'quadrant not stated in our sources',
  quadrant_strength: 'Strength',
  quadrant_weakness: 'Weakness',
  quadrant_opportunity: 'Opportunity',
  quadrant_threat: 'Threat',
  zhIsTranslation: 'The Chinese wording is our translation (the paper is in English here).',
  swotMissingHeading: 'The {n} items we do not hold',
  evidence: 'Evidence on the map',
  showEvidence: 'Show on the map: {what}',
  noPositionNote: '{name} has no known position: the map cannot point at it, so the link opens its details (which say the position is unknown).',
  unintegratedNote: 'Highlighted: protection units farther than 1 km from the tourist line and 2 km from a railway station ({k} of {n} measured; {u} with unknown position not counted).',
  figuresHeading: "The paper's figures",
  figuresIntro: 'Transcribed one by one; where the year, section or reference is not stated, that is shown.',
  group_tourism: 'Tourism',
  group_civic: 'Volunteering',
  group_culture_economy: 'Cultural industries',
  group_education_talent: 'Education, talent and city brand',
  group_layer_counts: 'Cultural resources',
  group_designations: 'Designations',
  group_other: 'Other',
  year: 'Year',
  yearNotStated: 'year not stated',
  measures: 'Measures',
  section: "Paper's section",
  sectionNotRecorded: 'section not recorded',
  reference: "Paper's reference",
  referenceNotRecorded: 'reference not recorded',
  transcribedFrom: 'Transcribed from',
  note: 'Note',
  inEnglishOnly: '',
  showOnMap: 'Show on the map',
  chartsHeading: 'Charts',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  chartGrowth: 'Year-on-year growth (%)',
  chartGrowthDesc: 'Bar chart of three growth rates; the values are in the table.',
  chartRank: 'Rank among provincial capitals (lower is better)',
  chartRankDesc: "Bar chart of the ranks of Lanzhou, Xi'an and Chengdu; a shorter bar is a better rank.",
  chartLayers: "Counts: the paper's and ours",
  chartLayersDesc: "Bar chart of the paper's count beside the count we hold, per kind of resource.",
  colItem: 'Item',
  colValue: 'Value',
  colRank: 'Rank',
  colPaper: 'Paper',
  colOurs: 'Our data',
  cityLanzhou: 'Lanzhou',
  cityXian: "Xi'an",
  cityChengdu: 'Chengdu',
  legendPaper: 'Paper',
  legendOurs: 'Our data',
  spatialHeading: 'Spatial indicators (computed from our data)',
  spatialIntro: 'These numbers are computed from our data; the paper has none of them, and the pairing with SWOT items is ours. n is the number of located features measured; "unknown position" counts those left out.',
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
  coverageIntro: "Per layer: the paper's count, how many we hold, how precisely they are placed, and what differs. There are no placeholder rows.",
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

export const dashboardStrings: { zh: Strings; en: Strings } = { zh, en };
export type DashboardKey = keyof typeof zh;

export function tDashboard(lang: Lang, key: DashboardKey, vars?: Record<string, string | number>): string {
  return fill(dashboardStrings[lang][key], vars);
}

/** Units of indicators.json (written in English there) in each language; an unlisted unit is shown as written. */
const UNITS: Record<Lang, Record<string, string>> = {
  zh: {
    'billion yuan': '十亿元',
    percent: '%',
    'percent of GDP': '%（占GDP）',
    'million visits': '百万人次',
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
  en: { percent: '%', 'percent of GDP': '% of GDP', 'percent of residents': '% of residents' },
};

export function unitText(lang: Lang, unit: string): string {
  return UNITS[lang][unit] ?? unit;
}

/** A number in the reader's language: grouping separators, up to 3 decimals (the data has at most 3). */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3 }).format(value);
}

/** "64.94 billion yuan", "第25名" / "25th", "17.17%". */
export function formatValue(lang: Lang, value: number, unit: string): string {
  const n = formatNumber(lang, value);
  if (unit === 'rank') {
    if (lang === 'zh') return `第${n}名`;
    const r100 = value % 100;
    const suffix = r100 >= 11 && r100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
    return `${n}${suffix}`;
  }
  const u = unitText(lang, unit);
  return lang === 'zh' || u.startsWith('%') ? `${n}${u}` : `${n} ${u}`;
}
