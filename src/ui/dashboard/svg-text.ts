// SVG helpers for the dashboard charts: element creation (text as text nodes only) and text measurement, so a
// chart's label gutter is as wide as its widest label instead of a guessed constant (a fixed gutter cut long
// labels at the left edge). Widths are in CSS px at the chart's font size, which equal SVG user units because
// each chart is drawn at 1:1 and only ever scaled down as a whole.

export const SVG_NS = 'http://www.w3.org/2000/svg';
/** Font size of chart text in px (user units); matches `.dash-chart` in styles/dashboard.css. */
export const CHART_FONT_PX = 12;

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** Wide (CJK, fullwidth) characters take about 1 em, others about 0.62 em: the fallback when canvas is missing. */
function estimate(text: string, px: number): number {
  let em = 0;
  for (const ch of text)
    em += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 1
      : 0.62;
  return em * px;
}

/** Width in px of `text` set in the page's font at `px` (and `weight`), with a small safety margin. */
export function textWidth(text: string, px = CHART_FONT_PX, weight = 'normal'): number {
  if (canvas === undefined) {
    try {
      canvas = document.createElement('canvas').getContext('2d');
    } catch {
      canvas = null;
    }
  }
  if (!canvas) return estimate(text, px);
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  canvas.font = `${weight} ${px}px ${family}`;
  // 4 % covers hinting differences between canvas and SVG text.
  return canvas.measureText(text).width * 1.04;
}

export const maxTextWidth = (texts: readonly string[], px = CHART_FONT_PX): number =>
  Math.max(0, ...texts.map((t) => textWidth(t, px)));
