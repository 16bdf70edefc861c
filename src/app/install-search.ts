// Search beside the title: sites and places (the municipality, the districts: "金城", Lanzhou's old name, or
// "城关区" finds them). The index, with pinyin-pro's dictionary (~140 kB gzip), loads on first focus or keystroke,
// not with the page: most visits start on the map, and the first paint should not wait for it.
import type { Feature, Geometry } from 'geojson';
import type { SearchableFeature, SearchHit } from '../data/search-index';
import { t } from '../i18n/strings';
import { SearchBox } from '../ui/search-box';
import { districtNamer, placeMeta } from '../ui/site-labels';
import { placeIndex } from './places';
import { firstPerPlace } from '../analysis/same-place';
import type { AppContext, Contribution } from './context';
import { lazy } from './lazy';

export function installSearch(ctx: AppContext): Contribution {
  const { catalogue, store } = ctx;
  const sites = placeIndex(catalogue);
  /**
   * One row per place: the best-ranked hit of a place stands for it, shown under the place's own name (the
   * alias that matched is kept, so "中山桥" still says why 兰州黄河铁桥 came up).
   */
  const onePerPlace = (hits: SearchHit[]): SearchHit[] =>
    firstPerPlace(hits, (hit) => sites.of(hit.id)?.id ?? hit.id).map((hit) => {
      const place = sites.of(hit.id);
      const primary = place && place.id !== hit.id ? catalogue.get(place.id) : undefined;
      if (!primary) return hit;
      const p = primary.properties;
      // The matched member's name becomes the "why" when it differs from the place's name.
      const alias = hit.alias ?? (hit.name_zh !== p.name_zh ? hit.name_zh : undefined);
      return { ...hit, id: p.id, name_zh: p.name_zh, name_en: p.name_en, ...(alias ? { alias } : {}) };
    });
  const districtName = districtNamer(ctx.districts);
  const places = new Map(
    [...ctx.municipality.features, ...ctx.districts.features].map((f) => [
      String(f.properties?.['id']),
      f as SearchableFeature & Feature<Geometry>,
    ]),
  );
  const loadSearch = lazy(() =>
    // The index was built with the app (src/data/load-search-index.ts) and is only read here.
    import('../data/load-search-index').then(async (m) => {
      const { index, from } = await m.loadSearchIndex([...catalogue.all(), ...places.values()]);
      performance.mark('lcm:search-index', { detail: from });
      return (q: string): SearchHit[] => onePerPlace(m.search(index, q, 20)).slice(0, 10);
    }),
  );
  const searchBox = new SearchBox({
    search: async (q) => (await loadSearch())(q),
    // A failed load reaches the reliability notice (unhandled rejection); the next keystroke tries again.
    prepare: () => void loadSearch(),
    describe: (hit, l) => {
      const f = catalogue.get(hit.id);
      // A place's row lists all its designations ("3A级景区 · 省级文物保护单位 · 风情线站点 · 城关区").
      if (f) return placeMeta(l, f, sites.members(f), districtName);
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
