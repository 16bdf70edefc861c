// The dashboard's charts: growth rates, the provincial-capital ranking as a dot plot, and the paper's counts
// beside ours. Each chart states its source (section and reference) once, under the chart.
import type { LayerCoverage } from '../../data/coverage';
import type { Indicator, IndicatorsFile } from '../../data/indicators-file';
import { formatNumber, formatValue, tDashboard } from '../../i18n/dashboard';
import type { DashboardKey } from '../../i18n/dashboard';
import { OKABE_ITO } from '../../config/palette';
import { h } from '../dom';
import { barChart } from './bar-chart';
import { rankChart } from './rank-chart';
import type { Lang } from '../../types';

/** Places in the paper's provincial-capital ranking: Lanzhou's 25th plus the six cities it names below. */
export const CAPITAL_RANKING_PLACES = 31;

/** "Museums · Museums" reads as a mistake: a part named like its layer is shown once. */
export function partLabel(layer: string, part: string): string {
  return layer === part ? layer : `${layer} · ${part}`;
}

export function renderCharts(lang: Lang, indicators: IndicatorsFile, coverage: readonly LayerCoverage[]): HTMLElement {
  const T = tDashboard.in(lang);
  const ind = (id: string): Indicator | undefined => indicators.indicators.find((i) => i.id === id);
  const frame = { showTable: T('showTable'), hideTable: T('hideTable') };
  const charts: HTMLElement[] = [];

  const growth = ['domestic-tourism-revenue-growth', 'domestic-tourists-growth', 'inbound-tourists-growth']
    .map(ind)
    .filter((i): i is Indicator => i !== undefined);
  if (growth.length > 0) {
    charts.push(
      barChart({
        ...frame,
        id: 'chart-growth',
        title: T('chartGrowth'),
        description: T('chartGrowthDesc'),
        source: T('chartGrowthSource'),
        itemHeader: T('colItem'),
        missingText: T('notGiven'),
        series: [{ name: T('colValue'), colour: OKABE_ITO.blue }],
        // The growth figures are details of a headline figure: the chart names that figure, not "change".
        rows: growth.map((i) => ({
          label: (i.detail_of ? ind(i.detail_of) : undefined)?.label[lang] ?? i.label[lang],
          values: [i.value],
        })),
        format: (v) => formatValue(lang, v, 'percent change'),
      }),
    );
  }

  const ranks: [string, DashboardKey, string][] = [
    ['provincial-capital-rank', 'cityLanzhou', OKABE_ITO.vermillion],
    ['provincial-capital-rank-xian', 'cityXian', OKABE_ITO.blue],
    ['provincial-capital-rank-chengdu', 'cityChengdu', OKABE_ITO.blue],
  ];
  const rankRows = ranks.flatMap(([id, city, colour]) => {
    const i = ind(id);
    return i ? [{ label: T(city), rank: i.value, colour }] : [];
  });
  if (rankRows.length > 0) {
    charts.push(
      rankChart({
        ...frame,
        id: 'chart-rank',
        title: T('chartRank'),
        description: T('chartRankDesc'),
        source: T('chartRankSource'),
        axisLabel: T('chartRankAxis'),
        itemHeader: T('colItem'),
        rankHeader: T('colRank'),
        places: CAPITAL_RANKING_PLACES,
        rows: rankRows,
        format: (v) => formatValue(lang, v, 'rank'),
      }),
    );
  }

  const layerRows = coverage.flatMap((c) =>
    c.parts
      .filter((p) => p.paper !== null)
      .map((p) => ({ label: partLabel(c.label[lang], p.label[lang]), values: [p.paper, p.held] })),
  );
  if (layerRows.length > 0) {
    charts.push(
      barChart({
        ...frame,
        id: 'chart-layers',
        title: T('chartLayers'),
        description: T('chartLayersDesc'),
        source: T('chartLayersSource'),
        itemHeader: T('colItem'),
        missingText: T('notGiven'),
        series: [
          { name: T('legendPaper'), colour: OKABE_ITO.orange },
          { name: T('legendOurs'), colour: OKABE_ITO.blue },
        ],
        rows: layerRows,
        format: (v) => formatNumber(lang, v),
      }),
    );
  }
  return h(
    'section',
    { class: 'dash-section', 'aria-labelledby': 'dash-charts-h' },
    h('h3', { id: 'dash-charts-h' }, T('chartsHeading')),
    ...charts,
  );
}
