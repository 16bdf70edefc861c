// The layers panel: a labelled checkbox per thematic layer, a legend swatch drawn in the layer's colour and
// shape, and counts of what is drawn and what has no known position ("12 on the map · 3 without …").
import type { Lang, LayerId } from '../types';
import { LAYER_IDS } from '../types';
import { t } from '../i18n/strings';
import { LAYER_COLOURS } from '../config/palette';
import { h } from './dom';
import { layerName } from './site-labels';

export interface LayerCounts {
  located: number;
  unknown: number;
}

const SWATCH_SHAPE: Record<LayerId, 'line' | 'dot' | 'square'> = {
  'tourist-line': 'line',
  'scenic-spots': 'dot',
  'heritage-units': 'dot',
  museums: 'dot',
  'ich-items': 'dot',
  designations: 'square',
  transport: 'line',
};

export class LayersPanel {
  readonly el: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly rows = new Map<LayerId, { input: HTMLInputElement; name: HTMLElement; count: HTMLElement }>();
  private lang: Lang = 'zh';
  private counts: Partial<Record<LayerId, LayerCounts>> = {};

  constructor(onToggle: (layer: LayerId, visible: boolean) => void, extra: HTMLElement[] = []) {
    this.heading = h('h2', { id: 'layers-heading' });
    const list = h('ul', { class: 'layer-list' });
    for (const layer of LAYER_IDS) {
      const input = h('input', { type: 'checkbox', id: `layer-toggle-${layer}`, checked: true });
      input.addEventListener('change', () => onToggle(layer, input.checked));
      const name = h('span', { class: 'layer-name' });
      const count = h('span', { class: 'layer-count', id: `layer-count-${layer}` });
      const swatch = h('span', { class: `swatch swatch-${SWATCH_SHAPE[layer]}`, 'aria-hidden': 'true' });
      swatch.style.setProperty('--swatch', LAYER_COLOURS[layer]);
      const label = h('label', { for: input.id, 'aria-describedby': count.id }, swatch, name);
      list.append(h('li', { class: 'layer-row' }, input, label, count));
      this.rows.set(layer, { input, name, count });
    }
    this.el = h(
      'section',
      { id: 'layers-panel', class: 'panel layers-panel', 'aria-labelledby': 'layers-heading' },
      this.heading,
      list,
      ...extra,
    );
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.heading.textContent = t(lang, 'layersPanel');
    for (const [layer, row] of this.rows) row.name.textContent = layerName(lang, layer);
    this.renderCounts();
  }

  setVisible(visible: readonly LayerId[]): void {
    for (const [layer, row] of this.rows) row.input.checked = visible.includes(layer);
  }

  setCounts(counts: Partial<Record<LayerId, LayerCounts>>): void {
    this.counts = counts;
    this.renderCounts();
  }

  private renderCounts(): void {
    for (const [layer, row] of this.rows) {
      const c = this.counts[layer];
      row.count.textContent = c ? t(this.lang, 'layerCount', { located: c.located, unknown: c.unknown }) : '';
    }
  }
}
