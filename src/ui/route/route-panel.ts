// The route planner panel: a <section> named "Route" / "路线" made of sections (stops, legs, optimise, along,
// keep and share, suggestions, settings) that build their controls once and update them in place. It only shows
// the model it is given and reports what the user did through callbacks; all computing happens in
// src/app/route-planner.ts and src/analysis/.
import { tRoute } from '../../i18n/route';
import { h } from '../dom';
import type { Lang, TravelMode } from '../../types';
import type { EndOption, RouteModel } from '../../analysis/route-view-model';
import { RouteKeepSection } from './route-keep-section';
import type { KeepCallbacks } from './route-keep-section';
import { RouteLegsSection } from './route-legs-section';
import { RouteOptimiseSection } from './route-optimise-section';
import type { RouteT } from './route-section';
import { RouteSettingsSection } from './route-settings-section';
import { RouteStopsSection } from './route-stops-section';
import { RouteSuggestionsSection } from './route-suggestions-section';

export type { EndOption, RouteModel } from '../../analysis/route-view-model';

/** Everything the panel reports; saving, loading, sharing and files are the keep section's (route-keep-section.ts). */
export interface RoutePanelCallbacks extends KeepCallbacks {
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
}

export class RoutePanel {
  readonly el: HTMLElement;
  private readonly heading: HTMLHeadingElement;
  private readonly closeBtn: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly stops: RouteStopsSection;
  private readonly legs: RouteLegsSection;
  private readonly optimise: RouteOptimiseSection;
  private readonly keep: RouteKeepSection;
  private readonly suggestions: RouteSuggestionsSection;
  private readonly settings: RouteSettingsSection;
  private lang: Lang = 'zh';
  private model: RouteModel | null = null;

  /** `el` is the panel's (empty) section, placed in the page before the planner loads. */
  constructor(cb: RoutePanelCallbacks, el: HTMLElement) {
    this.heading = h('h2', { id: 'route-heading', tabindex: -1 });
    this.closeBtn = h('button', { type: 'button', class: 'panel-close' }, '×');
    this.closeBtn.addEventListener('click', () => cb.onClose());
    this.status = h('p', { role: 'status', class: 'route-status' });
    this.stops = new RouteStopsSection(cb);
    this.legs = new RouteLegsSection(cb.onMode);
    this.optimise = new RouteOptimiseSection(cb);
    this.keep = new RouteKeepSection(cb);
    this.suggestions = new RouteSuggestionsSection(cb.onUseSuggestion);
    this.settings = new RouteSettingsSection(cb);
    const body = h(
      'div',
      { class: 'route-body' },
      this.stops.el,
      this.legs.el,
      this.optimise.el,
      this.optimise.along,
      this.keep.el,
      this.suggestions.el,
      this.settings.el,
    );
    this.el = el;
    el.append(h('div', { class: 'panel-header' }, this.heading, this.closeBtn), this.status, body);
  }

  setOpen(open: boolean): void {
    this.el.hidden = !open;
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    if (this.model) this.update(this.model);
  }

  /** A short message in the panel's status line (optimiser result, import done, link copied). */
  say(text: string): void {
    this.status.textContent = text;
  }

  showImportErrors(lines: readonly string[]): void {
    this.keep.showImportErrors(lines);
  }

  /** Show the model: every section sets its controls' values and text in place; only lists gain or lose rows. */
  update(model: RouteModel): void {
    this.model = model;
    const t: RouteT = tRoute.in(this.lang);
    this.heading.textContent = t('heading');
    this.closeBtn.setAttribute('aria-label', t('close'));
    this.stops.update(model, t);
    this.legs.update(model, t);
    this.optimise.update(model, t);
    this.keep.update(model, t);
    this.suggestions.update(model, t);
    this.settings.update(model, t);
  }
}
