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
        resolve(map.getCanvas().toDataURL('image/png'));
      } catch {
        resolve(null);
      }
    });
    map.triggerRepaint();
  });
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
