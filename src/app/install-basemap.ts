// The base map: the user's choice (kept in settings and the URL) drawn under the thematic layers, falling back
// to the embedded base map when an online one cannot be reached. The fallback is said once per visit, quietly
// (a status notice that goes away, plus a line under the choice with a Retry button); the choice itself is kept,
// so the next visit tries again. body[data-basemap] tells automation what is drawn: "embedded", "loading"
// (online, not yet arrived), "online", or "fallback".
import type { MapView } from '../map/map-view';
import type { Store } from '../state/store';
import type { Notices } from '../ui/notices';
import type { BasemapSwitcher } from '../ui/basemap-switcher';
import type { Lang } from '../types';
import { tBasemap } from '../i18n/basemap';
import { EMBEDDED_BASEMAP, OFFLINE_BASEMAP_CACHE } from '../config/basemaps';
import { offlineArchiveUrl } from '../map/offline-archive';

/**
 * Stores the whole offline archive once in the service worker's cache, which then answers range requests
 * from it when there is no network. Only with a service worker in control (the built app), and in the
 * background: the map does not wait for it.
 */
function keepArchiveOffline(url: string | null): void {
  if (!url || !('caches' in window) || !navigator.serviceWorker?.controller) return;
  void caches
    .open(OFFLINE_BASEMAP_CACHE)
    .then(async (cache) => ((await cache.match(url)) ? undefined : cache.add(url)))
    .catch(() => {
      // Quota or network: the archive is fetched by range from the server as before; nothing to tell.
    });
}

export interface BasemapDeps {
  store: Store;
  map: MapView;
  notices: Notices;
  lang: () => Lang;
  switcher: BasemapSwitcher;
}

/** Starts the chosen base map now (its style is fetched while the thematic layers are drawn). */
export function installBasemap({ store, map, notices, lang, switcher }: BasemapDeps): { retry: () => void } {
  let told = false;
  const apply = () => {
    const id = store.get().basemap;
    switcher.setValue(id);
    switcher.setFellBack(false);
    document.body.dataset.basemap = id === EMBEDDED_BASEMAP ? 'embedded' : 'loading';
    map.setBasemap(
      id,
      () => {
        document.body.dataset.basemap = 'fallback';
        switcher.setFellBack(true);
        // Said when the map is there to look at (a fallback can come before the first frame).
        if (!told) void map.drawn.then(() => notices.show('info', tBasemap(lang(), 'fallbackNotice')));
        told = true;
      },
      () => {
        document.body.dataset.basemap = id === EMBEDDED_BASEMAP ? 'embedded' : 'online';
      },
    );
  };
  void map.drawn.then(() => keepArchiveOffline(offlineArchiveUrl()));
  store.subscribe((_s, changed) => {
    if (changed.has('basemap')) apply();
  });
  apply();
  return { retry: apply };
}
