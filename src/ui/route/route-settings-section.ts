// The planning assumptions behind every time: speeds per travel mode, default dwell per layer and an optional
// OSRM server for road legs. Built once inside a <details> that therefore stays open or closed as the user left it.
import type { RouteModel } from '../../analysis/route-view-model';
import type { LayerId, TravelMode } from '../../types';
import { TRAVEL_MODES } from '../../types';
import { h } from '../dom';
import { KeyedList } from '../keyed-list';
import type { RouteT } from './route-section';
import { numberIn, setText, setValue } from './route-section';

export interface SettingsCallbacks {
  onSpeed: (mode: TravelMode, kmh: number) => void;
  onDwellDefault: (layer: string, minutes: number) => void;
  onOsrm: (url: string) => void;
}

type DwellDefault = RouteModel['dwellDefaults'][number];

interface DwellRow {
  el: HTMLElement;
  label: HTMLLabelElement;
  input: HTMLInputElement;
}

export class RouteSettingsSection {
  readonly el: HTMLDetailsElement;
  private readonly summary = h('summary', {});
  private readonly note = h('p', { class: 'hint' });
  private readonly speeds = new Map<TravelMode, { label: HTMLLabelElement; input: HTMLInputElement }>();
  private readonly dwellHeading = h('h4', {});
  private readonly dwell: KeyedList<DwellDefault, DwellRow>;
  private readonly osrmLabel = h('label', { for: 'route-osrm' });
  private readonly osrm = h('input', {
    type: 'url',
    id: 'route-osrm',
    placeholder: 'http://127.0.0.1:5000',
    spellcheck: 'false',
  });
  private readonly apply = h('button', { type: 'button', id: 'route-osrm-apply' });
  private readonly osrmHint = h('p', { class: 'hint' });

  constructor(private readonly cb: SettingsCallbacks) {
    this.el = h('details', { class: 'route-settings' }, this.summary, this.note);
    for (const mode of TRAVEL_MODES) {
      const id = `route-speed-${mode}`;
      const input = h('input', { type: 'number', id, min: 0.5, max: 130, step: 0.5 });
      input.addEventListener('change', () => {
        const v = numberIn(input, 0.5, 130);
        if (v !== null) cb.onSpeed(mode, v);
      });
      const label = h('label', { for: id });
      this.speeds.set(mode, { label, input });
      this.el.append(h('div', { class: 'route-inline' }, label, input));
    }
    this.dwell = new KeyedList(
      h('div', {}),
      (d) => d.layer,
      (d) => this.dwellRow(d.layer),
      (r, d) => {
        setText(r.label, d.label);
        setValue(r.input, d.minutes);
      },
    );
    this.apply.addEventListener('click', () => cb.onOsrm(this.osrm.value.trim()));
    this.el.append(
      this.dwellHeading,
      this.dwell.container,
      h('div', { class: 'route-inline' }, this.osrmLabel, this.osrm, this.apply),
      this.osrmHint,
    );
  }

  update(m: RouteModel, t: RouteT): void {
    setText(this.summary, t('assumptions'));
    setText(this.note, t('assumptionsNote'));
    for (const [mode, { label, input }] of this.speeds) {
      setText(label, t(`speed_${mode}`));
      setValue(input, m.speeds[mode]);
    }
    setText(this.dwellHeading, t('dwellDefaults'));
    this.dwell.set(m.dwellDefaults);
    setText(this.osrmLabel, t('osrmLabel'));
    setValue(this.osrm, m.osrmUrl);
    setText(this.apply, t('osrmApply'));
    setText(this.osrmHint, t('osrmHint'));
  }

  private dwellRow(layer: LayerId): DwellRow {
    const id = `route-dwell-default-${layer}`;
    const input = h('input', { type: 'number', id, min: 0, max: 600, step: 5 });
    input.addEventListener('change', () => {
      const v = numberIn(input, 0, 600);
      if (v !== null) this.cb.onDwellDefault(layer, v);
    });
    const label = h('label', { for: id });
    return { el: h('div', { class: 'route-inline' }, label, input), label, input };
  }
}
