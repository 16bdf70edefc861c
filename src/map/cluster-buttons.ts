// Keyboard access to clusters. A cluster is drawn by a circle layer, which cannot take focus, so each
// cluster on screen also gets a transparent <button> at the same spot (a MapLibre Marker). Tab reaches it,
// Enter or Space zooms in, exactly like a click; the button shows a focus ring only when focused.
import { Marker } from 'maplibre-gl';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { PLACES_SOURCE } from './place-layers';

/** Accessible name of a cluster's button ("5 places: zoom in"); all layers cluster together. */
export type ClusterLabel = (count: number) => string;

export class ClusterButtons {
  private readonly markers = new Map<string, Marker>();

  constructor(
    private readonly map: MapLibreMap,
    private label: ClusterLabel,
  ) {
    const refresh = () => this.refresh();
    map.on('moveend', refresh);
    map.on('idle', refresh);
  }

  setLabel(label: ClusterLabel): void {
    this.label = label;
    for (const m of this.markers.values()) m.remove();
    this.markers.clear();
    this.refresh();
  }

  private refresh(): void {
    const seen = new Set<string>();
    if (this.map.getSource(PLACES_SOURCE)) {
      for (const f of this.map.querySourceFeatures(PLACES_SOURCE, { filter: ['has', 'point_count'] })) {
        const clusterId = f.properties?.['cluster_id'];
        const count = f.properties?.['point_count'];
        if (typeof clusterId !== 'number' || typeof count !== 'number' || f.geometry.type !== 'Point') continue;
        // Cluster ids are per source and per zoom; the key makes a button unique on screen.
        const key = `${clusterId}:${Math.floor(this.map.getZoom())}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        if (!this.markers.has(key)) this.markers.set(key, this.makeMarker(clusterId, count, lon, lat));
      }
    }
    for (const [key, m] of this.markers) {
      if (!seen.has(key)) {
        m.remove();
        this.markers.delete(key);
      }
    }
  }

  private makeMarker(clusterId: number, count: number, lon: number, lat: number): Marker {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cluster-button';
    button.setAttribute('aria-label', this.label(count));
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      void this.zoomIn(clusterId, lon, lat);
    });
    return new Marker({ element: button }).setLngLat([lon, lat]).addTo(this.map);
  }

  private async zoomIn(clusterId: number, lon: number, lat: number): Promise<void> {
    const src = this.map.getSource<GeoJSONSource>(PLACES_SOURCE);
    if (!src) return;
    const zoom = await src.getClusterExpansionZoom(clusterId);
    this.map.easeTo({ center: [lon, lat], zoom });
  }
}
