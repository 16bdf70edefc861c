// The list view: the accessible twin of the map. Every feature that passes the filters, located or not,
// sortable by name or by distance from the map centre. Rows use a roving tabindex: Tab enters the list,
// arrow keys / Home / End move, Enter or a click does what a click on the map does.
import type { Lang, SiteFeature } from '../types';
import { t } from '../i18n/strings';
import { h } from './dom';

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

  constructor(private readonly opts: ListPanelOptions) {
    this.heading = h('h2', { id: 'list-heading' });
    this.sort = h('select', { id: 'list-sort' });
    this.sort.addEventListener('change', () => opts.onSortChange(this.sort.value === 'distance' ? 'distance' : 'name'));
    this.sortLabel = h('label', { for: 'list-sort' });
    this.summary = h('p', { class: 'hint', role: 'status', tabindex: -1 });
    this.list = h('ul', { class: 'site-list', 'aria-labelledby': 'list-heading' });
    this.list.addEventListener('keydown', (e) => this.onKey(e));
    this.el = h('section', { id: 'list-panel', class: 'panel list-panel', 'aria-labelledby': 'list-heading', hidden: true },
      this.heading, h('div', { class: 'list-tools' }, this.sortLabel, this.sort), this.summary, this.list);
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  setOpen(open: boolean): void {
    this.el.hidden = !open;
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
    const rows = this.features.map((f, i) => {
      const row = h('li', {},
        h('button', {
          type: 'button',
          class: 'site-row',
          'data-id': f.properties.id,
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
    });
    this.list.replaceChildren(...rows);
    if (hadFocus) {
      const row = this.list.querySelectorAll<HTMLButtonElement>('button.site-row')[this.focusIndex];
      // No row left: the summary ("No site matches the filters.") takes focus so the user hears why.
      (row ?? this.summary).focus();
    }
  }

  /** Focus on the first row (or the summary when the list is empty), e.g. after the list was opened for the user. */
  focusFirst(): void {
    this.moveFocus(0, false);
    (this.list.querySelector<HTMLButtonElement>('button.site-row') ?? this.summary).focus();
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
    const buttons = this.list.querySelectorAll<HTMLButtonElement>('button.site-row');
    buttons[this.focusIndex]?.setAttribute('tabindex', '-1');
    this.focusIndex = i;
    const b = buttons[i];
    if (b) {
      b.setAttribute('tabindex', '0');
      if (focus) b.focus();
    }
  }
}
