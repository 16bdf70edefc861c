// Every feature of every layer, by id. The map, the list, search and the details panel all read from here,
// so a site is described the same way wherever it is opened.
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerId, SiteCollection, SiteFeature } from '../types';
import { LAYER_IDS } from '../types';

export class Catalogue {
  private readonly byId = new Map<string, SiteFeature>();
  readonly layers: Record<LayerId, SiteFeature[]>;

  constructor(collections: Record<LayerId, SiteCollection>) {
    this.layers = {} as Record<LayerId, SiteFeature[]>;
    for (const layer of LAYER_IDS) {
      const features = collections[layer].features;
      this.layers[layer] = features;
      for (const f of features) this.byId.set(f.properties.id, f);
    }
  }

  /**
   * Features that are not part of our layers but open in the same details panel (imported files).
   * They are not searched or counted with ours.
   */
  addExternal(features: readonly SiteFeature[]): void {
    for (const f of features) this.byId.set(f.properties.id, f);
  }

  removeExternal(ids: readonly string[]): void {
    for (const id of ids) this.byId.delete(id);
  }

  get(id: string): SiteFeature | undefined {
    return this.byId.get(id);
  }

  all(): SiteFeature[] {
    return LAYER_IDS.flatMap((l) => this.layers[l]);
  }

  /** Located features of a layer, with only the given properties, for a map source. */
  static forMap(features: readonly SiteFeature[], keep: readonly string[]): FeatureCollection {
    const out: FeatureCollection = { type: 'FeatureCollection', features: [] };
    for (const f of features) {
      if (!f.geometry) continue;
      const props: Record<string, unknown> = {};
      const src = f.properties as unknown as Record<string, unknown>;
      for (const k of keep) if (src[k] !== undefined && src[k] !== null) props[k] = src[k];
      out.features.push({ type: 'Feature', id: f.properties.id, geometry: f.geometry as Geometry, properties: props });
    }
    return out;
  }
}
