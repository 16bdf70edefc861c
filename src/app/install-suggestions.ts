// "Suggest a position" / "Suggest a correction": people who know Lanzhou place a site with a source; their
// suggestions are kept in this browser (versioned, backed up when unreadable), drawn as "your suggestion",
// listed under "My suggestions" with Remove, exported as one contribution file (src/data/contribution.ts) for
// the maintainers' `npm run data:contribute`, and read back when such a file is imported.
import '../../styles/suggest.css';
import type { FeatureCollection } from 'geojson';
import { version as APP_VERSION } from '../../package.json';
import type { AppContext, CardSection } from './context';
import { SuggestFlow } from './suggest-flow';
import { bilingualDistrictName } from './district-names';
import { CONTRIBUTION_FORMAT, parseContributionText, serializeContributionFile } from '../data/contribution';
import type { ContributionIssue } from '../data/contribution';
import { LAYER_IDS } from '../types';
import type { SiteFeature } from '../types';
import type { Lang } from '../types';
import { tSuggest } from '../i18n/suggest';
import {
  loadSuggestions,
  mergeSuggestions,
  storeSuggestions,
  withSuggestion,
  withoutSuggestion,
} from '../state/suggestions';
import type { Suggestion } from '../state/suggestions';
import { safeStorage } from '../state/storage';
import { h, safeLink } from '../ui/dom';
import { MySuggestions } from '../ui/suggest/my-suggestions';
import { downloadText } from '../ui/download';
import { siteName } from '../ui/site-labels';

export interface SuggestionsParts {
  /** "My suggestions" for the side panel. */
  side: HTMLElement;
  /** The placement/form panel over the map. */
  main: HTMLElement;
  /** The site card's section: the suggest button and the user's own suggestion for the site. */
  card: CardSection;
}

/** The largest file read as text to see whether it is a contribution file (ours are a few kB). */
const MAX_CONTRIBUTION_BYTES = 2 * 1024 * 1024;
const fmt = (n: number) => n.toFixed(6);

type Opts = { municipality: FeatureCollection; labelPoint: (district: string | null) => [number, number] | null };

export function installSuggestions(ctx: AppContext, opts: Opts): SuggestionsParts {
  const feature = new SuggestionsFeature(ctx, opts);
  return { side: feature.mine.el, main: feature.flow.panel.el, card: (f, lang) => feature.cardSection(f, lang) };
}

/** The user's suggestions: kept in storage, drawn, listed, exported, and offered on the site card. */
class SuggestionsFeature {
  private readonly storage = safeStorage();
  private list: Suggestion[];
  readonly mine: MySuggestions;
  readonly flow: SuggestFlow;
  /** The card button that started placing, to return focus to when the journey ends. */
  private lastTrigger: HTMLButtonElement | null = null;

  constructor(
    private readonly ctx: AppContext,
    opts: Opts,
  ) {
    const loaded = loadSuggestions(this.storage);
    this.list = loaded.suggestions;
    if (loaded.problem && loaded.backupKey) {
      const lang = ctx.lang();
      // Stays until dismissed: the user should learn where the backup went.
      ctx.notices.show(
        'warning',
        tSuggest(lang, 'storageBackup', {
          reason: tSuggest(lang, loaded.problem === 'corrupt' ? 'reason_corrupt' : 'reason_unknown_version'),
          key: loaded.backupKey,
          n: this.list.length,
        }),
        0,
      );
    }
    this.mine = new MySuggestions({
      onOpen: (siteId) => {
        const s = this.list.find((o) => o.properties.site_id === siteId);
        ctx.store.update({ selected: siteId });
        if (s) ctx.map.showPoint([s.geometry.coordinates[0] ?? 0, s.geometry.coordinates[1] ?? 0], 15);
      },
      onRemove: (siteId) => this.remove(siteId),
      onExport: () => this.exportFile(),
    });
    this.flow = new SuggestFlow(ctx, {
      ...opts,
      districtName: bilingualDistrictName(ctx.districts),
      appVersion: APP_VERSION,
      onSave: (s, f) => {
        this.persist(withSuggestion(this.list, s));
        ctx.notices.show('info', tSuggest(ctx.lang(), 'saved', { name: siteName(ctx.lang(), f) }));
      },
      onEnd: (saved) => this.placingEnded(saved),
    });
    // A contribution file through the Import picker (or dropped on the map) comes back as suggestions.
    ctx.importClaims.push((file) => this.claim(file));
    ctx.onLang((l) => {
      this.mine.setLang(l);
      this.flow.setLang(l);
      this.render();
    });
  }

  private nameOf(siteId: string, lang: Lang): string {
    const f = this.ctx.catalogue.get(siteId);
    return f ? siteName(lang, f) : siteId;
  }

  private render(): void {
    const lang = this.ctx.lang();
    this.ctx.map.setOverlay('suggestions', {
      type: 'FeatureCollection',
      features: this.list.map((s) => ({
        type: 'Feature',
        id: s.properties.site_id,
        geometry: s.geometry,
        properties: {
          id: s.properties.site_id,
          label: `${tSuggest(lang, 'yourSuggestion')}: ${this.nameOf(s.properties.site_id, lang)}`,
        },
      })),
    });
    this.mine.setItems(
      this.list.map((s) => ({
        siteId: s.properties.site_id,
        name: this.nameOf(s.properties.site_id, lang),
        meta: tSuggest(lang, 'suggestionMeta', { coords: coordsOf(s, lang), source: sourceText(s, lang) }),
      })),
    );
    this.ctx.card.refresh();
  }

  private persist(next: Suggestion[]): void {
    this.list = next;
    const r = storeSuggestions(this.storage, this.list);
    if (!r.ok) this.ctx.notices.show('error', tSuggest(this.ctx.lang(), 'saveFailed'));
    this.render();
  }

  private remove(siteId: string): void {
    this.persist(withoutSuggestion(this.list, siteId));
    this.ctx.notices.show('info', tSuggest(this.ctx.lang(), 'removed', { name: this.nameOf(siteId, this.ctx.lang()) }));
  }

  private exportFile(): void {
    if (this.list.length === 0) return;
    const text = serializeContributionFile(this.list);
    const name = `lanzhou-suggestions-${new Date().toISOString().slice(0, 10)}.geojson`;
    downloadText(text, name, 'application/geo+json');
    this.ctx.notices.show('info', tSuggest(this.ctx.lang(), 'exported', { n: this.list.length, file: name }));
  }

  private placingEnded(saved: boolean): void {
    this.ctx.dropZone.classList.remove('placing-site');
    if (!saved) this.ctx.notices.show('info', tSuggest(this.ctx.lang(), 'cancelled'));
    this.ctx.card.refresh();
    // Back where the journey started: the card's button (re-rendered, so found again by its id).
    const id = this.lastTrigger?.id;
    (id ? document.getElementById(id) : null)?.focus();
  }

  /**
   * Details of the open site: the suggest button (point sites and sites without a position; a line cannot take a
   * point), and the user's own suggestion for it, if any.
   */
  cardSection(f: SiteFeature, lang: Lang): HTMLElement | null {
    if (!canSuggest(f)) return null;
    const located = f.geometry?.type === 'Point' && f.properties.precision !== 'unknown';
    const section = h('section', { class: 'details-suggest', 'aria-labelledby': 'details-suggest-heading' });
    const own = this.list.find((s) => s.properties.site_id === f.properties.id);
    if (own) {
      const removeButton = h(
        'button',
        { type: 'button', 'aria-label': tSuggest(lang, 'removeLabel', { name: siteName(lang, f) }) },
        tSuggest(lang, 'remove'),
      );
      removeButton.addEventListener('click', () => this.remove(f.properties.id));
      const src = own.properties.source;
      section.append(
        h('h3', { id: 'details-suggest-heading' }, tSuggest(lang, 'yourSuggestion')),
        h('p', {}, coordsOf(own, lang)),
        h(
          'p',
          {},
          src.kind === 'url' ? safeLink(src.url, src.url) : tSuggest(lang, 'sourceVisitOn', { date: src.date }),
        ),
        removeButton,
      );
    } else {
      section.append(
        h(
          'h3',
          { id: 'details-suggest-heading', class: 'visually-hidden' },
          tSuggest(lang, located ? 'suggestCorrection' : 'suggestPosition'),
        ),
      );
    }
    const button = h(
      'button',
      { type: 'button', id: 'details-suggest-button', class: 'suggest-button' },
      tSuggest(lang, located ? 'suggestCorrection' : 'suggestPosition'),
    );
    button.addEventListener('click', () => {
      this.lastTrigger = button;
      this.ctx.dropZone.classList.add('placing-site');
      const g = f.geometry;
      this.flow.start(f, g?.type === 'Point' ? [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0] : null);
    });
    section.append(
      h('p', { class: 'hint' }, tSuggest(lang, located ? 'suggestCorrectionHint' : 'suggestPositionHint')),
      button,
    );
    return section;
  }

  /** Takes a contribution file from the Import picker; false when the file is something else. */
  private async claim(file: File): Promise<boolean> {
    if (file.size > MAX_CONTRIBUTION_BYTES) return false;
    const text = await file.text();
    if (!text.includes(CONTRIBUTION_FORMAT)) return false;
    const parsed = parseContributionText(text);
    if (parsed.issues.some((i) => i.code === 'not-a-contribution-file' || i.code === 'not-json')) return false;
    const lang = this.ctx.lang();
    const issues: ContributionIssue[] = [...parsed.issues];
    const known = parsed.accepted.filter((s, i) => {
      if (this.ctx.catalogue.get(s.properties.site_id)) return true;
      issues.push({
        index: i,
        code: 'bad-site-id',
        message: tSuggest(lang, 'issue_unknown_site', { i: i + 1, id: s.properties.site_id }),
      });
      return false;
    });
    const problems = issues
      .slice(0, 5)
      .map((i) => i.message)
      .join('; ');
    const notices = this.ctx.notices;
    if (known.length === 0) {
      notices.show('error', tSuggest(lang, 'importNone', { file: file.name, problems }), 0);
      return true;
    }
    const merged = mergeSuggestions(this.list, known);
    this.persist(merged.list);
    notices.show('info', tSuggest(lang, 'importedSuggestions', { file: file.name, n: merged.added }), 30_000);
    if (merged.kept > 0) notices.show('info', tSuggest(lang, 'importKept', { n: merged.kept }), 30_000);
    if (issues.length > 0)
      notices.show('warning', tSuggest(lang, 'importProblems', { file: file.name, n: issues.length, problems }), 0);
    return true;
  }
}

const sourceText = (s: Suggestion, lang: Lang) =>
  s.properties.source.kind === 'url'
    ? s.properties.source.url
    : tSuggest(lang, 'sourceVisitOn', { date: s.properties.source.date });

function coordsOf(s: Suggestion, lang: Lang): string {
  const [lon = 0, lat = 0] = s.geometry.coordinates;
  return tSuggest(lang, 'coords', { lat: fmt(lat), lon: fmt(lon) });
}

const canSuggest = (f: SiteFeature) =>
  (LAYER_IDS as readonly string[]).includes(f.properties.layer) && (f.geometry === null || f.geometry.type === 'Point');
