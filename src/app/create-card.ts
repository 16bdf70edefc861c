// The place card the composition root hands to every installer: it shows a place (all members of the opened
// feature's place, src/app/places.ts), closes into the store, and shares a permalink of the site alone.
import type { FeatureCollection } from 'geojson';
import type { Catalogue } from '../data/catalogue';
import type { Store } from '../state/store';
import type { Lang } from '../types';
import { PlaceCard } from '../ui/place-card';
import { districtNamer, eraName } from '../ui/site-labels';
import { placeIndex } from './places';

export function createPlaceCard(store: Store, catalogue: Catalogue, districts: FeatureCollection): PlaceCard {
  const places = placeIndex(catalogue);
  return new PlaceCard({
    onClose: () => store.update({ selected: null }),
    era: eraName,
    district: districtNamer(districts),
    membersOf: (f) => places.members(f),
    stopTotal: places.stopTotal,
    permalink: (id) => permalink(id, store.get().lang),
  });
}

/** The link Share copies: this site in the current language, nothing else of the current state. */
function permalink(id: string, lang: Lang): string {
  const u = new URL(location.pathname, location.origin);
  u.searchParams.set('site', id);
  if (lang !== 'zh') u.searchParams.set('lang', lang);
  return u.href;
}
