// Explore: the thematic layers on the map, their legend and counts, the filters, the list of sites, the site
// card for the selected site, the base-map switch and the language switch. The store is the only state: every
// source of a change (map click, list row, search, Back/Forward) goes through it and is drawn from it here.
import { Catalogue } from '../data/catalogue';
import { applyFilters, countByPrecision } from '../data/filters';
import type { Filters } from '../data/filters';
import { sortFeatures } from '../data/list-sort';
import { t } from '../i18n/strings';
import { MAP_PROPERTIES, OWN_SOURCE_LAYERS } from '../map/style';
import type { ThematicData } from '../map/style';
import { saveSettings } from '../state/settings';
import { safeStorage } from '../state/storage';
import type { Lang, LayerId, SiteFeature } from '../types';
import { LAYER_IDS } from '../types';
import { BasemapSwitcher } from '../ui/basemap-switcher';
import { h } from '../ui/dom';
import { FiltersPanel } from '../ui/filters-panel';
import { LayersPanel } from '../ui/layers-panel';
import type { ListSort } from '../ui/list-panel';
import { ListPanel } from '../ui/list-panel';
import { districtNamer, placeMeta, siteName, siteRowLabel } from '../ui/site-labels';
import { tCard } from '../i18n/card';
import { setToolText } from '../ui/header-bar';
import { PlaceChooser } from '../ui/place-chooser';
import { badges } from '../ui/place-card-model';
import { placeIndex } from './places';
import { featureIdsKey } from '../analysis/feature-ids';
import type { PlaceIndex } from './places';
import { firstPerPlace } from '../analysis/same-place';
import type { AppContext, Contribution } from './context';
import { installBasemap } from './install-basemap';

/** The features of one layer that pass the filters, as the map draws them. */
function mapData(catalogue: Catalogue, filters: Filters, layer: LayerId) {
  return Catalogue.forMap(applyFilters(catalogue.layers[layer], filters), MAP_PROPERTIES);
}

/** What the map draws of every layer under these filters. */
export function thematicData(catalogue: Catalogue, filters: Filters): ThematicData {
  return Object.fromEntries(LAYER_IDS.map((l) => [l, mapData(catalogue, filters, l)])) as ThematicData;
}

export function clusterLabelFor(l: Lang) {
  return (n: number) => tCard(l, 'clusterPlaces', { n });
}

/**
 * Hands the map a line layer's data only when its features changed: a setData makes MapLibre's worker index
 * the data again and lay out every tile of the source, and most filter changes (a layer switched off) leave the
 * lines as they were. Point sites are drawn from the places source; only lines have a source of their own.
 */
function lineDataSetter(catalogue: Catalogue, map: AppContext['map'], start: Filters): (filters: Filters) => void {
  const keys = new Map(OWN_SOURCE_LAYERS.map((l) => [l, featureIdsKey(mapData(catalogue, start, l).features)]));
  return (filters) => {
    for (const l of OWN_SOURCE_LAYERS) {
      const data = mapData(catalogue, filters, l);
      const key = featureIdsKey(data.features);
      if (keys.get(l) === key) continue;
      keys.set(l, key);
      map.setLayerData(l, data);
    }
  };
}

/** Several different places under one click: list them, open the chosen one (nothing stays unreachable). */
function placeChooser(ctx: AppContext, places: ReturnType<typeof placeIndex>): PlaceChooser {
  const { store, catalogue, lang } = ctx;
  const chooser = new PlaceChooser((id) => store.update({ selected: id }));
  ctx.map.onStackClick((ids, at) => {
    const entries = ids
      .map((id) => catalogue.get(id))
      .filter((f): f is SiteFeature => f !== undefined)
      .map((f) => ({
        id: f.properties.id,
        name: siteName(lang(), f),
        meta: badges(lang(), places.members(f))
          .map((b) => b.text)
          .join(' · '),
      }));
    chooser.show(entries, at, lang(), null);
  });
  return chooser;
}

/**
 * One feature per place among those passing the filters (src/analysis/same-place.ts): the place's primary when
 * it passes, else its first member that does — the one the map's marker is named after (src/data/place-features.ts).
 */
function onePerPlace(places: PlaceIndex, passing: readonly SiteFeature[]): SiteFeature[] {
  const passed = new Set(passing);
  return firstPerPlace(passing, (f) => places.of(f.properties.id)?.id ?? f.properties.id).map(
    (f) => places.members(f).find((m) => passed.has(m)) ?? f,
  );
}

/** Per-layer counts in the layers panel and the number of matching places (as the list counts) in the filters panel. */
function showFilterCounts(
  catalogue: AppContext['catalogue'],
  places: PlaceIndex,
  filters: Filters,
  layersPanel: LayersPanel,
  filtersPanel: FiltersPanel,
): void {
  const counts: Partial<Record<LayerId, { located: number; unknown: number }>> = {};
  const matching = new Set<string>();
  for (const l of LAYER_IDS) {
    const passing = applyFilters(catalogue.layers[l], filters);
    counts[l] = countByPrecision(passing);
    for (const f of passing) matching.add(places.of(f.properties.id)?.id ?? f.properties.id);
  }
  layersPanel.setCounts(counts);
  layersPanel.setVisible(filters.layers);
  filtersPanel.setFilters(filters);
  filtersPanel.setMatchCount(matching.size);
}

/** The layers panel: a layer switched on or off changes the filters' layer list, in the layers' fixed order. */
function layersPanelFor(store: AppContext['store'], basemapSwitcher: BasemapSwitcher): LayersPanel {
  return new LayersPanel(
    (layer, visible) => {
      const current = store.get().filters.layers;
      const next = visible
        ? LAYER_IDS.filter((l) => l === layer || current.includes(l))
        : current.filter((l) => l !== layer);
      store.update({ filters: { ...store.get().filters, layers: next } });
    },
    [basemapSwitcher.el],
  );
}

/** The header's language button; `render` also sets the page's language and title. */
function languageToggle(ctx: AppContext): { el: HTMLButtonElement; render(l: Lang): void } {
  const el = h('button', { type: 'button', id: 'lang-toggle' });
  el.addEventListener('click', () => ctx.store.update({ lang: ctx.lang() === 'zh' ? 'en' : 'zh' }));
  const render = (l: Lang) => {
    document.documentElement.lang = l === 'zh' ? 'zh-Hans' : 'en';
    document.title = `${t(l, 'appTitle')} · ${l === 'zh' ? 'Lanzhou Cultural Map' : '兰州文化地图'}`;
    const title = document.getElementById('app-title');
    if (title) title.textContent = t(l, 'appTitle');
    setToolText(el, t(l, 'switchLanguage'));
    el.setAttribute('aria-label', t(l, 'switchLanguageLabel'));
  };
  return { el, render };
}

export function installExplore(ctx: AppContext): Contribution {
  const { store, catalogue, map } = ctx;
  const lang = ctx.lang;
  const districtName = districtNamer(ctx.districts);
  const districtNames = ctx.districts.features.map((d) => ({
    zh: String(d.properties?.['name_zh'] ?? ''),
    en: String(d.properties?.['name_en'] ?? ''),
  }));
  const places = placeIndex(catalogue);
  const setLineData = lineDataSetter(catalogue, map, store.get().filters);
  const chooser = placeChooser(ctx, places);
  let retryBasemap = () => {};
  const basemapSwitcher = new BasemapSwitcher(
    (id) => store.update({ basemap: id }),
    () => retryBasemap(),
  );
  const layersPanel = layersPanelFor(store, basemapSwitcher);
  const filtersPanel = new FiltersPanel(districtNames, (f) => store.update({ filters: f }));
  let listSort: ListSort = 'name';
  const listPanel = new ListPanel({
    onOpen: (id) => store.update({ selected: id }),
    onSortChange: (sort) => {
      listSort = sort;
      renderList();
    },
    // One row per place, naming every designation (the card shows them all).
    label: (f, l) => siteRowLabel(l, f, districtName, places.members(f)),
    name: (f, l) => siteName(l, f),
    meta: (f: SiteFeature, l: Lang) => placeMeta(l, f, places.members(f), districtName),
  });
  const langToggle = languageToggle(ctx);

  const renderLang = (l: Lang) => {
    langToggle.render(l);
    map.setLabel(t(l, 'mapLabel'));
    layersPanel.setLang(l);
    filtersPanel.setLang(l);
    listPanel.setLang(l, listSort);
    basemapSwitcher.setLang(l, store.get().basemap);
    map.setLang(l);
    map.setClusterLabel(clusterLabelFor(l));
    renderList();
  };
  const renderList = () => {
    if (!store.get().listOpen) return;
    const visible = catalogue.all().filter((f) => store.get().filters.layers.includes(f.properties.layer));
    const passing = applyFilters(visible, store.get().filters);
    listPanel.setFeatures(sortFeatures(onePerPlace(places, passing), listSort, lang(), map.center()));
  };
  const renderListOpen = () => {
    const open = store.get().listOpen;
    listPanel.setOpen(open);
    renderList();
  };
  const renderFilters = () => showFilterCounts(catalogue, places, store.get().filters, layersPanel, filtersPanel);
  const renderSelection = (focus: boolean) => {
    const id = store.get().selected;
    const f = id ? catalogue.get(id) : undefined;
    if (id && !f) {
      ctx.notices.show('warning', t(lang(), 'unknownSite') + id);
      store.update({ selected: null }, 'init');
      return;
    }
    if (f) ctx.card.show(f, focus);
    else ctx.card.hide();
    map.showSelected(f ?? null);
  };

  store.subscribe((state, changed, origin) => {
    if (changed.has('filters')) {
      setLineData(state.filters);
      map.setPlaces(places.mapData(state.filters));
      map.setVisibleLayers(state.filters.layers);
      renderFilters();
      renderList();
    }
    if (changed.has('listOpen')) renderListOpen();
    if (changed.has('view') && listSort === 'distance') renderList();
    if (changed.has('selected')) {
      renderSelection(origin === 'user');
      const f = state.selected ? catalogue.get(state.selected) : undefined;
      if (f && origin !== 'map') map.focus(f);
    }
    if (changed.has('view') && origin === 'url' && state.view) map.setView(state.view);
    if (changed.has('lang') || changed.has('basemap'))
      saveSettings(safeStorage(), { lang: state.lang, basemap: state.basemap });
  });
  retryBasemap = installBasemap({ store, map, notices: ctx.notices, lang, switcher: basemapSwitcher }).retry;
  ctx.onLang(renderLang);
  renderFilters();
  renderListOpen();

  void map.whenLoaded().then(() => {
    performance.mark('lcm:map-load');
    map.setVisibleLayers(store.get().filters.layers);
    renderSelection(false);
    const f = store.get().selected ? catalogue.get(store.get().selected ?? '') : undefined;
    if (f && !store.get().view) map.focus(f);
  });
  return {
    header: { lang: langToggle.el },
    side: { layers: layersPanel.el, filters: filtersPanel.el, list: listPanel.el },
    main: { chooser: chooser.el },
  };
}
