// The "Suggest a position" journey for one site: placement mode on the map (src/map/placement.ts), the district
// check after every move (src/analysis/place-of-point.ts), then the short form; Save hands a contribution
// feature to the caller. Esc or Cancel at any step ends it with nothing saved.
import type { FeatureCollection } from 'geojson';
import type { AppContext } from './context';
import { checkPoint } from '../analysis/place-of-point';
import type { PointCheck } from '../analysis/place-of-point';
import { contributionFeature } from '../data/contribution';
import type { SiteFeature } from '../types';
import type { Lang } from '../types';
import { tSuggest } from '../i18n/suggest';
import type { Placement } from '../map/placement';
import { readFormSource } from '../state/suggestions';
import type { SourceProblem, Suggestion } from '../state/suggestions';
import type { SuggestStringKey } from '../i18n/suggest';
import type { CheckView, SuggestFormValues } from '../ui/suggest/suggest-panel';
import { SuggestPanel } from '../ui/suggest/suggest-panel';
import { siteName } from '../ui/site-labels';

export interface SuggestFlowOptions {
  municipality: FeatureCollection;
  /** Where the pin starts for a site without a position: its district's label point. */
  labelPoint: (district: string | null) => [number, number] | null;
  districtName: (zh: string, lang: Lang) => string;
  appVersion: string;
  onSave: (s: Suggestion, f: SiteFeature) => void;
  /** Called when the flow ends (saved or cancelled), to give the page back (details, focus). */
  onEnd: (saved: boolean, f: SiteFeature) => void;
}

const SOURCE_ERRORS: Record<SourceProblem, SuggestStringKey> = {
  'url-missing': 'err_url_missing',
  'url-invalid': 'err_url_invalid',
  'date-missing': 'err_date_missing',
  'date-invalid': 'err_date_invalid',
  'date-future': 'err_date_future',
};

/** "36.061234, 103.826543": six decimals (≈ 0.1 m), more than any claim needs and short enough to read. */
const fmt = (n: number) => n.toFixed(6);

export class SuggestFlow {
  readonly panel: SuggestPanel;
  private site: SiteFeature | null = null;
  private placement: Placement | null = null;
  private lastCheck: PointCheck | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly opts: SuggestFlowOptions,
  ) {
    this.panel = new SuggestPanel({
      onUsePosition: () => this.toForm(),
      onMoveAgain: () => {
        this.panel.showPlacing();
        this.placement?.focusPin();
      },
      onCancel: () => this.finish(false),
      onSave: (v) => this.save(v),
    });
  }

  get active(): boolean {
    return this.site !== null;
  }

  start(f: SiteFeature, start: [number, number] | null): void {
    if (this.site) this.finish(false, true);
    this.site = f;
    const lang = this.ctx.lang();
    const p = f.properties;
    const located = f.geometry?.type === 'Point';
    this.panel.open(located ? 'suggestCorrection' : 'suggestPosition', siteName(lang, f));
    const from = start ?? this.opts.labelPoint(p.district) ?? this.ctx.map.center();
    this.placement = this.ctx.map.startPlacement({
      start: from,
      pinLabel: ([lon, lat]) => tSuggest(this.ctx.lang(), 'pinLabel', { lat: fmt(lat), lon: fmt(lon) }),
      onMove: (pos) => this.update(pos),
      onConfirm: () => this.toForm(),
      onCancel: () => this.finish(false),
    });
    // In the middle of what the suggest panel leaves free, so the pin is not under it.
    this.ctx.map.showPoint(from, 14, this.ctx.mapPadding());
    this.update(from);
    this.placement.focusPin();
  }

  setLang(lang: Lang): void {
    this.panel.setLang(lang);
    if (this.placement && this.site) this.update(this.placement.current);
  }

  private update(pos: [number, number]): void {
    const f = this.site;
    if (!f) return;
    const lang = this.ctx.lang();
    this.lastCheck = checkPoint(pos, f.properties.district, {
      municipality: this.opts.municipality,
      districts: this.ctx.districts,
    });
    this.panel.setPosition(
      tSuggest(lang, 'coords', { lat: fmt(pos[1]), lon: fmt(pos[0]) }),
      this.describe(this.lastCheck, lang),
    );
  }

  private describe(c: PointCheck, lang: Lang): CheckView {
    const name = (zh: string) => this.opts.districtName(zh, lang);
    if (!c.inMunicipality) return { tone: 'error', text: tSuggest(lang, 'warnOutside') };
    if (c.district === null) return { tone: 'warning', text: tSuggest(lang, 'warnNoDistrict') };
    if (c.declared === null)
      return { tone: 'ok', text: tSuggest(lang, 'checkNoDeclared', { district: name(c.district) }) };
    if (!c.inDeclared)
      return {
        tone: 'warning',
        text: tSuggest(lang, 'warnWrongDistrict', { found: name(c.district), declared: name(c.declared) }),
      };
    return { tone: 'ok', text: tSuggest(lang, 'checkOk', { district: name(c.district) }) };
  }

  private toForm(): void {
    if (!this.site) return;
    this.panel.showForm();
  }

  private save(v: SuggestFormValues): void {
    const f = this.site;
    const pos = this.placement?.current;
    if (!f || !pos) return;
    const lang = this.ctx.lang();
    const now = new Date();
    const source = readFormSource(v.sourceKind, v.url, v.date, now.toISOString().slice(0, 10));
    // Outside the municipality the maintainers' merge would refuse it: say so now, keep everything typed.
    const outside = this.lastCheck && !this.lastCheck.inMunicipality;
    if ('problem' in source || outside) {
      const key = 'problem' in source ? SOURCE_ERRORS[source.problem] : null;
      this.panel.showErrors({
        url: key && v.sourceKind === 'url' ? tSuggest(lang, key) : undefined,
        date: key && v.sourceKind === 'site-visit' ? tSuggest(lang, key) : undefined,
        position: outside ? tSuggest(lang, 'err_outside') : undefined,
      });
      return;
    }
    const trimmed = (s: string) => (s.trim() === '' ? null : s.trim());
    const suggestion = contributionFeature(pos, {
      site_id: f.properties.id,
      precision: v.precision,
      uncertainty_m: null,
      source: source.source,
      note: trimmed(v.note),
      contributor: trimmed(v.contributor),
      app_version: this.opts.appVersion,
      created: now.toISOString(),
    });
    this.opts.onSave(suggestion, f);
    this.finish(true);
  }

  /** Ends the flow; `quiet` when a new flow replaces it. */
  finish(saved: boolean, quiet = false): void {
    const f = this.site;
    this.placement?.end();
    this.placement = null;
    this.site = null;
    this.panel.close();
    if (f && !quiet) this.opts.onEnd(saved, f);
  }
}
