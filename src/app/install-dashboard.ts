// The soft-power dashboard, the data-coverage view and the computed highlight: three installers sharing one
// lazily loaded model. The header button and `?view=dashboard`
// open the dashboard; its code, the Turf-based indicators and indicators.json load on first open (dynamic import).
// Evidence links are permalinks; a plain click becomes a store update that closes the dashboard and shows the
// map state. `?highlight=unintegrated` draws the heritage units far from the tourist line and the stations.
import { setToolText } from '../ui/header-bar';
import type { Feature, FeatureCollection, Point } from 'geojson';
import '../../styles/dashboard.css';
import { tDashboard } from '../i18n/dashboard';
import type { DashboardKey } from '../i18n/dashboard';
import { h } from '../ui/dom';
import type { AppContext, Contribution } from './context';
import { errorText, lazy } from './lazy';
import { disclosure } from '../ui/disclosure';
import { applyFilters, isLocated } from '../data/filters';
import type { IndicatorsFile } from '../data/indicators-file';
import type { NameCardState } from '../ui/dashboard/dashboard-panel';
import { FIGURE_EVIDENCE, SWOT_CHART_EVIDENCE, SWOT_EVIDENCE, evidenceHref, evidencePatch } from './dashboard-evidence';
import type { Lang } from '../types';
import type { Vars } from '../i18n/translate';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

async function loadModules(ctx: AppContext) {
  const [model, panel, coverage] = await Promise.all([
    import('./dashboard-model'),
    import('../ui/dashboard/dashboard-panel'),
    import('../ui/dashboard/coverage-view'),
  ]);
  return {
    model: await model.loadDashboardModel(ctx.catalogue, ctx.districts),
    DashboardPanel: panel.DashboardPanel,
    renderCoverage: coverage.renderCoverage,
  };
}
type Loaded = Awaited<ReturnType<typeof loadModules>>;

/** The dashboard's code and model, loaded once for the dashboard and the coverage view (whichever opens first). */
let loader: (() => Promise<Loaded>) | null = null;
const modules = (ctx: AppContext) => (loader ??= lazy(() => loadModules(ctx)))();

const tr = (ctx: AppContext) => (k: DashboardKey, v?: Vars) => tDashboard(ctx.lang(), k, v);

/** The dashboard over the map (header button, `?view=dashboard`); its section is filled on first open. */
export function installDashboard(ctx: AppContext): Contribution {
  const T = tr(ctx);
  const load = () => modules(ctx);
  const button = h('button', { type: 'button', id: 'dashboard-toggle' });
  const heading = h('h2', { id: 'dashboard-heading', tabindex: '-1' });
  const close = h('button', { type: 'button', class: 'dashboard-close' });
  close.addEventListener('click', () => {
    ctx.store.update({ mainView: 'map' });
    button.focus();
  });
  const status = h('p', { class: 'dashboard-status', role: 'status' });
  const bodySlot = h('div', {});
  const section = h(
    'section',
    { id: 'dashboard', class: 'dashboard', 'aria-labelledby': 'dashboard-heading', hidden: true },
    h('div', { class: 'dashboard-head' }, heading, close),
    status,
    bodySlot,
  );
  const toggle = disclosure(button, section, {
    onToggle: (open) => ctx.store.update({ mainView: open ? 'dashboard' : 'map' }),
  });
  section.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    ctx.store.update({ mainView: 'map' });
    button.focus();
  });
  /** The five name cards and what of each our data holds (the feature and how precisely it is placed). */
  const nameCards = (file: IndicatorsFile): NameCardState[] =>
    file.name_cards.items.map((c) => {
      const f = c.feature_id ? ctx.catalogue.get(c.feature_id) : undefined;
      const p = f?.properties.precision;
      const status = !f
        ? 'absent'
        : !f.geometry || p === 'unknown'
          ? 'unknown'
          : p === 'exact'
            ? 'exact'
            : 'approximate';
      return {
        id: c.id,
        card: c.card,
        status,
        name: f ? { zh: f.properties.name_zh, en: f.properties.name_en ?? f.properties.name_zh } : null,
      };
    });

  let panel: InstanceType<Loaded['DashboardPanel']> | null = null;
  const onNavigate = (href: string) => {
    ctx.store.update(evidencePatch(new URL(href, location.href).search), 'user');
    const state = ctx.store.get();
    if (!state.selected) ctx.map.focusCanvas();
    // A highlight fits itself (applyHighlight) and a selection flies to its site; a plain layer state is fitted
    // to its located features once the dashboard is gone and the panels have settled.
    if (state.highlight || state.selected) return;
    const located = applyFilters(ctx.catalogue.all(), state.filters).filter(isLocated);
    if (located.length > 0) requestAnimationFrame(() => ctx.map.fitTo(located, ctx.mapPadding()));
  };
  const renderDashboard = async (focus: boolean) => {
    const open = ctx.store.get().mainView === 'dashboard';
    toggle.set(open);
    if (!open) return;
    if (!panel) {
      status.textContent = T('loading');
      try {
        const m = await load();
        if (!panel) {
          panel = new m.DashboardPanel({ onNavigate });
          panel.setInput({
            indicators: m.model.indicators,
            coverage: m.model.coverage,
            spatial: m.model.spatial,
            unintegrated: {
              k: m.model.unintegrated.sites.length,
              n: m.model.unintegrated.n,
              excludedUnknown: m.model.unintegrated.excludedUnknown,
              lineAvailable: m.model.unintegrated.lineAvailable,
            },
            railwaysExcludedUnknown: m.model.railwaysExcludedUnknown,
            nameCards: nameCards(m.model.indicators),
            swotHref: (id, l) => (SWOT_EVIDENCE[id] ? evidenceHref(SWOT_EVIDENCE[id], l) : null),
            swotChart: (id) => SWOT_CHART_EVIDENCE[id] ?? null,
            figureHref: (id, l) => (FIGURE_EVIDENCE[id] ? evidenceHref(FIGURE_EVIDENCE[id], l) : null),
          });
          bodySlot.replaceChildren(panel.body);
          panel.render(ctx.lang());
        }
        status.textContent = '';
      } catch (e) {
        const msg = T('loadError') + errorText(e);
        status.textContent = msg;
        ctx.notices.show('error', msg);
        return;
      }
    }
    if (focus) heading.focus();
  };

  ctx.store.subscribe((state, changed, origin) => {
    if (changed.has('mainView')) void renderDashboard(origin === 'user' && state.mainView === 'dashboard');
  });
  ctx.onLang(() => {
    setToolText(button, T('dashboardButton'));
    heading.textContent = T('dashboardTitle');
    close.textContent = T('backToMap');
    panel?.render(ctx.lang());
  });
  if (ctx.store.get().mainView === 'dashboard') void renderDashboard(false);
  return { header: { dashboard: button }, main: { dashboard: section } };
}

/** The data-coverage disclosure in the side panel: what each layer holds and lacks, rendered on first open. */
export function installCoverage(ctx: AppContext): Contribution {
  const T = tr(ctx);
  const covButton = h('button', { type: 'button', class: 'disclosure', id: 'coverage-toggle' });
  const covBody = h('div', { id: 'coverage-body', class: 'coverage-body' });
  const covSection = h(
    'section',
    { id: 'coverage-panel', class: 'panel coverage-panel', 'aria-labelledby': 'coverage-heading' },
    h('h2', { id: 'coverage-heading' }, covButton),
    covBody,
  );
  let coverageRendered: Lang | null = null;
  const renderCoverage = async () => {
    if (!coverage.open || coverageRendered === ctx.lang()) return;
    covBody.replaceChildren(h('p', { role: 'status' }, T('loading')));
    try {
      const m = await modules(ctx);
      covBody.replaceChildren(...m.renderCoverage(ctx.lang(), m.model.coverage, m.model.otherNotes));
      coverageRendered = ctx.lang();
    } catch (e) {
      covBody.replaceChildren(h('p', { role: 'alert' }, T('loadError') + errorText(e)));
    }
  };
  const coverage = disclosure(covButton, covBody, { onChange: () => void renderCoverage() });
  ctx.onLang(() => {
    covButton.textContent = T('coverageButton');
    void renderCoverage();
  });
  return { side: { coverage: covSection } };
}

/** `?highlight=unintegrated`: rings on the heritage units far from the tourist line and the stations. */
export function installHighlight(ctx: AppContext): void {
  const T = tr(ctx);
  let ownsHighlight = false;
  // The explanation stays as long as the highlight does (a shared link must say what the rings mean).
  let highlightNotice: HTMLElement | null = null;
  const clearNotice = () => {
    highlightNotice?.remove();
    highlightNotice = null;
  };
  const applyHighlight = async (fit: boolean) => {
    const kind = ctx.store.get().highlight;
    clearNotice();
    if (!kind) {
      if (ownsHighlight) ctx.map.setOverlay('highlight', EMPTY);
      ownsHighlight = false;
      return;
    }
    const { unintegratedSites } = await import('../analysis/integration');
    if (ctx.store.get().highlight !== kind) return;
    const r = unintegratedSites(ctx.catalogue.all());
    const points: Feature<Point>[] = r.sites.flatMap((s) =>
      s.feature.geometry?.type === 'Point'
        ? [{ type: 'Feature', geometry: s.feature.geometry, properties: { id: s.feature.properties.id } }]
        : [],
    );
    ctx.map.setOverlay('highlight', { type: 'FeatureCollection', features: points });
    ownsHighlight = true;
    clearNotice();
    highlightNotice = ctx.notices.show(
      'info',
      T('unintegratedNote', { k: r.sites.length, n: r.n, u: r.excludedUnknown }),
      0,
    );
    // Measured after the notice is shown: the fit keeps the highlighted points clear of it and of the panels.
    if (fit && points.length > 0) ctx.map.fitTo(points, ctx.mapPadding());
  };

  ctx.store.subscribe((_state, changed, origin) => {
    if (changed.has('highlight')) void applyHighlight(origin === 'user');
  });
  if (ctx.store.get().highlight) void applyHighlight(ctx.store.get().view === null);
}
