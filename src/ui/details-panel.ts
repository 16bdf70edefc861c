// The "Site details" aside: everything we hold about one site, each fact with its source, and an honest
// statement of how precise its position is. Opened by a map click, a list row, search or ?site=<id>.
import type { Lang, SiteFeature } from '../types';
import type { StringKey } from '../i18n/strings';
import { t, tEnum } from '../i18n/strings';
import { clear, h, safeLink } from './dom';
import { kindLabel, siteName } from './site-labels';

export interface DetailsPanelOptions {
  onClose: () => void;
  /** District names in the UI language (the data stores Chinese names; English comes from districts.geojson). */
  districtName?: (zh: string, lang: Lang) => string;
  /** Era text in the UI language (the data stores Chinese dynasty names). */
  eraName?: (zh: string, lang: Lang) => string;
  /** Extra sections (nearby sites, add-to-route) contributed by other panels. */
  extras?: Array<(f: SiteFeature, lang: Lang) => HTMLElement | null>;
}

export class DetailsPanel {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly closeBtn: HTMLButtonElement;
  private current: SiteFeature | null = null;
  private lang: Lang = 'zh';

  constructor(private readonly opts: DetailsPanelOptions) {
    this.heading = h('h2', { id: 'details-heading', tabindex: -1 });
    this.closeBtn = h('button', { type: 'button', class: 'panel-close' }, '×');
    this.closeBtn.addEventListener('click', () => opts.onClose());
    this.body = h('div', { class: 'details-body' });
    this.el = h('aside', { id: 'details', class: 'panel details-panel', hidden: true },
      h('div', { class: 'panel-header' }, this.heading, this.closeBtn), this.body);
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') opts.onClose();
    });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.el.setAttribute('aria-label', t(lang, 'siteDetails'));
    this.closeBtn.setAttribute('aria-label', t(lang, 'closeDetails'));
    if (this.current) this.render(this.current);
  }

  addExtra(section: (f: SiteFeature, lang: Lang) => HTMLElement | null): void {
    (this.opts.extras ??= []).push(section);
  }

  refresh(): void {
    if (this.current) this.render(this.current);
  }

  show(f: SiteFeature, focus: boolean): void {
    this.current = f;
    this.render(f);
    this.el.hidden = false;
    if (focus) this.heading.focus();
  }

  hide(): void {
    this.current = null;
    this.el.hidden = true;
  }

  get shown(): SiteFeature | null {
    return this.current;
  }

  private render(f: SiteFeature): void {
    const lang = this.lang;
    const p = f.properties;
    this.heading.textContent = siteName(lang, f);
    clear(this.body);
    const other = lang === 'zh' ? p.name_en : p.name_zh;
    this.body.append(h('p', { class: 'details-other-name', lang: lang === 'zh' ? 'en' : 'zh' }, other));
    if (p.aliases?.length) this.body.append(h('p', { class: 'details-aliases' }, p.aliases.join(' · ')));
    if (!f.geometry) this.body.append(h('p', { class: 'details-unknown', role: 'note' }, t(lang, 'positionUnknown')));

    const rows: Array<[StringKey, string | number | null | undefined]> = [
      ['kind', kindLabel(lang, f)],
      ['grade', p.layer === 'scenic-spots' ? p.grade : undefined],
      ['batch', p.batch],
      ['yearListed', p.year_listed],
      ['yearRated', p.year_rated],
      ['nationalNumber', p.national_number],
      ['era', p.era ? (this.opts.eraName?.(p.era, lang) ?? p.era) : p.era],
      ['category', p.category ? (p.layer === 'heritage-units' ? tEnum(lang, 'cat', p.category) : p.category) : undefined],
      ['museumType', p.museum_type],
      ['openingYear', p.opening_year],
      ['code', p.code],
      ['place', p.place],
      ['designation', p.designation],
      ['year', p.year],
      ['stopOrder', p.stop_order],
      ['district', p.district ? (this.opts.districtName?.(p.district, lang) ?? p.district) : t(lang, 'unknown')],
      ['address', p.address],
    ];
    const dl = h('dl', { class: 'details-facts' });
    for (const [key, value] of rows) {
      if (value === undefined || value === null || value === '') continue;
      dl.append(h('dt', {}, t(lang, key)), h('dd', {}, String(value)));
    }
    dl.append(h('dt', {}, t(lang, 'precision')), h('dd', { 'data-precision': p.precision }, t(lang, `precision_${p.precision}`)));
    if (p.position_source) dl.append(h('dt', {}, t(lang, 'positionSource')), h('dd', {}, p.position_source));
    if (p.crs_original) {
      const orig = p.position_original ? ` (${p.position_original.join(', ')})` : '';
      dl.append(h('dt', {}, t(lang, 'originalCrs')), h('dd', {}, `${p.crs_original}${orig}`));
    }
    if (p.derived_from) dl.append(h('dt', {}, t(lang, 'derivedFrom')), h('dd', {}, p.derived_from));
    this.body.append(dl);

    if (p.facts?.length) {
      const list = h('ul', { class: 'details-fact-list' });
      for (const fact of p.facts) {
        const li = h('li', {}, lang === 'zh' ? fact.zh : fact.en);
        for (const s of fact.sources) li.append(' ', h('span', { class: 'fact-source' }, '[', safeLink(s.url, s.title), ']'));
        list.append(li);
      }
      this.body.append(h('h3', {}, t(lang, 'facts')), list);
    }
    if (p.notes) this.body.append(h('h3', {}, t(lang, 'notes')), h('p', { class: 'details-notes' }, p.notes));

    const sources = h('ul', { class: 'details-sources' });
    for (const s of p.sources) sources.append(h('li', {}, safeLink(s.url, s.title || s.url)));
    this.body.append(h('h3', {}, t(lang, 'sources')), sources);
    for (const extra of this.opts.extras ?? []) {
      const section = extra(f, lang);
      if (section) this.body.append(section);
    }
  }
}
