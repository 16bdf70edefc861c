// When to give up on an online base map and draw the embedded one instead. Pure, so the rules are tested
// on their own: a request that fails gives up at once, one that hangs after a few seconds, a device that says
// it is offline never tries. Once tiles have arrived, a single failed tile is a glitch, not a reason to switch.

/** How long the style document may take (ms). */
export const STYLE_TIMEOUT_MS = 4000;
/** How long after the style arrived the first tiles may take (ms). */
export const TILES_TIMEOUT_MS = 6000;

export type FallbackReason = 'offline' | 'style-failed' | 'style-timeout' | 'tiles-failed' | 'tiles-timeout';

export type BasemapEvent =
  | { type: 'offline' }
  | { type: 'style-failed'; timedOut: boolean }
  | { type: 'tile-loaded' }
  | { type: 'tile-failed' }
  | { type: 'tiles-timeout' };

/** Follows one attempt at an online base map and says when to fall back (once). */
export class FallbackWatch {
  private tilesArrived = false;
  private done = false;

  /** Whether to try at all: a device that knows it is offline falls back without a request. */
  static shouldTry(navigatorOnLine: boolean | undefined): boolean {
    return navigatorOnLine !== false;
  }

  /** Feeds an event; returns the reason to fall back now, or null to keep the online base map. */
  next(ev: BasemapEvent): FallbackReason | null {
    if (this.done) return null;
    let reason: FallbackReason | null = null;
    switch (ev.type) {
      case 'offline':
        reason = 'offline';
        break;
      case 'style-failed':
        reason = ev.timedOut ? 'style-timeout' : 'style-failed';
        break;
      case 'tile-loaded':
        this.tilesArrived = true;
        break;
      case 'tile-failed':
        if (!this.tilesArrived) reason = 'tiles-failed';
        break;
      case 'tiles-timeout':
        if (!this.tilesArrived) reason = 'tiles-timeout';
        break;
    }
    if (reason) this.done = true;
    return reason;
  }

  /** True once a fallback has been decided (later events are ignored). */
  get fellBack(): boolean {
    return this.done;
  }
}
