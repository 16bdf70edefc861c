// What a feature of the app (explore, route planner, analysis, dashboard, import …) is given to plug itself in,
// and what it gives back. Features are installed by the composition root (src/main.ts) through `install*(ctx)`
// functions in src/app/; they return the elements they add (Contribution), and the root places them in the
// order of src/app/layout.ts. Between features, state travels through the store.
import type { FeatureCollection } from 'geojson';
import type { Catalogue } from '../data/catalogue';
import type { Lang, SiteFeature } from '../types';
import type { MapView } from '../map/map-view';
import type { Store } from '../state/store';
import type { Notices } from '../ui/notices';
import type { Padding } from '../ui/overlay-padding';
import type { Contribution } from './layout';

export type { CardSection, Contribution } from './layout';

/** The site card (details panel) as features see it. */
export interface SiteCard {
  show(f: SiteFeature, focus: boolean): void;
  hide(): void;
  /** Draws the card again (after a feature changed what its section shows). */
  refresh(): void;
}

export interface AppContext {
  store: Store;
  catalogue: Catalogue;
  map: MapView;
  notices: Notices;
  card: SiteCard;
  /** The 8 county-level districts (polygons with name_zh, name_en, adcode). */
  districts: FeatureCollection;
  /** The municipality's outline (one polygon feature, with its names and aliases). */
  municipality: FeatureCollection;
  /** Label points of the districts (geodata/base/district-labels.geojson). */
  districtLabels: FeatureCollection;
  /** The map area: files dropped on it are imported. */
  dropZone: HTMLElement;
  /** Room (px) the panels over the map take on each side now, for fitting the map to something visible. */
  mapPadding: () => Padding;
  lang: () => Lang;
  /** Called with the new language whenever it changes (and once at install). */
  onLang: (fn: (lang: Lang) => void) => void;
  /**
   * Asked in turn before a file goes to the generic import; the first that resolves true has taken the file
   * (a contribution file becomes suggestions, not an imported layer).
   */
  importClaims: Array<(file: File) => Promise<boolean>>;
}

export type Installer = (ctx: AppContext) => Contribution | void;
