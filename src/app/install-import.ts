// Import: GeoJSON, GPX, KML, KMZ, TCX and CSV/TSV files from the file picker or dropped on the map, parsed and
// checked in a Web Worker, drawn through the 'imported' overlay (coloured by the file's style where it has one,
// labelled with the file's names), the map zoomed to them, opening in the site card "imported from <file>".
// A CSV whose header does not name its coordinate columns asks for them and is read again with the choice.
// Each imported layer can be exported again as GeoJSON, KML or CSV.
// A failed import changes nothing: layers, the catalogue, the store and storage are only touched on success.
// Imported layers are kept for this visit only (not saved), so a bad file can never break the next start.
import type { FeatureCollection, Geometry } from 'geojson';
import type { AppContext, CardSection, Contribution } from './context';
import type { Crs, SiteFeature } from '../types';
import type { CsvColumnChoice, ImportedFeature, ImportOutcome } from '../data/import/parse-import';
import { recordsToFile } from '../data/export/feature-export';
import { importedRecords } from '../data/export/imported-records';
import { tInterop } from '../i18n/interop';
import { downloadText } from '../ui/download';
import { checkFileSize, IMPORTED_LAYER } from '../data/import/common';
import { ImportWorkerClient } from '../data/import/worker-client';
import { tReliability } from '../i18n/reliability';
import { h, safeLink } from '../ui/dom';
import { ImportPanel } from '../ui/import/import-panel';
import { describeImportError, describeImportWarning } from '../ui/import/messages';
import '../../styles/import.css';

interface ImportedLayer {
  key: string;
  fileName: string;
  crs: Crs;
  features: ImportedFeature[];
}

export function installImport(ctx: AppContext): Contribution {
  const client = new ImportWorkerClient();
  const layers: ImportedLayer[] = [];
  const byId = new Map<string, { layer: ImportedLayer; item: ImportedFeature }>();
  let importNo = 0;
  let busy = false;
  let shown: HTMLElement[] = [];
  // A CSV waiting for the user to choose its coordinate columns.
  let pending: { file: File; crs: Crs } | null = null;

  const panel = new ImportPanel({
    onFile: (file, crs) => void importFile(file, crs),
    onRemove: (key) => remove(key),
    onExport: (key, format) => exportLayer(key, format),
    onOpenFeature: (id) => openFeature(id),
    onColumns: (choice) => {
      if (pending) void importFile(pending.file, pending.crs, choice);
    },
    onColumnsCancel: () => {
      pending = null;
      panel.hideColumns();
    },
  });
  ctx.onLang((l) => panel.setLang(l));

  const say = (kind: 'error' | 'warning' | 'info', text: string) => {
    // Import messages stay until the next import or until dismissed; errors never time out.
    shown.push(ctx.notices.show(kind, text, kind === 'error' ? 0 : 30_000));
  };

  const redraw = () => {
    const fc: FeatureCollection = { type: 'FeatureCollection', features: [] };
    for (const l of layers) {
      for (const { feature, color } of l.features) {
        if (!feature.geometry) continue;
        const properties: Record<string, string> = { id: feature.properties.id, name: feature.properties.name_en };
        if (color) properties.color = color;
        fc.features.push({ type: 'Feature', id: feature.properties.id, geometry: feature.geometry, properties });
      }
    }
    ctx.map.setOverlay('imported', fc);
    panel.setLayers(layers.map((l) => ({
      key: l.key,
      fileName: l.fileName,
      count: l.features.length,
      crs: l.crs,
      features: l.features.map(({ feature }) => ({ id: feature.properties.id, name: feature.properties.name_en })),
    })));
  };

  /** Fits the map to what was just imported (a single point: flies to it). */
  const zoomTo = (features: ImportedFeature[]) => {
    const geometries = features.flatMap(({ feature }) => (feature.geometry ? [feature.geometry] : []));
    if (geometries.length === 0) return;
    const geometry: Geometry = geometries.length === 1 && geometries[0] ? geometries[0] : { type: 'GeometryCollection', geometries };
    ctx.map.focus({ type: 'Feature', geometry, properties: {} });
  };

  function openFeature(id: string): void {
    const entry = byId.get(id);
    if (!entry) return;
    ctx.store.update({ selected: id });
    ctx.map.focus(entry.item.feature);
  }

  function exportLayer(key: string, format: 'geojson' | 'kml' | 'csv'): void {
    const layer = layers.find((l) => l.key === key);
    if (!layer) return;
    const base = layer.fileName.replace(/\.[a-z0-9]{1,8}$/i, '') + '-export';
    const file = recordsToFile(importedRecords(layer.features), format, base, layer.fileName);
    downloadText(file.text, file.fileName, file.mime);
    ctx.notices.show('info', tInterop(ctx.lang(), 'exported', { file: file.fileName }));
  }

  const report = (outcome: ImportOutcome) => {
    const lang = ctx.lang();
    if (outcome.errors.length > 0) {
      const what = outcome.errors.map((e) => describeImportError(lang, e)).join(' ');
      say('error', `${tReliability(lang, 'importFailed', { file: outcome.fileName })}${what} ${tReliability(lang, 'nothingChanged')}`);
      return;
    }
    say('info', tReliability(lang, 'importedOk', { file: outcome.fileName, n: outcome.features.length }));
    for (const w of outcome.warnings) say('warning', describeImportWarning(lang, w));
  };

  async function importFile(file: File, crs: Crs, columns: CsvColumnChoice | null = null): Promise<void> {
    const lang = ctx.lang();
    if (busy) {
      say('warning', tReliability(lang, 'busy'));
      return;
    }
    for (const el of shown) el.remove();
    shown = [];
    // Refused before reading a byte.
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) {
      report({ fileName: file.name, format: null, crs, errors: [tooLarge], warnings: [], features: [] });
      return;
    }
    busy = true;
    panel.el.setAttribute('aria-busy', 'true');
    try {
      for (const claim of ctx.importClaims) {
        if (await claim(file)) return;
      }
    } finally {
      busy = false;
      panel.el.removeAttribute('aria-busy');
    }
    busy = true;
    panel.el.setAttribute('aria-busy', 'true');
    const reading = ctx.notices.show('info', tReliability(lang, 'reading', { file: file.name }), 0);
    let outcome: ImportOutcome;
    try {
      outcome = await client.run(file, crs, ++importNo, columns);
    } finally {
      busy = false;
      panel.el.removeAttribute('aria-busy');
      reading.remove();
    }
    if (outcome.errors.length === 0 && outcome.features.length > 0) {
      const layer: ImportedLayer = { key: `import-${importNo}`, fileName: file.name, crs, features: outcome.features };
      layers.push(layer);
      for (const item of outcome.features) byId.set(item.feature.properties.id, { layer, item });
      ctx.catalogue.addExternal(outcome.features.map((f) => f.feature));
      redraw();
      zoomTo(outcome.features);
    }
    const ask = outcome.errors.find((e) => e.code === 'csv-columns');
    if (ask && ask.code === 'csv-columns') {
      pending = { file, crs };
      panel.askColumns({ fileName: file.name, headers: ask.headers, lon: ask.lon, lat: ask.lat, name: ask.name });
    } else {
      pending = null;
      panel.hideColumns();
    }
    report(outcome);
  }

  function remove(key: string): void {
    const i = layers.findIndex((l) => l.key === key);
    const layer = layers[i];
    if (!layer) return;
    layers.splice(i, 1);
    const ids = layer.features.map((f) => f.feature.properties.id);
    for (const id of ids) byId.delete(id);
    ctx.catalogue.removeExternal(ids);
    const selected = ctx.store.get().selected;
    if (selected && ids.includes(selected)) ctx.store.update({ selected: null });
    redraw();
    ctx.notices.show('info', tReliability(ctx.lang(), 'removed', { file: layer.fileName }));
  }

  // Details of an imported feature: where it came from and the file's own properties, as text only.
  const section: CardSection = (f: SiteFeature, lang) => {
    if (f.properties.layer !== IMPORTED_LAYER) return null;
    const entry = byId.get(f.properties.id);
    if (!entry) return null;
    const section = h('section', { class: 'details-imported', 'aria-labelledby': `imported-from-${f.properties.id}` },
      h('h3', { id: `imported-from-${f.properties.id}` }, tReliability(lang, 'importedFrom', { file: entry.layer.fileName })),
      h('p', { class: 'details-imported-note', role: 'note' }, tReliability(lang, 'importedNote')));
    if (entry.item.fileProperties.length > 0) {
      const dl = h('dl', { class: 'details-facts imported-properties' });
      // Values are attacker-controlled text: only http(s) URLs become links (safeLink), everything else is a text node.
      for (const [k, v] of entry.item.fileProperties) dl.append(h('dt', {}, k), h('dd', {}, /^https?:\/\//i.test(v) ? safeLink(v, v) : v));
      section.append(h('h4', {}, tReliability(lang, 'fileProperties')), dl);
    }
    return section;
  };

  // Drop a file on the map.
  const target = ctx.dropZone;
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  target.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    target.classList.add('import-drop-target');
    target.dataset.dropHint = tReliability(ctx.lang(), 'dropHint');
  });
  target.addEventListener('dragleave', () => target.classList.remove('import-drop-target'));
  target.addEventListener('drop', (e) => {
    target.classList.remove('import-drop-target');
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    void importFile(file, panel.selectedCrs());
  });
  return { side: { import: panel.el }, card: { imported: section } };
}
