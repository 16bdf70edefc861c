// Which rows of a long list to build (src/ui/list-panel.ts): those in view plus a margin either side; the rows
// above and below are stood in for by padding of the same height, so the scroll bar and positions stay true.
// Pure, so the arithmetic is unit-tested (tests/unit/ui/virtual-window.test.ts).

export interface WindowInput {
  /** Rows in the list. */
  count: number;
  /** Height of one row (px). */
  rowHeight: number;
  /** How far the visible area's top is below the list's top (px; negative while the list starts lower down). */
  viewTop: number;
  /** Height of the visible area (px). */
  viewHeight: number;
  /** Rows built beyond the visible ones on each side, so a fast scroll does not show gaps. */
  overscan: number;
}

/** Rows [start, end) to build. */
export function visibleRange({ count, rowHeight, viewTop, viewHeight, overscan }: WindowInput): {
  start: number;
  end: number;
} {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: Math.max(0, count) };
  const first = Math.floor(Math.max(0, viewTop) / rowHeight);
  const last = Math.ceil(Math.max(0, viewTop + viewHeight) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}

/** The range widened to include row `i` (a keyboard move to a row not built yet). */
export function rangeWith(
  range: { start: number; end: number },
  i: number,
  count: number,
): { start: number; end: number } {
  if (i >= range.start && i < range.end) return range;
  const size = Math.max(1, range.end - range.start);
  const start = Math.max(0, Math.min(i - (size >> 1), count - size));
  return { start, end: Math.min(count, start + size) };
}
