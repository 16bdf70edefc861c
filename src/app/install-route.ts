// Route planner, the part loaded with the app: the header button, the panel's (empty) section, the "Add to
// route" section of the site card, and the trigger that lazy-loads the planner itself (src/app/route-planner.ts: panel, legs,
// optimiser, export, print) the first time it is needed — when the panel is opened or the route gets a stop.
import '../../styles/route.css';
import type { AppContext, Contribution } from './context';
import { errorText, lazy } from './lazy';
import { disclosure } from '../ui/disclosure';
import type { Lang, SiteFeature } from '../types';
import { tRoute } from '../i18n/route';
import type { RouteStringKey } from '../i18n/route';
import { siteToStop } from '../analysis/route-stops';
import { h } from '../ui/dom';
import { icon } from '../ui/icons';
import { setToolText } from '../ui/header-bar';
import { tCard } from '../i18n/card';

export function installRoute(ctx: AppContext): Contribution {
  const { store } = ctx;
  const button = h('button', { type: 'button', id: 'route-toggle', 'aria-controls': 'route-panel' });
  // Filled by the planner when it loads; until then it stays hidden.
  const shell = h('section', {
    id: 'route-panel',
    class: 'panel route-panel',
    'aria-labelledby': 'route-heading',
    hidden: true,
  });
  const load = lazy(() =>
    import('./route-planner').then((m) =>
      m.startRoutePlanner(ctx, shell, {
        onClose: () => {
          toggle.set(false);
          button.focus();
        },
      }),
    ),
  );
  const loadOrSay = () =>
    load().catch((e: unknown) => {
      ctx.notices.show('error', `${tRoute(ctx.lang(), 'heading')}: ${errorText(e)}`);
      throw e;
    });
  const toggle = disclosure(button, null, { onChange: (open) => void loadOrSay().then((p) => p.setOpen(open)) });

  ctx.onLang((l) => {
    setToolText(button, tRoute(l, 'routeButton'));
  });

  store.subscribe((state, changed) => {
    if (!changed.has('route')) return;
    ctx.card.refresh();
    if (state.route.length > 0) void loadOrSay();
  });
  // A shared link with a route opens the planner: the route is what the link is about.
  if (store.get().route.length > 0) toggle.set(true);

  // The stop count on the Route button: what "Add to route" did is visible without opening the planner.
  const count = h('span', { class: 'tool-count', 'aria-hidden': 'true' });
  button.append(count);
  const renderCount = () => {
    const n = store.get().route.length;
    count.textContent = n > 0 ? String(n) : '';
  };
  store.subscribe((_s, changed) => {
    if (changed.has('route')) renderCount();
  });
  renderCount();

  const action = (f: SiteFeature, lang: Lang) =>
    routeAction(f, lang, store.get().route, {
      add: (id) => {
        store.update({ route: [...store.get().route.filter((x) => x !== id), id] });
        ctx.notices.show('info', tCard(lang, 'addedToRoute', { n: store.get().route.length }), 4000);
        // The card re-renders (route changed); keep the keyboard on the same action.
        document.getElementById('details-route-remove')?.focus();
      },
      remove: (id) => {
        store.update({ route: store.get().route.filter((x) => x !== id) });
        document.getElementById('details-route-add')?.focus();
      },
    });
  return { header: { route: button }, side: { route: shell }, cardActions: { route: action } };
}

/** The card's route action: "Add to route", or "In the route (stop n)" that removes it, or why it cannot be added. */
function routeAction(
  f: SiteFeature,
  lang: Lang,
  route: readonly string[],
  act: { add: (id: string) => void; remove: (id: string) => void },
): HTMLElement {
  const t = tRoute.in(lang);
  const id = f.properties.id;
  const stop = siteToStop(f);
  if ('reason' in stop) {
    const key: RouteStringKey =
      stop.reason === 'no-geometry'
        ? 'cannotAdd_no_geometry'
        : stop.reason === 'position-unknown'
          ? 'cannotAdd_position_unknown'
          : 'cannotAdd_not_a_point';
    return h('p', { class: 'hint card-action-note' }, t(key));
  }
  const at = route.indexOf(id);
  const note = stop.approximate ? t('approximateNote') : '';
  if (at >= 0) {
    const rm = h(
      'button',
      {
        type: 'button',
        id: 'details-route-remove',
        class: 'action',
        'aria-pressed': 'true',
        title: `${t('inRoute', { n: at + 1 })} · ${t('removeFromRoute')}`,
      },
      icon('route'),
      h('span', {}, t('removeFromRoute')),
    );
    rm.addEventListener('click', () => act.remove(id));
    // An approximate stop says so under the actions: its legs' distances and times are rough.
    return note
      ? h('span', { class: 'action-with-note' }, rm, h('p', { class: 'hint card-action-note route-approx' }, note))
      : rm;
  }
  const add = h(
    'button',
    { type: 'button', id: 'details-route-add', class: 'action primary', ...(note ? { title: note } : {}) },
    icon('add'),
    h('span', {}, t('addToRoute')),
  );
  add.addEventListener('click', () => act.add(id));
  return add;
}
