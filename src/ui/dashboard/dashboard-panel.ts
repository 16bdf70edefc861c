// The soft-power dashboard: the paper's citation first, then its SWOT table as a 2×2 grid with our map evidence,
// its figures as KPI tiles grouped by section (provenance once per group), charts with table alternatives, and
// spatial indicators computed from our data. DOM only; every map-evidence link is a real <a href="?…"> whose
// plain click is handed to `onNavigate` (no reload); a chart link scrolls to the chart.
import type { Indicators } from '../../analysis/indicators';
import type { LayerCoverage } from '../../data/coverage';
import type { IndicatorsFile } from '../../data/indicators-file';
import { h } from '../dom';
import { renderCharts } from './charts-view';
import { renderCitation } from './citation-view';
import { renderFigures } from './figures-view';
import { renderSpatial } from './spatial-view';
import { renderSwot } from './swot-view';
import type { NameCardState } from './swot-view';
import type { Lang } from '../../types';

export type { NameCardState } from './swot-view';

export interface DashboardInput {
  indicators: IndicatorsFile;
  coverage: LayerCoverage[];
  spatial: Indicators;
  unintegrated: { k: number; n: number; excludedUnknown: number; lineAvailable: boolean };
  /** Railway lines left out of the length for unknown position. */
  railwaysExcludedUnknown: number;
  nameCards: NameCardState[];
  swotHref: (id: string, lang: Lang) => string | null;
  swotChart: (id: string) => string | null;
  figureHref: (id: string, lang: Lang) => string | null;
}

export interface DashboardCallbacks {
  /** A plain click on an evidence link (a query string such as "?layers=transport"). */
  onNavigate: (href: string) => void;
}

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
    const link = (href: string, text: string) => this.link(href, text);
    this.body.replaceChildren(
      renderCitation(lang, d.indicators),
      renderSwot(lang, { ...d, link }),
      renderFigures(lang, d.indicators, { figureHref: d.figureHref, link }),
      renderCharts(lang, d.indicators, d.coverage),
      renderSpatial(lang, d),
    );
  }

  private link(href: string, text: string): HTMLAnchorElement {
    const a = h('a', { href, class: 'evidence-link' }, text);
    a.addEventListener('click', (e) => {
      // Modified or middle clicks keep the browser's behaviour (new tab/window): the link is a real permalink.
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      if (href.startsWith('#')) {
        // An in-page link to a chart: scroll to it and move focus there (the URL keeps describing the view).
        const target = this.body.querySelector<HTMLElement>(href);
        target?.scrollIntoView({ block: 'start' });
        target?.focus({ preventScroll: true });
        return;
      }
      this.cb.onNavigate(href);
    });
    return a;
  }
}
