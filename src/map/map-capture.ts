// Reading the map's pixels. The WebGL drawing buffer is cleared after each frame is shown (preserveDrawingBuffer
// is off for speed), so the image is read inside the 'render' event of a fresh frame.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map as a PNG data: URL once it has settled (up to `settleMs` ms), or null if it could not be read. */
export async function captureMap(map: MapLibreMap, settleMs: number): Promise<string | null> {
  await nextEvent(map, 'idle', settleMs);
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(null), 4000);
    map.once('render', () => {
      window.clearTimeout(timer);
      try {
        resolve(withBackground(map.getCanvas()));
      } catch {
        resolve(null);
      }
    });
    map.triggerRepaint();
  });
}

/**
 * The canvas over the map element's background colour: the land colour is the element's CSS background, not a
 * style layer (src/map/style.ts), so the canvas alone is transparent there.
 */
function withBackground(canvas: HTMLCanvasElement): string {
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) return canvas.toDataURL('image/png');
  const container = canvas.closest('.maplibregl-map');
  ctx.fillStyle = container ? getComputedStyle(container).backgroundColor : '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, 0);
  return out.toDataURL('image/png');
}

/** Resolves true at the map's next `event`, false after `ms` milliseconds without one. */
function nextEvent(map: MapLibreMap, event: 'idle' | 'render', ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(false), ms);
    map.once(event, () => {
      window.clearTimeout(timer);
      resolve(true);
    });
    map.triggerRepaint();
  });
}
