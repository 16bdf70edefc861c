// A horizontal bar chart in plain SVG with a table alternative. The SVG is an image with a title and a short
// description; the same numbers are always in a <table> (with caption) that a toggle shows or hides, so a
// screen-reader user or anyone who would rather read gets the exact values. Text is set as text nodes only.
import { h } from '../dom';

const SVG_NS = 'http://www.w3.org/2000/svg';

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

export interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  series: BarSeries[];
  rows: BarRow[];
  /** Header of the first table column. */
  itemHeader: string;
  format: (v: number) => string;
  missingText: string;
  showTable: string;
  hideTable: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function barChart(o: BarChartOptions): HTMLElement {
  const labelW = 150;
  const valueW = 80;
  const width = 520;
  const barH = 16;
  const gap = 4;
  const rowH = o.series.length * (barH + gap) + 10;
  const legendH = o.series.length > 1 ? 22 : 0;
  const height = legendH + o.rows.length * rowH + 4;
  const max = Math.max(1, ...o.rows.flatMap((r) => r.values.filter((v): v is number => v !== null)));
  const plotW = width - labelW - valueW;

  const titleId = `${o.id}-title`;
  const descId = `${o.id}-desc`;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    class: 'bar-chart',
    preserveAspectRatio: 'xMinYMin meet',
  });
  root.append(svg('title', { id: titleId }, o.title), svg('desc', { id: descId }, o.description));
  if (legendH) {
    let x = labelW;
    for (const s of o.series) {
      root.append(svg('rect', { x, y: 4, width: 12, height: 12, fill: s.colour }));
      root.append(svg('text', { x: x + 16, y: 14, class: 'bar-legend' }, s.name));
      x += 16 + s.name.length * 8 + 24;
    }
  }
  o.rows.forEach((r, i) => {
    const y0 = legendH + i * rowH;
    root.append(svg('text', { x: labelW - 8, y: y0 + rowH / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'bar-label' }, r.label));
    r.values.forEach((v, j) => {
      const y = y0 + 4 + j * (barH + gap);
      const w = v === null ? 0 : Math.max(1, (v / max) * plotW);
      if (v !== null) root.append(svg('rect', { x: labelW, y, width: w, height: barH, fill: o.series[j]?.colour ?? '#000' }));
      root.append(
        svg('text', { x: labelW + w + 4, y: y + barH / 2, 'dominant-baseline': 'middle', class: 'bar-value' }, v === null ? o.missingText : o.format(v)),
      );
    });
  });

  const tableId = `${o.id}-table`;
  const table = h(
    'table',
    { id: tableId, class: 'data-table', hidden: true },
    h('caption', {}, o.title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, o.itemHeader), ...o.series.map((s) => h('th', { scope: 'col' }, s.name)))),
    h(
      'tbody',
      {},
      ...o.rows.map((r) =>
        h('tr', {}, h('th', { scope: 'row' }, r.label), ...r.values.map((v) => h('td', {}, v === null ? o.missingText : o.format(v)))),
      ),
    ),
  );
  const toggle = h('button', { type: 'button', class: 'table-toggle', 'aria-expanded': 'false', 'aria-controls': tableId }, o.showTable);
  toggle.addEventListener('click', () => {
    const open = table.hidden;
    table.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? o.hideTable : o.showTable;
  });
  return h('figure', { class: 'chart', id: o.id }, h('figcaption', { class: 'chart-title' }, o.title), root, toggle, table);
}
