// "My suggestions" / "我的建议": the user's saved positions, each with Open and Remove, and "Export suggestions".
// Built once; `setItems` rebuilds only the list. DOM only.
import type { Lang } from '../../types';
import { tSuggest } from '../../i18n/suggest';
import { h } from '../dom';

export interface SuggestionRow {
  siteId: string;
  name: string;
  /** "Latitude …, longitude … · source: …" in the UI language. */
  meta: string;
}

export interface MySuggestionsOptions {
  onOpen: (siteId: string) => void;
  onRemove: (siteId: string) => void;
  onExport: () => void;
}

export class MySuggestions {
  readonly el: HTMLElement;
  private readonly heading = h('h2', { id: 'my-suggestions-heading', tabindex: -1 });
  private readonly empty = h('p', { class: 'hint' });
  private readonly list = h('ul', { class: 'suggestion-list', 'aria-labelledby': 'my-suggestions-heading' });
  private readonly exportButton = h('button', { type: 'button', id: 'suggestions-export' });
  private readonly exportHint = h('p', { class: 'hint', id: 'suggestions-export-hint' });
  private lang: Lang = 'zh';
  private rows: SuggestionRow[] = [];

  constructor(private readonly opts: MySuggestionsOptions) {
    this.exportButton.setAttribute('aria-describedby', 'suggestions-export-hint');
    this.exportButton.addEventListener('click', () => opts.onExport());
    this.el = h(
      'section',
      { id: 'my-suggestions', class: 'panel my-suggestions', 'aria-labelledby': 'my-suggestions-heading' },
      this.heading,
      this.empty,
      this.list,
      h('div', { class: 'suggest-actions' }, this.exportButton),
      this.exportHint,
    );
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.heading.textContent = tSuggest(lang, 'mySuggestions');
    this.empty.textContent = tSuggest(lang, 'noSuggestions');
    this.exportButton.textContent = tSuggest(lang, 'exportSuggestions');
    this.exportHint.textContent = tSuggest(lang, 'exportHint');
    this.render();
  }

  setItems(rows: SuggestionRow[]): void {
    this.rows = rows;
    this.render();
  }

  private render(): void {
    const lang = this.lang;
    const had = this.list.contains(document.activeElement);
    this.empty.hidden = this.rows.length > 0;
    this.list.hidden = this.rows.length === 0;
    this.exportButton.disabled = this.rows.length === 0;
    this.list.replaceChildren(
      ...this.rows.map((r) => {
        const open = h(
          'button',
          { type: 'button', class: 'suggestion-open', 'aria-label': tSuggest(lang, 'openLabel', { name: r.name }) },
          r.name,
        );
        open.addEventListener('click', () => this.opts.onOpen(r.siteId));
        const remove = h(
          'button',
          { type: 'button', class: 'suggestion-remove', 'aria-label': tSuggest(lang, 'removeLabel', { name: r.name }) },
          tSuggest(lang, 'remove'),
        );
        remove.addEventListener('click', () => this.opts.onRemove(r.siteId));
        return h('li', { class: 'suggestion-row' }, open, h('span', { class: 'suggestion-meta' }, r.meta), remove);
      }),
    );
    // A removed row took focus with it: keep the keyboard user in the section.
    if (had && !this.list.contains(document.activeElement)) (this.list.querySelector('button') ?? this.heading).focus();
  }
}
