// The side panel as three tabs — Layers · Filters · List — so what a button opens is in view (the list used
// to be appended a thousand pixels down a panel that did not scroll to it). WAI-ARIA tabs: Left/Right/Home/End
// move between tabs and select them; a click (or Enter) on a tab also moves focus into its panel, so List
// "opens and takes focus".
import type { Lang } from '../types';
import { t } from '../i18n/strings';
import { h } from './dom';
import type { IconName } from './icons';
import { icon } from './icons';

export type SideTab = 'layers' | 'filters' | 'list';
export const SIDE_TABS: readonly SideTab[] = ['layers', 'filters', 'list'];

const LABEL = { layers: 'layersPanel', filters: 'filtersButton', list: 'listButton' } as const;
const ICON: Record<SideTab, IconName> = { layers: 'layers', filters: 'filters', list: 'list' };

export class SideTabs {
  readonly el: HTMLElement;
  readonly panels: Record<SideTab, HTMLElement>;
  private readonly tabs: Record<SideTab, HTMLButtonElement>;
  private readonly labels: Record<SideTab, HTMLElement>;
  private readonly tablist: HTMLElement;
  private current: SideTab = 'layers';

  /** `onSelect` reports a tab chosen by the user (click or keys); `select` does not call it. */
  constructor(private readonly onSelect: (tab: SideTab) => void) {
    this.tablist = h('div', { role: 'tablist', class: 'side-tablist' });
    this.tabs = {} as Record<SideTab, HTMLButtonElement>;
    this.labels = {} as Record<SideTab, HTMLElement>;
    this.panels = {} as Record<SideTab, HTMLElement>;
    for (const tab of SIDE_TABS) {
      const label = h('span', {});
      const b = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `side-tab-${tab}`,
          'aria-controls': `side-tabpanel-${tab}`,
          'aria-selected': String(tab === this.current),
          tabindex: tab === this.current ? 0 : -1,
          class: 'side-tab',
        },
        icon(ICON[tab], 16),
        label,
      );
      b.addEventListener('click', () => {
        this.select(tab);
        this.onSelect(tab);
        this.focusPanel(tab);
      });
      b.addEventListener('keydown', (e) => this.onKey(e, tab));
      this.tabs[tab] = b;
      this.labels[tab] = label;
      this.panels[tab] = h('div', {
        role: 'tabpanel',
        id: `side-tabpanel-${tab}`,
        'aria-labelledby': `side-tab-${tab}`,
        class: 'side-tabpanel',
        hidden: tab !== this.current,
      });
      this.tablist.append(b);
    }
    this.el = h('div', { class: 'side-tabs' }, this.tablist, ...SIDE_TABS.map((tab) => this.panels[tab]));
  }

  get selected(): SideTab {
    return this.current;
  }

  setLang(lang: Lang): void {
    this.tablist.setAttribute('aria-label', t(lang, 'layersPanel'));
    for (const tab of SIDE_TABS) this.labels[tab].textContent = t(lang, LABEL[tab]);
  }

  select(tab: SideTab): void {
    this.current = tab;
    for (const x of SIDE_TABS) {
      const on = x === tab;
      this.tabs[x].setAttribute('aria-selected', String(on));
      this.tabs[x].tabIndex = on ? 0 : -1;
      this.panels[x].hidden = !on;
    }
  }

  /** Scrolls the panel to its top and focuses its first heading (or the panel itself). */
  focusPanel(tab: SideTab): void {
    const panel = this.panels[tab];
    const target = panel.querySelector<HTMLElement>('h2') ?? panel;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    // Bring the tab strip to the top of the scrolling side panel, so the panel's start is in view right under
    // it (scrolling to the heading itself would tuck it under the sticky strip).
    const scroller = this.el.closest<HTMLElement>('.side');
    if (scroller) scroller.scrollTop += this.el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    target.focus({ preventScroll: true });
  }

  private onKey(e: KeyboardEvent, tab: SideTab): void {
    const i = SIDE_TABS.indexOf(tab);
    let next: SideTab | undefined;
    if (e.key === 'ArrowRight') next = SIDE_TABS[(i + 1) % SIDE_TABS.length];
    else if (e.key === 'ArrowLeft') next = SIDE_TABS[(i - 1 + SIDE_TABS.length) % SIDE_TABS.length];
    else if (e.key === 'Home') next = SIDE_TABS[0];
    else if (e.key === 'End') next = SIDE_TABS[SIDE_TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    this.select(next);
    this.onSelect(next);
    this.tabs[next].focus();
  }
}
