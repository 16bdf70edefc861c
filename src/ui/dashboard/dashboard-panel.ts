// The soft-power dashboard: the SWOT items we hold (and a plain statement of those we do not), the paper's
// figures with year / section / reference or an explicit "not stated", charts with table alternatives, and
// spatial indicators computed from our data with their n and excluded-unknown counts. DOM only; every
// evidence link is a real <a href="?…"> whose plain click is handed to `onNavigate` (no reload).
import type { Indicators, ShareIndicator } from '../../analysis/indicators';
import type { LayerCoverage } from '../../data/coverage';
import type { Indicator, IndicatorsFile, LocalText, SwotItem } from '../../data/indicators';
import { formatNumber, formatValue, tDashboard } from '../../i18n/dashboard';
import type { DashboardKey } from '../../i18n/dashboard';
import type { Lang } from '../../i18n/strings';
import { OKABE_ITO } from '../../config/palette';
import { h } from '../dom';
import { layerName } from '../site-labels';
import { barChart } from './bar-chart';

export interface DashboardInput {
  indicators: IndicatorsFile;
  coverage: LayerCoverage[];
  spatial: Indicators;
  unintegrated: { k: number; n: number; excludedUnknown: number; lineAvailable: boolean };
  /** Railway lines left out of the length for unknown position. */
  railwaysExcludedUnknown: number;
  /** The name of 兰州老街, which has no known position (null if the feature is missing). */
  oldStreet: LocalText | null;
  swotHref: (id: string, lang: Lang) => string | null;
  figureHref: (id: string, lang: Lang) => string | null;
}

export interface DashboardCallbacks {
  /** A plain click on an evidence link (a query string such as "?layers=transport"). */
  onNavigate: (href: string) => void;
}

const GROUP_KEYS: Record<string, DashboardKey> = {
  tourism: 'group_tourism',
  civic: 'group_civic',
  'culture-economy': 'group_culture_economy',
  'education-talent': 'group_education_talent',
  'layer-counts': 'group_layer_counts',
  designations: 'group_designations',
};

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
const langAttr = (l: Lang) => (l === 'zh' ? 'zh-Hans' : 'en');

export class DashboardPanel {
  readonly body: HTMLElement;
  private input: DashboardInput | null = null;

  constructor(private readonly cb: DashboardCallbacks) {
    this.body = h('div', { class: 'dashboard-body' });
  }

  setInput(input: DashboardInput): void {
    this.input = input;
  }

  render(lang: Lang): void {
    const d = this.input;
    if (!d) return;
    this.body.replaceChildren(
      h('p', { class: 'dashboard-about' }, tDashboard(lang, 'about')),
      this.swot(lang, d),
      this.figures(lang, d),
      this.charts(lang, d),
      this.spatialTable(lang, d),
    );
  }

  private link(href: string, text: string): HTMLAnchorElement {
    const a = h('a', { href, class: 'evidence-link' }, text);
    a.addEventListener('click', (e) => {
      // Modified or middle clicks keep the browser's behaviour (new tab/window): the link is a real permalink.
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      this.cb.onNavigate(href);
    });
    return a;
  }

  private swot(lang: Lang, d: DashboardInput): HTMLElement {
    const T = (k: DashboardKey, v?: Record<string, string | number>) => tDashboard(lang, k, v);
    const ec = d.indicators.swot.expected_counts;
    const expected = ec.strengths + ec.weaknesses + ec.opportunities + ec.threats;
    const items = d.indicators.swot.items.map((it) => this.swotItem(lang, d, it));
    const missing = d.indicators.swot.missing;
    return h(
      'section',
      { class: 'dash-section', 'aria-labelledby': 'dash-swot-h' },
      h('h3', { id: 'dash-swot-h' }, T('swotHeading')),
      h('p', {}, T('swotIntro', { expected, s: ec.strengths, w: ec.weaknesses, o: ec.opportunities, t: ec.threats, held: d.indicators.swot.items.length })),
      h('ul', { class: 'swot-list' }, ...items),
      h(
        'div',
        { class: 'swot-missing', role: 'note', 'aria-labelledby': 'dash-swot-missing-h' },
        h('h4', { id: 'dash-swot-missing-h' }, T('swotMissingHeading', { n: missing.count })),
        h('p', {}, missing[lang]),
      ),
    );
  }

  private swotItem(lang: Lang, d: DashboardInput, it: SwotItem): HTMLElement {
    const T = (k: DashboardKey, v?: Record<string, string | number>) => tDashboard(lang, k, v);
    const quadrant = it.quadrant ? T(`quadrant_${it.quadrant}`) : T('quadrantUnknown');
    const href = d.swotHref(it.id, lang);
    const notes: (HTMLElement | null)[] = [];
    if (it.id === 'homogenisation' && d.oldStreet) {
      notes.push(h('p', { class: 'evidence-note' }, T('noPositionNote', { name: d.oldStreet[lang] })));
    }
    if (it.id === 'insufficient-integration-of-cultural-resources') {
      notes.push(
        h('p', { class: 'evidence-note' }, T('unintegratedNote', { k: d.unintegrated.k, n: d.unintegrated.n, u: d.unintegrated.excludedUnknown })),
      );
    }
    return h(
      'li',
      { class: 'swot-item', 'data-swot': it.id },
      h('p', { class: 'swot-text', lang: langAttr(lang) }, it.text[lang]),
      h('p', { class: 'swot-text-other', lang: langAttr(other(lang)) }, it.text[other(lang)]),
      h('p', { class: 'swot-quadrant' }, it.quadrant ? `${T('quadrant')}: ${quadrant}` : quadrant),
      it.zh_is_our_translation ? h('p', { class: 'swot-meta' }, T('zhIsTranslation')) : null,
      h('p', { class: 'swot-meta' }, it.section ? `${T('section')}: ${it.section}` : T('sectionNotRecorded')),
      href ? this.link(href, T('showEvidence', { what: it.text[lang] })) : null,
      ...notes,
    );
  }

  private figures(lang: Lang, d: DashboardInput): HTMLElement {
    const T = (k: DashboardKey) => tDashboard(lang, k);
    const groups = new Map<string, Indicator[]>();
    for (const ind of d.indicators.indicators) {
      const g = ind.group ?? 'other';
      groups.set(g, [...(groups.get(g) ?? []), ind]);
    }
    const blocks = [...groups].map(([g, list]) =>
      h(
        'div',
        { class: 'figure-group' },
        h('h4', {}, T(GROUP_KEYS[g] ?? 'group_other')),
        h('ul', { class: 'figure-list' }, ...list.map((ind) => this.figure(lang, d, ind))),
      ),
    );
    return h(
      'section',
      { class: 'dash-section', 'aria-labelledby': 'dash-figures-h' },
      h('h3', { id: 'dash-figures-h' }, T('figuresHeading')),
      h('p', {}, T('figuresIntro')),
      ...blocks,
    );
  }

  private figure(lang: Lang, d: DashboardInput, ind: Indicator): HTMLElement {
    const T = (k: DashboardKey) => tDashboard(lang, k);
    const src = d.indicators.sources[ind.source];
    const href = d.figureHref(ind.id, lang);
    const englishOnly = (text: string) => h('span', { lang: 'en' }, text);
    const row = (key: DashboardKey, ...value: (HTMLElement | string)[]) => h('div', {}, h('dt', {}, T(key)), h('dd', {}, ...value));
    return h(
      'li',
      { class: 'figure-card', 'data-indicator': ind.id },
      h('p', { class: 'figure-label' }, ind.label[lang]),
      h('p', { class: 'figure-value' }, formatValue(lang, ind.value, ind.unit)),
      h(
        'dl',
        { class: 'figure-meta' },
        row('year', ind.year !== null ? String(ind.year) : T('yearNotStated'), ...(ind.year_note ? [' — ', englishOnly(ind.year_note)] : [])),
        row('measures', ind.measures[lang]),
        row('section', ind.section ?? T('sectionNotRecorded')),
        row('reference', ind.paper_reference ?? T('referenceNotRecorded')),
        row('transcribedFrom', src ? src.title : ind.source),
        ...(ind.notes ? [row('note', englishOnly(ind.notes), T('inEnglishOnly'))] : []),
      ),
      href ? this.link(href, `${T('showOnMap')}: ${ind.label[lang]}`) : null,
    );
  }

  private charts(lang: Lang, d: DashboardInput): HTMLElement {
    const T = (k: DashboardKey) => tDashboard(lang, k);
    const ind = (id: string) => d.indicators.indicators.find((i) => i.id === id);
    const common = { missingText: tDashboard(lang, 'notGiven'), showTable: T('showTable'), hideTable: T('hideTable'), itemHeader: T('colItem') };
    const charts: HTMLElement[] = [];

    const growth = ['domestic-tourism-revenue-growth', 'domestic-tourists-growth', 'inbound-tourists-growth']
      .map(ind)
      .filter((i): i is Indicator => i !== undefined);
    if (growth.length > 0) {
      charts.push(
        barChart({
          ...common,
          id: 'chart-growth',
          title: T('chartGrowth'),
          description: T('chartGrowthDesc'),
          series: [{ name: T('colValue'), colour: OKABE_ITO.blue }],
          rows: growth.map((i) => ({ label: i.label[lang], values: [i.value] })),
          format: (v) => `${formatNumber(lang, v)}%`,
        }),
      );
    }

    const ranks: [string, DashboardKey][] = [
      ['provincial-capital-rank', 'cityLanzhou'],
      ['provincial-capital-rank-xian', 'cityXian'],
      ['provincial-capital-rank-chengdu', 'cityChengdu'],
    ];
    const rankRows = ranks.flatMap(([id, city]) => {
      const i = ind(id);
      return i ? [{ label: T(city), values: [i.value] }] : [];
    });
    if (rankRows.length > 0) {
      charts.push(
        barChart({
          ...common,
          id: 'chart-rank',
          title: T('chartRank'),
          description: T('chartRankDesc'),
          itemHeader: T('colItem'),
          series: [{ name: T('colRank'), colour: OKABE_ITO.bluishGreen }],
          rows: rankRows,
          format: (v) => formatValue(lang, v, 'rank'),
        }),
      );
    }

    const layerRows = d.coverage.flatMap((c) =>
      c.parts.filter((p) => p.paper !== null).map((p) => ({ label: `${c.label[lang]} · ${p.label[lang]}`, values: [p.paper, p.held] })),
    );
    if (layerRows.length > 0) {
      charts.push(
        barChart({
          ...common,
          id: 'chart-layers',
          title: T('chartLayers'),
          description: T('chartLayersDesc'),
          series: [
            { name: T('legendPaper'), colour: OKABE_ITO.orange },
            { name: T('legendOurs'), colour: OKABE_ITO.blue },
          ],
          rows: layerRows,
          format: (v) => formatNumber(lang, v),
        }),
      );
    }
    return h('section', { class: 'dash-section', 'aria-labelledby': 'dash-charts-h' }, h('h3', { id: 'dash-charts-h' }, T('chartsHeading')), ...charts);
  }

  private spatialTable(lang: Lang, d: DashboardInput): HTMLElement {
    const T = (k: DashboardKey, v?: Record<string, string | number>) => tDashboard(lang, k, v);
    const swotText = (id: string) => d.indicators.swot.items.find((i) => i.id === id)?.text[lang] ?? id;
    const pct = (x: number | null) =>
      x === null ? '—' : new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'percent', maximumFractionDigits: 0 }).format(x);
    const shareText = (s: ShareIndicator) =>
      T('share', { within: s.within, n: s.n, pct: pct(s.share) }) + (s.approximateWithin > 0 ? ` · ${T('approxIncluded', { a: s.approximateWithin })}` : '');
    type Row = { what: string; value: string; n: number; excluded: number; claim: string };
    const rows: Row[] = [];
    const sp = d.spatial;
    if (sp.nearTouristLine) {
      for (const s of sp.nearTouristLine) {
        rows.push({ what: T('nearLine', { layer: layerName(lang, s.layer) }), value: shareText(s), n: s.n, excluded: s.excludedUnknown, claim: swotText('superior-location-convenient-transport') });
      }
    } else {
      rows.push({ what: T('nearLine', { layer: '—' }), value: T('noTouristLine'), n: 0, excluded: 0, claim: swotText('superior-location-convenient-transport') });
    }
    for (const s of sp.nearStations.indicators) {
      rows.push({
        what: T('nearStations', { layer: layerName(lang, s.layer), k: sp.nearStations.stations }),
        value: shareText(s),
        n: s.n,
        excluded: s.excludedUnknown,
        claim: swotText('superior-location-convenient-transport'),
      });
    }
    const u = d.unintegrated;
    rows.push({
      what: T('unintegratedIndicator'),
      value: T('share', { within: u.k, n: u.n, pct: pct(u.n > 0 ? u.k / u.n : null) }),
      n: u.n,
      excluded: u.excludedUnknown,
      claim: swotText('insufficient-integration-of-cultural-resources'),
    });
    const top = [...sp.perDistrict.rows].sort((a, b) => b.count - a.count)[0];
    if (top) {
      rows.push({
        what: T('perDistrict', { top: lang === 'zh' ? top.name_zh : top.name_en ?? top.name_zh }),
        value: T('perDistrictValue', { count: top.count, density: formatNumber(lang, Math.round(top.perThousandKm2 * 10) / 10) }),
        n: sp.perDistrict.n,
        excluded: sp.perDistrict.excludedUnknown,
        claim: swotText('rich-historical-cultural-resources'),
      });
    }
    if (sp.railways.length > 0) {
      const km = sp.railways.reduce((s, r) => s + r.km, 0);
      const err = sp.railways.reduce((s, r) => s + r.errorBoundKm, 0);
      rows.push({
        what: T('railwayKm'),
        value: T('railwayValue', { km: formatNumber(lang, Math.round(km)), err: formatNumber(lang, Math.round(err * 10) / 10) }),
        n: sp.railways.length,
        excluded: d.railwaysExcludedUnknown,
        claim: swotText('superior-location-convenient-transport'),
      });
    }
    return h(
      'section',
      { class: 'dash-section', 'aria-labelledby': 'dash-spatial-h' },
      h('h3', { id: 'dash-spatial-h' }, T('spatialHeading')),
      h('p', {}, T('spatialIntro')),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table spatial-table' },
          h('caption', {}, T('spatialHeading')),
          h(
            'thead',
            {},
            h('tr', {}, ...(['colIndicator', 'colValue', 'colN', 'colExcluded', 'colBearsOn'] as const).map((k) => h('th', { scope: 'col' }, T(k)))),
          ),
          h(
            'tbody',
            {},
            ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.what), h('td', {}, r.value), h('td', {}, String(r.n)), h('td', {}, String(r.excluded)), h('td', {}, r.claim))),
          ),
        ),
      ),
    );
  }
}
