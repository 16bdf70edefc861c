// The list view: the accessible twin of the map. Every feature that passes the filters, located or not,
// sortable by name or by distance from the map centre. Rows use a roving tabindex: Tab enters the list,
// arrow keys / Home / End move, Enter or a click does what a click on the map does.
import type { SiteFeature } from '../data/types';
import type { Lang } from '../i18n/strings';
import { t } from '../i18n/strings';
import { h } from './dom';

export type ListSort = 'name' | 'distance';

export interface ListPanelOptions {
  onOpen: (id: string) => void;
  onSortChange: (sort: ListSort) => void;
  describe: (f: SiteFeature, lang: Lang) => string;
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
    this.summary = h('p', { class: 'hint', role: 'status' });
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
          'aria-label': this.opts.describe(f, lang),
        },
        h('span', { class: 'site-row-name' }, this.opts.name(f, lang)),
        h('span', { class: 'site-row-meta' }, this.opts.meta(f, lang)),
        ),
      );
      row.firstElementChild?.addEventListener('click', () => {
        this.focusIndex = i;
        this.opts.onOpen(f.properties.id);
      });
      return row;
    });
    this.list.replaceChildren(...rows);
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

  private moveFocus(i: number): void {
    const buttons = this.list.querySelectorAll<HTMLButtonElement>('button.site-row');
    buttons[this.focusIndex]?.setAttribute('tabindex', '-1');
    this.focusIndex = i;
    const b = buttons[i];
    if (b) {
      b.setAttribute('tabindex', '0');
      b.focus();
    }
  }
}
