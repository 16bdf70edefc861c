// The page around the map: the header (title, search, grouped tools with a phone menu), the side panel as
// tabs (Layers · Filters · List) under the open tool panels (route, analysis), the phone's bottom sheets, and
// the map padding that keeps what is selected visible beside or above them. The composition root asks the
// shell where each contribution goes (src/app/layout.ts names the slots).
import type { Store } from '../state/store';
import type { MapView } from '../map/map-view';
import type { Lang } from '../types';
import { BottomSheet, PHONE_QUERY } from '../ui/bottom-sheet';
import { h } from '../ui/dom';
import { HeaderBar, iconButton } from '../ui/header-bar';
import type { HeaderGroup } from '../ui/header-bar';
import type { IconName } from '../ui/icons';
import type { PlaceCard } from '../ui/place-card';
import { SideTabs } from '../ui/side-tabs';
import type { SideTab } from '../ui/side-tabs';
import { tCard } from '../i18n/card';
import type { Hosts } from './layout';

/** Header tools by group, each with its icon; the order inside a group is LAYOUT.header's. */
const HEADER: Record<string, { group: HeaderGroup; icon: IconName }> = {
  route: { group: 'plan', icon: 'route' },
  analysis: { group: 'research', icon: 'analysis' },
  dashboard: { group: 'research', icon: 'dashboard' },
  lang: { group: 'settings', icon: 'language' },
};

/** Side-panel sections that live in a tab; the others (route, analysis) sit above the tabs while open. */
const TAB_OF: Record<string, SideTab> = {
  layers: 'layers',
  import: 'layers',
  coverage: 'layers',
  suggestions: 'layers',
  filters: 'filters',
  list: 'list',
};

export type Shell = Hosts;

export function createShell(
  store: Store,
  map: MapView,
  card: PlaceCard,
  onLang: (fn: (l: Lang) => void) => void,
): Shell {
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const tools = $('header-tools');
  const bar = new HeaderBar(tools);
  const side = $('side');
  const top = h('div', { class: 'side-top' });
  const tabs = new SideTabs((tab) => {
    store.update({ listOpen: tab === 'list' });
    if (sideSheet.current === 'peek') sideSheet.set('half');
  });
  side.append(top, tabs.el);

  const phone = matchMedia(PHONE_QUERY);
  let ready = false;
  const padding = () => {
    if (!ready) return;
    const shown = !card.el.hidden;
    if (phone.matches) {
      map.setPadding({
        top: 0,
        right: 0,
        left: 0,
        bottom: Math.max(sideSheet.visibleHeight(), shown ? cardSheet.visibleHeight() : 0),
      });
    } else {
      map.setPadding({ top: 0, left: 0, bottom: 0, right: shown ? card.el.offsetWidth : 0 });
    }
  };
  // On a phone the layers start folded to their tab strip, so the map gets the screen.
  const sideSheet = new BottomSheet(side, 'peek', padding);
  const cardSheet = new BottomSheet(card.el, 'half', padding);
  card.onVisibility = (shown) => {
    if (shown) cardSheet.set('half');
    padding();
  };
  phone.addEventListener('change', padding);
  ready = true;
  padding();

  const selectFromStore = (focus: boolean) => {
    const open = store.get().listOpen;
    if (open) tabs.select('list');
    else if (tabs.selected === 'list') tabs.select('layers');
    // An open list is seen: on a phone the folded sheet rises (also for a link with ?list=1).
    if (open && sideSheet.current === 'peek') sideSheet.set('half');
    if (open && focus) tabs.focusPanel('list');
  };
  store.subscribe((_s, changed, origin) => {
    if (changed.has('listOpen')) selectFromStore(origin === 'user');
  });
  selectFromStore(false);
  onLang((l) => {
    tabs.setLang(l);
    bar.setLang(l);
    sideSheet.setLabel(tCard(l, 'sheetSide'));
    cardSheet.setLabel(tCard(l, 'sheetCard'));
  });

  return {
    title: (_name, el) => tools.before(el),
    header: (name, el) => {
      const spec = HEADER[name];
      if (spec) iconButton(el, spec.icon);
      bar.add(spec?.group ?? 'settings', el);
    },
    side: (name, el) => {
      const tab = TAB_OF[name];
      if (tab) tabs.panels[tab].append(el);
      else top.append(el);
      // A tool panel opening on a phone pulls the sheet up so it can be seen.
      if (!tab)
        new MutationObserver(() => {
          if (!el.hidden && sideSheet.current === 'peek') sideSheet.set('half');
        }).observe(el, { attributes: true, attributeFilter: ['hidden'] });
    },
    main: (_name, el) => $('main').append(el),
    listFoot: (_name, el) => document.getElementById('list-panel')?.append(el),
  };
}
