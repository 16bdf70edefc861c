// Route planner wiring, lazy-loaded by install-route.ts. Reads the route (site ids) and mode from the store,
// computes stops, legs and times with the pure view model (src/analysis/route-view-model.ts), draws the 'route'
// overlay, and feeds the panel and the print view. Every change of order goes through store.update(…, 'user'),
// so the URL (?route=…&mode=…) always carries the current route. The app never reorders by itself: only
// "Optimise order", "Move up/down", drag and drop, loading a saved or suggested route and importing a file do.
import type { AppContext } from './context';
import type { RoutePanelCallbacks } from '../ui/route/route-panel';
import { copyLink, exportRoute, importRoute } from './route-io';
import type { Lang, LayerId } from '../types';
import { isOneOf, LAYER_IDS } from '../types';
import { tRoute } from '../i18n/route';
import type { RouteStringKey } from '../i18n/route';
import { computeRouteLegs, findTouristLine } from '../analysis/route-legs';
import type { RouteLegsResult } from '../analysis/route-legs';
import { optimiseTourOrder } from '../analysis/tour-order';
import { moveItem, resolveRoute, routeDistanceMatrix } from '../analysis/route-plan';
import { formatDuration, formatLength } from '../ui/analysis/format';
import { buildSuggestedRoute } from '../analysis/route-stops';
import type { SuggestedRoute } from '../analysis/route-stops';
import {
  printModel,
  routeModel,
  routeOverlay,
  routeStops,
  suggestionViews,
  timedRoute,
} from '../analysis/route-view-model';
import type { EndOption, RouteComputation, RouteLabels, RoutingView } from '../analysis/route-view-model';
import { legsWithFallback } from '../data/osrm-client';
import { NAME_CARDS, SUGGESTED_ROUTES } from '../data/suggested-route-ids';
import { savedRoutesAtStart, storeSavedRoutes } from '../state/saved-routes';
import type { SavedRoute } from '../state/saved-routes';
import { loadRouteSettings, saveRouteSettings, validOsrmUrl } from '../state/route-settings';
import { safeStorage } from '../state/storage';
import { RoutePanel } from '../ui/route/route-panel';
import { RoutePrint } from '../ui/route/route-print';
import { kindLabel, layerName, siteName } from '../ui/site-labels';
import type { Vars } from '../i18n/translate';

export interface PlannerHooks {
  onClose: () => void;
}

type OsrmState = { key: string; result: (RouteLegsResult & { routing: string; detail?: string }) | null };

export function startRoutePlanner(
  ctx: AppContext,
  shell: HTMLElement,
  hooks: PlannerHooks,
): { setOpen(open: boolean): void } {
  const planner = new RoutePlanner(ctx, shell, hooks);
  return { setOpen: (open) => planner.setOpen(open) };
}

class RoutePlanner {
  private readonly storage = safeStorage();
  private readonly settings = loadRouteSettings(this.storage);
  private readonly touristLine: ReturnType<typeof findTouristLine>;
  /** Suggested routes depend only on the data: resolved once. */
  private readonly suggested: SuggestedRoute[];
  private readonly dwellByStop: Record<string, number> = {};
  private endOption: EndOption = 'open';
  private optimiseMessage: string | null = null;
  /** Set while the optimiser's own reorder goes through the store, so its message survives that change. */
  private keepMessage = false;
  private saved: SavedRoute[];
  private readonly savedBackupKey: string | null;
  private osrm: OsrmState | null = null;
  private last: RouteComputation | null = null;
  private readonly panel: RoutePanel;
  private readonly printView = new RoutePrint();

  constructor(
    private readonly ctx: AppContext,
    shell: HTMLElement,
    hooks: PlannerHooks,
  ) {
    const { store, catalogue } = ctx;
    this.touristLine = findTouristLine(catalogue.layers['tourist-line']);
    this.suggested = SUGGESTED_ROUTES.map((spec) => buildSuggestedRoute(spec, catalogue.all()));
    const savedLoad = savedRoutesAtStart();
    this.saved = savedLoad.routes;
    this.savedBackupKey = savedLoad.backupKey ?? null;
    this.panel = new RoutePanel(this.callbacks(hooks), shell);
    document.body.append(this.printView.el);

    store.subscribe((_s, changed) => {
      if (changed.has('route') || changed.has('mode')) {
        // The optimiser's message describes the order it produced; any other change of order makes it stale.
        if (changed.has('route') && !this.keepMessage) this.optimiseMessage = null;
        this.keepMessage = false;
        this.refresh();
      }
    });
    ctx.onLang((l) => {
      this.panel.setLang(l);
      this.refresh();
    });
  }

  setOpen(open: boolean): void {
    this.panel.setOpen(open);
    if (!open) return;
    this.panel.el.querySelector<HTMLElement>('#route-heading')?.focus();
    // Show the whole route. After a frame: on a phone the panel's sheet has just grown, and the fit must use
    // the map padding that follows it (src/app/shell.ts), so the route lies in the part of the map still seen.
    const c = this.last ?? this.compute();
    if (c.stops.length > 0) {
      requestAnimationFrame(() =>
        this.ctx.map.fitPoints(
          c.stops.map((s) => s.coordinates),
          { padding: 48, duration: 500, maxZoom: 16 },
        ),
      );
    }
  }

  private readonly t = (k: RouteStringKey, v?: Vars) => tRoute(this.ctx.lang(), k, v);

  private readonly nameOf = (id: string): string => {
    const f = this.ctx.catalogue.get(id);
    return f ? siteName(this.ctx.lang(), f) : id;
  };

  private labels(): RouteLabels {
    const lang: Lang = this.ctx.lang();
    return {
      lang,
      name: this.nameOf,
      kind: (f) => kindLabel(lang, f),
      layer: (l) => layerName(lang, l),
      text: this.t,
      metres: (m) => formatLength(lang, m),
      minutes: (min) => formatDuration(lang, min),
    };
  }

  /** What the panel's controls do: store updates for the route itself, settings and saved routes here. */
  private callbacks(hooks: PlannerHooks): RoutePanelCallbacks {
    const { store, catalogue } = this.ctx;
    const { settings, t } = this;
    return {
      onClose: () => hooks.onClose(),
      onMove: (from, to) => {
        const { stops, problems } = resolveRoute(store.get().route, (id) => catalogue.get(id));
        const ids = moveItem(
          stops.map((s) => s.id),
          from,
          to,
        );
        store.update({ route: [...ids, ...problems.filter((p) => p.reason !== 'duplicate').map((p) => p.id)] });
      },
      onRemove: (id) => store.update({ route: store.get().route.filter((x) => x !== id) }),
      onAdd: (id) => {
        if (!store.get().route.includes(id)) store.update({ route: [...store.get().route, id] });
      },
      onOpenSite: (id) => store.update({ selected: id }),
      onDwell: (id, min) => {
        this.dwellByStop[id] = min;
        this.refresh();
      },
      onDwellDefault: (layer, min) => {
        if (isOneOf<LayerId>(LAYER_IDS, layer)) settings.dwellMin[layer] = min;
        this.saveSettings();
      },
      onMode: (mode) => store.update({ mode }),
      onSpeed: (mode, kmh) => {
        settings.speedsKmh[mode] = kmh;
        this.saveSettings();
      },
      onOsrm: (url) => {
        if (!validOsrmUrl(url)) return this.panel.say(t('osrmInvalid', { url }));
        settings.osrmUrl = url;
        this.osrm = null;
        this.saveSettings();
      },
      onEndOption: (o) => {
        this.endOption = o;
        this.refresh();
      },
      onOptimise: () => this.optimise(),
      onAlongMetres: (m) => {
        settings.alongMetres = m;
        this.saveSettings();
      },
      onUseSuggestion: (id) => {
        const r = this.suggested.find((s) => s.id === id);
        if (r) store.update({ route: r.stops.map((s) => s.id) });
      },
      onSave: (name) => this.save(name),
      onLoad: (id) => {
        const r = this.saved.find((x) => x.id === id);
        if (r) store.update({ route: r.stopIds.slice(), mode: r.mode });
      },
      onDelete: (id) =>
        this.storeSaved(
          this.saved.filter((x) => x.id !== id),
          null,
        ),
      onCopyLink: () => copyLink((text) => this.panel.say(text), t),
      onExport: (format) => void exportRoute(format, this.current(), store.get().mode, this.nameOf, t, this.ctx.lang()),
      onImport: (file) => void this.importFile(file),
      onPrint: () => void this.print(),
    };
  }

  private current(): RouteComputation {
    return this.last ?? this.compute();
  }

  private saveSettings(): void {
    saveRouteSettings(this.storage, this.settings);
    this.refresh();
  }

  private compute(): RouteComputation {
    const state = this.ctx.store.get();
    const { settings, touristLine } = this;
    const resolved = routeStops(state.route, (id) => this.ctx.catalogue.get(id), this.endOption);
    const { stops, legStops } = resolved;
    let legs: RouteLegsResult = computeRouteLegs(legStops, touristLine);
    if (settings.osrmUrl && stops.length >= 2) {
      const key = JSON.stringify([settings.osrmUrl, state.mode, legStops.map((s) => s.id)]);
      if (this.osrm?.key !== key) {
        const mine: OsrmState = { key, result: null };
        this.osrm = mine;
        void legsWithFallback(legStops, touristLine, { baseUrl: settings.osrmUrl }, state.mode).then((r) => {
          if (this.osrm !== mine) return;
          mine.result = r;
          this.refresh();
        });
      } else if (this.osrm.result) {
        legs = this.osrm.result;
      }
    }
    return timedRoute(resolved, legs, state.mode, settings, this.dwellByStop);
  }

  private routingState(): RoutingView {
    const { osrm } = this;
    if (!this.settings.osrmUrl) return { state: 'off' };
    if (!osrm?.result) return { state: this.ctx.store.get().route.length >= 2 ? 'pending' : 'off' };
    if (osrm.result.routing === 'osrm') return { state: 'ok' };
    return { state: 'failed', detail: osrm.result.detail ?? osrm.result.routing };
  }

  private refresh(): void {
    const { catalogue } = this.ctx;
    const c = this.compute();
    this.last = c;
    const l = this.labels();
    const nameCards = NAME_CARDS.map((card) => ({ label: this.t(`card_${card.card}`), ids: card.ids }));
    const m = routeModel(
      c,
      {
        mode: this.ctx.store.get().mode,
        endOption: this.endOption,
        settings: this.settings,
        routing: this.routingState(),
        optimiseMessage: this.optimiseMessage,
        suggestions: suggestionViews(this.suggested, nameCards, l),
        saved: this.saved,
        savedBackupKey: this.savedBackupKey,
        sites: catalogue.all(),
        get: (id) => catalogue.get(id),
      },
      l,
    );
    this.panel.update(m);
    this.printView.render(
      printModel(m, c, (id) => catalogue.get(id), l),
      l.lang,
    );
    this.ctx.map.setOverlay('route', routeOverlay(c));
  }

  private optimise(): void {
    const { t } = this;
    const c = this.current();
    const n = c.stops.length;
    if (n < 3) return;
    const { matrix } = routeDistanceMatrix(c.stops, this.touristLine);
    const r = optimiseTourOrder(matrix, {
      start: 0,
      end: this.endOption === 'end' ? n - 1 : undefined,
      roundTrip: this.endOption === 'round',
    });
    const method = t(r.method === 'exact' ? 'method_exact' : 'method_heuristic');
    const changed = r.order.some((v, i) => v !== i);
    this.optimiseMessage = changed
      ? t('optimiseResult', {
          after: formatLength(this.ctx.lang(), r.distance),
          before: formatLength(this.ctx.lang(), r.originalDistance),
          saved: formatLength(this.ctx.lang(), r.saved),
          method,
        })
      : t('optimiseNoGain', { after: formatLength(this.ctx.lang(), r.distance), method });
    this.panel.say(this.optimiseMessage);
    if (!changed) return this.refresh();
    const ids = r.order.map((i) => c.stops[i]!.id);
    // Ids that cannot be stops stay in the URL (after the stops) so nothing the user had is dropped.
    const rest = c.problems.filter((p) => p.reason !== 'duplicate').map((p) => p.id);
    this.keepMessage = true;
    this.ctx.store.update({ route: [...ids, ...rest] });
  }

  private save(name: string): void {
    const state = this.ctx.store.get();
    const route: SavedRoute = {
      id: `r${Date.now().toString(36)}`,
      name: name.slice(0, 200),
      stopIds: state.route.slice(),
      mode: state.mode,
      createdAt: new Date().toISOString(),
    };
    this.storeSaved([...this.saved, route], this.t('saved', { name: route.name }));
  }

  /** Keeps `next` as the saved routes; says `done` (if given) or why it could not. */
  private storeSaved(next: SavedRoute[], done: string | null): void {
    const res = storeSavedRoutes(this.storage, next);
    if (res.ok) {
      this.saved = next;
      if (done) this.panel.say(done);
    } else this.panel.say(this.t('saveFailed', { reason: res.reason }));
    this.refresh();
  }

  private async importFile(file: File): Promise<void> {
    const { ids, errors } = await importRoute(file, this.ctx.catalogue.all(), this.t, this.ctx.lang());
    this.panel.showImportErrors(errors);
    if (ids.length === 0) return;
    this.ctx.store.update({ route: ids });
    this.panel.say(this.t('importDone', { n: ids.length }));
  }

  private async print(): Promise<void> {
    const c = this.current();
    if (c.stops.length === 0) return;
    this.ctx.map.fitPoints(
      c.stops.map((s) => s.coordinates),
      { padding: 60, duration: 0, maxZoom: 15 },
    );
    this.printView.setMapImage(await this.ctx.map.capture());
    document.body.dataset.routePrintReady = 'true';
    window.print();
  }
}
