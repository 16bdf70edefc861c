// The search box: an ARIA 1.2 combobox over every feature (located or not). Arrow keys move through the
// listbox of results, Enter chooses, Escape closes. Ranking and matching live in src/data/search-index.ts.
import type { SearchHit } from '../data/search-index';
import { t } from '../i18n/strings';
import { h } from './dom';
import { ROW_SEPARATOR } from './site-labels';
import type { Lang } from '../types';

export interface SearchBoxOptions {
  /**
   * Runs a query. May be async: the index (pinyin tables included) is loaded on first use, so it costs
   * nothing on the first page load. Answers to stale queries are dropped.
   */
  search: (query: string) => SearchHit[] | Promise<SearchHit[]>;
  /** Called when the box gets focus, so the index can start loading before the first key. */
  prepare?: () => void;
  /** One line of context for a hit: kind and district, in the UI language. */
  describe: (hit: SearchHit, lang: Lang) => string;
  onChoose: (id: string) => void;
}

export class SearchBox {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly label: HTMLLabelElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private lang: Lang = 'zh';

  constructor(private readonly opts: SearchBoxOptions) {
    this.label = h('label', { for: 'search-input', class: 'visually-hidden' });
    this.input = h('input', {
      id: 'search-input',
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
    });
    this.listbox = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true });
    this.status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.el = h('div', { class: 'search', role: 'search' }, this.label, this.input, this.listbox, this.status);
    this.input.addEventListener('input', () => void this.run());
    this.input.addEventListener('focus', () => this.opts.prepare?.());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.label.textContent = t(lang, 'searchLabel');
    this.input.setAttribute('aria-label', t(lang, 'searchLabel'));
    this.input.placeholder = t(lang, 'searchPlaceholder');
    this.listbox.setAttribute('aria-label', t(lang, 'searchResults'));
    if (this.hits.length) this.render();
  }

  private runId = 0;

  private async run(): Promise<void> {
    const q = this.input.value.trim();
    const id = ++this.runId;
    const hits = q ? await this.opts.search(q) : [];
    if (id !== this.runId) return;
    this.hits = hits;
    this.active = -1;
    this.render();
  }

  private render(): void {
    const q = this.input.value.trim();
    this.listbox.replaceChildren();
    if (!q) {
      this.close();
      return;
    }
    if (this.hits.length === 0) {
      this.listbox.append(
        h(
          'li',
          { class: 'search-empty', role: 'option', 'aria-disabled': 'true', id: 'search-empty' },
          t(this.lang, 'searchNoResults'),
        ),
      );
    }
    this.hits.forEach((hit, i) => {
      const name = this.lang === 'zh' ? hit.name_zh || hit.name_en : hit.name_en || hit.name_zh;
      // The matched alias says why a result came up ("中山桥" for 兰州黄河铁桥), unless the shown name already has it.
      const alias = hit.alias && !name.includes(hit.alias) ? hit.alias : null;
      const meta = this.opts.describe(hit, this.lang);
      const option = h(
        'li',
        {
          role: 'option',
          id: `search-opt-${i}`,
          'aria-selected': i === this.active ? 'true' : 'false',
          class: 'search-option',
        },
        h('span', { class: 'search-name' }, name, alias ? h('span', { class: 'search-alias' }, ` (${alias})`) : null),
        // Name and meta sit on two lines; the hidden separator keeps them apart in the option's accessible name.
        meta ? h('span', { class: 'visually-hidden' }, ROW_SEPARATOR) : null,
        h('span', { class: 'search-meta' }, meta),
      );
      option.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.choose(i);
      });
      this.listbox.append(option);
    });
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.status.textContent = t(this.lang, 'searchCount', { n: this.hits.length });
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-opt-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
      document.getElementById(`search-opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      if (!this.hits.length) return;
      e.preventDefault();
      this.choose(this.active >= 0 ? this.active : 0);
    } else if (e.key === 'Escape') {
      if (!this.listbox.hidden) {
        e.preventDefault();
        e.stopPropagation();
        this.close();
      }
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.close();
    this.opts.onChoose(hit.id);
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
