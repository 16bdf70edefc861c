// Where a camera move should put its centre when panels cover part of the map. MapLibre centres a move in the
// part its current padding leaves; an `offset` (px) moves it to the middle of what other room (`clear`) leaves.

/** Pixels taken from each edge of the map. */
export interface Room {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The offset [x, y] in px from the middle of `now`'s free part to the middle of `clear`'s, on a w × h map. */
export function offsetBetween(now: Room, clear: Room, w: number, h: number): [number, number] {
  const mid = (r: Room): [number, number] => [r.left + (w - r.left - r.right) / 2, r.top + (h - r.top - r.bottom) / 2];
  const [x0, y0] = mid(now);
  const [x1, y1] = mid(clear);
  return [x1 - x0, y1 - y0];
}
