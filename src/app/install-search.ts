// Search beside the title: sites and places (the municipality, the districts: "金城", Lanzhou's old name, or
// "城关区" finds them). The index, with pinyin-pro's dictionary (~140 kB gzip), loads on first focus or keystroke,
// not with the page: most visits start on the map, and the first paint should not wait for it.
import type { Feature, Geometry } from 'geojson';
import type { SearchableFeature, SearchHit } from '../data/search-index';
import { t } from '../i18n/strings';
import { SearchBox } from '../ui/search-box';
import { districtNamer, siteMeta } from '../ui/site-labels';
import type { AppContext, Contribution } from './context';
import { lazy } from './lazy';

export function installSearch(ctx: AppContext): Contribution {
  const { catalogue, store } = ctx;
  const districtName = districtNamer(ctx.districts);
  const places = new Map(
    [...ctx.municipality.features, ...ctx.districts.features].map((f) => [String(f.properties?.['id']), f as SearchableFeature & Feature<Geometry>]),
  );
  const loadSearch = lazy(() =>
    // The index was built with the app (src/data/load-search-index.ts) and is only read here.
    import('../data/load-search-index').then(async (m) => {
      const { index, from } = await m.loadSearchIndex([...catalogue.all(), ...places.values()]);
      performance.mark('lcm:search-index', { detail: from });
      return (q: string): SearchHit[] => m.search(index, q, 10);
    }),
  );
  const searchBox = new SearchBox({
    search: async (q) => (await loadSearch())(q),
    // A failed load reaches the reliability notice (unhandled rejection); the next keystroke tries again.
    prepare: () => void loadSearch(),
    describe: (hit, l) => {
      const f = catalogue.get(hit.id);
      if (f) return siteMeta(l, f, districtName);
      return places.has(hit.id) ? t(l, hit.layer === 'districts' ? 'placeDistrict' : 'placeMunicipality') : '';
    },
    // A place (the municipality, a district) is not a site: choosing it shows its extent on the map.
    onChoose: (id) => {
      const place = places.get(id);
      if (place) ctx.map.focus(place);
      else store.update({ selected: id });
    },
  });
  ctx.onLang((l) => searchBox.setLang(l));
  return { title: { search: searchBox.el } };
}
