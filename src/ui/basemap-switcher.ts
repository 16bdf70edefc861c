// Base-map choice: the online street map by default, a quiet online alternative, OpenStreetMap raster, and the
// embedded base map that needs no network. The select shows the user's choice; when an online choice could not
// be reached, a line under it says the embedded base map is shown instead, with a button to try again.
import { tBasemap } from '../i18n/basemap';
import { EMBEDDED_BASEMAP, ONLINE_BASEMAPS, findOnlineBasemap } from '../config/basemaps';
import { h } from './dom';
import type { Lang } from '../types';

export class BasemapSwitcher {
  readonly el: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly label: HTMLElement;
  private readonly note: HTMLElement;
  private readonly status: HTMLElement;
  private readonly statusText: HTMLElement;
  private readonly retry: HTMLButtonElement;
  private lang: Lang = 'zh';
  private fellBack = false;

  constructor(onChange: (id: string) => void, onRetry: () => void) {
    this.select = h('select', { id: 'basemap-select', 'aria-describedby': 'basemap-note basemap-status' });
    this.select.addEventListener('change', () => onChange(this.select.value));
    this.label = h('label', { for: 'basemap-select' });
    this.note = h('p', { id: 'basemap-note', class: 'hint' });
    this.statusText = h('span', {});
    this.retry = h('button', { type: 'button', class: 'basemap-retry' });
    this.retry.addEventListener('click', () => onRetry());
    this.status = h('p', { id: 'basemap-status', class: 'hint basemap-status' }, this.statusText, ' ', this.retry);
    this.status.hidden = true;
    this.el = h('div', { class: 'basemap-switcher' }, this.label, this.select, this.status, this.note);
  }

  setLang(lang: Lang, current: string): void {
    this.lang = lang;
    this.label.textContent = tBasemap(lang, 'label');
    this.note.textContent = tBasemap(lang, 'note');
    this.retry.textContent = tBasemap(lang, 'retry');
    this.select.replaceChildren(
      ...ONLINE_BASEMAPS.map((b) => h('option', { value: b.id }, b.name[lang])),
      h('option', { value: EMBEDDED_BASEMAP }, tBasemap(lang, 'embedded')),
    );
    this.select.value = current;
    this.renderStatus();
  }

  setValue(id: string): void {
    this.select.value = id;
  }

  /** Whether the chosen online base map fell back to the embedded one (shown under the select). */
  setFellBack(fellBack: boolean): void {
    this.fellBack = fellBack;
    this.renderStatus();
  }

  private renderStatus(): void {
    const b = findOnlineBasemap(this.select.value);
    this.status.hidden = !this.fellBack || !b;
    if (!b) return;
    const name = b.name[this.lang];
    this.statusText.textContent = tBasemap(this.lang, 'fallbackStatus', { name });
    this.retry.setAttribute('aria-label', tBasemap(this.lang, 'retryLabel', { name }));
  }
}
