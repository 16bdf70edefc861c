// The list view: the accessible twin of the map. Every feature that passes the filters, located or not,
// sortable by name or by distance from the map centre. Rows use a roving tabindex: Tab enters the list,
// arrow keys / Home / End move, Enter or a click does what a click on the map does.
// A long list (thousands of sites) builds only the rows in view (src/ui/virtual-window.ts): the rest are padding,
// rows say their position (aria-posinset/setsize), and the arrow keys bring a row into view before focusing it.
import type { Lang, SiteFeature } from '../types';
import { t } from '../i18n/strings';
import { h } from './dom';
import { rangeWith, visibleRange } from './virtual-window';

/** Up to this many rows the whole list is built (today's data); above, only the rows in view. */
const FULL_LIST_MAX = 400;
/** Rows built above and below the visible ones. */
const OVERSCAN = 10;
/** Row height (px) until one has been measured (a two-line row at the app's font size). */
const ROW_HEIGHT_GUESS = 48;

export type ListSort = 'name' | 'distance';

export interface ListPanelOptions {
  onOpen: (id: string) => void;
  onSortChange: (sort: ListSort) => void;
  /** The row's accessible name ("白塔山景区 · 3A级景区 · 城关区"); it must read as the visible name and meta. */
  label: (f: SiteFeature, lang: Lang) => string;
  name: (f: SiteFeature, lang: Lang) => string;
  meta: (f: SiteFeature, lang: Lang) => string;
}

export class ListPanel {
  readonly el: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly sortLabel: HTMLLabelElement;
  private readonly sort: HTMLSelectElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private lang: Lang = 'zh';
  private features: SiteFeature[] = [];
  private focusIndex = 0;
  /** Rows built now: all of them, or a window of a long list. */
  private range = { start: 0, end: 0 };
  private rowHeight = 0;
  private scrollQueued = false;

  constructor(private readonly opts: ListPanelOptions) {
    this.heading = h('h2', { id: 'list-heading' });
    this.sort = h('select', { id: 'list-sort' });
    this.sort.addEventListener('change', () => opts.onSortChange(this.sort.value === 'distance' ? 'distance' : 'name'));
    this.sortLabel = h('label', { for: 'list-sort' });
    this.summary = h('p', { class: 'hint', role: 'status', tabindex: -1 });
    this.list = h('ul', { class: 'site-list', 'aria-labelledby': 'list-heading' });
    this.list.addEventListener('keydown', (e) => this.onKey(e));
    // Focus that arrives by Tab, a click or a script still sets the roving row (a long list rebuilds rows as it
    // scrolls and puts the focus back on that row).
    this.list.addEventListener('focusin', (e) => {
      const i = Number((e.target as HTMLElement).dataset['index']);
      if (Number.isInteger(i) && i !== this.focusIndex) {
        this.rowButton(this.focusIndex)?.setAttribute('tabindex', '-1');
        this.focusIndex = i;
        (e.target as HTMLElement).setAttribute('tabindex', '0');
      }
    });
    this.el = h(
      'section',
      { id: 'list-panel', class: 'panel list-panel', 'aria-labelledby': 'list-heading', hidden: true },
      this.heading,
      h('div', { class: 'list-tools' }, this.sortLabel, this.sort),
      this.summary,
      this.list,
    );
    // Whatever element scrolls the list (the side panel, a sheet), scroll events reach the document in the
    // capture phase; a long list then builds the rows that came into view, once per frame.
    const onScroll = () => {
      if (this.scrollQueued || !this.windowed || this.el.hidden) return;
      this.scrollQueued = true;
      requestAnimationFrame(() => {
        this.scrollQueued = false;
        this.renderWindow(false);
      });
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
  }

  private get windowed(): boolean {
    return this.features.length > FULL_LIST_MAX;
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  setOpen(open: boolean): void {
    this.el.hidden = !open;
    if (open && this.windowed) this.renderWindow(true);
  }

  setLang(lang: Lang, sort: ListSort): void {
    this.lang = lang;
    this.heading.textContent = t(lang, 'listHeading');
    this.sortLabel.textContent = t(lang, 'listSort');
    this.sort.replaceChildren(
      h('option', { value: 'name' }, t(lang, 'listSortName')),
      h('option', { value: 'distance' }, t(lang, 'listSortDistance')),
    );
    this.sort.value = sort;
    this.render();
  }

  setFeatures(features: SiteFeature[]): void {
    this.features = features;
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, features.length - 1));
    this.render();
  }

  private render(): void {
    const lang = this.lang;
    // Rows are rebuilt when filters, language or (in distance order) the map view change; a keyboard user
    // inside the list must not be thrown back to the top of the page, so focus returns to the same row.
    const hadFocus = this.list.contains(document.activeElement);
    const focusedId = hadFocus ? (document.activeElement as HTMLElement).dataset['id'] : undefined;
    if (focusedId) {
      const i = this.features.findIndex((f) => f.properties.id === focusedId);
      if (i >= 0) this.focusIndex = i;
    }
    this.summary.textContent = this.features.length
      ? t(lang, 'listCount', { n: this.features.length })
      : t(lang, 'listEmpty');
    if (this.windowed) {
      this.range = { start: -1, end: -1 };
      this.renderWindow(true);
    } else {
      this.range = { start: 0, end: this.features.length };
      this.list.style.paddingTop = '';
      this.list.style.paddingBottom = '';
      this.list.replaceChildren(...this.features.map((f, i) => this.row(f, i)));
    }
    if (hadFocus) {
      if (this.windowed && !this.rowButton(this.focusIndex))
        this.renderWindow(true, rangeWith(this.range, this.focusIndex, this.features.length));
      const row = this.rowButton(this.focusIndex);
      // No row left: the summary ("No site matches the filters.") takes focus so the user hears why.
      (row ?? this.summary).focus();
    }
  }

  private row(f: SiteFeature, i: number): HTMLLIElement {
    const lang = this.lang;
    const row = h(
      'li',
      this.windowed ? { 'aria-setsize': this.features.length, 'aria-posinset': i + 1 } : {},
      h(
        'button',
        {
          type: 'button',
          class: 'site-row',
          'data-id': f.properties.id,
          'data-index': i,
          tabindex: i === this.focusIndex ? 0 : -1,
          'aria-label': this.opts.label(f, lang),
        },
        h('span', { class: 'site-row-name' }, this.opts.name(f, lang)),
        h('span', { class: 'site-row-meta' }, this.opts.meta(f, lang)),
      ),
    );
    row.firstElementChild?.addEventListener('click', () => {
      this.moveFocus(i, false);
      this.opts.onOpen(f.properties.id);
    });
    return row;
  }

  /** The button of row i, if it is built. */
  private rowButton(i: number): HTMLButtonElement | null {
    return this.list.querySelector<HTMLButtonElement>(`button.site-row[data-index="${i}"]`);
  }

  /**
   * A long list: builds the rows in view (or `range`, when given), padding the rest. `force` rebuilds even if the
   * range is unchanged (new features or language). Keeps the keyboard focus on its row when that row stays.
   */
  private renderWindow(force: boolean, range?: { start: number; end: number }): void {
    if (this.el.hidden) return;
    const n = this.features.length;
    const height = this.rowHeight || ROW_HEIGHT_GUESS;
    const listTop = this.list.getBoundingClientRect().top;
    const view = this.scrollBox()?.getBoundingClientRect() ?? { top: 0, height: window.innerHeight };
    const next =
      range ??
      visibleRange({
        count: n,
        rowHeight: height,
        viewTop: view.top - listTop,
        viewHeight: view.height,
        overscan: OVERSCAN,
      });
    if (!force && next.start === this.range.start && next.end === this.range.end) return;
    const focused = this.list.contains(document.activeElement);
    this.range = next;
    this.list.style.paddingTop = `${next.start * height}px`;
    this.list.style.paddingBottom = `${(n - next.end) * height}px`;
    this.list.replaceChildren(...this.features.slice(next.start, next.end).map((f, k) => this.row(f, next.start + k)));
    const first = this.list.firstElementChild as HTMLElement | null;
    const last = this.list.lastElementChild as HTMLElement | null;
    if (!this.rowHeight && first && last && first.offsetHeight > 0) {
      // Rows wrap to two or three lines: measured once, as the mean of the rows built, then laid out again.
      this.rowHeight =
        (last.getBoundingClientRect().bottom - first.getBoundingClientRect().top) / this.list.children.length;
      this.renderWindow(true);
      return;
    }
    if (focused) this.rowButton(this.focusIndex)?.focus({ preventScroll: true });
  }

  /** The nearest ancestor that scrolls vertically (the side panel or a sheet), if any. */
  private scrollBox(): HTMLElement | null {
    for (let el = this.el.parentElement; el; el = el.parentElement) {
      const y = getComputedStyle(el).overflowY;
      if ((y === 'auto' || y === 'scroll') && el.scrollHeight > el.clientHeight) return el;
    }
    return null;
  }

  /** Focus on the first row (or the summary when the list is empty), e.g. after the list was opened for the user. */
  focusFirst(): void {
    this.moveFocus(0, false);
    (this.rowButton(0) ?? this.summary).focus();
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.features.length;
    if (!n) return;
    let next = this.focusIndex;
    if (e.key === 'ArrowDown') next = Math.min(n - 1, next + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, next - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else return;
    e.preventDefault();
    this.moveFocus(next);
  }

  private moveFocus(i: number, focus = true): void {
    this.rowButton(this.focusIndex)?.setAttribute('tabindex', '-1');
    this.focusIndex = i;
    // A row of a long list that is not built yet: build a window holding it, then bring it into view.
    if (this.windowed && (i < this.range.start || i >= this.range.end))
      this.renderWindow(true, rangeWith(this.range, i, this.features.length));
    const b = this.rowButton(i);
    if (b) {
      b.setAttribute('tabindex', '0');
      if (focus) {
        b.scrollIntoView({ block: 'nearest' });
        b.focus({ preventScroll: true });
      }
    }
  }
}
