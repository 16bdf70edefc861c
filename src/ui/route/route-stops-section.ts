// The route's stops: one row per stop, kept by site id so a row (and the button in it that has focus) survives a
// reorder; reorder by the ↑/↓ buttons or by drag and drop. Sites that cannot be stops are listed with the reason.
import type { RouteStringKey } from '../../i18n/route';
import type { SkipReason } from '../../analysis/route-stops';
import type { RouteModel, StopView } from '../../analysis/route-view-model';
import { h } from '../dom';
import { KeyedList } from '../keyed-list';
import type { RouteT } from './route-section';
import { setText, setValue } from './route-section';

/** How the panel words why a site id is not a stop. */
const PROBLEM_KEY: Record<SkipReason, RouteStringKey> = {
  'not-found': 'problem_not_found',
  'no-geometry': 'problem_no_geometry',
  'position-unknown': 'problem_position_unknown',
  'not-a-point': 'problem_not_a_point',
  duplicate: 'problem_duplicate',
};

export interface StopsCallbacks {
  onMove: (from: number, to: number) => void;
  onRemove: (id: string) => void;
  onOpenSite: (id: string) => void;
  onDwell: (id: string, minutes: number) => void;
}

/** Element ids are derived from site ids (already [a-z0-9-]). */
const rowId = (kind: string, id: string) => `route-${kind}-${id}`;

interface StopRow {
  el: HTMLLIElement;
  index: number;
  n: HTMLSpanElement;
  name: Text;
  meta: HTMLSpanElement;
  dwellLabel: HTMLLabelElement;
  dwell: HTMLInputElement;
  up: HTMLButtonElement;
  down: HTMLButtonElement;
  remove: HTMLButtonElement;
}

interface ProblemRow {
  el: HTMLLIElement;
  text: Text;
  rm: HTMLButtonElement;
}

export class RouteStopsSection {
  readonly el: HTMLElement;
  private readonly heading = h('h3', { id: 'route-stops-heading' });
  private readonly hint = h('p', { class: 'hint' });
  private readonly stops: KeyedList<StopView, StopRow>;
  private readonly problemsHint = h('p', { class: 'hint' });
  private readonly problems: KeyedList<RouteModel['problems'][number], ProblemRow>;
  private t: RouteT = (k) => k;
  private dragFrom: number | null = null;
  private count = 0;

  constructor(private readonly cb: StopsCallbacks) {
    const ol = h('ol', { class: 'route-stops', 'aria-labelledby': 'route-stops-heading' });
    this.stops = new KeyedList(
      ol,
      (s) => s.id,
      (s) => this.stopRow(s),
      (r, s, i) => this.updateStop(r, s, i),
    );
    const ul = h('ul', { class: 'route-problems' });
    this.problems = new KeyedList(
      ul,
      (p) => p.id,
      (p) => this.problemRow(p.id),
      (r, p) => {
        setText(r.text, `${p.id}: ${this.t(PROBLEM_KEY[p.reason])} `);
        r.rm.setAttribute('aria-label', this.t('removeNamed', { name: p.id }));
      },
    );
    this.el = h('div', { class: 'route-stops-block' }, this.heading, this.hint, ol, this.problemsHint, ul);
  }

  update(m: RouteModel, t: RouteT): void {
    this.t = t;
    this.count = m.stops.length;
    setText(this.heading, t('stopsHeading'));
    setText(
      this.hint,
      m.stops.length === 0 ? t('empty') : `${t('stopCount', { n: m.stops.length })} · ${t('dragHint')}`,
    );
    const active = document.activeElement;
    this.stops.set(m.stops);
    // At either end a move button turns disabled; the other one of the same stop takes the focus over.
    if (active instanceof HTMLButtonElement && active.disabled && this.stops.container.contains(active)) {
      const alt = active.id.replace(/^route-(up|down)-/, (_m, d: string) => `route-${d === 'up' ? 'down' : 'up'}-`);
      document.getElementById(alt)?.focus();
    }
    setText(this.problemsHint, t('problemsHeading'));
    this.problemsHint.hidden = m.problems.length === 0;
    this.problems.container.hidden = m.problems.length === 0;
    this.problems.set(m.problems);
  }

  private stopRow(s: StopView): StopRow {
    const btn = (kind: string, text: string) =>
      h('button', { type: 'button', id: rowId(kind, s.id), class: 'icon-btn' }, text);
    const r: StopRow = {
      el: h('li', { class: 'route-stop', draggable: 'true' }),
      index: 0,
      n: h('span', { class: 'route-n', 'aria-hidden': 'true' }),
      name: document.createTextNode(''),
      meta: h('span', { class: 'route-stop-meta' }),
      dwellLabel: h('label', { class: 'route-dwell-label', for: rowId('dwell', s.id) }),
      dwell: h('input', { type: 'number', id: rowId('dwell', s.id), min: 0, max: 600, step: 5, class: 'route-dwell' }),
      up: btn('up', '↑'),
      down: btn('down', '↓'),
      remove: btn('remove', '✕'),
    };
    const name = h('button', { type: 'button', class: 'route-stop-name linkish' }, r.n, r.name);
    name.addEventListener('click', () => this.cb.onOpenSite(s.id));
    r.up.addEventListener('click', () => this.cb.onMove(r.index, r.index - 1));
    r.down.addEventListener('click', () => this.cb.onMove(r.index, r.index + 1));
    r.remove.addEventListener('click', () => this.cb.onRemove(s.id));
    r.dwell.addEventListener('change', () => {
      const v = r.dwell.valueAsNumber;
      if (Number.isFinite(v) && v >= 0) this.cb.onDwell(s.id, v);
    });
    r.el.append(
      h('div', { class: 'route-stop-main' }, name, r.meta),
      h('div', { class: 'route-stop-tools' }, r.dwellLabel, r.dwell, r.up, r.down, r.remove),
    );
    this.dragAndDrop(r, s.id);
    return r;
  }

  private updateStop(r: StopRow, s: StopView, i: number): void {
    const { t } = this;
    r.index = i;
    r.el.dataset['index'] = String(i);
    setText(r.n, `${i + 1}`);
    r.name.data = s.name;
    r.meta.replaceChildren(s.kind);
    if (s.approximate)
      r.meta.append(' · ', h('span', { class: 'route-approx', title: t('approximateNote') }, t('approximate')));
    setText(r.dwellLabel, t('dwell'));
    r.dwell.setAttribute('aria-label', t('dwellNamed', { name: s.name }));
    setValue(r.dwell, s.dwellMin);
    r.up.setAttribute('aria-label', t('moveUpNamed', { name: s.name }));
    r.up.title = t('moveUp');
    r.down.setAttribute('aria-label', t('moveDownNamed', { name: s.name }));
    r.down.title = t('moveDown');
    r.remove.setAttribute('aria-label', t('removeNamed', { name: s.name }));
    r.remove.title = t('removeFromRoute');
    r.up.disabled = i === 0;
    r.down.disabled = i === this.count - 1;
  }

  /** HTML5 drag and drop: drop a row on another to put it at that row's position. */
  private dragAndDrop(r: StopRow, id: string): void {
    const li = r.el;
    li.addEventListener('dragstart', (e) => {
      this.dragFrom = r.index;
      e.dataTransfer?.setData('text/plain', id);
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
      if (from !== null && from !== r.index) this.cb.onMove(from, r.index);
    });
  }

  private problemRow(id: string): ProblemRow {
    const text = document.createTextNode('');
    const rm = h('button', { type: 'button', class: 'icon-btn' }, '✕');
    rm.addEventListener('click', () => this.cb.onRemove(id));
    return { el: h('li', {}, text, rm), text, rm };
  }
}
