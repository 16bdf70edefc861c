// Keyboard access to clusters. A cluster is drawn by a circle layer, which cannot take focus, so each
// cluster on screen also gets a transparent <button> at the same spot (a MapLibre Marker). Tab reaches it,
// Enter or Space zooms in, exactly like a click; the button shows a focus ring only when focused.
import { Marker } from 'maplibre-gl';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../types';
import { CLUSTERED_LAYERS, sourceId } from './style';

export type ClusterLabel = (layer: LayerId, count: number) => string;

export class ClusterButtons {
  private readonly markers = new Map<string, Marker>();
  private visible: readonly LayerId[] = CLUSTERED_LAYERS;

  constructor(private readonly map: MapLibreMap, private label: ClusterLabel) {
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

  setVisibleLayers(layers: readonly LayerId[]): void {
    this.visible = layers;
    this.refresh();
  }

  private refresh(): void {
    const seen = new Set<string>();
    for (const layer of CLUSTERED_LAYERS) {
      if (!this.visible.includes(layer) || !this.map.getSource(sourceId(layer))) continue;
      for (const f of this.map.querySourceFeatures(sourceId(layer), { filter: ['has', 'point_count'] })) {
        const clusterId = f.properties?.['cluster_id'];
        const count = f.properties?.['point_count'];
        if (typeof clusterId !== 'number' || typeof count !== 'number' || f.geometry.type !== 'Point') continue;
        // Cluster ids are per source and per zoom; the key makes a button unique on screen.
        const key = `${layer}:${clusterId}:${Math.floor(this.map.getZoom())}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        if (!this.markers.has(key)) this.markers.set(key, this.makeMarker(layer, clusterId, count, lon, lat));
      }
    }
    for (const [key, m] of this.markers) {
      if (!seen.has(key)) {
        m.remove();
        this.markers.delete(key);
      }
    }
  }

  private makeMarker(layer: LayerId, clusterId: number, count: number, lon: number, lat: number): Marker {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cluster-button';
    button.setAttribute('aria-label', this.label(layer, count));
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      void this.zoomIn(layer, clusterId, lon, lat);
    });
    return new Marker({ element: button }).setLngLat([lon, lat]).addTo(this.map);
  }

  private async zoomIn(layer: LayerId, clusterId: number, lon: number, lat: number): Promise<void> {
    const src = this.map.getSource<GeoJSONSource>(sourceId(layer));
    if (!src) return;
    const zoom = await src.getClusterExpansionZoom(clusterId);
    this.map.easeTo({ center: [lon, lat], zoom });
  }
}
