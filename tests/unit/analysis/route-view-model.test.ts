// The route planner's view model (src/analysis/route-view-model.ts): what the panel, the print page and the map
// overlay show for a route, computed without DOM, storage or map. Labels are plain test labels so the
// assertions read the model's own structure, not translations.
import { describe, expect, it } from 'vitest';
import { computeRouteLegs, DEFAULT_DWELL_MIN } from '../../../src/analysis/route-legs';
import { buildSuggestedRoute } from '../../../src/analysis/route-stops';
import {
  printModel,
  routeModel,
  routeOverlay,
  routeStops,
  suggestionViews,
  timedRoute,
} from '../../../src/analysis/route-view-model';
import type { ModelInput, PlannerSettings, RouteLabels } from '../../../src/analysis/route-view-model';
import { FIXTURE, byId } from '../data/fixture-features';

const get = (id: string) => FIXTURE.find((f) => f.properties.id === id);
const labels: RouteLabels = {
  lang: 'en',
  name: (id) => get(id)?.properties.name_en ?? id,
  kind: (f) => `kind:${f.properties.layer}`,
  layer: (l) => `layer:${l}`,
  text: (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key),
  metres: (m) => `${Math.round(m)} m`,
  minutes: (min) => `${Math.round(min)} min`,
};
const settings: PlannerSettings = { speedsKmh: {}, dwellMin: {}, osrmUrl: '', alongMetres: 500 };
const ROUTE = ['zhongshan-bridge', 'baita-mountain', 'no-such-site', 'wuquan-mountain'];

function compute(route: readonly string[], endOption: 'open' | 'end' | 'round' = 'open') {
  const resolved = routeStops(route, get, endOption);
  return timedRoute(resolved, computeRouteLegs(resolved.legStops, null), 'walk', settings, {});
}

function input(extra: Partial<ModelInput> = {}): ModelInput {
  return {
    mode: 'walk',
    endOption: 'open',
    settings,
    routing: { state: 'off' },
    optimiseMessage: null,
    suggestions: [],
    saved: [],
    savedBackupKey: null,
    sites: FIXTURE,
    get,
    ...extra,
  };
}

describe('routeStops / timedRoute', () => {
  it('keeps the stops in order, reports ids that cannot be stops, and has one leg between each pair', () => {
    const c = compute(ROUTE);
    expect(c.stops.map((s) => s.id)).toEqual(['zhongshan-bridge', 'baita-mountain', 'wuquan-mountain']);
    expect(c.problems).toEqual([{ id: 'no-such-site', reason: 'not-found' }]);
    expect(c.legs.map((l) => [l.from, l.to])).toEqual([
      ['zhongshan-bridge', 'baita-mountain'],
      ['baita-mountain', 'wuquan-mountain'],
    ]);
    expect(c.roundTrip).toBe(false);
  });

  it('a round trip returns to the start with one more leg; dwell is still counted once per stop', () => {
    const open = compute(ROUTE);
    const round = compute(ROUTE, 'round');
    expect(round.legs).toHaveLength(3);
    expect(round.legs.at(-1)?.to).toBe('zhongshan-bridge');
    expect(round.times.dwellMinutes).toEqual(open.times.dwellMinutes);
    expect(round.totalMetres).toBeGreaterThan(open.totalMetres);
  });
});

describe('routeModel', () => {
  it('names stops and legs, formats distances and times, and lists dwell defaults for every layer', () => {
    const c = compute(ROUTE);
    const m = routeModel(c, input(), labels);
    expect(m.stops.map((s) => [s.name, s.kind])).toEqual([
      ['Zhongshan Bridge', 'kind:heritage-units'],
      ['Baita Mountain', 'kind:scenic-spots'],
      ['Wuquan Mountain', 'kind:scenic-spots'],
    ]);
    expect(m.stops[0]?.dwellMin).toBe(DEFAULT_DWELL_MIN['heritage-units']);
    expect(m.problems).toEqual([{ id: 'no-such-site', reason: 'not-found' }]);
    expect(m.legs[0]).toMatchObject({ from: 'Zhongshan Bridge', to: 'Baita Mountain', kind: 'straight' });
    expect(m.legs[0]?.reason).toBe(`reason_${c.legs[0]?.reason}`);
    expect(m.total).toMatch(/m$/);
    expect(m.dwellDefaults.map((d) => d.layer)).toHaveLength(7);
    expect(m.dwellDefaults[0]).toEqual({
      layer: 'museums',
      label: 'layer:museums',
      minutes: DEFAULT_DWELL_MIN.museums,
    });
    expect(m.speeds.walk).toBeGreaterThan(0);
  });

  it('groups heritage along the route by kind, nearest first, and leaves the stops themselves out', () => {
    const m = routeModel(compute(['zhongshan-bridge', 'baita-mountain']), input(), labels);
    const ids = m.along.flatMap((g) => g.items.map((i) => i.id));
    expect(ids).not.toContain('zhongshan-bridge');
    expect(ids).toContain('baita-mountain-buildings');
    for (const g of m.along) expect(g.label).toMatch(/^kind:/);
  });

  it('words saved routes and the backup of unreadable ones', () => {
    const m = routeModel(
      compute([]),
      input({
        saved: [{ id: 'r1', name: 'Bridges', stopIds: ['a', 'b'], mode: 'cycle' }],
        savedBackupKey: 'lanzhou-map.saved-routes.backup-x',
      }),
      labels,
    );
    expect(m.saved).toEqual([{ id: 'r1', name: 'Bridges', meta: 'savedMeta{"n":2,"mode":"mode_cycle"}' }]);
    expect(m.savedProblem).toBe('savedProblem{"key":"lanzhou-map.saved-routes.backup-x"}');
  });
});

describe('suggestionViews', () => {
  it('titles in the UI language, names skipped ids, and lists name cards with no located site', () => {
    const spec = {
      id: 'five-name-cards',
      title_zh: '五张名片',
      title_en: 'Five name cards',
      stopIds: ['zhongshan-bridge', 'no-such-site'],
    };
    const r = buildSuggestedRoute(spec, FIXTURE);
    const [v] = suggestionViews(
      [r],
      [
        { label: 'bridge', ids: ['zhongshan-bridge'] },
        { label: 'book', ids: ['no-such-site'] },
      ],
      labels,
    );
    expect(v?.title).toBe('Five name cards');
    expect(v?.stops.map((s) => s.name)).toEqual(['Zhongshan Bridge']);
    expect(v?.skipped).toEqual(['no-such-site']);
    expect(v?.missingCards).toEqual(['book']);
  });
});

describe('printModel and routeOverlay', () => {
  it('numbers the stops with their first fact and words each leg kind', () => {
    const c = compute(ROUTE);
    const m = routeModel(c, input(), labels);
    const p = printModel(m, c, get, labels);
    expect(p.title).toBe('Zhongshan Bridge → Baita Mountain → Wuquan Mountain');
    expect(p.stops.map((s) => s.n)).toEqual([1, 2, 3]);
    expect(p.stops[0]?.fact).toBe(byId('zhongshan-bridge').properties.facts[0]?.en ?? null);
    expect(p.legs.every((l) => l.kind === 'leg_straight')).toBe(true);
    expect(p.mode).toBe('mode_walk');
  });

  it('draws every leg as a line and every stop as a numbered point', () => {
    const c = compute(ROUTE);
    const fc = routeOverlay(c);
    const lines = fc.features.filter((f) => f.geometry.type === 'LineString');
    const points = fc.features.filter((f) => f.geometry.type === 'Point');
    expect(lines).toHaveLength(2);
    expect(points.map((f) => f.properties?.['n'])).toEqual([1, 2, 3]);
    expect(points[0]?.geometry).toEqual(byId('zhongshan-bridge').geometry);
  });
});
