// Composition root: loads the data, creates the store, the map and the panels, and wires them together.
// Each piece does one thing; the wiring below only passes state changes along.
import type { AppContext } from './app/context';
import { Catalogue } from './data/catalogue';
import { eraLabelEn } from './data/era';
import { fetchBase, fetchDistricts, fetchGeodataJson, fetchLayers } from './data/fetch-geodata';
import { applyFilters, countByPrecision } from './data/filters';
import type { LayerId, SiteFeature } from './data/types';
import { LAYER_IDS } from './data/types';
import type { Lang } from './i18n/strings';
import { t } from './i18n/strings';
import { MapView } from './map/map-view';
import { MAP_PROPERTIES } from './map/style';
import { loadSettings, saveSettings } from './state/settings';
import { DEFAULT_STATE, Store } from './state/store';
import { startUrlSync } from './state/url-sync';
import { parseUrlState } from './state/url-state';
import { BasemapSwitcher } from './ui/basemap-switcher';
import { DetailsPanel } from './ui/details-panel';
import { h } from './ui/dom';
import { LayersPanel } from './ui/layers-panel';
import { ListPanel } from './ui/list-panel';
import type { ListSort } from './ui/list-panel';
import { FiltersPanel } from './ui/filters-panel';
import { SearchBox } from './ui/search-box';
import { layerName, siteMeta, siteName, siteRowLabel } from './ui/site-labels';
import type { DistrictNamer } from './ui/site-labels';
import type { SearchableFeature, SearchHit } from './data/search-index';
import type { Feature, Geometry } from 'geojson';
import { sortFeatures } from './data/list-sort';
import { Notices } from './ui/notices';
import { installAnalysis } from './app/install-analysis';
import { installDashboard } from './app/install-dashboard';
import { installRoute } from './app/install-route';
import { installImport } from './app/install-import';
import { installSiteExport } from './app/install-site-export';
import { installReliability } from './app/install-reliability';
import { tReliability } from './i18n/reliability';
import { installPmtilesDemo } from './app/install-pmtiles-demo';
import { installBasemap } from './app/install-basemap';
import { installUnplaced } from './app/install-unplaced';
import { installSuggestions } from './app/install-suggestions';
import { labelPoints } from './data/unplaced-markers';

/** Features that plug into the app; each is independent of the others and talks through the store. */
// Start-up marks (lcm:*), read by `npm run bench` for its breakdown; a mark costs microseconds, so they stay on.
performance.mark('lcm:script');

const FEATURES: Array<(ctx: AppContext) => void> = [installReliability, installAnalysis, installDashboard, installRoute, installImport, installSiteExport, installPmtilesDemo];

const BASE_FILES = ['context', 'municipality-outline', 'district-labels', 'yellow-river'] as const;

interface Attribution {
  text: string;
  url: string;
  /** "embedded-base": credited only while the embedded base map is drawn (an online one has its own credits). */
  only?: string;
}

function clusterLabelFor(l: Lang) {
  return (layer: LayerId, n: number) => t(l, 'clusterLabel', { n, layer: layerName(l, layer) });
}

async function start(): Promise<void> {
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const loading = $('loading');
  const { settings, problem } = loadSettings(localStorage);
  const fromUrl = parseUrlState(location.search);
  const store = new Store({
    ...DEFAULT_STATE,
    lang: settings.lang ?? DEFAULT_STATE.lang,
    basemap: settings.basemap,
    ...fromUrl.state,
  });
  const lang = (): Lang => store.get().lang;
  const notices = new Notices($('notices'), lang);
  // Stays until dismissed: the user should learn where the backup went (issue 8).
  if (problem) {
    notices.show('warning', tReliability(lang(), 'storageBackup', {
      what: tReliability(lang(), 'what_settings'),
      reason: tReliability(lang(), problem.reason === 'corrupt' ? 'reason_corrupt' : 'reason_unknown_version'),
      key: problem.backupKey,
    }), 0);
  }

  let layers, base, districts, attributions: Attribution[];
  try {
    [layers, base, districts, attributions] = await Promise.all([
      fetchLayers(),
      fetchBase(BASE_FILES),
      fetchDistricts(),
      fetchGeodataJson('attribution.json').then((a) => (Array.isArray(a) ? (a as Attribution[]) : [])),
    ]);
  } catch (e) {
    loading.textContent = t(lang(), 'loadError') + (e instanceof Error ? e.message : String(e));
    loading.classList.add('error');
    loading.setAttribute('role', 'alert');
    return;
  }
  // Bench builds only (VITE_BENCH_SITES=1): ?synthetic=1 adds 10,000 synthetic sites. A constant false in
  // every other build, so the branch and the module it loads are left out.
  if (import.meta.env.VITE_BENCH_SITES === '1') layers = await (await import('../bench/in-app/bench-sites')).withBenchSites(layers, location.search);
  performance.mark('lcm:data');
  const catalogue = new Catalogue(layers);
  const districtNames = districts.features.map((d) => ({
    zh: String(d.properties?.['name_zh'] ?? ''),
    en: String(d.properties?.['name_en'] ?? ''),
  }));
  const districtEn = new Map(districtNames.map((d) => [d.zh, d.en]));

  const details = new DetailsPanel({
    onClose: () => store.update({ selected: null }),
    // Both names shown in English: the English label and the Chinese text as the sources give it.
    eraName: (zh, l) => (l === 'zh' ? zh : eraLabelEn(zh) ? `${eraLabelEn(zh)} (${zh})` : zh),
    districtName: (zh, l) => (l === 'zh' ? zh : districtEn.get(zh) || zh),
  });
  let retryBasemap = () => {};
  const basemapSwitcher = new BasemapSwitcher((id) => store.update({ basemap: id }), () => retryBasemap());
  const layersPanel = new LayersPanel((layer, visible) => {
    const current = store.get().filters.layers;
    const next = visible ? LAYER_IDS.filter((l) => l === layer || current.includes(l)) : current.filter((l) => l !== layer);
    store.update({ filters: { ...store.get().filters, layers: next } });
  }, [basemapSwitcher.el]);
  const filtersPanel = new FiltersPanel(districtNames, (f) => store.update({ filters: f }));
  // District names in English come from districts.geojson; a name it lacks (兰州新区) is shown as the data has it.
  const districtName: DistrictNamer = (zh, l) => (l === 'zh' ? zh : districtEn.get(zh) || zh);
  const metaOf = (f: SiteFeature, l: Lang) => siteMeta(l, f, districtName);
  let listSort: ListSort = 'name';
  const listPanel = new ListPanel({
    onOpen: (id) => store.update({ selected: id }),
    onSortChange: (sort) => {
      listSort = sort;
      renderList();
    },
    label: (f, l) => siteRowLabel(l, f, districtName),
    name: (f, l) => siteName(l, f),
    meta: metaOf,
  });
  $('side').append(layersPanel.el, filtersPanel.el, listPanel.el);
  $('main').append(details.el);

  // Places are searchable too, so "金城" (Lanzhou's old name, an alias in the data) or "城关区" finds them.
  const places = new Map(
    [...(base['municipality-outline']?.features ?? []), ...districts.features].map((f) => [
      String(f.properties?.['id']),
      f as SearchableFeature & Feature<Geometry>,
    ]),
  );
  // The search index (with pinyin-pro's dictionary, ~140 kB gzip) loads on first focus or keystroke, not with
  // the page: most visits start on the map, and the first paint should not wait for it.
  // The index itself was built with the app (src/data/load-search-index.ts) and is only read here.
  let searcher: Promise<(q: string) => SearchHit[]> | null = null;
  const loadSearch = () =>
    (searcher ??= import('./data/load-search-index').then(async (m) => {
      const { index, from } = await m.loadSearchIndex([...catalogue.all(), ...places.values()]);
      performance.mark('lcm:search-index', { detail: from });
      return (q: string) => m.search(index, q, 10);
    }));
  const searchBox = new SearchBox({
    search: async (q) => (await loadSearch())(q),
    prepare: () => void loadSearch(),
    describe: (hit, l) => {
      const f = catalogue.get(hit.id);
      if (f) return metaOf(f, l);
      return places.has(hit.id) ? t(l, hit.layer === 'districts' ? 'placeDistrict' : 'placeMunicipality') : '';
    },
    // A place (the municipality, a district) is not a site: choosing it shows its extent on the map.
    onChoose: (id) => {
      const place = places.get(id);
      if (place) mapView.focus(place);
      else store.update({ selected: id });
    },
  });
  const listButton = h('button', { type: 'button', id: 'list-toggle', 'aria-controls': 'list-panel', 'aria-expanded': 'false' });
  listButton.addEventListener('click', () => store.update({ listOpen: !store.get().listOpen }));
  const langButton = h('button', { type: 'button', id: 'lang-toggle' });
  langButton.addEventListener('click', () => store.update({ lang: lang() === 'zh' ? 'en' : 'zh' }));
  $('header-tools').append(searchBox.el, listButton, langButton);

  performance.mark('lcm:ui');
  const mapContainer = $('map');
  const attributionHtml = attributions.filter((a) => a.only !== 'embedded-base').map((a) => a.text).join(' · ');
  const baseAttribution = attributions.filter((a) => a.only === 'embedded-base').map((a) => a.text).join(' · ');
  const filtered = (layer: LayerId): SiteFeature[] => applyFilters(catalogue.layers[layer], store.get().filters);
  const mapView = new MapView({
    container: mapContainer,
    base: {
      context: base['context']!,
      outline: base['municipality-outline']!,
      districts,
      districtLabels: base['district-labels']!,
      river: base['yellow-river']!,
    },
    thematic: Object.fromEntries(LAYER_IDS.map((l) => [l, Catalogue.forMap(filtered(l), MAP_PROPERTIES)])) as Record<
      LayerId,
      ReturnType<typeof Catalogue.forMap>
    >,
    lang: lang(),
    view: store.get().view,
    attribution: attributionHtml,
    baseAttribution,
    onSiteClick: (id) => store.update({ selected: id }),
    onMoveEnd: (view) => store.update({ view }, 'map'),
    clusterLabel: clusterLabelFor(lang()),
  });

  performance.mark('lcm:map-created');
  retryBasemap = installBasemap({ store, map: mapView, notices, lang, switcher: basemapSwitcher }).retry;

  const renderLang = () => {
    const l = lang();
    document.documentElement.lang = l === 'zh' ? 'zh-Hans' : 'en';
    document.title = `${t(l, 'appTitle')} · ${l === 'zh' ? 'Lanzhou Cultural Map' : '兰州文化地图'}`;
    $('app-title').textContent = t(l, 'appTitle');
    mapContainer.setAttribute('aria-label', t(l, 'mapLabel'));
    mapContainer.setAttribute('role', 'region');
    langButton.textContent = t(l, 'switchLanguage');
    langButton.setAttribute('aria-label', t(l, 'switchLanguageLabel'));
    layersPanel.setLang(l);
    filtersPanel.setLang(l);
    listPanel.setLang(l, listSort);
    searchBox.setLang(l);
    listButton.textContent = t(l, 'listButton');
    basemapSwitcher.setLang(l, store.get().basemap);
    details.setLang(l);
    mapView.setLang(l);
    mapView.setClusterLabel(clusterLabelFor(l));
  };
  const renderList = () => {
    if (!store.get().listOpen) return;
    const visible = catalogue.all().filter((f) => store.get().filters.layers.includes(f.properties.layer));
    const passing = applyFilters(visible, store.get().filters);
    listPanel.setFeatures(sortFeatures(passing, listSort, lang(), mapView.center()));
  };
  const renderListOpen = () => {
    const open = store.get().listOpen;
    listPanel.setOpen(open);
    listButton.setAttribute('aria-expanded', String(open));
    renderList();
  };
  const renderCounts = () => {
    const counts: Partial<Record<LayerId, { located: number; unknown: number }>> = {};
    for (const l of LAYER_IDS) counts[l] = countByPrecision(filtered(l));
    layersPanel.setCounts(counts);
    filtersPanel.setMatchCount(LAYER_IDS.reduce((n, l) => n + (counts[l]?.located ?? 0) + (counts[l]?.unknown ?? 0), 0));
  };
  const renderSelection = (focus: boolean) => {
    const id = store.get().selected;
    const f = id ? catalogue.get(id) : undefined;
    if (id && !f) {
      notices.show('warning', t(lang(), 'unknownSite') + id);
      store.update({ selected: null }, 'init');
      return;
    }
    if (!f) {
      details.hide();
      mapView.showSelected(null);
      return;
    }
    details.show(f, focus);
    mapView.showSelected(f);
  };
  store.subscribe((state, changed, origin) => {
    if (changed.has('lang')) renderLang();
    if (changed.has('filters')) {
      for (const l of LAYER_IDS) mapView.setLayerData(l, Catalogue.forMap(filtered(l), MAP_PROPERTIES));
      mapView.setVisibleLayers(state.filters.layers);
      layersPanel.setVisible(state.filters.layers);
      filtersPanel.setFilters(state.filters);
      renderCounts();
      renderList();
    }
    if (changed.has('listOpen')) renderListOpen();
    if (changed.has('lang')) renderList();
    if (changed.has('view') && listSort === 'distance') renderList();
    if (changed.has('selected')) {
      renderSelection(origin === 'user');
      const f = state.selected ? catalogue.get(state.selected) : undefined;
      if (f && origin !== 'map') mapView.focus(f);
    }
    if (changed.has('view') && origin === 'url' && state.view) mapView.setView(state.view);
    if (changed.has('lang') || changed.has('basemap')) saveSettings(localStorage, { lang: state.lang, basemap: state.basemap });
  });

  const langListeners: Array<(l: Lang) => void> = [];
  const ctx: AppContext = {
    store,
    catalogue,
    map: mapView,
    notices,
    slots: { headerTools: $('header-tools'), side: $('side'), main: $('main') },
    districts,
    lang,
    addDetailsSection: (section) => details.addExtra(section),
    refreshDetails: () => details.refresh(),
    onLang: (fn) => {
      langListeners.push(fn);
      fn(lang());
    },
    importClaims: [],
  };
  store.subscribe((_s, changed) => {
    if (changed.has('lang')) for (const fn of langListeners) fn(lang());
  });
  for (const install of FEATURES) install(ctx);
  // The List opened from a district marker: focus its first row so a keyboard user lands in it.
  installUnplaced(ctx, base['district-labels']!, () => listPanel.focusFirst());
  const labels = labelPoints(base['district-labels']!.features as Parameters<typeof labelPoints>[0]);
  const suggestions = installSuggestions(ctx, {
    municipality: base['municipality-outline']!,
    labelPoint: (d) => (d ? labels.get(d) ?? null : null),
  });
  $('side').append(suggestions.side);
  $('main').append(suggestions.main);
  performance.mark('lcm:features');
  // Search beside the title (outside the toolbar, so on a phone it shares the title's row and the toolbar
  // scrolls sideways on its own row); the language switch last, whatever buttons the features added.
  $('header-tools').before(searchBox.el);
  $('header-tools').append(langButton);

  renderLang();
  renderCounts();
  filtersPanel.setFilters(store.get().filters);
  renderListOpen();
  layersPanel.setVisible(store.get().filters.layers);
  startUrlSync(store, (ignored) => notices.show('warning', t(lang(), 'urlIgnored') + ignored.join(', ')));
  if (fromUrl.ignored.length) notices.show('warning', t(lang(), 'urlIgnored') + fromUrl.ignored.join(', '));

  performance.mark('lcm:ui-done');
  mapView.map.once('load', () => {
    performance.mark('lcm:map-load');
    mapView.setVisibleLayers(store.get().filters.layers);
    renderSelection(false);
    const f = store.get().selected ? catalogue.get(store.get().selected ?? '') : undefined;
    if (f && !store.get().view) mapView.focus(f);
  });
  mapView.map.once('idle', () => {
    performance.mark('lcm:map-idle');
    loading.hidden = true;
    document.body.dataset.mapReady = 'true';
  });
}

void start();
