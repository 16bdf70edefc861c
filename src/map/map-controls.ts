// MapLibre's own controls on the map: zoom buttons, a metric scale bar and the attribution.
import { AttributionControl, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Adds the controls, the attribution with the app's own `credits` besides the sources'. */
export function addControls(map: MapLibreMap, credits: string): void {
  // Compact: on a phone the full attribution would cover the map; the (i) button opens it.
  const attribution = new AttributionControl({ compact: true, customAttribution: credits });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(attribution, 'bottom-right');
  // Start folded to the (i) button: the credits are long and would cover the map (they open on click).
  // NOTE: MapLibre's own class names (AttributionControl has no option to start folded).
  map.once('load', () =>
    map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'),
  );
}
