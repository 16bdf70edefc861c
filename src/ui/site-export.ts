// "Export sites": the sites that pass the current filters as GeoJSON, KML or CSV (WGS84 lon/lat and the main
// properties), for a spreadsheet or GIS. Built once; the count updates in place.
import type { Lang } from '../types';
import { tInterop } from '../i18n/interop';
import { h } from './dom';
import { ExportButtons } from './export-buttons';
import type { ExportFormat } from './export-buttons';

export class SiteExport {
  readonly el: HTMLElement;
  private readonly heading = h('h3', { id: 'site-export-heading' });
  private readonly note = h('p', { class: 'hint' });
  private readonly buttons: ExportButtons;
  private lang: Lang = 'zh';
  private count = 0;

  constructor(onExport: (format: ExportFormat) => void) {
    this.buttons = new ExportButtons(onExport);
    this.el = h(
      'div',
      { class: 'site-export', 'aria-labelledby': 'site-export-heading', role: 'region' },
      this.heading,
      this.note,
      this.buttons.el,
    );
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.heading.textContent = tInterop(lang, 'exportSitesHeading');
    this.buttons.setLang(lang, tInterop(lang, 'exportSitesGroup'));
    this.render();
  }

  setCount(n: number): void {
    this.count = n;
    this.render();
  }

  private render(): void {
    this.note.textContent = tInterop(this.lang, 'exportSitesNote', { n: this.count });
    this.buttons.setDisabled(this.count === 0);
  }
}
