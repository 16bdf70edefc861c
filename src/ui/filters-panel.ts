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
const CATEGORIES: HeritageCategory[] = [
  'archaeological-site',
  'ancient-tomb',
  'ancient-building',
  'cave-temple-stone-carving',
  'modern-historic',
];

export interface DistrictName {
  zh: string;
  en: string;
}

/** How many filters narrow the view (layers are counted by the layers panel, not here). */
export function activeFilterCount(f: Filters): number {
  return (
    f.levels.length +
    f.grades.length +
    f.categories.length +
    f.districts.length +
    (f.eraFrom !== null || f.eraTo !== null ? 1 : 0) +
    (f.positionUnknown ? 1 : 0)
  );
}

type CheckKey = 'levels' | 'grades' | 'categories' | 'districts';

interface CheckGroup {
  legend: HTMLLegendElement;
  boxes: Array<{ value: string; input: HTMLInputElement; label: HTMLLabelElement }>;
}

const readYear = (el: HTMLInputElement) =>
  el.value.trim() === '' || !Number.isFinite(Number(el.value)) ? null : Math.round(Number(el.value));

export class FiltersPanel {
  readonly el: HTMLElement;
  private filters: Filters = { ...DEFAULT_FILTERS };
  private lang: Lang = 'zh';
  private readonly heading: HTMLElement;
  /** How many sites pass; visible while the panel is collapsed too, so an empty result is never silent. */
  private readonly matchStatus: HTMLElement;
  private matchCount: number | null = null;
  private readonly groups = new Map<CheckKey, CheckGroup>();
  private readonly eraFrom = h('input', { type: 'number', id: 'filter-era-from', step: 1, min: -3000, max: 2100 });
  private readonly eraTo = h('input', { type: 'number', id: 'filter-era-to', step: 1, min: -3000, max: 2100 });
  private readonly preset = h('select', { id: 'filter-era-preset' });
  private readonly unknownOnly = h('input', { type: 'checkbox', id: 'filter-position-unknown' });
  private readonly reset = h('button', { type: 'button', id: 'filters-reset' });
  /** Text that only changes with the language: [element, how to word it]. */
  private readonly texts: Array<[Node, (lang: Lang) => string]> = [];

  constructor(
    private readonly districts: DistrictName[],
    private readonly onChange: (f: Filters) => void,
  ) {
    // The panel has a tab of its own (src/ui/side-tabs.ts), so it is always open; the heading counts active filters.
    this.heading = h('h2', { id: 'filters-heading' });
    this.matchStatus = h('p', { id: 'filters-match', class: 'hint', role: 'status' });
    const text = <E extends Node>(el: E, word: (lang: Lang) => string): E => (this.texts.push([el, word]), el);
    const applyEra = () => this.change({ eraFrom: readYear(this.eraFrom), eraTo: readYear(this.eraTo) });
    this.eraFrom.addEventListener('change', applyEra);
    this.eraTo.addEventListener('change', applyEra);
    this.preset.append(
      text(h('option', { value: '' }), (l) => t(l, 'eraPreset')),
      ...ERA_TABLE.map((e, i) =>
        text(h('option', { value: String(i) }), (l) => `${l === 'zh' ? e.names[0] : e.en} (${e.start}–${e.end})`),
      ),
    );
    this.preset.addEventListener('change', () => {
      const e = ERA_TABLE[Number(this.preset.value)];
      if (e) this.change({ eraFrom: e.start, eraTo: e.end });
    });
    this.unknownOnly.addEventListener('change', () => this.change({ positionUnknown: this.unknownOnly.checked }));
    this.reset.addEventListener('click', () => this.change({ ...DEFAULT_FILTERS, layers: this.filters.layers }));
    text(this.reset, (l) => t(l, 'filtersReset'));
    const districtLabel = (v: string) => (l: Lang) => {
      const d = this.districts.find((x) => x.zh === v);
      return l === 'zh' || !d ? v : d.en;
    };
    const body = h(
      'div',
      { class: 'filters-body', id: 'filters-body' },
      this.checkGroup(
        'levels',
        (l) => t(l, 'level'),
        LEVELS,
        (v) => (l) => tEnum(l, 'level', v),
      ),
      this.checkGroup(
        'grades',
        (l) => t(l, 'grade'),
        GRADES,
        (v) => () => v,
      ),
      this.checkGroup(
        'categories',
        (l) => t(l, 'category'),
        CATEGORIES,
        (v) => (l) => tEnum(l, 'cat', v),
      ),
      this.checkGroup(
        'districts',
        (l) => t(l, 'district'),
        this.districts.map((d) => d.zh),
        districtLabel,
      ),
      h(
        'fieldset',
        { class: 'filter-group filter-era' },
        text(h('legend', {}), (l) => t(l, 'eraRange')),
        h(
          'div',
          { class: 'filter-option' },
          text(h('label', { for: 'filter-era-from' }), (l) => t(l, 'eraFrom')),
          this.eraFrom,
        ),
        h(
          'div',
          { class: 'filter-option' },
          text(h('label', { for: 'filter-era-to' }), (l) => t(l, 'eraTo')),
          this.eraTo,
        ),
        h(
          'div',
          { class: 'filter-option' },
          text(h('label', { for: 'filter-era-preset', class: 'visually-hidden' }), (l) => t(l, 'eraPreset')),
          this.preset,
        ),
        text(h('p', { class: 'hint' }), (l) => t(l, 'eraHint')),
      ),
      h(
        'fieldset',
        { class: 'filter-group' },
        text(h('legend', {}), (l) => t(l, 'positionFilter')),
        h(
          'div',
          { class: 'filter-option' },
          this.unknownOnly,
          text(h('label', { for: 'filter-position-unknown' }), (l) => t(l, 'positionUnknownOnly')),
        ),
      ),
      this.reset,
    );
    this.el = h(
      'section',
      { id: 'filters-panel', class: 'panel filters-panel', 'aria-labelledby': 'filters-heading' },
      this.heading,
      this.matchStatus,
      body,
    );
    this.setLang(this.lang);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    for (const [el, word] of this.texts) el.textContent = word(lang);
    this.show();
  }

  setFilters(f: Filters): void {
    this.filters = f;
    this.show();
  }

  /** Number of sites (located or not) in visible layers that pass the filters. */
  setMatchCount(n: number): void {
    this.matchCount = n;
    this.showMatch();
  }

  private showMatch(): void {
    const n = this.matchCount;
    // Said only while a filter narrows the view (or nothing is left): otherwise the layer counts already tell.
    const show = n !== null && (n === 0 || activeFilterCount(this.filters) > 0);
    this.matchStatus.textContent = !show ? '' : n === 0 ? t(this.lang, 'listEmpty') : t(this.lang, 'listCount', { n });
    this.matchStatus.hidden = !show;
  }

  private change(patch: Partial<Filters>): void {
    this.onChange({ ...this.filters, ...patch });
  }

  /** Built once; `show` ticks the boxes and `setLang` words the legend and labels. */
  private checkGroup(
    key: CheckKey,
    legend: (l: Lang) => string,
    values: readonly string[],
    label: (v: string) => (l: Lang) => string,
  ): HTMLElement {
    const g: CheckGroup = { legend: h('legend', {}), boxes: [] };
    this.texts.push([g.legend, legend]);
    const fs = h('fieldset', { class: 'filter-group' }, g.legend);
    for (const v of values) {
      const id = `filter-${key}-${v}`;
      const input = h('input', { type: 'checkbox', id });
      input.addEventListener('change', () => {
        const selected = this.filters[key] as readonly string[];
        const next = input.checked ? [...selected, v] : selected.filter((x) => x !== v);
        this.change({ [key]: next } as Partial<Filters>);
      });
      const lab = h('label', { for: id });
      this.texts.push([lab, label(v)]);
      g.boxes.push({ value: v, input, label: lab });
      fs.append(h('div', { class: 'filter-option' }, input, lab));
    }
    this.groups.set(key, g);
    return fs;
  }

  /** Set every control from the filters, in place; a year box the user is typing in keeps what they typed. */
  private show(): void {
    const f = this.filters;
    const active = activeFilterCount(f);
    this.heading.textContent = active
      ? `${t(this.lang, 'filtersHeading')} (${active})`
      : t(this.lang, 'filtersHeading');
    for (const [key, g] of this.groups) {
      const selected = f[key] as readonly string[];
      for (const b of g.boxes) b.input.checked = selected.includes(b.value);
    }
    for (const [el, v] of [
      [this.eraFrom, f.eraFrom],
      [this.eraTo, f.eraTo],
    ] as const) {
      if (document.activeElement !== el) el.value = v === null ? '' : String(v);
    }
    // The preset shows a dynasty only while the years are exactly its span.
    const e = ERA_TABLE[Number(this.preset.value)];
    if (this.preset.value !== '' && (!e || e.start !== f.eraFrom || e.end !== f.eraTo)) this.preset.value = '';
    this.unknownOnly.checked = f.positionUnknown;
    this.showMatch();
  }
}
