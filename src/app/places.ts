// The catalogue's places: features at the same spot grouped once (src/analysis/same-place.ts), so the map,
// the card, search and the chooser agree on what "one place" is.
import type { FeatureCollection } from 'geojson';
import type { Place } from '../analysis/same-place';
import { groupSamePlace, placeLookup } from '../analysis/same-place';
import type { Catalogue } from '../data/catalogue';
import type { Filters } from '../data/filters';
import { placeFeatures } from '../data/place-features';
import type { SiteFeature } from '../types';

export interface PlaceIndex {
  /** The place a feature belongs to (every catalogued feature has one). */
  of(id: string): Place | undefined;
  /** The features of the place a feature belongs to, primary first; [f] for a feature we do not group. */
  members(f: SiteFeature): SiteFeature[];
  /** What the map's places source draws under these filters. */
  mapData(filters: Filters): FeatureCollection;
  /** Stops of the tourist line, located or not. */
  stopTotal: number;
}

const cache = new WeakMap<Catalogue, PlaceIndex>();

export function placeIndex(catalogue: Catalogue): PlaceIndex {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const all = catalogue.all();
  const places = groupSamePlace(all);
  const lookup = placeLookup(places);
  const stopTotal = catalogue.layers['tourist-line'].filter((f) => typeof f.properties.stop_order === 'number').length;
  const index: PlaceIndex = {
    of: (id) => lookup.get(id),
    members: (f) => {
      const place = lookup.get(f.properties.id);
      if (!place) return [f];
      return place.members.map((id) => catalogue.get(id)).filter((x): x is SiteFeature => x !== undefined);
    },
    mapData: (filters) => placeFeatures(places, (id) => catalogue.get(id), filters, stopTotal),
    stopTotal,
  };
  cache.set(catalogue, index);
  return index;
}
