// The travel mode, the legs between stops (distance, kind, time, why that kind) and the totals. The mode radios
// are built once; the legs list is kept by its two ends.
import type { RouteStringKey } from '../../i18n/route';
import type { LegView, RouteModel } from '../../analysis/route-view-model';
import type { TravelMode } from '../../types';
import { TRAVEL_MODES } from '../../types';
import { h } from '../dom';
import { KeyedList } from '../keyed-list';
import type { RouteT } from './route-section';
import { setText } from './route-section';

interface LegRow {
  el: HTMLLIElement;
  ends: HTMLSpanElement;
  distance: HTMLSpanElement;
  kind: HTMLSpanElement;
  rest: Text;
  reason: HTMLSpanElement;
}

const KIND_KEY: Record<LegView['kind'], RouteStringKey> = {
  'tourist-line': 'leg_tourist_line',
  road: 'leg_road',
  straight: 'leg_straight',
};

export class RouteLegsSection {
  readonly el: HTMLElement;
  private readonly legend = h('legend', {});
  private readonly modes = new Map<TravelMode, { radio: HTMLInputElement; text: Text }>();
  private readonly heading = h('h3', { id: 'route-legs-heading' });
  private readonly legs: KeyedList<LegView, LegRow>;
  private readonly totals = h('dl', { class: 'route-totals' });
  private readonly totalLabel = h('dt', {});
  private readonly total = h('dd', { id: 'route-total-distance' });
  private readonly timeLabel = h('dt', {});
  private readonly time = h('dd', { id: 'route-total-time' });
  private readonly routing = h('p', {});
  private t: RouteT = (k) => k;

  constructor(onMode: (mode: TravelMode) => void) {
    const fs = h('fieldset', { class: 'route-modes' }, this.legend);
    for (const mode of TRAVEL_MODES) {
      const radio = h('input', { type: 'radio', name: 'route-mode', id: `route-mode-${mode}`, value: mode });
      radio.addEventListener('change', () => radio.checked && onMode(mode));
      const text = document.createTextNode('');
      this.modes.set(mode, { radio, text });
      fs.append(h('label', { for: `route-mode-${mode}`, class: 'route-mode' }, radio, text));
    }
    const ol = h('ol', { class: 'route-legs', 'aria-labelledby': 'route-legs-heading' });
    this.legs = new KeyedList(
      ol,
      (l) => `${l.from}\u0000${l.to}`,
      () => this.legRow(),
      (r, l) => this.updateLeg(r, l),
    );
    this.totals.append(this.totalLabel, this.total, this.timeLabel, this.time);
    this.el = h('div', { class: 'route-legs-block' }, fs, this.heading, ol, this.totals, this.routing);
  }

  update(m: RouteModel, t: RouteT): void {
    this.t = t;
    setText(this.legend, t('mode'));
    for (const [mode, { radio, text }] of this.modes) {
      radio.checked = m.mode === mode;
      text.data = t(`mode_${mode}`);
    }
    const none = m.legs.length === 0;
    for (const el of [this.heading, this.legs.container, this.totals]) el.hidden = none;
    setText(this.heading, t('legsHeading'));
    this.legs.set(m.legs);
    setText(this.totalLabel, t('total'));
    setText(this.total, m.total);
    setText(this.timeLabel, t('totalTime'));
    setText(this.time, `${m.totalTime} (${t('travelTime', { travel: m.travel, dwell: m.dwell })})`);
    const state = m.routing.state;
    this.routing.hidden = none || state === 'off';
    this.routing.className = state === 'failed' ? 'route-warning' : 'hint';
    const note =
      state === 'pending'
        ? t('routingPending')
        : state === 'ok'
          ? t('routingOk')
          : state === 'failed'
            ? t('routingFailed', { detail: m.routing.detail ?? '' })
            : '';
    setText(this.routing, note);
  }

  private legRow(): LegRow {
    const r: LegRow = {
      el: h('li', {}),
      ends: h('span', { class: 'route-leg-ends' }),
      distance: h('span', { class: 'route-leg-distance' }),
      kind: h('span', {}),
      rest: document.createTextNode(''),
      reason: h('span', { class: 'route-leg-reason hint' }),
    };
    r.el.append(r.ends, h('span', { class: 'route-leg-figures' }, r.distance, ' · ', r.kind, r.rest), r.reason);
    return r;
  }

  private updateLeg(r: LegRow, l: LegView): void {
    const { t } = this;
    r.el.className = `route-leg route-leg-${l.kind}`;
    r.el.dataset['kind'] = l.kind;
    setText(r.ends, t('legLine', { from: l.from, to: l.to }));
    setText(r.distance, l.distance);
    r.kind.className = `route-leg-kind route-leg-kind-${l.kind}`;
    setText(r.kind, t(KIND_KEY[l.kind]));
    r.rest.data = ` · ${l.minutes}${l.approximate ? ` ${t('approximateLeg')}` : ''}`;
    setText(r.reason, t(l.reason));
  }
}
