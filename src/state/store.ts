// One store for the whole app. State changes go through `update`; panels and the map subscribe to the
// keys they draw. Kept deliberately small: a plain object, shallow-merged, with typed change events.
import type { Filters } from '../data/filters';
import { DEFAULT_FILTERS } from '../data/filters';
import type { Camera, Lang, TravelMode } from '../types';
import { DEFAULT_BASEMAP } from '../config/basemaps';

export type MainView = 'map' | 'dashboard';
/** Optional demonstrations reachable by URL only (`?demo=pmtiles`: the large-data PMTiles layer). */
export type Demo = 'pmtiles';
/** Computed map highlights that a permalink can ask for (the dashboard's evidence for a SWOT item). */
export type HighlightKind = 'unintegrated';

export interface BufferRequest {
  source: string;
  /** Radius in metres, 100–10,000. */
  metres: number;
}

export interface AppState {
  lang: Lang;
  view: Camera | null;
  filters: Filters;
  selected: string | null;
  basemap: string;
  buffer: BufferRequest | null;
  route: string[];
  mode: TravelMode;
  mainView: MainView;
  listOpen: boolean;
  highlight: HighlightKind | null;
  demo: Demo | null;
}

export const DEFAULT_STATE: AppState = {
  lang: 'zh',
  view: null,
  filters: DEFAULT_FILTERS,
  selected: null,
  basemap: DEFAULT_BASEMAP,
  buffer: null,
  route: [],
  mode: 'walk',
  mainView: 'map',
  listOpen: false,
  highlight: null,
  demo: null,
};

export type StateKey = keyof AppState;
/** Why a change happened: 'url' changes must not be pushed back to history. */
export type ChangeOrigin = 'user' | 'url' | 'map' | 'init';
export type Listener = (state: Readonly<AppState>, changed: ReadonlySet<StateKey>, origin: ChangeOrigin) => void;

export class Store {
  private state: AppState;
  private readonly listeners = new Set<Listener>();
  /** Changes made by a listener while others are still being told of an earlier one wait here (see update). */
  private readonly queue: Array<{ state: Readonly<AppState>; changed: ReadonlySet<StateKey>; origin: ChangeOrigin }> =
    [];
  private dispatching = false;

  constructor(initial: AppState = DEFAULT_STATE) {
    this.state = { ...initial };
  }

  get(): Readonly<AppState> {
    return this.state;
  }

  update(patch: Partial<AppState>, origin: ChangeOrigin = 'user'): void {
    const changed = new Set<StateKey>();
    for (const key of Object.keys(patch) as StateKey[]) {
      if (!sameValue(this.state[key], patch[key])) changed.add(key);
    }
    if (changed.size === 0) return;
    this.state = { ...this.state, ...patch };
    this.queue.push({ state: this.state, changed, origin });
    // A listener may cause another change (opening the card pads the map, which moves it). Every listener hears
    // of the first change before any hears of the second, with the state as it was then; otherwise the URL sync
    // would see the map move before the selection and replace the history entry the selection should push.
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        for (const l of [...this.listeners]) l(next.state, next.changed, next.origin);
      }
    } finally {
      this.dispatching = false;
      this.queue.length = 0;
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Structural equality for the small JSON-like values held in state. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
