// Markers for sites without a known position, one per district at its label point ("12 sites in 城关区 without a
// known position"). Drawn as HTML buttons (MapLibre Markers): hollow, dashed, with the count — never a filled dot
// like a site — and focusable, so Tab reaches them and Enter activates them exactly like a click.
import { Marker } from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface DistrictMarkerSpec {
  /** Stable key (the district's Chinese name). */
  key: string;
  /** WGS84 [lon, lat]. */
  position: [number, number];
  count: number;
  /** Accessible name and tooltip. */
  label: string;
}

export class DistrictMarkers {
  private readonly markers = new Map<string, { marker: Marker; button: HTMLButtonElement }>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly onActivate: (key: string) => void,
  ) {}

  /** Replaces the markers; buttons for keys that stay are updated in place (focus is kept). */
  set(specs: readonly DistrictMarkerSpec[]): void {
    const keep = new Set(specs.map((s) => s.key));
    for (const [key, m] of this.markers) {
      if (!keep.has(key)) {
        m.marker.remove();
        this.markers.delete(key);
      }
    }
    for (const s of specs) {
      let m = this.markers.get(s.key);
      if (!m) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'unplaced-marker';
        button.addEventListener('click', (e) => {
          // A click on the marker is not a click on the map under it.
          e.stopPropagation();
          this.onActivate(s.key);
        });
        // Just below the district's name (drawn at the same label point), so both stay readable.
        const marker = new Marker({ element: button, anchor: 'top', offset: [0, 10] })
          .setLngLat(s.position)
          .addTo(this.map);
        m = { marker, button };
        this.markers.set(s.key, m);
      }
      m.marker.setLngLat(s.position);
      m.button.textContent = String(s.count);
      m.button.setAttribute('aria-label', s.label);
      m.button.title = s.label;
    }
  }
}
