// A horizontal bar chart in plain SVG with a table alternative. The SVG is an image with a title and a short
// description; the same numbers are always in a <table> (with caption) that a toggle shows or hides, so a
// screen-reader user or anyone who would rather read gets the exact values. The label gutter and the value
// margin are measured from the texts themselves, so no label is clipped in either language.
import { h } from '../dom';
import { maxTextWidth, svg, textWidth } from './svg-text';

export interface BarSeries {
  name: string;
  /** CSS colour; Okabe–Ito colours, readable for colour-blind readers. */
  colour: string;
}

export interface BarRow {
  label: string;
  /** One value per series; null = no figure (drawn as no bar, written as `missingText`). */
  values: (number | null)[];
}

export interface ChartFrame {
  id: string;
  title: string;
  description: string;
  /** Where the numbers come from (the paper's section and reference), shown once under the chart. */
  source: string;
  showTable: string;
  hideTable: string;
}

export interface BarChartOptions extends ChartFrame {
  series: BarSeries[];
  rows: BarRow[];
  /** Header of the first table column. */
  itemHeader: string;
  format: (v: number) => string;
  missingText: string;
}

const PAD = 8;
const PLOT_W = 300;

/** The figure around a chart: caption, the SVG, the table toggle, the table and the source footnote. */
export function chartFigure(f: ChartFrame, image: SVGSVGElement, table: HTMLTableElement): HTMLElement {
  const tableId = `${f.id}-table`;
  table.id = tableId;
  table.hidden = true;
  const toggle = h(
    'button',
    { type: 'button', class: 'table-toggle', 'aria-expanded': 'false', 'aria-controls': tableId },
    f.showTable,
  );
  toggle.addEventListener('click', () => {
    const open = table.hidden;
    table.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? f.hideTable : f.showTable;
  });
  return h(
    'figure',
    { class: 'chart', id: f.id, tabindex: '-1' },
    h('figcaption', { class: 'chart-title' }, f.title),
    image,
    h('p', { class: 'dash-footnote' }, f.source),
    toggle,
    table,
  );
}

/** The <svg role="img"> root of a chart, drawn at 1:1 (max-width = its own width) so text keeps its size. */
export function chartSvg(f: ChartFrame, width: number, height: number): SVGSVGElement {
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-labelledby': `${f.id}-title ${f.id}-desc`,
    // Sized by styles/dashboard.css (.dash-chart: font-size CHART_FONT_PX, max-width 100%, height auto); the
    // page's CSP forbids style attributes.
    class: 'dash-chart',
  });
  root.append(svg('title', { id: `${f.id}-title` }, f.title), svg('desc', { id: `${f.id}-desc` }, f.description));
  return root;
}

export function barChart(o: BarChartOptions): HTMLElement {
  const labelW = Math.ceil(maxTextWidth(o.rows.map((r) => r.label))) + PAD;
  const valueTexts = o.rows.flatMap((r) => r.values.map((v) => (v === null ? o.missingText : o.format(v))));
  const valueW = Math.ceil(maxTextWidth(valueTexts)) + PAD;
  const barH = 16;
  const gap = 4;
  const rowH = o.series.length * (barH + gap) + 10;
  const legendH = o.series.length > 1 ? 22 : 0;
  const legendW = o.series.reduce((w, s) => w + 16 + Math.ceil(textWidth(s.name)) + 20, 0);
  const width = Math.ceil(Math.max(PAD + labelW + PLOT_W + valueW, PAD + labelW + legendW));
  const height = legendH + o.rows.length * rowH + 4;
  const max = Math.max(1, ...o.rows.flatMap((r) => r.values.filter((v): v is number => v !== null)));
  const x0 = PAD + labelW;

  const root = chartSvg(o, width, height);
  if (legendH) {
    let x = x0;
    for (const s of o.series) {
      root.append(svg('rect', { x, y: 4, width: 12, height: 12, fill: s.colour }));
      root.append(svg('text', { x: x + 16, y: 14, class: 'bar-legend' }, s.name));
      x += 16 + Math.ceil(textWidth(s.name)) + 20;
    }
  }
  o.rows.forEach((r, i) => {
    const y0 = legendH + i * rowH;
    root.append(
      svg(
        'text',
        { x: x0 - PAD, y: y0 + rowH / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'bar-label' },
        r.label,
      ),
    );
    r.values.forEach((v, j) => {
      const y = y0 + 4 + j * (barH + gap);
      const w = v === null ? 0 : Math.max(1, (v / max) * PLOT_W);
      if (v !== null)
        root.append(svg('rect', { x: x0, y, width: w, height: barH, fill: o.series[j]?.colour ?? '#000' }));
      root.append(
        svg(
          'text',
          { x: x0 + w + 4, y: y + barH / 2, 'dominant-baseline': 'middle', class: 'bar-value' },
          v === null ? o.missingText : o.format(v),
        ),
      );
    });
  });

  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', {}, o.title),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, o.itemHeader), ...o.series.map((s) => h('th', { scope: 'col' }, s.name))),
    ),
    h(
      'tbody',
      {},
      ...o.rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.label),
          ...r.values.map((v) => h('td', {}, v === null ? o.missingText : o.format(v))),
        ),
      ),
    ),
  );
  return chartFigure(o, root, table);
}
