import { describe, expect, it } from 'vitest';
import { FallbackWatch, STYLE_TIMEOUT_MS, TILES_TIMEOUT_MS } from '../../../src/map/basemap-fallback';

describe('when an online base map falls back to the embedded one', () => {
  it('does not even try on a device that says it is offline', () => {
    expect(FallbackWatch.shouldTry(false)).toBe(false);
    expect(FallbackWatch.shouldTry(true)).toBe(true);
    expect(FallbackWatch.shouldTry(undefined)).toBe(true); // no navigator.onLine: try, the timeouts still apply
  });

  it('a style that fails falls back at once; one that hangs is told apart', () => {
    expect(new FallbackWatch().next({ type: 'style-failed', timedOut: false })).toBe('style-failed');
    expect(new FallbackWatch().next({ type: 'style-failed', timedOut: true })).toBe('style-timeout');
  });

  it('tiles: the first failure or silence before any tile falls back', () => {
    expect(new FallbackWatch().next({ type: 'tile-failed' })).toBe('tiles-failed');
    expect(new FallbackWatch().next({ type: 'tiles-timeout' })).toBe('tiles-timeout');
  });

  it('once tiles have arrived, a failed tile or the tile timer is not a reason to switch; going offline is', () => {
    const w = new FallbackWatch();
    expect(w.next({ type: 'tile-loaded' })).toBeNull();
    expect(w.next({ type: 'tile-failed' })).toBeNull();
    expect(w.next({ type: 'tiles-timeout' })).toBeNull();
    expect(w.fellBack).toBe(false);
    expect(w.next({ type: 'offline' })).toBe('offline');
  });

  it('decides once: later events say nothing more', () => {
    const w = new FallbackWatch();
    expect(w.next({ type: 'tile-failed' })).toBe('tiles-failed');
    expect(w.fellBack).toBe(true);
    expect(w.next({ type: 'offline' })).toBeNull();
    expect(w.next({ type: 'style-failed', timedOut: false })).toBeNull();
  });

  it('gives up on a hanging provider within a few seconds', () => {
    expect(STYLE_TIMEOUT_MS).toBeLessThanOrEqual(5000);
    expect(TILES_TIMEOUT_MS).toBeLessThanOrEqual(8000);
  });
});
