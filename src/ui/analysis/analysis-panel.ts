// The "Spatial analysis" panel: the buffer tool (source + radius → the "Buffer results" region) and the
// indicators (shares near the tourist line / stations, sites per district with a density-map switch).
// DOM only: every figure is computed elsewhere (src/analysis/) and handed in; actions go out as callbacks.
import type { BufferResult, BufferHit } from '../../analysis/buffer-query';
import type { Indicators, ShareIndicator } from '../../analysis/indicators';
import type { Lang, SiteFeature } from '../../types';
import { LAYER_IDS } from '../../types';
import { tAnalysis } from '../../i18n/analysis';
import type { AnalysisKey } from '../../i18n/analysis';
import { clear, h } from '../dom';
import { layerName, siteName } from '../site-labels';
import { formatDistance, groupLabel, percent } from './format';

export const MIN_RADIUS_M = 100;
export const MAX_RADIUS_M = 10_000;

export interface SourceGroup {
  key: AnalysisKey;
  features: SiteFeature[];
}

export interface AnalysisPanelOptions {
  onRun: (sourceId: string, metres: number) => void;
  onClear: () => void;
  onOpenSite: (id: string) => void;
  /** Id of the site open in the details panel if it can be a source, else null (the panel then says why). */
  openSite: () => { id: string | null; located: boolean };
  onDensity: (on: boolean) => void;
  onClose: () => void;
}

/** What the results region shows: nothing chosen yet, a problem with the request, or a result. */
export type BufferView =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'problem'; text: string }
  | { kind: 'result'; result: BufferResult; sourceName: string };

export class AnalysisPanel {
  readonly el: HTMLElement;
  private lang: Lang = 'zh';
  private groups: SourceGroup[] = [];
  private view: BufferView = { kind: 'none' };
  private indicators: Indicators | null = null;

  private readonly heading = h('h2', { id: 'analysis-heading', tabindex: -1 });
  private readonly closeBtn = h('button', { type: 'button', class: 'panel-close' }, '×');
  private readonly bufferHeading = h('h3', { id: 'buffer-heading' });
  private readonly sourceLabel = h('label', { for: 'buffer-source' });
  private readonly sourceSelect = h('select', { id: 'buffer-source' });
  private readonly useOpenBtn = h('button', { type: 'button', class: 'analysis-secondary' });
  private readonly radiusLabel = h('label', { for: 'buffer-radius' });
  private readonly radiusInput = h('input', {
    id: 'buffer-radius',
    type: 'number',
    min: MIN_RADIUS_M,
    max: MAX_RADIUS_M,
    step: 50,
    value: 1000,
    inputmode: 'numeric',
  });
  private readonly rangeLabel = h('label', { for: 'buffer-range' });
  private readonly rangeInput = h('input', {
    id: 'buffer-range',
    type: 'range',
    min: MIN_RADIUS_M,
    max: MAX_RADIUS_M,
    step: 100,
    value: 1000,
  });
  private readonly radiusHint = h('p', { class: 'hint', id: 'buffer-radius-hint' });
  private readonly formMessage = h('p', {
    class: 'analysis-message',
    id: 'buffer-form-message',
    'aria-live': 'polite',
  });
  private readonly runBtn = h('button', { type: 'submit', class: 'analysis-primary' });
  private readonly clearBtn = h('button', { type: 'button' });
  private readonly resultsHeading = h('h3', { id: 'buffer-results-heading' });
  private readonly resultsBody = h('div', { class: 'buffer-results-body', 'aria-live': 'polite' });
  private readonly indicatorsHeading = h('h3', { id: 'indicators-heading' });
  private readonly indicatorsBody = h('div', { class: 'indicators-body' });
  /** The density switch is built once, below the tables that are rebuilt with the figures. */
  private readonly densityBox = h('input', { type: 'checkbox', id: 'density-toggle' });
  private readonly densityLabel = h('label', { for: 'density-toggle' });
  private readonly densityLegend = h('p', { class: 'hint' });
  private readonly densityBlock = h(
    'div',
    { hidden: true },
    h('div', { class: 'analysis-check' }, this.densityBox, this.densityLabel),
    this.densityLegend,
  );

  constructor(private readonly opts: AnalysisPanelOptions) {
    this.closeBtn.addEventListener('click', () => opts.onClose());
    this.radiusInput.setAttribute('aria-describedby', 'buffer-radius-hint');
    this.radiusInput.addEventListener('input', () => {
      const v = Number(this.radiusInput.value);
      if (Number.isFinite(v) && v >= MIN_RADIUS_M && v <= MAX_RADIUS_M) this.rangeInput.value = String(v);
    });
    this.rangeInput.addEventListener('input', () => {
      this.radiusInput.value = this.rangeInput.value;
    });
    this.useOpenBtn.addEventListener('click', () => {
      const open = opts.openSite();
      if (open.id && open.located && [...this.sourceSelect.options].some((o) => o.value === open.id)) {
        this.sourceSelect.value = open.id;
        this.formMessage.textContent = '';
      } else this.formMessage.textContent = tAnalysis(this.lang, 'openSiteNotLocated');
    });
    this.clearBtn.addEventListener('click', () => opts.onClear());
    this.densityBox.addEventListener('change', () => {
      opts.onDensity(this.densityBox.checked);
    });
    const form = h('form', { class: 'buffer-form' });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const raw = this.radiusInput.value.trim();
      const metres = Number(raw);
      if (raw === '' || !Number.isFinite(metres)) {
        this.formMessage.textContent = tAnalysis(this.lang, 'radiusInvalid');
        this.radiusInput.focus();
        return;
      }
      const clamped = Math.min(MAX_RADIUS_M, Math.max(MIN_RADIUS_M, Math.round(metres)));
      this.formMessage.textContent =
        clamped !== metres ? tAnalysis(this.lang, 'radiusClamped', { metres: clamped }) : '';
      this.radiusInput.value = String(clamped);
      this.rangeInput.value = String(clamped);
      opts.onRun(this.sourceSelect.value, clamped);
    });
    form.append(
      h('div', { class: 'analysis-field' }, this.sourceLabel, this.sourceSelect),
      this.useOpenBtn,
      h('div', { class: 'analysis-field' }, this.radiusLabel, this.radiusInput),
      h('div', { class: 'analysis-field' }, this.rangeLabel, this.rangeInput),
      this.radiusHint,
      h('div', { class: 'analysis-actions' }, this.runBtn, this.clearBtn),
      this.formMessage,
    );
    const results = h(
      'section',
      { class: 'buffer-results', 'aria-labelledby': 'buffer-results-heading' },
      this.resultsHeading,
      this.resultsBody,
    );
    const bufferSection = h(
      'section',
      { class: 'analysis-section', 'aria-labelledby': 'buffer-heading' },
      this.bufferHeading,
      form,
      results,
    );
    const indicatorsSection = h(
      'section',
      { class: 'analysis-section', 'aria-labelledby': 'indicators-heading' },
      this.indicatorsHeading,
      this.indicatorsBody,
      this.densityBlock,
    );
    this.el = h(
      'div',
      { class: 'analysis-content' },
      h('div', { class: 'panel-header' }, this.heading, this.closeBtn),
      bufferSection,
      indicatorsSection,
    );
  }

  focusHeading(): void {
    this.heading.focus();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    const s = tAnalysis.in(lang);
    this.heading.textContent = s('analysisPanel');
    this.closeBtn.setAttribute('aria-label', s('closeAnalysis'));
    this.bufferHeading.textContent = s('buffer');
    this.sourceLabel.textContent = s('bufferSource');
    this.useOpenBtn.textContent = s('useOpenSite');
    this.radiusLabel.textContent = s('radius');
    this.rangeLabel.textContent = s('radiusSlider');
    this.radiusHint.textContent = s('radiusHint');
    this.runBtn.textContent = s('showBuffer');
    this.clearBtn.textContent = s('clearBuffer');
    this.resultsHeading.textContent = s('bufferResults');
    this.indicatorsHeading.textContent = s('indicators');
    this.densityLabel.textContent = s('showDensity');
    this.densityLegend.textContent = s('densityLegend');
    this.formMessage.textContent = '';
    this.renderSources();
    this.renderResults();
    this.renderIndicators();
  }

  setSources(groups: SourceGroup[]): void {
    this.groups = groups;
    this.renderSources();
  }

  /** Puts a request (from the URL or a run) into the controls. */
  setRequest(sourceId: string, metres: number): void {
    if ([...this.sourceSelect.options].some((o) => o.value === sourceId)) this.sourceSelect.value = sourceId;
    this.radiusInput.value = String(metres);
    this.rangeInput.value = String(metres);
  }

  showBuffer(view: BufferView): void {
    this.view = view;
    this.renderResults();
  }

  showIndicators(ind: Indicators | null): void {
    this.indicators = ind;
    this.renderIndicators();
  }

  setDensity(on: boolean): void {
    this.densityBox.checked = on;
  }

  private renderSources(): void {
    const selected = this.sourceSelect.value;
    clear(this.sourceSelect);
    for (const g of this.groups) {
      if (g.features.length === 0) continue;
      const og = h('optgroup', { label: tAnalysis(this.lang, g.key) });
      for (const f of g.features) og.append(h('option', { value: f.properties.id }, siteName(this.lang, f)));
      this.sourceSelect.append(og);
    }
    if (selected && [...this.sourceSelect.options].some((o) => o.value === selected))
      this.sourceSelect.value = selected;
  }

  private renderResults(): void {
    const lang = this.lang;
    const body = this.resultsBody;
    clear(body);
    const v = this.view;
    if (v.kind === 'none') return void body.append(h('p', { class: 'hint' }, tAnalysis(lang, 'noBuffer')));
    if (v.kind === 'loading') return void body.append(h('p', { class: 'hint' }, tAnalysis(lang, 'loading')));
    if (v.kind === 'problem') return void body.append(h('p', { class: 'analysis-problem' }, v.text));
    const r = v.result;
    body.append(
      h(
        'p',
        { class: 'buffer-summary' },
        tAnalysis(lang, 'bufferSummary', { count: r.hits.length, metres: r.radiusM, source: v.sourceName }),
      ),
    );
    if (r.sourceApproximate) body.append(h('p', { class: 'hint' }, tAnalysis(lang, 'sourceApproximate')));
    if (r.hits.length === 0) body.append(h('p', {}, tAnalysis(lang, 'noHits')));
    for (const layer of LAYER_IDS) {
      const group = r.byLayer[layer];
      if (!group) continue;
      const layerSection = h(
        'section',
        { class: 'buffer-layer', 'aria-label': layerName(lang, layer) },
        h('h4', {}, tAnalysis(lang, 'layerCount', { layer: layerName(lang, layer), count: group.count })),
      );
      for (const [key, hits] of Object.entries(group.byGroup)) {
        layerSection.append(
          h('h5', {}, tAnalysis(lang, 'groupCount', { group: groupLabel(lang, layer, key), count: hits.length })),
        );
        const ul = h('ul', { class: 'buffer-hits' });
        for (const hit of hits) ul.append(this.hitRow(hit));
        layerSection.append(ul);
      }
      body.append(layerSection);
    }
    body.append(h('p', { class: 'buffer-excluded' }, tAnalysis(lang, 'excluded', { count: r.excludedUnknown })));
  }

  private hitRow(hit: BufferHit): HTMLElement {
    const lang = this.lang;
    const btn = h('button', { type: 'button', class: 'link-button' }, siteName(lang, hit.feature));
    btn.addEventListener('click', () => this.opts.onOpenSite(hit.id));
    return h(
      'li',
      { 'data-id': hit.id },
      btn,
      ' ',
      h('span', { class: 'distance' }, formatDistance(lang, hit.distanceM)),
      hit.approximate ? ' ' : null,
      hit.approximate ? h('span', { class: 'approx-tag' }, tAnalysis(lang, 'approximate')) : null,
    );
  }

  private shareTable(caption: string, rows: ShareIndicator[]): HTMLElement {
    const lang = this.lang;
    const s = tAnalysis.in(lang);
    const table = h(
      'table',
      { class: 'analysis-table' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['layerHeader', 'withinHeader', 'nHeader', 'shareHeader', 'approxHeader', 'excludedHeader'] as const).map(
            (k) => h('th', { scope: 'col' }, s(k)),
          ),
        ),
      ),
    );
    const tbody = h('tbody');
    for (const r of rows) {
      tbody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, layerName(lang, r.layer)),
          h('td', {}, r.within),
          h('td', {}, r.n),
          h('td', {}, percent(r.share)),
          h('td', {}, r.approximateWithin),
          h('td', {}, r.excludedUnknown),
        ),
      );
    }
    table.append(tbody);
    return h('div', { class: 'table-scroll' }, table);
  }

  private renderIndicators(): void {
    const lang = this.lang;
    const s = tAnalysis.in(lang);
    const body = this.indicatorsBody;
    clear(body);
    const ind = this.indicators;
    this.densityBlock.hidden = !ind;
    if (!ind) return void body.append(h('p', { class: 'hint' }, s('loading')));
    body.append(h('p', { class: 'hint' }, s('indicatorsIntro')));
    if (ind.nearTouristLine) body.append(this.shareTable(s('nearLine'), ind.nearTouristLine));
    else body.append(h('p', {}, s('lineUnavailable')));
    body.append(
      this.shareTable(
        tAnalysis(lang, 'nearStations', { stations: ind.nearStations.stations }),
        ind.nearStations.indicators,
      ),
    );

    const d = ind.perDistrict;
    const table = h(
      'table',
      { class: 'analysis-table', id: 'district-table' },
      h('caption', {}, s('perDistrict')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['districtHeader', 'areaHeader', 'countHeader', 'densityHeader', 'methodHeader'] as const).map((k) =>
            h('th', { scope: 'col' }, s(k)),
          ),
        ),
      ),
    );
    const tbody = h('tbody');
    for (const r of d.rows) {
      const name = lang === 'zh' ? r.name_zh : (r.name_en ?? r.name_zh);
      tbody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, name),
          h('td', {}, Math.round(r.areaKm2)),
          h('td', {}, r.count),
          h('td', {}, r.perThousandKm2.toFixed(2)),
          h('td', {}, `${r.byLocation} / ${r.byProperty}`),
        ),
      );
    }
    table.append(tbody);
    body.append(
      h('div', { class: 'table-scroll' }, table),
      h(
        'p',
        { class: 'hint' },
        tAnalysis(lang, 'districtSummary', { n: d.n, excluded: d.excludedUnknown, unassigned: d.unassigned }),
      ),
    );
  }
}
