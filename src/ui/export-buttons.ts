// A labelled group of three buttons, GeoJSON / KML / CSV, for exporting a list of features. The group's name
// says what is exported; each button's name says the format ("Export as CSV").
import type { Lang } from '../types';
import { tInterop } from '../i18n/interop';
import { h } from './dom';

export type ExportFormat = 'geojson' | 'kml' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['geojson', 'kml', 'csv'];
const LABEL: Record<ExportFormat, string> = { geojson: 'GeoJSON', kml: 'KML', csv: 'CSV' };

export class ExportButtons {
  readonly el: HTMLElement;
  private readonly buttons: Array<[ExportFormat, HTMLButtonElement]>;
  private readonly caption = h('span', { class: 'export-caption', 'aria-hidden': 'true' });

  constructor(onExport: (format: ExportFormat) => void) {
    this.buttons = EXPORT_FORMATS.map((f) => {
      const b = h('button', { type: 'button', class: 'export-button', 'data-format': f }, LABEL[f]);
      b.addEventListener('click', () => onExport(f));
      return [f, b];
    });
    this.el = h('div', { role: 'group', class: 'export-buttons' }, this.caption, ...this.buttons.map(([, b]) => b));
  }

  /** `label`: what is exported, already in the UI language (the group's accessible name). */
  setLang(lang: Lang, label: string): void {
    this.el.setAttribute('aria-label', label);
    // Seen, not read: the group's name already says it.
    this.caption.textContent = tInterop(lang, 'exportCaption');
    for (const [f, b] of this.buttons)
      b.setAttribute('aria-label', tInterop(lang, 'exportFormat', { format: LABEL[f] }));
  }

  setDisabled(disabled: boolean): void {
    for (const [, b] of this.buttons) b.disabled = disabled;
  }
}
