// "Choose the coordinate columns": shown when a CSV file's header does not say which columns hold longitude
// and latitude. Three selects (longitude, latitude, name: optional) pre-filled with what was recognised, and
// "Import with these columns" / "Cancel".
import type { CsvColumnChoice } from '../../data/import/outcome';
import type { Lang } from '../../types';
import { tInterop } from '../../i18n/interop';
import { h } from '../dom';

export interface ColumnQuestion {
  fileName: string;
  headers: string[];
  lon: string | null;
  lat: string | null;
  name: string | null;
}

export class CsvColumnPicker {
  readonly el: HTMLFieldSetElement;
  private readonly legend = h('legend');
  private readonly file = h('p', { class: 'import-hint' });
  private readonly lonLabel = h('label', { for: 'csv-lon' });
  private readonly latLabel = h('label', { for: 'csv-lat' });
  private readonly nameLabel = h('label', { for: 'csv-name' });
  private readonly lon = h('select', { id: 'csv-lon' });
  private readonly lat = h('select', { id: 'csv-lat' });
  private readonly name = h('select', { id: 'csv-name' });
  private readonly go = h('button', { type: 'button' });
  private readonly cancel = h('button', { type: 'button' });
  private question: ColumnQuestion | null = null;
  private lang: Lang = 'zh';

  constructor(onChoose: (choice: CsvColumnChoice) => void, onCancel: () => void) {
    this.el = h(
      'fieldset',
      { class: 'csv-columns', hidden: true },
      this.legend,
      this.file,
      h('div', { class: 'import-row' }, this.lonLabel, this.lon),
      h('div', { class: 'import-row' }, this.latLabel, this.lat),
      h('div', { class: 'import-row' }, this.nameLabel, this.name),
      h('div', { class: 'import-row' }, this.go, this.cancel),
    );
    this.go.addEventListener('click', () => {
      if (this.lon.value === this.lat.value) {
        this.lat.focus();
        return;
      }
      onChoose({ lon: this.lon.value, lat: this.lat.value, name: this.name.value === '' ? null : this.name.value });
    });
    this.cancel.addEventListener('click', () => onCancel());
  }

  ask(q: ColumnQuestion): void {
    this.question = q;
    for (const sel of [this.lon, this.lat, this.name]) sel.replaceChildren();
    this.el.hidden = false;
    this.render();
    this.lon.focus();
  }

  hide(): void {
    this.question = null;
    this.el.hidden = true;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.legend.textContent = tInterop(lang, 'csvPickHeading');
    this.lonLabel.textContent = tInterop(lang, 'lonColumn');
    this.latLabel.textContent = tInterop(lang, 'latColumn');
    this.nameLabel.textContent = tInterop(lang, 'nameColumn');
    this.go.textContent = tInterop(lang, 'importWithColumns');
    this.cancel.textContent = tInterop(lang, 'cancel');
    this.render();
  }

  private render(): void {
    const q = this.question;
    if (!q) return;
    this.file.textContent = tInterop(this.lang, 'csvPickFor', { file: q.fileName });
    const fill = (sel: HTMLSelectElement, value: string | null, fallback: number, optional: boolean) => {
      const keep = sel.value;
      sel.replaceChildren(
        ...(optional ? [h('option', { value: '' }, tInterop(this.lang, 'noColumn'))] : []),
        ...q.headers.map((c) => h('option', { value: c }, c)),
      );
      sel.value = keep && q.headers.includes(keep) ? keep : (value ?? (optional ? '' : (q.headers[fallback] ?? '')));
    };
    fill(this.lon, q.lon, 0, false);
    fill(this.lat, q.lat, Math.min(1, q.headers.length - 1), false);
    fill(this.name, q.name, 0, true);
  }
}
