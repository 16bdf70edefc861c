// The places source's data, and how it is drawn for the number of places: above DENSE_ABOVE (a national list,
// OpenStreetMap points) the places cluster up to street level and labels keep one anchor
// (src/map/place-layers.ts); the switch happens when the places shown (after filters) cross the limit.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import {
  DENSE_ABOVE,
  PLACE_LABEL_LAYER,
  PLACES_CLUSTER_RADIUS,
  PLACES_SOURCE,
  clusterMaxZoomFor,
  labelAnchoring,
} from './place-layers';

export class PlacesSource {
  /** Whether the style currently draws the places as dense data. */
  private dense: boolean;

  /** `initialCount`: the places the style was built with; `loaded` resolves when the source exists. */
  constructor(
    private readonly map: MapLibreMap,
    initialCount: number,
    private readonly loaded: Promise<void>,
  ) {
    this.dense = initialCount > DENSE_ABOVE;
  }

  /** Replaces the point sites (one marker per place). */
  set(data: FeatureCollection): void {
    const apply = () => {
      const src = this.map.getSource<GeoJSONSource>(PLACES_SOURCE);
      if (!src) return;
      this.drawFor(data.features.length, src);
      src.setData(data);
    };
    if (this.map.getSource(PLACES_SOURCE)) apply();
    else void this.loaded.then(apply);
  }

  private drawFor(count: number, src: GeoJSONSource): void {
    const dense = count > DENSE_ABOVE;
    if (dense === this.dense) return;
    this.dense = dense;
    const a = labelAnchoring(count);
    for (const k of Object.keys(a) as Array<keyof typeof a>) this.map.setLayoutProperty(PLACE_LABEL_LAYER, k, a[k]);
    void src.setClusterOptions({
      cluster: true,
      clusterMaxZoom: clusterMaxZoomFor(count),
      clusterRadius: PLACES_CLUSTER_RADIUS,
    });
  }
}
