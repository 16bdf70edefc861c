// Ranks as a dot plot on a reversed axis: the last place sits at the left and 1st at the right, so a better
// rank reads as further along (a bar chart of raw ranks draws the worst rank as the longest bar). The label
// gutter and the right margin are measured from the texts; the same numbers are in a table.
import { h } from '../dom';
import { chartFigure, chartSvg } from './bar-chart';
import type { ChartFrame } from './bar-chart';
import { maxTextWidth, svg, textWidth } from './svg-text';

export interface RankRow {
  label: string;
  rank: number;
  colour: string;
}

export interface RankChartOptions extends ChartFrame {
  rows: RankRow[];
  /** Number of places in the ranking (the axis runs from `places` to 1). */
  places: number;
  axisLabel: string;
  itemHeader: string;
  rankHeader: string;
  format: (rank: number) => string;
}

const PAD = 8;
const PLOT_W = 440;
const ROW_H = 30;

export function rankChart(o: RankChartOptions): HTMLElement {
  const labelW = Math.ceil(maxTextWidth(o.rows.map((r) => r.label))) + PAD;
  // Ticks are plain numbers ("31 … 1"): the axis label says they are places, and "第31名" ticks would collide.
  const tick = (n: number) => String(n);
  const tickW = Math.ceil(maxTextWidth([tick(o.places), tick(1)]));
  const valueW = Math.ceil(maxTextWidth(o.rows.map((r) => o.format(r.rank)))) + 14;
  const x0 = PAD + labelW + tickW / 2;
  const x1 = x0 + PLOT_W;
  const width = Math.ceil(
    Math.max(
      x1 + Math.max(valueW, tickW / 2) + PAD,
      x0 + textWidth(o.axisLabel) / 2 + PAD,
      PAD * 2 + textWidth(o.axisLabel),
    ),
  );
  const axisY = o.rows.length * ROW_H + 8;
  const height = axisY + 44;
  const x = (rank: number) => x0 + ((o.places - rank) / Math.max(1, o.places - 1)) * PLOT_W;

  const root = chartSvg(o, width, height);
  const ticks = [...new Set([o.places, ...[25, 20, 15, 10, 5].filter((t) => t < o.places), 1])];
  for (const t of ticks) {
    root.append(svg('line', { x1: x(t), x2: x(t), y1: 4, y2: axisY, class: 'rank-grid' }));
    root.append(svg('text', { x: x(t), y: axisY + 16, 'text-anchor': 'middle', class: 'rank-tick' }, tick(t)));
  }
  root.append(svg('line', { x1: x0, x2: x1, y1: axisY, y2: axisY, class: 'rank-axis' }));
  const centre = Math.min(
    Math.max((x0 + x1) / 2, PAD + textWidth(o.axisLabel) / 2),
    width - PAD - textWidth(o.axisLabel) / 2,
  );
  root.append(
    svg('text', { x: centre, y: axisY + 36, 'text-anchor': 'middle', class: 'rank-axis-label' }, o.axisLabel),
  );
  o.rows.forEach((r, i) => {
    const y = i * ROW_H + ROW_H / 2 + 4;
    root.append(
      svg(
        'text',
        { x: PAD + labelW - PAD, y, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'bar-label' },
        r.label,
      ),
    );
    root.append(svg('line', { x1: x0, x2: x1, y1: y, y2: y, class: 'rank-track' }));
    root.append(svg('circle', { cx: x(r.rank), cy: y, r: 6, fill: r.colour, class: 'rank-dot' }));
    root.append(
      svg('text', { x: x(r.rank) + 10, y, 'dominant-baseline': 'middle', class: 'bar-value' }, o.format(r.rank)),
    );
  });

  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', {}, o.title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, o.itemHeader), h('th', { scope: 'col' }, o.rankHeader))),
    h(
      'tbody',
      {},
      ...o.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.label), h('td', {}, o.format(r.rank)))),
    ),
  );
  return chartFigure(o, root, table);
}
