// How much of the map is covered by panels floating over it (details, notices, analysis), as a camera padding:
// a fit to what an evidence link highlights must land in the part of the map a reader can see.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The padding that keeps the fitted area clear of every overlay: each overlay (clipped to the map) is avoided
 * from the side where that costs the least room, plus `base` px on every side.
 */
export function paddingFor(map: Box, overlays: readonly Box[], base: number): Padding {
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const o of overlays) {
    const l = Math.max(o.left, map.left),
      r = Math.min(o.right, map.right);
    const t = Math.max(o.top, map.top),
      b = Math.min(o.bottom, map.bottom);
    if (r - l < 1 || b - t < 1) continue;
    const cost: [keyof Padding, number][] = [
      ['left', r - map.left],
      ['right', map.right - l],
      ['top', b - map.top],
      ['bottom', map.bottom - t],
    ];
    const [side, px] = cost.reduce((a, c) => (c[1] < a[1] ? c : a));
    pad[side] = Math.max(pad[side], px);
  }
  const w = map.right - map.left,
    h = map.bottom - map.top;
  // Never pad away more than 3/4 of the map in either direction: a small visible area beats an impossible fit.
  const squeeze = (a: number, b: number, size: number): [number, number] => {
    const over = a + b + 2 * base - size * 0.75;
    return over > 0 ? [Math.max(0, a - over / 2), Math.max(0, b - over / 2)] : [a, b];
  };
  [pad.left, pad.right] = squeeze(pad.left, pad.right, w);
  [pad.top, pad.bottom] = squeeze(pad.top, pad.bottom, h);
  return {
    top: Math.round(pad.top + base),
    right: Math.round(pad.right + base),
    bottom: Math.round(pad.bottom + base),
    left: Math.round(pad.left + base),
  };
}

/** The padding for `mapEl` given the visible elements in `candidates` that float over it. */
export function overlayPadding(mapEl: Element, candidates: readonly Element[], base = 40): Padding {
  const boxes = candidates
    .filter(
      (el) =>
        el !== mapEl &&
        !el.contains(mapEl) &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden',
    )
    .map((el) => el.getBoundingClientRect());
  return paddingFor(mapEl.getBoundingClientRect(), boxes, base);
}
