// The "Import data" section under the layers panel: a file picker named "Import" / "导入", the declared
// coordinate system of the file, and the list of imported layers, each with a "Remove" button.
// DOM only; what happens with a file is the caller's business (callbacks).
import type { Crs, Lang } from '../../types';
import { tReliability } from '../../i18n/reliability';
import { MAX_FEATURES, MAX_FILE_BYTES } from '../../data/import/limits';
import { h } from '../dom';

export const IMPORT_CRS: readonly Crs[] = ['WGS84', 'GCJ-02', 'BD-09'];

export interface ImportedLayerRow {
  key: string;
  fileName: string;
  count: number;
  crs: Crs;
}

export interface ImportPanelOptions {
  onFile: (file: File, crs: Crs) => void;
  onRemove: (key: string) => void;
}

export class ImportPanel {
  readonly el: HTMLElement;
  private readonly heading = h('h2', { id: 'import-heading' });
  private readonly inputLabel = h('label', { for: 'import-file', class: 'import-file-label' });
  readonly input = h('input', { type: 'file', id: 'import-file', accept: '.geojson,.json,.gpx,.kml,.kmz,.tcx,.csv,.tsv,.txt,application/geo+json,application/json,application/gpx+xml,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,text/csv,text/tab-separated-values' });
  private readonly hint = h('p', { class: 'import-hint', id: 'import-hint' });
  private readonly crsLabel = h('label', { for: 'import-crs' });
  readonly crs = h('select', { id: 'import-crs' });
  private readonly listHeading = h('h3', { id: 'imported-layers-heading' });
  private readonly list = h('ul', { class: 'imported-layers', 'aria-labelledby': 'imported-layers-heading' });
  private readonly empty = h('p', { class: 'imported-empty' });
  private rows: ImportedLayerRow[] = [];
  private lang: Lang = 'zh';

  constructor(private readonly opts: ImportPanelOptions) {
    this.input.setAttribute('aria-describedby', 'import-hint');
    for (const c of IMPORT_CRS) this.crs.append(h('option', { value: c }));
    this.input.addEventListener('change', () => {
      const file = this.input.files?.[0];
      // Reset so choosing the same file again (after fixing it) fires `change` again.
      this.input.value = '';
      if (file) opts.onFile(file, this.selectedCrs());
    });
    this.el = h('section', { id: 'import-panel', class: 'panel import-panel', 'aria-labelledby': 'import-heading' },
      this.heading,
      h('div', { class: 'import-row' }, this.inputLabel, this.input),
      h('div', { class: 'import-row' }, this.crsLabel, this.crs),
      this.hint,
      this.listHeading, this.list, this.empty);
  }

  selectedCrs(): Crs {
    return IMPORT_CRS.find((c) => c === this.crs.value) ?? 'WGS84';
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.heading.textContent = tReliability(lang, 'importHeading');
    this.inputLabel.textContent = tReliability(lang, 'importLabel');
    this.hint.textContent = tReliability(lang, 'importHint', { mb: MAX_FILE_BYTES / (1024 * 1024), features: MAX_FEATURES.toLocaleString('en') });
    this.crsLabel.textContent = tReliability(lang, 'crsLabel');
    for (const o of Array.from(this.crs.options)) {
      const c = IMPORT_CRS.find((x) => x === o.value) ?? 'WGS84';
      o.textContent = tReliability(lang, `crs_${c}`);
    }
    this.listHeading.textContent = tReliability(lang, 'importedLayers');
    this.empty.textContent = tReliability(lang, 'noImportedLayers');
    this.render();
  }

  setLayers(rows: ImportedLayerRow[]): void {
    this.rows = rows;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren();
    this.empty.hidden = this.rows.length > 0;
    for (const r of this.rows) {
      const nameId = `imported-name-${r.key}`;
      const remove = h('button', { type: 'button', class: 'imported-remove', 'aria-describedby': nameId }, tReliability(this.lang, 'remove'));
      remove.addEventListener('click', () => this.opts.onRemove(r.key));
      this.list.append(h('li', { class: 'imported-layer' },
        h('span', { class: 'imported-name', id: nameId }, r.fileName),
        h('span', { class: 'imported-meta' }, tReliability(this.lang, 'layerSummary', { n: r.count, crs: r.crs })),
        remove));
    }
  }
}
