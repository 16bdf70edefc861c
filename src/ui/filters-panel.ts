// Filters: protection level, scenic grade, heritage category, district, and an era range in years
// (with dynasty presets from the era table). The map, the counts and the list all follow these.
import type { Filters } from '../data/filters';
import { DEFAULT_FILTERS } from '../data/filters';
import { ERA_TABLE } from '../data/era';
import type { HeritageCategory, HeritageLevel, Lang, ScenicGrade } from '../types';
import { t, tEnum } from '../i18n/strings';
import { h } from './dom';

const LEVELS: HeritageLevel[] = ['national', 'provincial', 'municipal', 'county'];
const GRADES: ScenicGrade[] = ['5A', '4A', '3A', '2A', '1A'];
const CATEGORIES: HeritageCategory[] = ['archaeological-site', 'ancient-tomb', 'ancient-building', 'cave-temple-stone-carving', 'modern-historic'];

export interface DistrictName {
  zh: string;
  en: string;
}

/** How many filters narrow the view (layers are counted by the layers panel, not here). */
export function activeFilterCount(f: Filters): number {
  return f.levels.length + f.grades.length + f.categories.length + f.districts.length + (f.eraFrom !== null || f.eraTo !== null ? 1 : 0) + (f.positionUnknown ? 1 : 0);
}

export class FiltersPanel {
  readonly el: HTMLElement;
  private filters: Filters = { ...DEFAULT_FILTERS };
  private lang: Lang = 'zh';
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  /** How many sites pass; visible while the panel is collapsed too, so an empty result is never silent. */
  private readonly matchStatus: HTMLElement;
  private matchCount: number | null = null;

  constructor(private readonly districts: DistrictName[], private readonly onChange: (f: Filters) => void) {
    // The panel has a tab of its own (src/ui/side-tabs.ts), so it is always open; the heading counts active filters.
    this.heading = h('h2', { id: 'filters-heading' });
    this.body = h('div', { class: 'filters-body', id: 'filters-body' });
    this.matchStatus = h('p', { id: 'filters-match', class: 'hint', role: 'status' });
    this.el = h('section', { id: 'filters-panel', class: 'panel filters-panel', 'aria-labelledby': 'filters-heading' },
      this.heading, this.matchStatus, this.body);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.render();
  }

  setFilters(f: Filters): void {
    this.filters = f;
    this.render();
  }

  /** Number of sites (located or not) in visible layers that pass the filters. */
  setMatchCount(n: number): void {
    this.matchCount = n;
    this.renderMatch();
  }

  private renderMatch(): void {
    const n = this.matchCount;
    // Said only while a filter narrows the view (or nothing is left): otherwise the layer counts already tell.
    const show = n !== null && (n === 0 || activeFilterCount(this.filters) > 0);
    this.matchStatus.textContent = !show ? '' : n === 0 ? t(this.lang, 'listEmpty') : t(this.lang, 'listCount', { n });
    this.matchStatus.hidden = !show;
  }

  private era: { eraFrom: HTMLInputElement; eraTo: HTMLInputElement } | null = null;

  private eraInputs(): { eraFrom: HTMLInputElement; eraTo: HTMLInputElement } {
    if (this.era) return this.era;
    const eraFrom = h('input', { type: 'number', id: 'filter-era-from', step: 1, min: -3000, max: 2100 });
    const eraTo = h('input', { type: 'number', id: 'filter-era-to', step: 1, min: -3000, max: 2100 });
    const readYear = (el: HTMLInputElement) => (el.value.trim() === '' || !Number.isFinite(Number(el.value)) ? null : Math.round(Number(el.value)));
    const applyEra = () => this.update({ eraFrom: readYear(eraFrom), eraTo: readYear(eraTo) });
    eraFrom.addEventListener('change', applyEra);
    eraTo.addEventListener('change', applyEra);
    this.era = { eraFrom, eraTo };
    return this.era;
  }

  private update(patch: Partial<Filters>): void {
    this.onChange({ ...this.filters, ...patch });
  }

  private checkGroup<T extends string>(
    key: 'levels' | 'grades' | 'categories' | 'districts',
    legend: string,
    values: readonly T[],
    label: (v: T) => string,
  ): HTMLElement {
    const selected = this.filters[key] as readonly string[];
    const fs = h('fieldset', { class: 'filter-group' }, h('legend', {}, legend));
    for (const v of values) {
      const id = `filter-${key}-${v}`;
      const input = h('input', { type: 'checkbox', id, checked: selected.includes(v) });
      input.addEventListener('change', () => {
        const next = input.checked ? [...selected, v] : selected.filter((x) => x !== v);
        this.update({ [key]: next } as Partial<Filters>);
      });
      fs.append(h('div', { class: 'filter-option' }, input, h('label', { for: id }, label(v))));
    }
    return fs;
  }

  private render(): void {
    // The body is rebuilt on every change; put focus back on the control the user was operating (same id),
    // or a keyboard user who ticks a box would land at the top of the page.
    const focusedId = this.body.contains(document.activeElement) ? document.activeElement?.id : undefined;
    this.renderBody();
    this.renderMatch();
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  private renderBody(): void {
    const lang = this.lang;
    const active = activeFilterCount(this.filters);
    this.heading.textContent = active ? `${t(lang, 'filtersHeading')} (${active})` : t(lang, 'filtersHeading');
    const f = this.filters;
    // The two year boxes outlive re-renders: committing "from" re-renders the panel, and a year being typed
    // in "to" (or focus in it) must not be thrown away with the old element.
    const { eraFrom, eraTo } = this.eraInputs();
    for (const [el, v] of [[eraFrom, f.eraFrom], [eraTo, f.eraTo]] as const) {
      if (document.activeElement !== el) el.value = v === null ? '' : String(v);
    }
    const preset = h('select', { id: 'filter-era-preset' },
      h('option', { value: '' }, t(lang, 'eraPreset')),
      ...ERA_TABLE.map((e, i) => h('option', { value: String(i) }, `${lang === 'zh' ? e.names[0] : e.en} (${e.start}–${e.end})`)));
    preset.addEventListener('change', () => {
      const e = ERA_TABLE[Number(preset.value)];
      if (e) this.update({ eraFrom: e.start, eraTo: e.end });
    });
    const unknownOnly = h('input', { type: 'checkbox', id: 'filter-position-unknown', checked: f.positionUnknown });
    unknownOnly.addEventListener('change', () => this.update({ positionUnknown: unknownOnly.checked }));
    const reset = h('button', { type: 'button', id: 'filters-reset' }, t(lang, 'filtersReset'));
    reset.addEventListener('click', () => this.update({ ...DEFAULT_FILTERS, layers: this.filters.layers }));

    this.body.replaceChildren(
      this.checkGroup('levels', t(lang, 'level'), LEVELS, (v) => tEnum(lang, 'level', v)),
      this.checkGroup('grades', t(lang, 'grade'), GRADES, (v) => v),
      this.checkGroup('categories', t(lang, 'category'), CATEGORIES, (v) => tEnum(lang, 'cat', v)),
      this.checkGroup('districts', t(lang, 'district'), this.districts.map((d) => d.zh), (v) => {
        const d = this.districts.find((x) => x.zh === v);
        return lang === 'zh' || !d ? v : d.en;
      }),
      h('fieldset', { class: 'filter-group filter-era' }, h('legend', {}, t(lang, 'eraRange')),
        h('div', { class: 'filter-option' }, h('label', { for: 'filter-era-from' }, t(lang, 'eraFrom')), eraFrom),
        h('div', { class: 'filter-option' }, h('label', { for: 'filter-era-to' }, t(lang, 'eraTo')), eraTo),
        h('div', { class: 'filter-option' }, h('label', { for: 'filter-era-preset', class: 'visually-hidden' }, t(lang, 'eraPreset')), preset),
        h('p', { class: 'hint' }, t(lang, 'eraHint'))),
      h('fieldset', { class: 'filter-group' }, h('legend', {}, t(lang, 'positionFilter')),
        h('div', { class: 'filter-option' }, unknownOnly, h('label', { for: 'filter-position-unknown' }, t(lang, 'positionUnknownOnly')))),
      reset,
    );
  }
}
