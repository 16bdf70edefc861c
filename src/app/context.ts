// What a feature of the app (route planner, analysis, dashboard, import) is given to plug itself in.
// Features are installed by the composition root (src/main.ts) through `install*(ctx)` functions in
// src/app/; they talk to each other only through the store.
import type { FeatureCollection } from 'geojson';
import type { Catalogue } from '../data/catalogue';
import type { SiteFeature } from '../data/types';
import type { Lang } from '../i18n/strings';
import type { MapView } from '../map/map-view';
import type { Store } from '../state/store';
import type { Notices } from '../ui/notices';

export interface AppSlots {
  /** Header toolbar (buttons that open panels). */
  headerTools: HTMLElement;
  /** The side panel (bottom sheet on phones). */
  side: HTMLElement;
  /** The map area; absolutely positioned panels go here. */
  main: HTMLElement;
}

export interface AppContext {
  store: Store;
  catalogue: Catalogue;
  map: MapView;
  notices: Notices;
  slots: AppSlots;
  /** The 8 county-level districts (polygons with name_zh, name_en, adcode). */
  districts: FeatureCollection;
  lang: () => Lang;
  /** Adds a section to the details panel for every opened site (nearby sites, "Add to route"). */
  addDetailsSection: (section: (f: SiteFeature, lang: Lang) => HTMLElement | null) => void;
  /** Re-renders the details panel (after a feature changed what its section shows). */
  refreshDetails: () => void;
  /** Called with the new language whenever it changes (and once at install). */
  onLang: (fn: (lang: Lang) => void) => void;
  /**
   * Asked in turn before a file goes to the generic import; the first that resolves true has taken the file
   * (a contribution file becomes suggestions, not an imported layer).
   */
  importClaims: Array<(file: File) => Promise<boolean>>;
}
