// Base-map choice: "Embedded (offline)" first and by default; online options are only names until chosen.
import { t } from '../i18n/strings';
import { EMBEDDED_BASEMAP, ONLINE_BASEMAPS } from '../config/basemaps';
import { h } from './dom';
import type { Lang } from '../types';

export class BasemapSwitcher {
  readonly el: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly label: HTMLElement;
  private readonly note: HTMLElement;

  constructor(onChange: (id: string) => void) {
    this.select = h('select', { id: 'basemap-select', 'aria-describedby': 'basemap-note' });
    this.select.addEventListener('change', () => onChange(this.select.value));
    this.label = h('label', { for: 'basemap-select' });
    this.note = h('p', { id: 'basemap-note', class: 'hint' });
    this.el = h('div', { class: 'basemap-switcher' }, this.label, this.select, this.note);
  }

  setLang(lang: Lang, current: string): void {
    this.label.textContent = t(lang, 'basemap');
    this.note.textContent = t(lang, 'basemapOnlineNote');
    this.select.replaceChildren(
      h('option', { value: EMBEDDED_BASEMAP }, t(lang, 'basemapEmbedded')),
      ...ONLINE_BASEMAPS.map((b) => h('option', { value: b.id }, b.name[lang])),
    );
    this.select.value = current;
  }

  setValue(id: string): void {
    this.select.value = id;
  }
}
