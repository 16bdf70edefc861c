// Map states that show the evidence behind a SWOT item or a figure of the paper. Each is an ordinary permalink
// (`?layers=…&highlight=…`) built with the URL codec, so it works when opened in a new tab; inside the app a
// click is turned back into a store update (no reload). Items without a map state get no link.
import { DEFAULT_FILTERS } from '../data/filters';
import type { Filters } from '../data/filters';
import type { Lang, LayerId } from '../types';
import type { AppState } from '../state/store';
import { DEFAULT_STATE } from '../state/store';
import { parseUrlState, serializeUrlState } from '../state/url-state';

/** The id of 兰州老街 in designations.geojson (no known position). */
export const OLD_STREET_ID = 'lanzhou-old-street';
/** The id of Zhongshan Bridge (中山桥, the "bridge" among the paper's five name cards) in heritage-units.geojson. */
export const ZHONGSHAN_BRIDGE_ID = 'zhongshan-bridge';

export interface Evidence {
  filters: Partial<Filters>;
  selected?: string;
  highlight?: AppState['highlight'];
  listOpen?: boolean;
}

const layers = (...ls: LayerId[]): Partial<Filters> => ({ layers: ls });

/** SWOT items whose evidence is a map state. Items not listed here have none (the panel says so). */
export const SWOT_EVIDENCE: Readonly<Record<string, Evidence>> = {
  'superior-location-convenient-transport': { filters: layers('transport') },
  'rich-historical-cultural-resources': { filters: layers('heritage-units', 'museums', 'ich-items') },
  // No designated place has a known position: the list shows them (with "position unknown").
  'cultural-industry-taking-shape': { filters: layers('designations'), listOpen: true },
  'insufficient-integration-of-cultural-resources': {
    filters: layers('tourist-line', 'heritage-units', 'transport'),
    highlight: 'unintegrated',
  },
  // Of the five name cards only the bridge has a point; the tourist line runs along the river.
  'weak-innovation-few-brands': { filters: layers('heritage-units', 'tourist-line'), selected: ZHONGSHAN_BRIDGE_ID },
  // No position is known, so the map cannot point at it: the link opens its details, which say so.
  homogenisation: { filters: layers('designations'), selected: OLD_STREET_ID },
};

/** SWOT items whose evidence is a chart of the dashboard itself (an in-page link to the chart's id). */
export const SWOT_CHART_EVIDENCE: Readonly<Record<string, string>> = { 'talent-brain-drain': 'chart-rank' };

/** Figures of the paper that count something our layers hold. ICH items have no positions: the list opens. */
export const FIGURE_EVIDENCE: Readonly<Record<string, Evidence>> = {
  'national-heritage-units': { filters: { layers: ['heritage-units'], levels: ['national'] } },
  'lower-heritage-units': { filters: { layers: ['heritage-units'], levels: ['provincial', 'municipal', 'county'] } },
  museums: { filters: layers('museums') },
  'ich-national': { filters: { layers: ['ich-items'], levels: ['national'] }, listOpen: true },
  'ich-provincial': { filters: { layers: ['ich-items'], levels: ['provincial'] }, listOpen: true },
  'ich-municipal': { filters: { layers: ['ich-items'], levels: ['municipal'] }, listOpen: true },
  'a-class-scenic-spots': { filters: layers('scenic-spots') },
  'a-class-scenic-spots-4a': { filters: { layers: ['scenic-spots'], grades: ['4A'] } },
  'designation-rural-tourism-key-villages': { filters: layers('designations'), listOpen: true },
  'designation-night-time-clusters': { filters: layers('designations'), listOpen: true },
  'designation-tourism-leisure-blocks': { filters: layers('designations'), listOpen: true },
  'designation-industrial-tourism-bases': { filters: layers('designations'), listOpen: true },
  'designation-provincial-resorts': { filters: layers('designations'), listOpen: true },
};

/** The permalink (a query string) of an evidence state, in the reader's language. */
export function evidenceHref(e: Evidence, lang: Lang): string {
  const state: AppState = {
    ...DEFAULT_STATE,
    lang,
    filters: { ...DEFAULT_FILTERS, ...e.filters },
    selected: e.selected ?? null,
    highlight: e.highlight ?? null,
    listOpen: e.listOpen ?? false,
  };
  return serializeUrlState(state) || '?';
}

/**
 * The store patch for following an evidence link inside the app: what the link does not say returns to its
 * default (filters, selection, highlight, list, buffer), while the reader's view, route and base map stay.
 */
export function evidencePatch(search: string): Partial<AppState> {
  const { state } = parseUrlState(search);
  return {
    filters: { ...DEFAULT_FILTERS },
    selected: null,
    highlight: null,
    buffer: null,
    listOpen: false,
    ...state,
    mainView: 'map',
  };
}
