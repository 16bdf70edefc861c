// Import: GeoJSON, GPX, KML, KMZ, TCX and CSV/TSV files from the file picker or dropped on the map, parsed and
// checked in a Web Worker, drawn through the 'imported' overlay (coloured by the file's style where it has one,
// labelled with the file's names), the map zoomed to them, opening in the site card "imported from <file>".
// A CSV whose header does not name its coordinate columns asks for them and is read again with the choice.
// Each imported layer can be exported again as GeoJSON, KML or CSV.
// A failed import changes nothing: layers, the catalogue, the store and storage are only touched on success.
// Imported layers are kept for this visit only (not saved), so a bad file can never break the next start.
import type { FeatureCollection, Geometry } from 'geojson';
import type { AppContext, Contribution } from './context';
import type { Crs, Lang, SiteFeature } from '../types';
import type { CsvColumnChoice, ImportedFeature, ImportOutcome } from '../data/import/parse-import';
import { importedRecords } from '../data/export/imported-records';
import { tInterop } from '../i18n/interop';
import { downloadText } from '../ui/download';
import { checkFileSize, IMPORTED_LAYER } from '../data/import/common';
import { ImportWorkerClient } from '../data/import/worker-client';
import { tReliability } from '../i18n/reliability';
import { h, safeLink } from '../ui/dom';
import { ImportPanel } from '../ui/import/import-panel';
import { describeImportError, describeImportWarning } from '../ui/import/messages';
import { errorText, loadFeatureExport } from './lazy';
import '../../styles/import.css';

interface ImportedLayer {
  key: string;
  fileName: string;
  crs: Crs;
  features: ImportedFeature[];
}

export function installImport(ctx: AppContext): Contribution {
  const feature = new ImportFeature(ctx);
  feature.listenForDrops(ctx.dropZone);
  return { side: { import: feature.panel.el }, card: { imported: (f, lang) => feature.cardSection(f, lang) } };
}

/** Imported layers of this visit: the panel, the 'imported' overlay, the catalogue's external set. */
class ImportFeature {
  private readonly client = new ImportWorkerClient();
  private readonly layers: ImportedLayer[] = [];
  private readonly byId = new Map<string, { layer: ImportedLayer; item: ImportedFeature }>();
  private importNo = 0;
  private busy = false;
  /** Notices of the last import: they stay until the next import or until dismissed. */
  private shown: HTMLElement[] = [];
  /** A CSV waiting for the user to choose its coordinate columns. */
  private pending: { file: File; crs: Crs } | null = null;
  readonly panel: ImportPanel;

  constructor(private readonly ctx: AppContext) {
    this.panel = new ImportPanel({
      onFile: (file, crs) => void this.importFile(file, crs),
      onRemove: (key) => this.remove(key),
      onExport: (key, format) =>
        void this.exportLayer(key, format).catch((e: unknown) => this.ctx.notices.show('error', errorText(e), 0)),
      onOpenFeature: (id) => this.openFeature(id),
      onColumns: (choice) => {
        if (this.pending) void this.importFile(this.pending.file, this.pending.crs, choice);
      },
      onColumnsCancel: () => {
        this.pending = null;
        this.panel.hideColumns();
      },
    });
    ctx.onLang((l) => this.panel.setLang(l));
  }

  private say(kind: 'error' | 'warning' | 'info', text: string): void {
    // Errors never time out.
    this.shown.push(this.ctx.notices.show(kind, text, kind === 'error' ? 0 : 30_000));
  }

  private redraw(): void {
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [] };
    for (const l of this.layers) {
      for (const { feature, color } of l.features) {
        if (!feature.geometry) continue;
        const properties: Record<string, string> = { id: feature.properties.id, name: feature.properties.name_en };
        if (color) properties.color = color;
        fc.features.push({ type: 'Feature', id: feature.properties.id, geometry: feature.geometry, properties });
      }
    }
    this.ctx.map.setOverlay('imported', fc);
    this.panel.setLayers(
      this.layers.map((l) => ({
        key: l.key,
        fileName: l.fileName,
        count: l.features.length,
        crs: l.crs,
        features: l.features.map(({ feature }) => ({ id: feature.properties.id, name: feature.properties.name_en })),
      })),
    );
  }

  /** Fits the map to what was just imported (a single point: flies to it). */
  private zoomTo(features: ImportedFeature[]): void {
    const geometries = features.flatMap(({ feature }) => (feature.geometry ? [feature.geometry] : []));
    if (geometries.length === 0) return;
    const geometry: Geometry =
      geometries.length === 1 && geometries[0] ? geometries[0] : { type: 'GeometryCollection', geometries };
    this.ctx.map.focus({ type: 'Feature', geometry, properties: {} });
  }

  private openFeature(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    this.ctx.store.update({ selected: id });
    this.ctx.map.focus(entry.item.feature);
  }

  private async exportLayer(key: string, format: 'geojson' | 'kml' | 'csv'): Promise<void> {
    const layer = this.layers.find((l) => l.key === key);
    if (!layer) return;
    const { recordsToFile } = await loadFeatureExport();
    const base = layer.fileName.replace(/\.[a-z0-9]{1,8}$/i, '') + '-export';
    const file = recordsToFile(importedRecords(layer.features), format, base, layer.fileName);
    downloadText(file.text, file.fileName, file.mime);
    this.ctx.notices.show('info', tInterop(this.ctx.lang(), 'exported', { file: file.fileName }));
  }

  private report(outcome: ImportOutcome): void {
    const lang = this.ctx.lang();
    if (outcome.errors.length > 0) {
      const what = outcome.errors.map((e) => describeImportError(lang, e)).join(' ');
      this.say(
        'error',
        `${tReliability(lang, 'importFailed', { file: outcome.fileName })}${what} ${tReliability(lang, 'nothingChanged')}`,
      );
      return;
    }
    this.say('info', tReliability(lang, 'importedOk', { file: outcome.fileName, n: outcome.features.length }));
    for (const w of outcome.warnings) this.say('warning', describeImportWarning(lang, w));
  }

  /** Runs `work` with the panel marked busy (one import at a time). */
  private async whileBusy<T>(work: () => Promise<T>): Promise<T> {
    this.busy = true;
    this.panel.el.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } finally {
      this.busy = false;
      this.panel.el.removeAttribute('aria-busy');
    }
  }

  async importFile(file: File, crs: Crs, columns: CsvColumnChoice | null = null): Promise<void> {
    const lang = this.ctx.lang();
    if (this.busy) {
      this.say('warning', tReliability(lang, 'busy'));
      return;
    }
    for (const el of this.shown) el.remove();
    this.shown = [];
    // Refused before reading a byte.
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) {
      this.report({ fileName: file.name, format: null, crs, errors: [tooLarge], warnings: [], features: [] });
      return;
    }
    // Another feature may take the file (a contribution file becomes suggestions).
    const claimed = await this.whileBusy(async () => {
      for (const claim of this.ctx.importClaims) if (await claim(file)) return true;
      return false;
    });
    if (claimed) return;
    const reading = this.ctx.notices.show('info', tReliability(lang, 'reading', { file: file.name }), 0);
    const outcome = await this.whileBusy(() => this.client.run(file, crs, ++this.importNo, columns)).finally(() =>
      reading.remove(),
    );
    if (outcome.errors.length === 0 && outcome.features.length > 0) this.add(file.name, crs, outcome.features);
    const ask = outcome.errors.find((e) => e.code === 'csv-columns');
    if (ask && ask.code === 'csv-columns') {
      this.pending = { file, crs };
      this.panel.askColumns({ fileName: file.name, headers: ask.headers, lon: ask.lon, lat: ask.lat, name: ask.name });
    } else {
      this.pending = null;
      this.panel.hideColumns();
    }
    this.report(outcome);
  }

  private add(fileName: string, crs: Crs, features: ImportedFeature[]): void {
    const layer: ImportedLayer = { key: `import-${this.importNo}`, fileName, crs, features };
    this.layers.push(layer);
    for (const item of features) this.byId.set(item.feature.properties.id, { layer, item });
    this.ctx.catalogue.addExternal(features.map((f) => f.feature));
    this.redraw();
    this.zoomTo(features);
  }

  private remove(key: string): void {
    const i = this.layers.findIndex((l) => l.key === key);
    const layer = this.layers[i];
    if (!layer) return;
    this.layers.splice(i, 1);
    const ids = layer.features.map((f) => f.feature.properties.id);
    for (const id of ids) this.byId.delete(id);
    this.ctx.catalogue.removeExternal(ids);
    const selected = this.ctx.store.get().selected;
    if (selected && ids.includes(selected)) this.ctx.store.update({ selected: null });
    this.redraw();
    this.ctx.notices.show('info', tReliability(this.ctx.lang(), 'removed', { file: layer.fileName }));
  }

  /** Details of an imported feature: where it came from and the file's own properties, as text only. */
  cardSection(f: SiteFeature, lang: Lang): HTMLElement | null {
    if (f.properties.layer !== IMPORTED_LAYER) return null;
    const entry = this.byId.get(f.properties.id);
    if (!entry) return null;
    const section = h(
      'section',
      { class: 'details-imported', 'aria-labelledby': `imported-from-${f.properties.id}` },
      h(
        'h3',
        { id: `imported-from-${f.properties.id}` },
        tReliability(lang, 'importedFrom', { file: entry.layer.fileName }),
      ),
      h('p', { class: 'details-imported-note', role: 'note' }, tReliability(lang, 'importedNote')),
    );
    if (entry.item.fileProperties.length > 0) {
      const dl = h('dl', { class: 'details-facts imported-properties' });
      // Values are attacker-controlled text: only http(s) URLs become links (safeLink), everything else is a text node.
      for (const [k, v] of entry.item.fileProperties)
        dl.append(h('dt', {}, k), h('dd', {}, /^https?:\/\//i.test(v) ? safeLink(v, v) : v));
      section.append(h('h4', {}, tReliability(lang, 'fileProperties')), dl);
    }
    return section;
  }

  /** Drop a file on the map. */
  listenForDrops(target: HTMLElement): void {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    target.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      target.classList.add('import-drop-target');
      target.dataset.dropHint = tReliability(this.ctx.lang(), 'dropHint');
    });
    target.addEventListener('dragleave', () => target.classList.remove('import-drop-target'));
    target.addEventListener('drop', (e) => {
      target.classList.remove('import-drop-target');
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void this.importFile(file, this.panel.selectedCrs());
    });
  }
}
