// Keep and share: copy link, export (GPX, GeoJSON, KML), print, import a file, save under a name, and the saved
// routes (kept by their id). Controls are built once; the import errors sit in their own alert so they are
// announced once, when they change.
import type { RouteStringKey } from '../../i18n/route';
import type { RouteModel, SavedView } from '../../analysis/route-view-model';
import { h } from '../dom';
import { KeyedList } from '../keyed-list';
import type { RouteT } from './route-section';
import { setText } from './route-section';

export interface KeepCallbacks {
  onSave: (name: string) => void;
  onLoad: (id: string) => void;
  onDelete: (id: string) => void;
  onCopyLink: () => void;
  onExport: (format: 'gpx' | 'geojson' | 'kml') => void;
  onImport: (file: File) => void;
  onPrint: () => void;
}

interface SavedRow {
  el: HTMLLIElement;
  name: HTMLSpanElement;
  meta: HTMLSpanElement;
  load: HTMLButtonElement;
  del: HTMLButtonElement;
}

const ACCEPT =
  '.gpx,.geojson,.json,.kml,.kmz,.csv,.tsv,.tcx,application/gpx+xml,application/geo+json,application/json,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,text/csv';

export class RouteKeepSection {
  readonly el: HTMLElement;
  /** Import errors: filled by `showImportErrors`, not by `update`. */
  readonly importAlert = h('div', { role: 'alert', class: 'route-import-errors' });
  private readonly texts: Array<[Node, RouteStringKey]> = [];
  private readonly needStops: HTMLButtonElement[] = [];
  private readonly name = h('input', { type: 'text', id: 'route-name', maxlength: 200 });
  /** True once the user typed a name: until then the default name follows the language. */
  private named = false;
  private readonly savedProblem = h('p', { class: 'route-warning' });
  private readonly savedNone = h('p', { class: 'hint' });
  private readonly saved: KeyedList<SavedView, SavedRow>;
  private t: RouteT = (k) => k;

  constructor(private readonly cb: KeepCallbacks) {
    const text = <E extends HTMLElement>(el: E, key: RouteStringKey): E => (this.texts.push([el, key]), el);
    const btn = (id: string, key: RouteStringKey, fn: () => void) => {
      const b = text(h('button', { type: 'button', id }), key);
      b.addEventListener('click', fn);
      this.needStops.push(b);
      return b;
    };
    const tools = h(
      'div',
      { class: 'route-buttons' },
      btn('route-copy-link', 'copyLink', () => cb.onCopyLink()),
      btn('route-export-gpx', 'exportGpx', () => cb.onExport('gpx')),
      btn('route-export-geojson', 'exportGeoJson', () => cb.onExport('geojson')),
      btn('route-export-kml', 'exportKml', () => cb.onExport('kml')),
      btn('route-print', 'print', () => cb.onPrint()),
    );
    const file = h('input', { type: 'file', id: 'route-import', accept: ACCEPT });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) cb.onImport(f);
      file.value = '';
    });
    this.name.addEventListener('input', () => (this.named = true));
    const save = btn('route-save', 'save', () => cb.onSave(this.name.value.trim() || this.t('defaultRouteName')));
    const ul = h('ul', { class: 'route-saved', 'aria-labelledby': 'route-saved-heading' });
    this.saved = new KeyedList(
      ul,
      (r) => r.id,
      (r) => this.savedRow(r.id),
      (row, r) => {
        setText(row.name, r.name);
        setText(row.meta, ` ${r.meta} `);
        setText(row.load, this.t('load'));
        row.load.setAttribute('aria-label', this.t('loadNamed', { name: r.name }));
        setText(row.del, this.t('delete'));
        row.del.setAttribute('aria-label', this.t('deleteNamed', { name: r.name }));
      },
    );
    this.el = h(
      'div',
      { class: 'route-keep' },
      text(h('h3', {}), 'keepHeading'),
      tools,
      h(
        'div',
        { class: 'route-import' },
        text(h('label', { for: 'route-import' }), 'importRoute'),
        file,
        text(h('p', { class: 'hint' }), 'importHint'),
      ),
      this.importAlert,
      h('div', { class: 'route-inline' }, text(h('label', { for: 'route-name' }), 'routeName'), this.name, save),
      text(h('h4', { id: 'route-saved-heading' }), 'savedHeading'),
      this.savedProblem,
      this.savedNone,
      ul,
    );
  }

  update(m: RouteModel, t: RouteT): void {
    this.t = t;
    for (const [el, key] of this.texts) setText(el, t(key));
    for (const b of this.needStops) b.disabled = m.stops.length === 0;
    if (!this.named) this.name.value = t('defaultRouteName');
    this.savedProblem.hidden = !m.savedProblem;
    setText(this.savedProblem, m.savedProblem ?? '');
    this.savedNone.hidden = m.saved.length > 0;
    setText(this.savedNone, t('savedNone'));
    this.saved.set(m.saved);
  }

  showImportErrors(lines: readonly string[]): void {
    this.importAlert.replaceChildren();
    if (lines.length === 0) return;
    this.importAlert.append(h('p', {}, this.t('importErrors')), h('ul', {}, ...lines.map((l) => h('li', {}, l))));
  }

  private savedRow(id: string): SavedRow {
    const load = h('button', { type: 'button', class: 'small' });
    load.addEventListener('click', () => this.cb.onLoad(id));
    const del = h('button', { type: 'button', class: 'small' });
    del.addEventListener('click', () => this.cb.onDelete(id));
    const name = h('span', { class: 'route-saved-name' });
    const meta = h('span', { class: 'hint' });
    return { el: h('li', {}, name, meta, load, del), name, meta, load, del };
  }
}
