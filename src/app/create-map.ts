// The map, built from the loaded data and the store's first state (filters, language, camera from the URL);
// clicks and moves go back into the store.
import { MapView } from '../map/map-view';
import type { Store } from '../state/store';
import { clusterLabelFor, thematicData } from './install-explore';
import type { AppData } from './load-data';
import type { PlaceIndex } from './places';

export function createMap(container: HTMLElement, data: AppData, store: Store, places: PlaceIndex): MapView {
  const state = store.get();
  return new MapView({
    container,
    base: data.base,
    thematic: thematicData(data.catalogue, state.filters),
    places: places.mapData(state.filters),
    lang: state.lang,
    view: state.view,
    attribution: data.attribution,
    baseAttribution: data.baseAttribution,
    onSiteClick: (id) => store.update({ selected: id }),
    onMoveEnd: (view) => store.update({ view }, 'map'),
    clusterLabel: clusterLabelFor(state.lang),
  });
}
