// Route planner composition (issue 6), lazy-loaded by install-route.ts. Reads the route (site ids) and mode
// from the store, computes stops, legs, times and heritage along the route with the pure modules in
// src/analysis/, draws the 'route' overlay, and feeds the panel and the print view. Every change of order
// goes through store.update(…, 'user'), so the URL (?route=…&mode=…) always carries the current route.
// The app never reorders by itself: only "Optimise order", "Move up/down", drag and drop, loading a saved or
// suggested route and importing a file change the order.
import type { FeatureCollection } from 'geojson';
import type { AppContext } from './context';
import type { Lang, LayerId, SiteFeature, TravelMode } from '../types';
import { LAYER_IDS } from '../types';
import { tRoute } from '../i18n/route';
import { tInterop } from '../i18n/interop';
import type { ImportResult } from '../data/route-gpx';
import { ImportWorkerClient } from '../data/import/worker-client';
import { describeImportError } from '../ui/import/messages';
import { OKABE_ITO } from '../config/palette';
import type { RouteStringKey } from '../i18n/route';
import { computeRouteLegs, DEFAULT_DWELL_MIN, DEFAULT_SPEEDS_KMH, estimateRouteTimes, findTouristLine } from '../analysis/route-legs';
import type { RouteLeg, RouteLegsResult, RouteStop } from '../analysis/route-legs';
import { optimiseTourOrder } from '../analysis/tour-order';
import {
  ALONG_LAYERS,
  formatMetres,
  formatMinutes,
  heritageAlongRoute,
  matchImportedPoints,
  moveItem,
  resolveRoute,
  routeDistanceMatrix,
} from '../analysis/route-plan';
import { buildSuggestedRoute } from '../analysis/route-stops';
import type { SkipReason, SuggestedStop } from '../analysis/route-stops';
import { legsWithFallback } from '../data/osrm-client';
import { NAME_CARDS, SUGGESTED_ROUTES } from '../data/suggested-route-ids';
import {
  loadSavedRoutes,
  memoryStorage,
  storeSavedRoutes,
} from '../state/saved-routes';
import type { SavedRoute, StorageLike } from '../state/saved-routes';
import {
  parseRouteSettings,
  ROUTE_SETTINGS_KEY,
  serializeRouteSettings,
  validOsrmUrl,
} from '../state/route-settings';
import type { RouteSettings } from '../state/route-settings';
import { RoutePanel } from '../ui/route/route-panel';
import type { EndOption, RouteModel } from '../ui/route/route-panel';
import { RoutePrint } from '../ui/route/route-print';
import type { PrintModel } from '../ui/route/route-print';
import { kindLabel, layerName, siteName } from '../ui/site-labels';
import { downloadText } from '../ui/download';

export interface PlannerHooks {
  onClose: () => void;
}

/** Largest file the importer reads (bytes): a route of 100 stops is a few tens of KB; this stops a huge track. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const PROBLEM_KEY: Record<SkipReason, RouteStringKey> = {
  'not-found': 'problem_not_found',
  'no-geometry': 'problem_no_geometry',
  'position-unknown': 'problem_position_unknown',
  'not-a-point': 'problem_not_a_point',
  duplicate: 'problem_duplicate',
};

function safeLocalStorage(): StorageLike {
  try {
    const s = window.localStorage;
    s.getItem('probe');
    return s;
  } catch {
    // Private mode or storage disabled: keep working for this visit only.
    return memoryStorage();
  }
}

export function startRoutePlanner(ctx: AppContext, shell: HTMLElement, hooks: PlannerHooks): { setOpen(open: boolean): void } {
  const { store, catalogue } = ctx;
  const storage = safeLocalStorage();
  const touristLine = findTouristLine(catalogue.layers['tourist-line']);
  const settings: RouteSettings = parseRouteSettings(safeGet(storage, ROUTE_SETTINGS_KEY));
  const dwellByStop: Record<string, number> = {};
  let endOption: EndOption = 'open';
  let optimiseMessage: string | null = null;
  let keepMessage = false;
  const savedLoad = loadSavedRoutes(storage);
  let saved: SavedRoute[] = savedLoad.routes;
  const savedProblemKey = savedLoad.backupKey ?? null;
  type OsrmState = { key: string; result: (RouteLegsResult & { routing: string; detail?: string }) | null };
  let osrm: OsrmState | null = null;

  const lang = (): Lang => ctx.lang();
  const t = (k: RouteStringKey, v?: Record<string, string | number>) => tRoute(lang(), k, v);
  const nameOf = (id: string): string => {
    const f = catalogue.get(id);
    return f ? siteName(lang(), f) : id;
  };

  const panel = new RoutePanel({
    onClose: () => hooks.onClose(),
    onMove: (from, to) => {
      const { stops, problems } = resolveRoute(store.get().route, (id) => catalogue.get(id));
      const ids = moveItem(stops.map((s) => s.id), from, to);
      store.update({ route: [...ids, ...problems.filter((p) => p.reason !== 'duplicate').map((p) => p.id)] });
    },
    onRemove: (id) => store.update({ route: store.get().route.filter((x) => x !== id) }),
    onAdd: (id) => {
      if (!store.get().route.includes(id)) store.update({ route: [...store.get().route, id] });
    },
    onOpenSite: (id) => store.update({ selected: id }),
    onDwell: (id, min) => {
      dwellByStop[id] = min;
      refresh();
    },
    onDwellDefault: (layer, min) => {
      if ((LAYER_IDS as readonly string[]).includes(layer)) settings.dwellMin[layer as LayerId] = min;
      saveSettings();
    },
    onMode: (mode) => store.update({ mode }),
    onSpeed: (mode, kmh) => {
      settings.speedsKmh[mode] = kmh;
      saveSettings();
    },
    onOsrm: (url) => {
      if (!validOsrmUrl(url)) {
        panel.say(t('osrmInvalid', { url }));
        return;
      }
      settings.osrmUrl = url;
      osrm = null;
      saveSettings();
    },
    onEndOption: (o) => {
      endOption = o;
      refresh();
    },
    onOptimise: () => optimise(),
    onAlongMetres: (m) => {
      settings.alongMetres = m;
      saveSettings();
    },
    onUseSuggestion: (id) => {
      const spec = SUGGESTED_ROUTES.find((s) => s.id === id);
      if (!spec) return;
      const r = buildSuggestedRoute(spec, catalogue.all());
      store.update({ route: r.stops.map((s) => s.id) });
    },
    onSave: (name) => save(name),
    onLoad: (id) => {
      const r = saved.find((x) => x.id === id);
      if (r) store.update({ route: r.stopIds.slice(), mode: r.mode });
    },
    onDelete: (id) => {
      const next = saved.filter((x) => x.id !== id);
      const res = storeSavedRoutes(storage, next);
      if (res.ok) saved = next;
      else panel.say(t('saveFailed', { reason: res.reason }));
      refresh();
    },
    onCopyLink: () => copyLink(),
    onExport: (format) => void exportRoute(format),
    onImport: (file) => void importRoute(file),
    onPrint: () => void print(),
  }, shell);
  const printView = new RoutePrint();
  document.body.append(printView.el);

  function safeGet(s: StorageLike, key: string): string | null {
    try {
      return s.getItem(key);
    } catch {
      return null;
    }
  }

  function saveSettings(): void {
    try {
      storage.setItem(ROUTE_SETTINGS_KEY, serializeRouteSettings(settings));
    } catch {
      // Quota or disabled storage: the setting still applies for this visit.
    }
    refresh();
  }

  interface Computed {
    stops: SuggestedStop[];
    problems: Array<{ id: string; reason: SkipReason }>;
    legs: RouteLeg[];
    totalMetres: number;
    times: ReturnType<typeof estimateRouteTimes>;
    roundTrip: boolean;
  }

  function legStopsOf(stops: readonly RouteStop[], roundTrip: boolean): RouteStop[] {
    // A round trip is the same stops with the start repeated at the end; dwell is still counted once.
    return roundTrip && stops.length > 1 ? [...stops, stops[0]!] : stops.slice();
  }

  function compute(): Computed {
    const state = store.get();
    const { stops, problems } = resolveRoute(state.route, (id) => catalogue.get(id));
    const roundTrip = endOption === 'round';
    const legStops = legStopsOf(stops, roundTrip);
    let legs: RouteLegsResult = computeRouteLegs(legStops, touristLine);
    if (settings.osrmUrl && stops.length >= 2) {
      const key = JSON.stringify([settings.osrmUrl, state.mode, legStops.map((s) => s.id)]);
      if (osrm?.key !== key) {
        const mine: OsrmState = { key, result: null };
        osrm = mine;
        void legsWithFallback(legStops, touristLine, { baseUrl: settings.osrmUrl }, state.mode).then((r) => {
          if (osrm !== mine) return;
          mine.result = r;
          refresh();
        });
      } else if (osrm.result) {
        legs = osrm.result;
      }
    }
    const dwell: Record<string, number> = {};
    for (const s of stops) if (dwellByStop[s.id] !== undefined) dwell[s.id] = dwellByStop[s.id]!;
    const times = estimateRouteTimes(legs.legs, stops, state.mode, {
      speedsKmh: settings.speedsKmh,
      dwellMin: settings.dwellMin,
      dwellByStop: dwell,
    });
    return { stops, problems, legs: legs.legs, totalMetres: legs.totalMetres, times, roundTrip };
  }

  function routingState(): RouteModel['routing'] {
    if (!settings.osrmUrl) return { state: 'off' };
    if (!osrm?.result) return { state: store.get().route.length >= 2 ? 'pending' : 'off' };
    if (osrm.result.routing === 'osrm') return { state: 'ok' };
    return { state: 'failed', detail: osrm.result.detail ?? osrm.result.routing };
  }

  function groupLabel(f: SiteFeature): string {
    return kindLabel(lang(), f);
  }

  function model(c: Computed): RouteModel {
    const l = lang();
    const speeds: Record<TravelMode, number> = {
      walk: settings.speedsKmh.walk ?? DEFAULT_SPEEDS_KMH.walk,
      cycle: settings.speedsKmh.cycle ?? DEFAULT_SPEEDS_KMH.cycle,
      drive: settings.speedsKmh.drive ?? DEFAULT_SPEEDS_KMH.drive,
    };
    const along = heritageAlongRoute(c.stops, c.legs, catalogue.all(), settings.alongMetres);
    // Grouped by layer (units, museums, scenic spots), then by level/grade; nearest first inside a group.
    const groups = new Map<string, RouteModel['along'][number]>();
    for (const layer of ALONG_LAYERS) {
      for (const hit of along.filter((a) => a.layer === layer).sort((a, b) => levelRank(a.group) - levelRank(b.group) || a.distanceM - b.distanceM)) {
        const label = groupLabel(hit.feature);
        const g = groups.get(label) ?? { label, items: [] };
        g.items.push({ id: hit.id, name: siteName(l, hit.feature), distance: formatMetres(hit.distanceM), approximate: hit.approximate });
        groups.set(label, g);
      }
    }
    const suggestions = SUGGESTED_ROUTES.map((spec) => {
      const r = buildSuggestedRoute(spec, catalogue.all());
      const isCards = spec.id === 'five-name-cards';
      const located = new Set(r.stops.map((s) => s.id));
      return {
        id: spec.id,
        title: l === 'zh' ? spec.title_zh : spec.title_en,
        stops: r.stops.map((s) => ({ name: l === 'zh' ? s.name_zh || s.name_en : s.name_en || s.name_zh, approximate: s.approximate, sources: s.sources })),
        skipped: r.skipped.filter((s) => s.reason !== 'duplicate').map((s) => nameOf(s.id)),
        missingCards: isCards ? NAME_CARDS.filter((c) => !c.ids.some((id) => located.has(id))).map((c) => t(`card_${c.card}`)) : [],
      };
    });
    return {
      stops: c.stops.map((s, i) => {
        const f = catalogue.get(s.id);
        return {
          id: s.id,
          name: f ? siteName(l, f) : s.id,
          kind: f ? kindLabel(l, f) : '',
          approximate: s.approximate,
          dwellMin: c.times.dwellMinutes[i] ?? 0,
        };
      }),
      problems: c.problems.map((p) => ({ id: p.id, reason: PROBLEM_KEY[p.reason] })),
      legs: c.legs.map((leg, i) => ({
        from: nameOf(leg.from),
        to: nameOf(leg.to),
        kind: leg.kind,
        reason: `reason_${leg.reason}` as RouteStringKey,
        distance: formatMetres(leg.metres),
        minutes: formatMinutes(c.times.legMinutes[i] ?? 0),
        approximate: leg.approximate,
      })),
      total: formatMetres(c.totalMetres),
      travel: formatMinutes(c.times.travelMinutes),
      dwell: formatMinutes(c.times.dwellTotalMinutes),
      totalTime: formatMinutes(c.times.totalMinutes),
      mode: store.get().mode,
      speeds,
      dwellDefaults: (['museums', 'scenic-spots', 'heritage-units', 'tourist-line', 'ich-items', 'designations', 'transport'] as LayerId[]).map((layer) => ({
        layer,
        label: layerName(l, layer),
        minutes: settings.dwellMin[layer] ?? DEFAULT_DWELL_MIN[layer],
      })),
      osrmUrl: settings.osrmUrl,
      routing: routingState(),
      endOption,
      optimiseMessage,
      alongMetres: settings.alongMetres,
      along: [...groups.values()],
      suggestions,
      saved: saved.map((r) => ({ id: r.id, name: r.name, meta: t('savedMeta', { n: r.stopIds.length, mode: t(`mode_${r.mode}`) }) })),
      savedProblem: savedProblemKey ? t('savedProblem', { key: savedProblemKey }) : null,
    };
  }

  function overlay(c: Computed): FeatureCollection {
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

  function printModel(m: RouteModel, c: Computed): PrintModel {
    const l = lang();
    return {
      title: m.stops.map((s) => s.name).join(' → '),
      stops: c.stops.map((s, i) => {
        const f = catalogue.get(s.id);
        const fact = f?.properties.facts[0];
        return {
          n: i + 1,
          name: m.stops[i]?.name ?? s.id,
          kind: m.stops[i]?.kind ?? '',
          approximate: s.approximate,
          fact: fact ? (l === 'zh' ? fact.zh : fact.en) : null,
          dwell: t('minutes', { n: Math.round(c.times.dwellMinutes[i] ?? 0) }),
        };
      }),
      legs: m.legs.map((leg) => ({
        from: leg.from,
        to: leg.to,
        distance: leg.distance,
        kind: t(leg.kind === 'tourist-line' ? 'leg_tourist_line' : leg.kind === 'road' ? 'leg_road' : 'leg_straight'),
        minutes: leg.minutes,
      })),
      total: m.total,
      totalTime: `${m.totalTime} (${t('travelTime', { travel: m.travel, dwell: m.dwell })})`,
      mode: t(`mode_${m.mode}`),
    };
  }

  let last: Computed | null = null;
  function refresh(): void {
    const c = compute();
    last = c;
    const m = model(c);
    panel.render(m);
    printView.render(printModel(m, c), lang());
    ctx.map.setOverlay('route', overlay(c));
  }

  function optimise(): void {
    const c = last ?? compute();
    const n = c.stops.length;
    if (n < 3) return;
    const { matrix } = routeDistanceMatrix(c.stops, touristLine);
    const r = optimiseTourOrder(matrix, {
      start: 0,
      end: endOption === 'end' ? n - 1 : undefined,
      roundTrip: endOption === 'round',
    });
    const method = t(r.method === 'exact' ? 'method_exact' : 'method_heuristic');
    const changed = r.order.some((v, i) => v !== i);
    optimiseMessage = changed
      ? t('optimiseResult', { after: formatMetres(r.distance), before: formatMetres(r.originalDistance), saved: formatMetres(r.saved), method })
      : t('optimiseNoGain', { after: formatMetres(r.distance), method });
    panel.say(optimiseMessage);
    if (changed) {
      const ids = r.order.map((i) => c.stops[i]!.id);
      // Ids that cannot be stops stay in the URL (after the stops) so nothing the user had is dropped.
      const rest = c.problems.filter((p) => p.reason !== 'duplicate').map((p) => p.id);
      keepMessage = true;
      store.update({ route: [...ids, ...rest] });
    } else refresh();
  }

  function save(name: string): void {
    const state = store.get();
    const route: SavedRoute = {
      id: `r${Date.now().toString(36)}`,
      name: name.slice(0, 200),
      stopIds: state.route.slice(),
      mode: state.mode,
      createdAt: new Date().toISOString(),
    };
    const next = [...saved, route];
    const res = storeSavedRoutes(storage, next);
    if (res.ok) {
      saved = next;
      panel.say(t('saved', { name: route.name }));
    } else panel.say(t('saveFailed', { reason: res.reason }));
    refresh();
  }

  function copyLink(): void {
    const href = location.href;
    const manual = () => panel.say(`${t('linkManual')} ${href}`);
    if (!navigator.clipboard) return manual();
    navigator.clipboard.writeText(href).then(() => panel.say(t('linkCopied')), manual);
  }

  function exportable(c: Computed) {
    return {
      name: c.stops.map((s) => nameOf(s.id)).join(' → ') || t('defaultRouteName'),
      stops: c.stops.map((s) => ({ ...s, name: nameOf(s.id) })),
      legs: c.legs,
      mode: store.get().mode,
    };
  }

  async function exportRoute(format: 'gpx' | 'geojson' | 'kml'): Promise<void> {
    const c = last ?? compute();
    if (c.stops.length === 0) return;
    const gpx = await import('../data/route-gpx');
    const route = exportable(c);
    const base = `lanzhou-route-${c.stops.length}-stops`;
    if (format === 'gpx') {
      const text = gpx.routeToGpx(route, gpx.browserXmlEnvironment());
      downloadText(text, `${base}.gpx`, 'application/gpx+xml');
    } else if (format === 'kml') {
      const { routeToKml } = await import('../data/export/route-kml');
      const lang = ctx.lang();
      const straight = route.legs.filter((l) => l.straight).length;
      const text = routeToKml(route, {
        line: tInterop(lang, 'routeKmlLegs'),
        lineDescription: tInterop(lang, 'routeKmlDescription', { stops: route.stops.length, legs: route.legs.length, straight }),
        color: OKABE_ITO.reddishPurple,
      });
      downloadText(text, `${base}.kml`, 'application/vnd.google-earth.kml+xml');
    } else {
      const text = JSON.stringify(gpx.routeToGeoJson(route), null, 2);
      downloadText(text, `${base}.geojson`, 'application/geo+json');
    }
  }

  let importClient: ImportWorkerClient | null = null;

  async function importRoute(file: File): Promise<void> {
    const errors: string[] = [];
    if (file.size > MAX_IMPORT_BYTES) {
      panel.showImportErrors([t('importReadFailed', { detail: `${file.size} B > ${MAX_IMPORT_BYTES} B` }), t('importNothing')]);
      return;
    }
    const gpx = await import('../data/route-gpx');
    let result: ImportResult;
    if (/\.(kml|kmz|csv|tsv|tcx)$/i.test(file.name)) {
      // Read by the import worker like any imported file (WGS84: a route file from GPS tools or our own export).
      importClient ??= new ImportWorkerClient();
      const outcome = await importClient.run(file, 'WGS84', 0);
      if (outcome.errors.length > 0) {
        panel.showImportErrors([...outcome.errors.map((e) => describeImportError(lang(), e)), t('importNothing')]);
        return;
      }
      const { stopCandidates } = await import('../data/import/route-stops');
      const stops = stopCandidates(outcome);
      result = { candidates: stops.candidates, skipped: stops.skipped, errors: stops.tooMany ? [{ code: 'too-many', index: null, message: '' }] : [] };
    } else {
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        panel.showImportErrors([t('importReadFailed', { detail: e instanceof Error ? e.message : String(e) }), t('importNothing')]);
        return;
      }
      const isGpx = /\.gpx$/i.test(file.name) || text.trimStart().startsWith('<');
      result = isGpx ? gpx.importGpxText(text, new DOMParser()) : gpx.importGeoJson(text);
    }
    for (const e of result.errors) {
      const key = `importErr_${e.code.replaceAll('-', '_')}` as RouteStringKey;
      errors.push(`${e.index !== null ? t('importItem', { i: e.index + 1 }) : ''}${t(key)}`);
    }
    const match = matchImportedPoints(result.candidates, catalogue.all());
    for (const m of match.matches) {
      if (m.id !== null) continue;
      errors.push(m.nearestM === null
        ? t('importUnmatchedFar', { i: m.index + 1, name: m.name })
        : t('importUnmatched', { i: m.index + 1, name: m.name, d: formatMetres(m.nearestM) }));
    }
    if (match.ids.length === 0) {
      // Nothing usable: the current route stays exactly as it was.
      errors.push(t('importNothing'));
      panel.showImportErrors(errors);
      return;
    }
    panel.showImportErrors(errors);
    store.update({ route: match.ids });
    panel.say(t('importDone', { n: match.ids.length }));
  }

  async function print(): Promise<void> {
    const c = last ?? compute();
    if (c.stops.length === 0) return;
    ctx.map.fitPoints(c.stops.map((s) => s.coordinates), { padding: 60, duration: 0, maxZoom: 15 });
    printView.setMapImage(await ctx.map.capture());
    document.body.dataset.routePrintReady = 'true';
    window.print();
  }

  store.subscribe((_s, changed) => {
    if (changed.has('route') || changed.has('mode')) {
      // The optimiser's message describes the order it produced; any other change of order makes it stale.
      if (changed.has('route') && !keepMessage) optimiseMessage = null;
      keepMessage = false;
      refresh();
    }
  });
  ctx.onLang(() => {
    panel.setLang(lang());
    refresh();
  });
  refresh();

  return {
    setOpen(open: boolean) {
      panel.setOpen(open);
      if (open) panel.el.querySelector<HTMLElement>('#route-heading')?.focus();
    },
  };
}

/** Sort key for heritage levels and scenic grades: national before provincial, 5A before 4A. */
function levelRank(group: string): number {
  const order = ['national', 'provincial', 'municipal', 'county', '5A', '4A', '3A', '2A', '1A'];
  const i = order.indexOf(group);
  return i < 0 ? order.length : i;
}
