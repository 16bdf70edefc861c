// The route planner's view model: from the route (site ids), the travel mode and the planner's settings to what
// the panel, the print view and the map overlay show. Pure: no DOM, no storage, no map; words come from the
// `RouteLabels` the caller passes (src/app/route-planner.ts binds them to src/i18n/route.ts).
// Distances are great-circle metres (geodesy.ts); times are minutes at the planning speeds (route-legs.ts).
import type { FeatureCollection } from 'geojson';
import type { Lang, LayerId, SiteFeature, SourceRef, TravelMode } from '../types';
import { DEFAULT_DWELL_MIN, DEFAULT_SPEEDS_KMH, estimateRouteTimes } from './route-legs';
import type { LegKind, LegReason, RouteLeg, RouteLegsResult, RouteStop } from './route-legs';
import { ALONG_LAYERS, heritageAlongRoute, resolveRoute } from './route-plan';
import type { SkipReason, SuggestedRoute, SuggestedStop } from './route-stops';

export type EndOption = 'open' | 'end' | 'round';

export interface StopView {
  id: string;
  name: string;
  kind: string;
  approximate: boolean;
  dwellMin: number;
}

export interface LegView {
  from: string;
  to: string;
  kind: LegKind;
  reason: `reason_${LegReason}`;
  distance: string;
  minutes: string;
  approximate: boolean;
}

export interface AlongGroupView {
  label: string;
  items: Array<{ id: string; name: string; distance: string; approximate: boolean }>;
}

export interface SuggestionView {
  id: string;
  title: string;
  stops: Array<{ name: string; approximate: boolean; sources: SourceRef[] }>;
  skipped: string[];
  /** Name cards with no located site (only for the name-cards suggestion). */
  missingCards: string[];
}

export interface SavedView {
  id: string;
  name: string;
  meta: string;
}

export interface RoutingView {
  state: 'off' | 'pending' | 'ok' | 'failed';
  detail?: string;
}

export interface RouteModel {
  stops: StopView[];
  problems: Array<{ id: string; reason: SkipReason }>;
  legs: LegView[];
  total: string;
  travel: string;
  dwell: string;
  totalTime: string;
  mode: TravelMode;
  speeds: Record<TravelMode, number>;
  dwellDefaults: Array<{ layer: LayerId; label: string; minutes: number }>;
  osrmUrl: string;
  routing: RoutingView;
  endOption: EndOption;
  optimiseMessage: string | null;
  alongMetres: number;
  along: AlongGroupView[];
  suggestions: SuggestionView[];
  saved: SavedView[];
  savedProblem: string | null;
}

export interface PrintModel {
  title: string;
  stops: Array<{ n: number; name: string; kind: string; approximate: boolean; fact: string | null; dwell: string }>;
  legs: Array<{ from: string; to: string; distance: string; kind: string; minutes: string }>;
  total: string;
  totalTime: string;
  mode: string;
}

/** The planner's settings that shape the model (src/state/route-settings.ts stores them). */
export interface PlannerSettings {
  speedsKmh: Partial<Record<TravelMode, number>>;
  dwellMin: Partial<Record<LayerId, number>>;
  osrmUrl: string;
  alongMetres: number;
}

/** Keys of the route strings the model itself words (the panel words the rest). */
export type RouteTextKey =
  | 'savedMeta'
  | 'savedProblem'
  | 'minutes'
  | 'travelTime'
  | 'leg_tourist_line'
  | 'leg_road'
  | 'leg_straight'
  | `mode_${TravelMode}`;

export interface RouteLabels {
  lang: Lang;
  /** A site's name in the UI language (the id if no site has it). */
  name: (id: string) => string;
  /** A site's kind ("3A scenic spot", "全国重点文物保护单位"). */
  kind: (f: SiteFeature) => string;
  layer: (layer: LayerId) => string;
  text: (key: RouteTextKey, vars?: Record<string, string | number>) => string;
  /** A length in the UI language's units ("850 米", "1.25 km"). */
  metres: (m: number) => string;
  /** A duration in the UI language's units ("1 小时 05 分钟", "45 min"). */
  minutes: (min: number) => string;
}

/** The stops of a route, the legs between them (round trips return to the start) and the times. */
export interface RouteComputation {
  stops: SuggestedStop[];
  problems: Array<{ id: string; reason: SkipReason }>;
  legs: RouteLeg[];
  totalMetres: number;
  times: ReturnType<typeof estimateRouteTimes>;
  roundTrip: boolean;
}

/** The route's stops (sites that can be stops, in order) and the stops the legs run through. */
export function routeStops(
  route: readonly string[],
  get: (id: string) => SiteFeature | undefined,
  endOption: EndOption,
) {
  const { stops, problems } = resolveRoute(route, get);
  const roundTrip = endOption === 'round';
  // A round trip is the same stops with the start repeated at the end; dwell is still counted once.
  const legStops: RouteStop[] = roundTrip && stops.length > 1 ? [...stops, stops[0]!] : stops.slice();
  return { stops, problems, legStops, roundTrip };
}

/** Times for legs already computed (straight/tourist-line legs, or a routing server's). */
export function timedRoute(
  resolved: ReturnType<typeof routeStops>,
  legs: RouteLegsResult,
  mode: TravelMode,
  settings: Pick<PlannerSettings, 'speedsKmh' | 'dwellMin'>,
  dwellByStop: Readonly<Record<string, number>>,
): RouteComputation {
  const dwell: Record<string, number> = {};
  for (const s of resolved.stops) if (dwellByStop[s.id] !== undefined) dwell[s.id] = dwellByStop[s.id]!;
  const times = estimateRouteTimes(legs.legs, resolved.stops, mode, {
    speedsKmh: settings.speedsKmh,
    dwellMin: settings.dwellMin,
    dwellByStop: dwell,
  });
  const { stops, problems, roundTrip } = resolved;
  return { stops, problems, legs: legs.legs, totalMetres: legs.totalMetres, times, roundTrip };
}

/** Sort key for heritage levels and scenic grades: national before provincial, 5A before 4A. */
function levelRank(group: string): number {
  const order = ['national', 'provincial', 'municipal', 'county', '5A', '4A', '3A', '2A', '1A'];
  const i = order.indexOf(group);
  return i < 0 ? order.length : i;
}

/** Heritage along the route, grouped by layer (units, museums, scenic spots), then level/grade; nearest first. */
function alongGroups(
  c: RouteComputation,
  sites: readonly SiteFeature[],
  metres: number,
  labels: RouteLabels,
): AlongGroupView[] {
  const along = heritageAlongRoute(c.stops, c.legs, sites, metres);
  const groups = new Map<string, AlongGroupView>();
  for (const layer of ALONG_LAYERS) {
    const hits = along
      .filter((a) => a.layer === layer)
      .sort((a, b) => levelRank(a.group) - levelRank(b.group) || a.distanceM - b.distanceM);
    for (const hit of hits) {
      const label = labels.kind(hit.feature);
      const g = groups.get(label) ?? { label, items: [] };
      g.items.push({
        id: hit.id,
        name: labels.name(hit.id),
        distance: labels.metres(hit.distanceM),
        approximate: hit.approximate,
      });
      groups.set(label, g);
    }
  }
  return [...groups.values()];
}

/** A name card of the paper's "five name cards" and the sites of ours that stand for it, with its label. */
export interface NameCardLabel {
  label: string;
  ids: readonly string[];
}

/** Suggested routes in the UI language; `routes` are resolved once (they depend only on the data). */
export function suggestionViews(
  routes: readonly SuggestedRoute[],
  nameCards: readonly NameCardLabel[],
  labels: RouteLabels,
): SuggestionView[] {
  const l = labels.lang;
  return routes.map((r) => {
    const located = new Set(r.stops.map((s) => s.id));
    return {
      id: r.id,
      title: l === 'zh' ? r.title_zh : r.title_en,
      stops: r.stops.map((s) => ({
        name: l === 'zh' ? s.name_zh || s.name_en : s.name_en || s.name_zh,
        approximate: s.approximate,
        sources: s.sources,
      })),
      skipped: r.skipped.filter((s) => s.reason !== 'duplicate').map((s) => labels.name(s.id)),
      missingCards:
        r.id === 'five-name-cards'
          ? nameCards.filter((c) => !c.ids.some((id) => located.has(id))).map((c) => c.label)
          : [],
    };
  });
}

export interface ModelInput {
  mode: TravelMode;
  endOption: EndOption;
  settings: PlannerSettings;
  routing: RoutingView;
  optimiseMessage: string | null;
  suggestions: SuggestionView[];
  saved: ReadonlyArray<{ id: string; name: string; stopIds: readonly string[]; mode: TravelMode }>;
  /** Where unreadable saved routes were moved, if they were. */
  savedBackupKey: string | null;
  sites: readonly SiteFeature[];
  get: (id: string) => SiteFeature | undefined;
}

/** Dwell defaults in the order the panel lists them (the most common stops first). */
const DWELL_ORDER: readonly LayerId[] = [
  'museums',
  'scenic-spots',
  'heritage-units',
  'tourist-line',
  'ich-items',
  'designations',
  'transport',
];

export function routeModel(c: RouteComputation, input: ModelInput, labels: RouteLabels): RouteModel {
  const { settings } = input;
  const speeds: Record<TravelMode, number> = {
    walk: settings.speedsKmh.walk ?? DEFAULT_SPEEDS_KMH.walk,
    cycle: settings.speedsKmh.cycle ?? DEFAULT_SPEEDS_KMH.cycle,
    drive: settings.speedsKmh.drive ?? DEFAULT_SPEEDS_KMH.drive,
  };
  return {
    stops: c.stops.map((s, i) => {
      const f = input.get(s.id);
      return {
        id: s.id,
        name: labels.name(s.id),
        kind: f ? labels.kind(f) : '',
        approximate: s.approximate,
        dwellMin: c.times.dwellMinutes[i] ?? 0,
      };
    }),
    problems: c.problems.map((p) => ({ id: p.id, reason: p.reason })),
    legs: c.legs.map((leg, i) => ({
      from: labels.name(leg.from),
      to: labels.name(leg.to),
      kind: leg.kind,
      reason: `reason_${leg.reason}` as const,
      distance: labels.metres(leg.metres),
      minutes: labels.minutes(c.times.legMinutes[i] ?? 0),
      approximate: leg.approximate,
    })),
    total: labels.metres(c.totalMetres),
    travel: labels.minutes(c.times.travelMinutes),
    dwell: labels.minutes(c.times.dwellTotalMinutes),
    totalTime: labels.minutes(c.times.totalMinutes),
    mode: input.mode,
    speeds,
    dwellDefaults: DWELL_ORDER.map((layer) => ({
      layer,
      label: labels.layer(layer),
      minutes: settings.dwellMin[layer] ?? DEFAULT_DWELL_MIN[layer],
    })),
    osrmUrl: settings.osrmUrl,
    routing: input.routing,
    endOption: input.endOption,
    optimiseMessage: input.optimiseMessage,
    alongMetres: settings.alongMetres,
    along: alongGroups(c, input.sites, settings.alongMetres, labels),
    suggestions: input.suggestions,
    saved: input.saved.map((r) => ({
      id: r.id,
      name: r.name,
      meta: labels.text('savedMeta', { n: r.stopIds.length, mode: labels.text(`mode_${r.mode}`) }),
    })),
    savedProblem: input.savedBackupKey ? labels.text('savedProblem', { key: input.savedBackupKey }) : null,
  };
}

const LEG_KIND_KEY: Record<LegKind, RouteTextKey> = {
  'tourist-line': 'leg_tourist_line',
  road: 'leg_road',
  straight: 'leg_straight',
};

/** The printed page: numbered stops with each stop's first fact, the legs and the times. */
export function printModel(
  m: RouteModel,
  c: RouteComputation,
  get: (id: string) => SiteFeature | undefined,
  labels: RouteLabels,
): PrintModel {
  return {
    title: m.stops.map((s) => s.name).join(' → '),
    stops: c.stops.map((s, i) => {
      const fact = get(s.id)?.properties.facts[0];
      return {
        n: i + 1,
        name: m.stops[i]?.name ?? s.id,
        kind: m.stops[i]?.kind ?? '',
        approximate: s.approximate,
        fact: fact ? (labels.lang === 'zh' ? fact.zh : fact.en) : null,
        dwell: labels.text('minutes', { n: Math.round(c.times.dwellMinutes[i] ?? 0) }),
      };
    }),
    legs: m.legs.map((leg) => ({
      from: leg.from,
      to: leg.to,
      distance: leg.distance,
      kind: labels.text(LEG_KIND_KEY[leg.kind]),
      minutes: leg.minutes,
    })),
    total: m.total,
    totalTime: `${m.totalTime} (${labels.text('travelTime', { travel: m.travel, dwell: m.dwell })})`,
    mode: labels.text(`mode_${m.mode}`),
  };
}

/** The map overlay: the legs as lines (straight ones flagged) and the stops as numbered points. */
export function routeOverlay(c: RouteComputation): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...c.legs.map((leg) => ({
        type: 'Feature' as const,
        geometry: leg.geometry,
        properties: { straight: leg.straight, kind: leg.kind, from: leg.from, to: leg.to },
      })),
      ...c.stops.map((s, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [s.coordinates[0], s.coordinates[1]] },
        properties: { n: i + 1, id: s.id },
      })),
    ],
  };
}
