// Data coverage against the paper, per layer: the paper's count (from indicators.json), what we hold, how
// precisely it is placed, and what differs — each statement in Chinese and English, computed from the data so
// it stays true when the data changes. Pure: no DOM, no fetch; the UI renders the result.
import type { IndicatorsFile, LocalText } from './indicators-file';
import type { LayerId, Precision, SiteCollection, SiteFeature, SourceRef } from '../types';
import { LAYER_IDS } from '../types';

/** A research row that has a source but is not a feature, with the reason (geodata/coverage-notes.json). */
export interface CoverageNote {
  /** 'transport-lines' is shown with transport; 'not-a-layer' rows (a mosque, performances) belong to no layer. */
  layer: LayerId | 'transport-lines' | 'not-a-layer';
  name_zh: string;
  research_file: string;
  reason: LocalText;
  sources: SourceRef[];
}

export interface CoveragePart {
  label: LocalText;
  /** The paper's figure, or null when the paper (as quoted to us) gives none. */
  paper: number | null;
  held: number;
}

export interface LayerCoverage {
  layer: LayerId;
  label: LocalText;
  /** Sum of the parts' paper figures, or null when the paper gives none for this layer. */
  paper: number | null;
  held: number;
  precision: Record<Precision, number>;
  parts: CoveragePart[];
  differs: LocalText[];
  leftOut: CoverageNote[];
}

const LAYER_LABEL: Record<LayerId, LocalText> = {
  'heritage-units': { zh: '文物保护单位', en: 'Cultural-relic protection units' },
  'scenic-spots': { zh: 'A级旅游景区', en: 'A-class scenic spots' },
  museums: { zh: '博物馆', en: 'Museums' },
  'ich-items': { zh: '非物质文化遗产', en: 'Intangible cultural heritage' },
  designations: { zh: '文旅称号', en: 'Designations' },
  'tourist-line': { zh: '黄河风情线', en: 'Yellow River Custom Tourist Line' },
  transport: { zh: '交通', en: 'Transport' },
};

function figure(ind: IndicatorsFile, id: string): number | null {
  return ind.indicators.find((i) => i.id === id)?.value ?? null;
}

type Props = SiteFeature['properties'][];

const props = (c: SiteCollection | undefined): Props => (c ? c.features.map((f) => f.properties) : []);
const names = (ps: Props): string => ps.map((p) => p.name_zh).join('、');

function precisionCounts(c: SiteCollection | undefined): Record<Precision, number> {
  const out: Record<Precision, number> = { exact: 0, approximate: 0, unknown: 0 };
  for (const p of props(c)) out[p.precision] += 1;
  return out;
}

function sumPaper(parts: CoveragePart[]): number | null {
  if (parts.length === 0 || parts.some((p) => p.paper === null)) return null;
  return parts.reduce((s, p) => s + (p.paper ?? 0), 0);
}

/** National key units against the paper, then provincial level and below. */
function heritageCoverage(ps: Props, indicators: IndicatorsFile, parts: CoveragePart[], differs: LocalText[]): void {
  const national = ps.filter((p) => p.level === 'national');
  const lower = ps.filter((p) => p.level !== 'national');
  const paperNational = figure(indicators, 'national-heritage-units');
  const paperLower = figure(indicators, 'lower-heritage-units');
  parts.push(
    { label: { zh: '全国重点文物保护单位', en: 'National key units' }, paper: paperNational, held: national.length },
    { label: { zh: '省级及以下', en: 'Provincial level and below' }, paper: paperLower, held: lower.length },
  );
  if (paperNational !== null && national.length < paperNational) {
    const missing = paperNational - national.length;
    differs.push(
      missing === 1
        ? {
            zh: `论文称有${paperNational}处全国重点文物保护单位；第${paperNational}处未被我们掌握的任何资料指明，因此不显示。`,
            en: `The paper counts ${paperNational} national units; the ${paperNational}th is not identified by any source we hold, so it is not shown.`,
          }
        : {
            zh: `论文称有${paperNational}处全国重点文物保护单位；其中${missing}处未被我们掌握的任何资料指明。`,
            en: `The paper counts ${paperNational} national units; ${missing} of them are not identified by any source we hold.`,
          },
    );
  }
  if (paperLower !== null) {
    const municipal = lower.filter((p) => p.level === 'municipal' || p.level === 'county').length;
    differs.push({
      zh: `省级及以下：论文${paperLower}处，我们有${lower.length}处（省级${lower.length - municipal}处，市县级${municipal}处）；未能读到完整的省级名单和市县级名单。`,
      en: `Provincial level and below: the paper gives ${paperLower}; we hold ${lower.length} (${lower.length - municipal} provincial, ${municipal} municipal/county). No complete provincial or municipal/county list was readable.`,
    });
  }
}

/** All A-class spots and the 4A ones, with why our 4A count differs (rated later, notice only, Qunar only). */
function scenicCoverage(ps: Props, indicators: IndicatorsFile, parts: CoveragePart[], differs: LocalText[]): void {
  const paperAll = figure(indicators, 'a-class-scenic-spots');
  const paper4A = figure(indicators, 'a-class-scenic-spots-4a');
  const fourA = ps.filter((p) => p.grade === '4A');
  parts.push(
    { label: { zh: '全部A级', en: 'All A-class' }, paper: paperAll, held: ps.length },
    { label: { zh: '其中4A级', en: 'of which 4A' }, paper: paper4A, held: fourA.length },
  );
  if (paper4A !== null && fourA.length !== paper4A) {
    const later = fourA.filter((p) => p.status?.startsWith('public notice, then'));
    const proposed = fourA.filter((p) => p.status?.startsWith('proposed'));
    const qunar = fourA.filter((p) => p.status === 'qunar-only');
    const zh: string[] = [`我们的数据中有${fourA.length}处4A级景区，论文为${paper4A}处`];
    const en: string[] = [`${fourA.length} spots are 4A in our data; the paper says ${paper4A}`];
    if (later.length > 0) {
      zh.push(`${names(later)}在论文之后才评为4A`);
      en.push(`${names(later)} was rated after the paper`);
    }
    if (proposed.length > 0) {
      zh.push(`${names(proposed)}只见于公示名单`);
      en.push(`${names(proposed)} appears only on a public notice`);
    }
    if (qunar.length > 0) {
      zh.push(`${names(qunar)}的等级只见于去哪儿网抓取数据`);
      en.push(`${names(qunar)} has its grade only from a Qunar crawl`);
    }
    differs.push({ zh: `${zh.join('；')}。`, en: `${en.join('; ')}.` });
  }
  if (paperAll !== null && ps.length < paperAll) {
    differs.push({
      zh: `论文称有${paperAll}处A级景区；未能读到官方完整名录，我们有${ps.length}处。`,
      en: `The paper counts ${paperAll} A-class spots; no official full list was readable, and we hold ${ps.length}.`,
    });
  }
}

/** One figure: the museums the sources name. */
function museumCoverage(ps: Props, indicators: IndicatorsFile, parts: CoveragePart[], differs: LocalText[]): void {
  const paper = figure(indicators, 'museums');
  parts.push({ label: { zh: '博物馆', en: 'Museums' }, paper, held: ps.length });
  if (paper !== null && ps.length !== paper) {
    differs.push({
      zh: `论文称有${paper}座博物馆，我们掌握的资料能指明${ps.length}座。`,
      en: `The paper counts ${paper} museums; the sources we hold name ${ps.length}.`,
    });
  }
}

/** ICH items per level (national, provincial, municipal); none is placed at a point. */
function ichCoverage(ps: Props, indicators: IndicatorsFile, parts: CoveragePart[], differs: LocalText[]): void {
  const levels: [string, string, LocalText][] = [
    ['national', 'ich-national', { zh: '国家级', en: 'National' }],
    ['provincial', 'ich-provincial', { zh: '省级', en: 'Provincial' }],
    ['municipal', 'ich-municipal', { zh: '市级', en: 'Municipal' }],
  ];
  for (const [level, indId, label] of levels) {
    const held = ps.filter((p) => p.level === level).length;
    const paper = figure(indicators, indId);
    parts.push({ label, paper, held });
    if (paper !== null && held < paper) {
      differs.push({
        zh: `${label.zh}非遗：论文${paper}项，我们有${held}项${held === 0 ? '（未能读到名录）' : '（名录只读到部分）'}。`,
        en: `${label.en} ICH: the paper gives ${paper}, we hold ${held}${held === 0 ? ' (no list was readable)' : ' (the lists were only partly readable)'}.`,
      });
    }
  }
  const note = indicators.indicators.find((i) => i.id === 'ich-provincial')?.notes;
  if (note) differs.push(note);
  const unplaced = ps.filter((p) => p.precision === 'unknown').length;
  if (unplaced === ps.length && ps.length > 0) {
    differs.push({
      zh: '没有资料把任何非遗项目定位到一个点，因此只列出、不绘制。',
      en: 'No source places any ICH item at a point, so they are listed, not drawn.',
    });
  }
}

/** The six designation kinds; designations seen only on a notice or in the paper are named. */
function designationCoverage(ps: Props, indicators: IndicatorsFile, parts: CoveragePart[], differs: LocalText[]): void {
  const types: [string, string, LocalText][] = [
    [
      'rural-tourism-key-village',
      'designation-rural-tourism-key-villages',
      { zh: '乡村旅游重点村', en: 'Rural-tourism key villages' },
    ],
    ['night-time-cluster', 'designation-night-time-clusters', { zh: '夜间文旅消费集聚区', en: 'Night-time clusters' }],
    [
      'tourism-leisure-block',
      'designation-tourism-leisure-blocks',
      { zh: '旅游休闲街区', en: 'Tourism leisure blocks' },
    ],
    [
      'industrial-tourism-base',
      'designation-industrial-tourism-bases',
      { zh: '工业旅游示范基地', en: 'Industrial tourism bases' },
    ],
    ['tourist-resort', 'designation-provincial-resorts', { zh: '省级旅游度假区', en: 'Provincial tourist resorts' }],
    [
      'historic-cultural-block',
      'designation-historic-cultural-blocks',
      { zh: '省级历史文化街区', en: 'Provincial historic and cultural blocks' },
    ],
  ];
  for (const [kind, indId, label] of types) {
    parts.push({ label, paper: figure(indicators, indId), held: ps.filter((p) => p.designation === kind).length });
  }
  const unconfirmed = ps.filter((p) => p.status && p.status !== 'confirmed');
  if (unconfirmed.length > 0) {
    differs.push({
      zh: `${names(unconfirmed)}：称号只见于公示名单或论文，尚未见正式公布。`,
      en: `${names(unconfirmed)}: the designation is seen only on a public notice or in the paper, not in a final announcement.`,
    });
  }
}

/** The line's stops (the paper gives no count) and which of them have no sourced position. */
function touristLineCoverage(
  ps: Props,
  _indicators: IndicatorsFile,
  parts: CoveragePart[],
  differs: LocalText[],
): void {
  const stops = ps.filter((p) => p.stop_order != null);
  const line = ps.find((p) => p.id === 'yellow-river-tourist-line');
  parts.push({ label: { zh: '站点', en: 'Stops' }, paper: null, held: stops.length });
  const unplaced = stops.filter((p) => p.precision === 'unknown');
  if (unplaced.length > 0) {
    differs.push({
      zh: `${stops.length}个站点中有${unplaced.length}个没有可靠位置（${names(unplaced)}），只列出、不绘制。`,
      en: `${unplaced.length} of ${stops.length} stops have no sourced position (${names(unplaced)}); they are listed, not drawn.`,
    });
  }
  if (line && line.precision !== 'exact') {
    differs.push({
      zh: '线路沿黄河中心线推导绘制（近似位置），不是沿街道的实际路线。',
      en: 'The line is derived along the river centre line (approximate), not the actual route along the streets.',
    });
  }
}

/** Segments, stations and airports (the paper gives no counts), and the geometry no source lets us ship. */
function transportCoverage(ps: Props, _indicators: IndicatorsFile, parts: CoveragePart[], differs: LocalText[]): void {
  const lines = ps.filter((p) => p.kind === 'railway' || p.kind === 'high-speed-railway' || p.kind === 'expressway');
  parts.push(
    { label: { zh: '铁路与道路线段', en: 'Rail and road segments' }, paper: null, held: lines.length },
    { label: { zh: '车站', en: 'Stations' }, paper: null, held: ps.filter((p) => p.kind === 'station').length },
    { label: { zh: '机场', en: 'Airports' }, paper: null, held: ps.filter((p) => p.kind === 'airport').length },
  );
  if (!ps.some((p) => p.kind === 'high-speed-railway')) {
    differs.push({
      zh: '没有可发布的高铁线路（仅有许可证不明的数据）；普速铁路为VMAP0粗略数据（误差100–500米），线路名称为推断。',
      en: 'No high-speed line can be shipped (only licence-unknown data exists); conventional railways are coarse VMAP0 data (100–500 m), their corridor names inferred.',
    });
  }
  if (!ps.some((p) => p.kind === 'expressway')) {
    differs.push({ zh: '没有任何高速公路几何数据。', en: 'There is no expressway geometry at all.' });
  }
}

const LAYER_COVERAGE: Record<
  LayerId,
  (ps: Props, indicators: IndicatorsFile, parts: CoveragePart[], differs: LocalText[]) => void
> = {
  'heritage-units': heritageCoverage,
  'scenic-spots': scenicCoverage,
  museums: museumCoverage,
  'ich-items': ichCoverage,
  designations: designationCoverage,
  'tourist-line': touristLineCoverage,
  transport: transportCoverage,
};

/** Per layer: the paper's figures next to ours (parts) and, in both languages, what differs and why. */
export function computeCoverage(
  layers: Partial<Record<LayerId, SiteCollection>>,
  indicators: IndicatorsFile,
  notes: readonly CoverageNote[],
): LayerCoverage[] {
  return LAYER_IDS.map((layer) => {
    const c = layers[layer];
    const ps = props(c);
    const parts: CoveragePart[] = [];
    const differs: LocalText[] = [];
    LAYER_COVERAGE[layer](ps, indicators, parts, differs);
    const leftOut = notes.filter((n) => n.layer === layer || (layer === 'transport' && n.layer === 'transport-lines'));
    return {
      layer,
      label: LAYER_LABEL[layer],
      paper: sumPaper(parts),
      held: ps.length,
      precision: precisionCounts(c),
      parts,
      differs,
      leftOut,
    };
  });
}

/** Research rows with a source that belong to no map layer (shown in the coverage view's "other" list). */
export function notesOutsideLayers(notes: readonly CoverageNote[]): CoverageNote[] {
  return notes.filter((n) => n.layer === 'not-a-layer');
}
