// Where a camera move should put its centre when panels cover part of the map. MapLibre centres a move in the
// part its current padding leaves; an `offset` (px) moves it to the middle of what other room (`clear`) leaves.
import type { Map as MapLibreMap } from 'maplibre-gl';

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

/**
 * Centres the map on a point in the room panels leave. A padding change (a panel opening or closing as the move
 * starts) stops MapLibre's running move; the move is then aimed again from the new padding, so it still ends
 * where it was meant to.
 */
export class PointInRoom {
  private moving: { p: [number, number]; zoom: number; clear: Room | undefined } | null = null;

  constructor(private readonly map: MapLibreMap) {}

  show(p: [number, number], minZoom: number, clear?: Room): void {
    const c = this.map.getCanvas();
    const n = this.map.getPadding();
    const now: Room = { top: n.top ?? 0, right: n.right ?? 0, bottom: n.bottom ?? 0, left: n.left ?? 0 };
    const zoom = Math.max(this.map.getZoom(), minZoom);
    const offset = clear ? offsetBetween(now, clear, c.clientWidth, c.clientHeight) : ([0, 0] as [number, number]);
    this.map.easeTo({ center: p, zoom, duration: 300, offset });
    this.moving = { p, zoom, clear };
    this.map.once('moveend', () => (this.moving = null));
  }

  /** Sets the padding; a move started by `show` goes on from the new padding. */
  setPadding(p: Room): void {
    const again = this.moving;
    this.map.setPadding(p);
    if (again) this.show(again.p, again.zoom, again.clear);
  }
}
