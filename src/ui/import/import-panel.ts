// The "Import data" section under the layers panel: a file picker named "Import" / "导入", the declared
// coordinate system of the file, the CSV column picker (when a table's header does not name its coordinate
// columns), and the list of imported layers. Each layer row has its features by name (a button each, so every
// imported feature is reachable by keyboard), "Export" as GeoJSON / KML / CSV, and "Remove".
// DOM only; what happens with a file is the caller's business (callbacks).
import type { Crs, Lang } from '../../types';
import type { CsvColumnChoice } from '../../data/import/outcome';
import { tReliability } from '../../i18n/reliability';
import { tInterop } from '../../i18n/interop';
import { MAX_FEATURES, MAX_FILE_BYTES } from '../../data/import/limits';
import { h } from '../dom';
import { ExportButtons } from '../export-buttons';
import type { ExportFormat } from '../export-buttons';
import { CsvColumnPicker } from './csv-columns';
import type { ColumnQuestion } from './csv-columns';

export const IMPORT_CRS: readonly Crs[] = ['WGS84', 'GCJ-02', 'BD-09'];
/** Rows listed per layer; a larger layer says how many more there are (the map shows them all). */
const MAX_LISTED = 200;

export interface ImportedLayerRow {
  key: string;
  fileName: string;
  count: number;
  crs: Crs;
  /** Feature ids and names, in file order. */
  features: Array<{ id: string; name: string }>;
}

export interface ImportPanelOptions {
  onFile: (file: File, crs: Crs) => void;
  onRemove: (key: string) => void;
  onExport: (key: string, format: ExportFormat) => void;
  onOpenFeature: (id: string) => void;
  onColumns: (choice: CsvColumnChoice) => void;
  onColumnsCancel: () => void;
}

export class ImportPanel {
  readonly el: HTMLElement;
  private readonly heading = h('h2', { id: 'import-heading' });
  private readonly inputLabel = h('label', { for: 'import-file', class: 'import-file-label' });
  readonly input = h('input', {
    type: 'file',
    id: 'import-file',
    accept:
      '.geojson,.json,.gpx,.kml,.kmz,.tcx,.csv,.tsv,.txt,application/geo+json,application/json,application/gpx+xml,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,text/csv,text/tab-separated-values',
  });
  private readonly hint = h('p', { class: 'import-hint', id: 'import-hint' });
  private readonly crsLabel = h('label', { for: 'import-crs' });
  readonly crs = h('select', { id: 'import-crs' });
  private readonly picker: CsvColumnPicker;
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
    this.picker = new CsvColumnPicker(opts.onColumns, opts.onColumnsCancel);
    this.el = h(
      'section',
      { id: 'import-panel', class: 'panel import-panel', 'aria-labelledby': 'import-heading' },
      this.heading,
      h('div', { class: 'import-row' }, this.inputLabel, this.input),
      h('div', { class: 'import-row' }, this.crsLabel, this.crs),
      this.hint,
      this.picker.el,
      this.listHeading,
      this.list,
      this.empty,
    );
  }

  selectedCrs(): Crs {
    return IMPORT_CRS.find((c) => c === this.crs.value) ?? 'WGS84';
  }

  askColumns(q: ColumnQuestion): void {
    this.picker.ask(q);
  }

  hideColumns(): void {
    this.picker.hide();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.heading.textContent = tReliability(lang, 'importHeading');
    this.inputLabel.textContent = tReliability(lang, 'importLabel');
    this.hint.textContent = tReliability(lang, 'importHint', {
      mb: MAX_FILE_BYTES / (1024 * 1024),
      features: MAX_FEATURES.toLocaleString('en'),
    });
    this.crsLabel.textContent = tReliability(lang, 'crsLabel');
    for (const o of Array.from(this.crs.options)) {
      const c = IMPORT_CRS.find((x) => x === o.value) ?? 'WGS84';
      o.textContent = tReliability(lang, `crs_${c}`);
    }
    this.listHeading.textContent = tReliability(lang, 'importedLayers');
    this.empty.textContent = tReliability(lang, 'noImportedLayers');
    this.picker.setLang(lang);
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
      const remove = h(
        'button',
        { type: 'button', class: 'imported-remove', 'aria-describedby': nameId },
        tReliability(this.lang, 'remove'),
      );
      remove.addEventListener('click', () => this.opts.onRemove(r.key));
      const exportButtons = new ExportButtons((f) => this.opts.onExport(r.key, f));
      exportButtons.setLang(this.lang, tInterop(this.lang, 'exportAs', { what: r.fileName }));
      // A group of buttons rather than a nested list, so the layers list counts one item per layer.
      const features = h('div', { class: 'imported-features', role: 'group', 'aria-labelledby': nameId });
      for (const f of r.features.slice(0, MAX_LISTED)) {
        const b = h('button', { type: 'button', class: 'imported-feature', 'data-id': f.id }, f.name);
        b.addEventListener('click', () => this.opts.onOpenFeature(f.id));
        features.append(b);
      }
      if (r.features.length > MAX_LISTED)
        features.append(h('span', { class: 'imported-more' }, `+${r.features.length - MAX_LISTED}`));
      this.list.append(
        h(
          'li',
          { class: 'imported-layer' },
          h('span', { class: 'imported-name', id: nameId }, r.fileName),
          h('span', { class: 'imported-meta' }, tReliability(this.lang, 'layerSummary', { n: r.count, crs: r.crs })),
          remove,
          exportButtons.el,
          features,
        ),
      );
    }
  }
}
