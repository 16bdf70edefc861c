// Composition root: reads the saved settings and the URL into the store, loads the data, creates the map and the
// site card, installs the features and places what they return in the order of src/app/layout.ts.
import type { AppContext, Installer } from './app/context';
import { installAnalysis } from './app/install-analysis';
import { installCoverage, installDashboard, installHighlight } from './app/install-dashboard';
import { installExplore } from './app/install-explore';
import { installImport } from './app/install-import';
import { installContribute } from './app/install-contribute';
import { installSiteExport } from './app/install-site-export';
import { installPmtilesDemo } from './app/install-pmtiles-demo';
import { installReliability, reportSettingsProblem } from './app/install-reliability';
import { installRoute } from './app/install-route';
import { installSearch } from './app/install-search';
import { place } from './app/layout';
import { errorText } from './app/lazy';
import { loadData, showLoadError } from './app/load-data';
import { createPlaceCard } from './app/create-card';
import { t } from './i18n/strings';
import { createMap } from './app/create-map';
import { loadSettings } from './state/settings';
import { safeStorage } from './state/storage';
import { DEFAULT_STATE, Store } from './state/store';
import { startUrlSync } from './state/url-sync';
import { parseUrlState } from './state/url-state';
import type { Lang } from './types';
import { placeIndex } from './app/places';
import { createShell } from './app/shell';
import { Notices } from './ui/notices';
import { overlayPadding } from './ui/overlay-padding';

// Start-up marks (lcm:*), read by `npm run bench` for its breakdown; a mark costs microseconds, so they stay on.
performance.mark('lcm:script');

/** Installed in this order (their store listeners run in this order too); what they add is placed by LAYOUT. */
const FEATURES: Installer[] = [
  installReliability,
  installExplore,
  installSearch,
  installAnalysis,
  installDashboard,
  installCoverage,
  installHighlight,
  installRoute,
  installImport,
  installSiteExport,
  installContribute,
  installPmtilesDemo,
];

async function start(): Promise<void> {
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const loading = $('loading');
  const { settings, problem } = loadSettings(safeStorage());
  const fromUrl = parseUrlState(location.search);
  const store = new Store({
    ...DEFAULT_STATE,
    lang: settings.lang ?? DEFAULT_STATE.lang,
    basemap: settings.basemap,
    ...fromUrl.state,
  });
  const lang = (): Lang => store.get().lang;
  const notices = new Notices($('notices'), lang);
  if (problem) reportSettingsProblem(notices, lang(), problem);

  let data;
  try {
    data = await loadData();
  } catch (e) {
    showLoadError(loading, t(lang(), 'loadError') + errorText(e));
    return;
  }
  performance.mark('lcm:data');
  const places = placeIndex(data.catalogue);
  const card = createPlaceCard(store, data.catalogue, data.districts);
  performance.mark('lcm:ui');
  const langListeners: Array<(l: Lang) => void> = [];
  const ctx: AppContext = {
    store,
    catalogue: data.catalogue,
    notices,
    card,
    districts: data.districts,
    municipality: data.base.outline,
    districtLabels: data.base.districtLabels,
    importClaims: [],
    dropZone: $('main'),
    mapPadding: () => overlayPadding($('map'), [...$('main').children, $('side'), ...$('notices').children]),
    lang,
    onLang: (fn) => {
      langListeners.push(fn);
      fn(lang());
    },
    map: createMap($('map'), data, store, places),
  };
  performance.mark('lcm:map-created');
  ctx.onLang((l) => card.setLang(l));
  store.subscribe((_s, changed) => {
    if (changed.has('lang')) for (const fn of langListeners) fn(lang());
  });
  place(
    FEATURES.map((install) => install(ctx) ?? {}),
    card,
    createShell(store, ctx.map, card, ctx.onLang),
  );
  performance.mark('lcm:features');

  startUrlSync(store, (ignored) => notices.show('warning', t(lang(), 'urlIgnored') + ignored.join(', ')));
  if (fromUrl.ignored.length) notices.show('warning', t(lang(), 'urlIgnored') + fromUrl.ignored.join(', '));
  performance.mark('lcm:ui-done');
  void ctx.map.whenIdle().then(() => {
    performance.mark('lcm:map-idle');
    loading.hidden = true;
    document.body.dataset.mapReady = 'true';
  });
}

void start();
