// "Optimise order" (open / fixed end / round trip) and the heritage found along the route within a distance.
// The radios, the button and the distance box are built once; the along lists are kept by layer and site id.
import type { RouteStringKey } from '../../i18n/route';
import type { AlongGroupView, EndOption, RouteModel } from '../../analysis/route-view-model';
import { h } from '../dom';
import { KeyedList } from '../keyed-list';
import type { RouteT } from './route-section';
import { numberIn, setText, setValue } from './route-section';

export interface OptimiseCallbacks {
  onEndOption: (o: EndOption) => void;
  onOptimise: () => void;
  onAlongMetres: (m: number) => void;
  onAdd: (id: string) => void;
  onOpenSite: (id: string) => void;
}

type AlongItem = AlongGroupView['items'][number];

interface ItemRow {
  el: HTMLLIElement;
  open: HTMLButtonElement;
  meta: HTMLSpanElement;
  add: HTMLButtonElement;
}

interface GroupRow {
  el: HTMLElement;
  heading: HTMLHeadingElement;
  items: KeyedList<AlongItem, ItemRow>;
}

const END_OPTIONS: Array<[EndOption, RouteStringKey]> = [
  ['open', 'optimiseOpen'],
  ['end', 'optimiseFixedEnd'],
  ['round', 'optimiseRoundTrip'],
];

export class RouteOptimiseSection {
  readonly el: HTMLElement;
  readonly along: HTMLElement;
  private readonly legend = h('legend', {});
  private readonly ends = new Map<EndOption, { radio: HTMLInputElement; text: Text }>();
  private readonly button = h('button', { type: 'button', id: 'route-optimise', class: 'primary' });
  private readonly note = h('p', { class: 'hint' });
  private readonly result = h('p', { class: 'route-optimise-result', id: 'route-optimise-result' });
  private readonly alongHeading = h('h3', { id: 'route-along-heading' });
  private readonly alongLabel = h('label', { for: 'route-along-m' });
  private readonly alongInput = h('input', { type: 'number', id: 'route-along-m', min: 100, max: 10000, step: 100 });
  private readonly alongCount = h('p', { class: 'hint' });
  private readonly groups: KeyedList<AlongGroupView, GroupRow>;
  private t: RouteT = (k) => k;

  constructor(private readonly cb: OptimiseCallbacks) {
    const fs = h('fieldset', {}, this.legend);
    for (const [value] of END_OPTIONS) {
      const radio = h('input', { type: 'radio', name: 'route-end', id: `route-end-${value}`, value });
      radio.addEventListener('change', () => radio.checked && cb.onEndOption(value));
      const text = document.createTextNode('');
      this.ends.set(value, { radio, text });
      fs.append(h('label', { for: `route-end-${value}`, class: 'route-mode' }, radio, text));
    }
    this.button.addEventListener('click', () => cb.onOptimise());
    this.el = h('div', { class: 'route-optimise' }, fs, this.button, this.note, this.result);

    this.alongInput.addEventListener('change', () => {
      const v = numberIn(this.alongInput, 100, 10000);
      if (v !== null) cb.onAlongMetres(v);
    });
    this.groups = new KeyedList(
      h('div', {}),
      (g) => g.label,
      () => this.groupRow(),
      (r, g) => {
        setText(r.heading, `${g.label} (${g.items.length})`);
        r.items.set(g.items);
      },
    );
    this.along = h(
      'div',
      { class: 'route-along' },
      this.alongHeading,
      h('div', { class: 'route-inline' }, this.alongLabel, this.alongInput),
      this.alongCount,
      this.groups.container,
    );
  }

  update(m: RouteModel, t: RouteT): void {
    this.t = t;
    setText(this.legend, t('optimiseHeading'));
    for (const [value, key] of END_OPTIONS) {
      const e = this.ends.get(value)!;
      e.radio.checked = m.endOption === value;
      e.text.data = t(key);
    }
    setText(this.button, t('optimise'));
    this.button.disabled = m.stops.length < 3;
    setText(this.note, m.stops.length < 3 ? t('optimiseNeedsThree') : t('optimiseNote'));
    this.result.hidden = !m.optimiseMessage;
    setText(this.result, m.optimiseMessage ?? '');

    setText(this.alongHeading, t('alongHeading'));
    setText(this.alongLabel, t('alongDistance'));
    setValue(this.alongInput, m.alongMetres);
    const n = m.along.reduce((s, g) => s + g.items.length, 0);
    this.alongCount.hidden = m.stops.length === 0;
    setText(this.alongCount, n === 0 ? t('alongNone', { m: m.alongMetres }) : t('alongCount', { n, m: m.alongMetres }));
    this.groups.set(m.stops.length === 0 ? [] : m.along);
  }

  private groupRow(): GroupRow {
    const heading = h('h4', {});
    const items = new KeyedList<AlongItem, ItemRow>(
      h('ul', { class: 'route-along-list' }),
      (it) => it.id,
      (it) => this.itemRow(it.id),
      (r, it) => {
        const { t } = this;
        setText(r.open, it.name);
        setText(r.meta, ` ${it.distance}${it.approximate ? ` · ${t('approximate')}` : ''} `);
        setText(r.add, t('addToRoute'));
        r.add.setAttribute('aria-label', t('addNamed', { name: it.name }));
      },
    );
    const el = h('div', {}, heading, items.container);
    return { el, heading, items };
  }

  private itemRow(id: string): ItemRow {
    const add = h('button', { type: 'button', class: 'small' });
    add.addEventListener('click', () => this.cb.onAdd(id));
    const open = h('button', { type: 'button', class: 'linkish' });
    open.addEventListener('click', () => this.cb.onOpenSite(id));
    const meta = h('span', { class: 'hint' });
    return { el: h('li', {}, open, meta, add), open, meta, add };
  }
}
