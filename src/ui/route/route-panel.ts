// The route planner panel (issue 6): a <section> named "Route" / "路线" with the stops (reorder by buttons or
// drag and drop), legs, distances and times, "Optimise order", heritage along the route, suggested routes,
// and keep-and-share tools. It only draws the model it is given and reports what the user did through
// callbacks; all computing happens in src/app/route-planner.ts and src/analysis/.
import type { RouteStringKey } from '../../i18n/route';
import { tRoute } from '../../i18n/route';
import { clear, h, safeLink } from '../dom';
import type { Lang, TravelMode } from '../../types';
import type { EndOption, RouteModel } from '../../analysis/route-view-model';
import type { SkipReason } from '../../analysis/route-stops';
import { TRAVEL_MODES } from '../../types';

export type { EndOption, RouteModel } from '../../analysis/route-view-model';

/** How the panel words why a site id is not a stop. */
const PROBLEM_KEY: Record<SkipReason, RouteStringKey> = {
  'not-found': 'problem_not_found',
  'no-geometry': 'problem_no_geometry',
  'position-unknown': 'problem_position_unknown',
  'not-a-point': 'problem_not_a_point',
  duplicate: 'problem_duplicate',
};

export interface RoutePanelCallbacks {
  onClose: () => void;
  onMove: (from: number, to: number) => void;
  onRemove: (id: string) => void;
  onAdd: (id: string) => void;
  onOpenSite: (id: string) => void;
  onDwell: (id: string, minutes: number) => void;
  onDwellDefault: (layer: string, minutes: number) => void;
  onMode: (mode: TravelMode) => void;
  onSpeed: (mode: TravelMode, kmh: number) => void;
  onOsrm: (url: string) => void;
  onEndOption: (o: EndOption) => void;
  onOptimise: () => void;
  onAlongMetres: (m: number) => void;
  onUseSuggestion: (id: string) => void;
  onSave: (name: string) => void;
  onLoad: (id: string) => void;
  onDelete: (id: string) => void;
  onCopyLink: () => void;
  onExport: (format: 'gpx' | 'geojson' | 'kml') => void;
  onImport: (file: File) => void;
  onPrint: () => void;
}

/** Element ids are derived from site ids (already [a-z0-9-]), so focus can follow a stop across re-renders. */
const rowId = (kind: string, id: string) => `route-${kind}-${id}`;

export class RoutePanel {
  readonly el: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly closeBtn: HTMLButtonElement;
  private readonly body: HTMLElement;
  /** Import errors live outside the re-rendered body so the alert is announced once, when it changes. */
  private readonly importAlert: HTMLElement;
  private readonly status: HTMLElement;
  private lang: Lang = 'zh';
  private model: RouteModel | null = null;
  private dragFrom: number | null = null;
  private routeName = '';

  /** `el` is the panel's (empty) section, placed in the page before the planner loads. */
  constructor(private readonly cb: RoutePanelCallbacks, el: HTMLElement) {
    this.heading = h('h2', { id: 'route-heading', tabindex: -1 });
    this.closeBtn = h('button', { type: 'button', class: 'panel-close' }, '×');
    this.closeBtn.addEventListener('click', () => cb.onClose());
    this.body = h('div', { class: 'route-body' });
    this.importAlert = h('div', { role: 'alert', class: 'route-import-errors' });
    this.status = h('p', { role: 'status', class: 'route-status' });
    this.el = el;
    el.append(h('div', { class: 'panel-header' }, this.heading, this.closeBtn), this.status, this.body);
  }

  setOpen(open: boolean): void {
    this.el.hidden = !open;
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    if (this.model) this.render(this.model);
  }

  /** A short message in the panel's status line (optimiser result, import done, link copied). */
  say(text: string): void {
    this.status.textContent = text;
  }

  showImportErrors(lines: readonly string[]): void {
    clear(this.importAlert);
    if (lines.length === 0) return;
    const list = h('ul', {});
    for (const l of lines) list.append(h('li', {}, l));
    this.importAlert.append(h('p', {}, this.t('importErrors')), list);
  }

  private t(key: RouteStringKey, vars?: Record<string, string | number>): string {
    return tRoute(this.lang, key, vars);
  }

  render(model: RouteModel): void {
    this.model = model;
    const active = document.activeElement;
    const focusId = active instanceof HTMLElement && this.el.contains(active) ? active.id : '';
    const focusAlt = focusId.replace(/^route-(up|down)-/, (_m, d: string) => `route-${d === 'up' ? 'down' : 'up'}-`);
    this.heading.textContent = this.t('heading');
    this.closeBtn.setAttribute('aria-label', this.t('close'));
    clear(this.body);
    this.body.append(
      this.renderStops(model),
      this.renderLegs(model),
      this.renderOptimise(model),
      this.renderAlong(model),
      this.renderKeep(model),
      this.renderSuggestions(model),
      this.renderSettings(model),
    );
    if (focusId) {
      // Follow the stop that moved: its button keeps its id; at either end the other button takes over.
      const el = document.getElementById(focusId);
      const target = el instanceof HTMLButtonElement && el.disabled ? document.getElementById(focusAlt) : el;
      if (target instanceof HTMLElement) target.focus();
    }
  }

  private renderStops(m: RouteModel): HTMLElement {
    const sec = h('div', { class: 'route-stops-block' }, h('h3', { id: 'route-stops-heading' }, this.t('stopsHeading')));
    if (m.stops.length === 0) sec.append(h('p', { class: 'hint' }, this.t('empty')));
    else sec.append(h('p', { class: 'hint' }, this.t('stopCount', { n: m.stops.length }), ' · ', this.t('dragHint')));
    const ol = h('ol', { class: 'route-stops', 'aria-labelledby': 'route-stops-heading' });
    m.stops.forEach((s, i) => {
      const li = h('li', { class: 'route-stop', draggable: 'true', 'data-index': i });
      const name = h('button', { type: 'button', class: 'route-stop-name linkish' }, h('span', { class: 'route-n', 'aria-hidden': 'true' }, `${i + 1}`), s.name);
      name.addEventListener('click', () => this.cb.onOpenSite(s.id));
      const meta = h('span', { class: 'route-stop-meta' }, s.kind);
      if (s.approximate) meta.append(' · ', h('span', { class: 'route-approx', title: this.t('approximateNote') }, this.t('approximate')));
      const up = h('button', { type: 'button', id: rowId('up', s.id), class: 'icon-btn', 'aria-label': this.t('moveUpNamed', { name: s.name }), title: this.t('moveUp') }, '↑');
      const down = h('button', { type: 'button', id: rowId('down', s.id), class: 'icon-btn', 'aria-label': this.t('moveDownNamed', { name: s.name }), title: this.t('moveDown') }, '↓');
      const remove = h('button', { type: 'button', id: rowId('remove', s.id), class: 'icon-btn', 'aria-label': this.t('removeNamed', { name: s.name }), title: this.t('removeFromRoute') }, '✕');
      up.disabled = i === 0;
      down.disabled = i === m.stops.length - 1;
      up.addEventListener('click', () => this.cb.onMove(i, i - 1));
      down.addEventListener('click', () => this.cb.onMove(i, i + 1));
      remove.addEventListener('click', () => this.cb.onRemove(s.id));
      const dwell = h('input', {
        type: 'number', id: rowId('dwell', s.id), min: 0, max: 600, step: 5, value: s.dwellMin, class: 'route-dwell',
        'aria-label': this.t('dwellNamed', { name: s.name }),
      });
      dwell.addEventListener('change', () => {
        const v = dwell.valueAsNumber;
        if (Number.isFinite(v) && v >= 0) this.cb.onDwell(s.id, v);
      });
      li.append(
        h('div', { class: 'route-stop-main' }, name, meta),
        h('div', { class: 'route-stop-tools' }, h('label', { class: 'route-dwell-label', for: rowId('dwell', s.id) }, this.t('dwell')), dwell, up, down, remove),
      );
      // HTML5 drag and drop: drop a row on another to put it at that row's position.
      li.addEventListener('dragstart', (e) => {
        this.dragFrom = i;
        e.dataTransfer?.setData('text/plain', s.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        li.classList.add('dragging');
      });
      li.addEventListener('dragend', () => {
        this.dragFrom = null;
        li.classList.remove('dragging');
      });
      li.addEventListener('dragover', (e) => {
        if (this.dragFrom === null) return;
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
        li.classList.add('drop-target');
      });
      li.addEventListener('dragleave', () => li.classList.remove('drop-target'));
      li.addEventListener('drop', (e) => {
        e.preventDefault();
        li.classList.remove('drop-target');
        const from = this.dragFrom;
        this.dragFrom = null;
        if (from !== null && from !== i) this.cb.onMove(from, i);
      });
      ol.append(li);
    });
    sec.append(ol);
    if (m.problems.length) {
      const list = h('ul', { class: 'route-problems' });
      for (const p of m.problems) {
        const li = h('li', {}, `${p.id}: ${this.t(PROBLEM_KEY[p.reason])} `);
        const rm = h('button', { type: 'button', class: 'icon-btn', 'aria-label': this.t('removeNamed', { name: p.id }) }, '✕');
        rm.addEventListener('click', () => this.cb.onRemove(p.id));
        li.append(rm);
        list.append(li);
      }
      sec.append(h('p', { class: 'hint' }, this.t('problemsHeading')), list);
    }
    return sec;
  }

  private renderLegs(m: RouteModel): HTMLElement {
    const sec = h('div', { class: 'route-legs-block' });
    const modes = h('fieldset', { class: 'route-modes' }, h('legend', {}, this.t('mode')));
    for (const mode of TRAVEL_MODES) {
      const r = h('input', { type: 'radio', name: 'route-mode', id: `route-mode-${mode}`, value: mode });
      r.checked = m.mode === mode;
      r.addEventListener('change', () => r.checked && this.cb.onMode(mode));
      modes.append(h('label', { for: `route-mode-${mode}`, class: 'route-mode' }, r, this.t(`mode_${mode}`)));
    }
    sec.append(modes);
    if (m.legs.length === 0) return sec;
    sec.append(h('h3', { id: 'route-legs-heading' }, this.t('legsHeading')));
    const ol = h('ol', { class: 'route-legs', 'aria-labelledby': 'route-legs-heading' });
    for (const l of m.legs) {
      const kindKey: RouteStringKey = l.kind === 'tourist-line' ? 'leg_tourist_line' : l.kind === 'road' ? 'leg_road' : 'leg_straight';
      ol.append(
        h('li', { class: `route-leg route-leg-${l.kind}`, 'data-kind': l.kind },
          h('span', { class: 'route-leg-ends' }, this.t('legLine', { from: l.from, to: l.to })),
          h('span', { class: 'route-leg-figures' },
            h('span', { class: 'route-leg-distance' }, l.distance), ' · ',
            h('span', { class: `route-leg-kind route-leg-kind-${l.kind}` }, this.t(kindKey)), ' · ', l.minutes,
            l.approximate ? ` ${this.t('approximateLeg')}` : ''),
          h('span', { class: 'route-leg-reason hint' }, this.t(l.reason))),
      );
    }
    sec.append(ol);
    sec.append(
      h('dl', { class: 'route-totals' },
        h('dt', {}, this.t('total')), h('dd', { id: 'route-total-distance' }, m.total),
        h('dt', {}, this.t('totalTime')), h('dd', { id: 'route-total-time' }, m.totalTime, ' (', this.t('travelTime', { travel: m.travel, dwell: m.dwell }), ')')),
    );
    if (m.routing.state === 'pending') sec.append(h('p', { class: 'hint' }, this.t('routingPending')));
    if (m.routing.state === 'ok') sec.append(h('p', { class: 'hint' }, this.t('routingOk')));
    if (m.routing.state === 'failed') sec.append(h('p', { class: 'route-warning' }, this.t('routingFailed', { detail: m.routing.detail ?? '' })));
    return sec;
  }

  private renderOptimise(m: RouteModel): HTMLElement {
    const sec = h('div', { class: 'route-optimise' });
    const fs = h('fieldset', {}, h('legend', {}, this.t('optimiseHeading')));
    const opts: Array<[EndOption, RouteStringKey]> = [['open', 'optimiseOpen'], ['end', 'optimiseFixedEnd'], ['round', 'optimiseRoundTrip']];
    for (const [value, key] of opts) {
      const r = h('input', { type: 'radio', name: 'route-end', id: `route-end-${value}`, value });
      r.checked = m.endOption === value;
      r.addEventListener('change', () => r.checked && this.cb.onEndOption(value));
      fs.append(h('label', { for: `route-end-${value}`, class: 'route-mode' }, r, this.t(key)));
    }
    const btn = h('button', { type: 'button', id: 'route-optimise', class: 'primary' }, this.t('optimise'));
    btn.disabled = m.stops.length < 3;
    btn.addEventListener('click', () => this.cb.onOptimise());
    sec.append(fs, btn, h('p', { class: 'hint' }, m.stops.length < 3 ? this.t('optimiseNeedsThree') : this.t('optimiseNote')));
    if (m.optimiseMessage) sec.append(h('p', { class: 'route-optimise-result', id: 'route-optimise-result' }, m.optimiseMessage));
    return sec;
  }

  private renderAlong(m: RouteModel): HTMLElement {
    const sec = h('div', { class: 'route-along' }, h('h3', { id: 'route-along-heading' }, this.t('alongHeading')));
    const input = h('input', { type: 'number', id: 'route-along-m', min: 100, max: 10000, step: 100, value: m.alongMetres });
    input.addEventListener('change', () => {
      const v = input.valueAsNumber;
      if (Number.isFinite(v) && v >= 100 && v <= 10000) this.cb.onAlongMetres(v);
    });
    sec.append(h('div', { class: 'route-inline' }, h('label', { for: 'route-along-m' }, this.t('alongDistance')), input));
    if (m.stops.length === 0) return sec;
    const n = m.along.reduce((s, g) => s + g.items.length, 0);
    sec.append(h('p', { class: 'hint' }, n === 0 ? this.t('alongNone', { m: m.alongMetres }) : this.t('alongCount', { n, m: m.alongMetres })));
    for (const g of m.along) {
      const ul = h('ul', { class: 'route-along-list' });
      for (const it of g.items) {
        const add = h('button', { type: 'button', class: 'small', 'aria-label': this.t('addNamed', { name: it.name }) }, this.t('addToRoute'));
        add.addEventListener('click', () => this.cb.onAdd(it.id));
        const open = h('button', { type: 'button', class: 'linkish' }, it.name);
        open.addEventListener('click', () => this.cb.onOpenSite(it.id));
        ul.append(h('li', {}, open, h('span', { class: 'hint' }, ` ${it.distance}${it.approximate ? ` · ${this.t('approximate')}` : ''} `), add));
      }
      sec.append(h('h4', {}, `${g.label} (${g.items.length})`), ul);
    }
    return sec;
  }

  private renderSuggestions(m: RouteModel): HTMLElement {
    const sec = h('div', { class: 'route-suggestions' }, h('h3', {}, this.t('suggestionsHeading')));
    for (const s of m.suggestions) {
      const card = h('article', { class: 'route-suggestion', 'aria-label': `${this.t('suggestion')}: ${s.title}` },
        h('p', { class: 'route-badge' }, this.t('suggestion')), h('h4', {}, s.title));
      const ol = h('ol', {});
      for (const st of s.stops) {
        const src = h('span', { class: 'fact-source' });
        for (const ref of st.sources) src.append(' [', safeLink(ref.url, ref.title || ref.url), ']');
        ol.append(h('li', {}, st.name, st.approximate ? ` (${this.t('approximate')})` : '', ' ', h('span', { class: 'hint' }, `${this.t('sourcesOf')}:`), src));
      }
      card.append(h('p', { class: 'hint' }, this.t('suggestionStops', { n: s.stops.length })), ol);
      if (s.skipped.length) card.append(h('p', { class: 'hint' }, this.t('suggestionSkipped', { names: s.skipped.join('、') })));
      if (s.missingCards.length) card.append(h('p', { class: 'route-warning' }, this.t('nameCardsMissing', { cards: s.missingCards.join('；') })));
      const use = h('button', { type: 'button', 'aria-label': this.t('useSuggestion', { title: s.title }) }, this.t('useSuggestion', { title: s.title }));
      use.disabled = s.stops.length === 0;
      use.addEventListener('click', () => this.cb.onUseSuggestion(s.id));
      card.append(use);
      sec.append(card);
    }
    return sec;
  }

  private renderKeep(m: RouteModel): HTMLElement {
    const sec = h('div', { class: 'route-keep' }, h('h3', {}, this.t('keepHeading')));
    const empty = m.stops.length === 0;
    const tools = h('div', { class: 'route-buttons' });
    const mk = (id: string, key: RouteStringKey, fn: () => void, disabled = false) => {
      const b = h('button', { type: 'button', id }, this.t(key));
      b.disabled = disabled;
      b.addEventListener('click', fn);
      tools.append(b);
    };
    mk('route-copy-link', 'copyLink', () => this.cb.onCopyLink(), empty);
    mk('route-export-gpx', 'exportGpx', () => this.cb.onExport('gpx'), empty);
    mk('route-export-geojson', 'exportGeoJson', () => this.cb.onExport('geojson'), empty);
    mk('route-export-kml', 'exportKml', () => this.cb.onExport('kml'), empty);
    mk('route-print', 'print', () => this.cb.onPrint(), empty);
    const file = h('input', { type: 'file', id: 'route-import', accept: '.gpx,.geojson,.json,.kml,.kmz,.csv,.tsv,.tcx,application/gpx+xml,application/geo+json,application/json,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,text/csv' });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) this.cb.onImport(f);
      file.value = '';
    });
    sec.append(tools,
      h('div', { class: 'route-import' }, h('label', { for: 'route-import' }, this.t('importRoute')), file, h('p', { class: 'hint' }, this.t('importHint'))),
      this.importAlert);

    const name = h('input', { type: 'text', id: 'route-name', maxlength: 200, value: this.routeName || this.t('defaultRouteName') });
    name.addEventListener('input', () => (this.routeName = name.value));
    const save = h('button', { type: 'button', id: 'route-save' }, this.t('save'));
    save.disabled = empty;
    save.addEventListener('click', () => this.cb.onSave(name.value.trim() || this.t('defaultRouteName')));
    sec.append(h('div', { class: 'route-inline' }, h('label', { for: 'route-name' }, this.t('routeName')), name, save));
    sec.append(h('h4', { id: 'route-saved-heading' }, this.t('savedHeading')));
    if (m.savedProblem) sec.append(h('p', { class: 'route-warning' }, m.savedProblem));
    if (m.saved.length === 0) sec.append(h('p', { class: 'hint' }, this.t('savedNone')));
    const ul = h('ul', { class: 'route-saved', 'aria-labelledby': 'route-saved-heading' });
    for (const r of m.saved) {
      const load = h('button', { type: 'button', class: 'small', 'aria-label': this.t('loadNamed', { name: r.name }) }, this.t('load'));
      load.addEventListener('click', () => this.cb.onLoad(r.id));
      const del = h('button', { type: 'button', class: 'small', 'aria-label': this.t('deleteNamed', { name: r.name }) }, this.t('delete'));
      del.addEventListener('click', () => this.cb.onDelete(r.id));
      ul.append(h('li', {}, h('span', { class: 'route-saved-name' }, r.name), h('span', { class: 'hint' }, ` ${r.meta} `), load, del));
    }
    sec.append(ul);
    return sec;
  }

  private renderSettings(m: RouteModel): HTMLElement {
    const det = h('details', { class: 'route-settings' }, h('summary', {}, this.t('assumptions')));
    det.append(h('p', { class: 'hint' }, this.t('assumptionsNote')));
    for (const mode of TRAVEL_MODES) {
      const id = `route-speed-${mode}`;
      const input = h('input', { type: 'number', id, min: 0.5, max: 130, step: 0.5, value: m.speeds[mode] });
      input.addEventListener('change', () => {
        const v = input.valueAsNumber;
        if (Number.isFinite(v) && v >= 0.5 && v <= 130) this.cb.onSpeed(mode, v);
      });
      det.append(h('div', { class: 'route-inline' }, h('label', { for: id }, this.t(`speed_${mode}`)), input));
    }
    det.append(h('h4', {}, this.t('dwellDefaults')));
    for (const d of m.dwellDefaults) {
      const id = `route-dwell-default-${d.layer}`;
      const input = h('input', { type: 'number', id, min: 0, max: 600, step: 5, value: d.minutes });
      input.addEventListener('change', () => {
        const v = input.valueAsNumber;
        if (Number.isFinite(v) && v >= 0 && v <= 600) this.cb.onDwellDefault(d.layer, v);
      });
      det.append(h('div', { class: 'route-inline' }, h('label', { for: id }, d.label), input));
    }
    const url = h('input', { type: 'url', id: 'route-osrm', value: m.osrmUrl, placeholder: 'http://127.0.0.1:5000', spellcheck: 'false' });
    const apply = h('button', { type: 'button', id: 'route-osrm-apply' }, this.t('osrmApply'));
    apply.addEventListener('click', () => this.cb.onOsrm(url.value.trim()));
    det.append(
      h('div', { class: 'route-inline' }, h('label', { for: 'route-osrm' }, this.t('osrmLabel')), url, apply),
      h('p', { class: 'hint' }, this.t('osrmHint')),
    );
    // Keep the settings open across re-renders once the user opened them.
    det.open = this.settingsOpen;
    det.addEventListener('toggle', () => (this.settingsOpen = det.open));
    return det;
  }

  private settingsOpen = false;
}
