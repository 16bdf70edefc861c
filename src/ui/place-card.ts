// The place card (the "details" aside), in the order a visitor needs it: the name (UI language first, the
// other below), the designations as badges, a short summary, one row of actions (Add to route, Directions,
// Share), then the address and key facts, the sections other features add (Nearby …), and last, folded,
// "About this data" with precision, position source, original coordinates, notes and sources.
// Opened by a map click, a list row, search or ?site=<id>; one card per place, whichever member was opened.
import type { Fact, SiteFeature, SourceRef } from '../types';
import type { Lang } from '../types';
import { t } from '../i18n/strings';
import { sourceClassLabel, tCard } from '../i18n/card';
import { directionsLinks } from '../data/directions';
import { h, keepEqualChildren, safeLink } from './dom';
import { icon } from './icons';
import { siteName } from './site-labels';
import type { Namers } from './place-card-model';
import {
  allSources,
  badges,
  factRows,
  otherFacts,
  provenance,
  shortSourceTitle,
  summaryFact,
} from './place-card-model';

/** A source link under its short title; the full title is its tooltip. */
function sourceLink(s: SourceRef): HTMLElement {
  const link = safeLink(s.url, shortSourceTitle(s.title, s.url));
  if (s.title) link.title = s.title;
  return link;
}

/** A section or an action another feature contributes; it gets the primary member and all members. */
export type CardPart = (primary: SiteFeature, lang: Lang, members: readonly SiteFeature[]) => HTMLElement | null;

export interface PlaceCardOptions extends Namers {
  onClose: () => void;
  /** The features of the place a feature belongs to, primary first. */
  membersOf: (f: SiteFeature) => SiteFeature[];
  /** The permalink of a site, for Share. */
  permalink: (id: string) => string;
  /** Writes text to the clipboard; rejects when it cannot. */
  copy?: (text: string) => Promise<void>;
}

export class PlaceCard {
  readonly el: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly closeBtn: HTMLButtonElement;
  private readonly body: HTMLElement;
  private readonly actions: CardPart[] = [];
  private readonly sections: CardPart[] = [];
  private members: SiteFeature[] = [];
  private lang: Lang = 'zh';
  /** Told synchronously when the card opens or closes (the map's padding follows it). */
  onVisibility: (shown: boolean) => void = () => undefined;

  constructor(private readonly opts: PlaceCardOptions) {
    this.heading = h('h2', { id: 'details-heading', tabindex: -1, class: 'card-name' });
    this.closeBtn = h('button', { type: 'button', class: 'panel-close icon-button' }, icon('close'));
    this.closeBtn.addEventListener('click', () => opts.onClose());
    this.body = h('div', { class: 'details-body card-body' });
    this.el = h(
      'aside',
      { id: 'details', class: 'panel details-panel place-card', hidden: true },
      h('div', { class: 'card-head' }, this.heading, this.closeBtn),
      this.body,
    );
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') opts.onClose();
    });
  }

  /** Adds a button to the action row (after Add to route's slot order: contributions come first). */
  addAction(part: CardPart): void {
    this.actions.push(part);
  }

  /** Adds a section between the key facts and "About this data". */
  addExtra(part: CardPart): void {
    this.sections.push(part);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.el.setAttribute('aria-label', t(lang, 'siteDetails'));
    this.closeBtn.setAttribute('aria-label', t(lang, 'closeDetails'));
    this.closeBtn.title = t(lang, 'closeDetails');
    this.refresh();
  }

  /** Shows the place a feature belongs to (all its members, primary first: src/analysis/same-place.ts). */
  show(f: SiteFeature, focus: boolean): void {
    const before = this.members[0]?.properties.id;
    this.members = this.opts.membersOf(f);
    const changed = this.members[0]?.properties.id !== before;
    // Another place is built afresh (its buttons act on it); the same place keeps what did not change.
    this.draw(!changed);
    // Another place starts at its name, not where the last card was scrolled to.
    if (changed) {
      this.el.scrollTop = 0;
      this.body.scrollTop = 0;
    }
    const was = this.el.hidden;
    this.el.hidden = false;
    // A newly opened place is announced even when the card was already open: on a phone the sheet rises to half
    // height again if it had been folded away (src/app/shell.ts).
    if (was || changed) this.onVisibility(true);
    if (focus) this.heading.focus({ preventScroll: true });
  }

  hide(): void {
    this.members = [];
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.onVisibility(false);
  }

  get shown(): SiteFeature | null {
    return this.members[0] ?? null;
  }

  /**
   * Updates the card for late-arriving sections (nearby, length, the user's suggestion) or a new language: parts
   * whose markup did not change stay in the page, so the control a keyboard user is on keeps its focus.
   */
  refresh(): void {
    this.draw(true);
  }

  private draw(keepEqual: boolean): void {
    if (!this.members[0]) return;
    const next = this.render(this.members[0], this.members);
    if (keepEqual) keepEqualChildren(this.body, next);
    else this.body.replaceChildren(...next);
  }

  /** The body's parts for a place, top to bottom. */
  private render(primary: SiteFeature, members: readonly SiteFeature[]): Node[] {
    const out = document.createDocumentFragment();
    const lang = this.lang;
    const p = primary.properties;
    this.heading.textContent = siteName(lang, primary);
    this.heading.setAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
    const other = lang === 'zh' ? p.name_en : p.name_zh;
    if (other) out.append(h('p', { class: 'card-other-name', lang: lang === 'zh' ? 'en' : 'zh-Hans' }, other));
    // The same place under other names in other lists (a museum in a protected former office): opened from
    // either name, the card says both, so the name a visitor chose is on the card.
    const shown = siteName(lang, primary);
    const aliases = [...new Set(members.map((m) => siteName(lang, m)).filter((n) => n && n !== shown))];
    if (aliases.length)
      out.append(
        h(
          'p',
          { class: 'card-aliases' },
          tCard(lang, 'alsoListedAs', { names: aliases.join(lang === 'zh' ? '、' : '; ') }),
        ),
      );

    const badgeList = h('ul', { class: 'badges', 'aria-label': tCard(lang, 'designations') });
    for (const b of badges(lang, members)) badgeList.append(h('li', { class: `badge badge-${b.layer}` }, b.text));
    out.append(badgeList);

    if (!primary.geometry) out.append(h('p', { class: 'details-unknown', role: 'note' }, t(lang, 'positionUnknown')));
    const summary = summaryFact(members);
    if (summary) out.append(this.factParagraph(summary, 'card-summary'));

    out.append(this.actionRow(primary, members));

    const rows = factRows(lang, members, this.opts);
    if (rows.length) {
      const dl = h('dl', { class: 'details-facts card-facts' });
      for (const r of rows)
        dl.append(h('dt', {}, r.label), h('dd', r.lang ? { lang: r.lang === 'zh' ? 'zh-Hans' : 'en' } : {}, r.value));
      out.append(dl);
    }
    const facts = otherFacts(members, summary);
    if (facts.length) {
      const list = h('ul', { class: 'details-fact-list' });
      for (const fact of facts) list.append(this.factItem(fact));
      out.append(h('h3', {}, tCard(lang, 'keyFacts')), list);
    }
    for (const part of this.sections) {
      const section = part(primary, lang, members);
      if (section) out.append(section);
    }
    out.append(this.about(members));
    return [...out.childNodes];
  }

  /** "Unverified" beside a statement no credible source carries (src/types.ts, Fact.unverified). */
  private unverifiedMark(fact: Fact): HTMLElement | null {
    if (!fact.unverified) return null;
    return h(
      'span',
      { class: 'badge badge-unverified', title: tCard(this.lang, 'unverifiedTitle') },
      tCard(this.lang, 'unverified'),
    );
  }

  private factItem(fact: Fact): HTMLElement {
    const li = h('li', {}, this.lang === 'zh' ? fact.zh : fact.en);
    const mark = this.unverifiedMark(fact);
    if (mark) li.append(' ', mark);
    for (const s of fact.sources) li.append(' ', h('span', { class: 'fact-source' }, '[', sourceLink(s), ']'));
    return li;
  }

  private factParagraph(fact: Fact, cls: string): HTMLElement {
    const p = h('p', { class: cls }, this.lang === 'zh' ? fact.zh : fact.en);
    const mark = this.unverifiedMark(fact);
    if (mark) p.append(' ', mark);
    fact.sources.forEach((s, i) => p.append(' ', h('sup', { class: 'fact-source' }, safeLink(s.url, `[${i + 1}]`))));
    return p;
  }

  private actionRow(primary: SiteFeature, members: readonly SiteFeature[]): HTMLElement {
    const lang = this.lang;
    const row = h('div', { class: 'card-actions', role: 'group', 'aria-label': tCard(lang, 'actions') });
    for (const part of this.actions) {
      const el = part(primary, lang, members);
      if (el) row.append(el);
    }
    row.append(this.directions(primary));
    const status = h('p', { class: 'card-feedback', role: 'status' });
    const share = h(
      'button',
      {
        type: 'button',
        class: 'action',
        id: 'card-share',
        title: tCard(lang, 'shareLabel', { name: siteName(lang, primary) }),
      },
      icon('share'),
      h('span', {}, tCard(lang, 'share')),
    );
    share.addEventListener('click', () => {
      const url = this.opts.permalink(primary.properties.id);
      const copy = this.opts.copy ?? ((text: string) => navigator.clipboard.writeText(text));
      copy(url).then(
        () => (status.textContent = tCard(lang, 'shareCopied')),
        () => (status.textContent = tCard(lang, 'shareFailed', { url })),
      );
    });
    row.append(share);
    return h('div', { class: 'card-actions-wrap' }, row, status);
  }

  private directions(primary: SiteFeature): HTMLElement {
    const lang = this.lang;
    const g = primary.geometry;
    const position =
      g?.type === 'Point' && g.coordinates.length >= 2
        ? ([g.coordinates[0]!, g.coordinates[1]!] as [number, number])
        : null;
    const links = directionsLinks({ name: primary.properties.name_zh, position, city: tCard('zh', 'city') });
    const menuId = 'card-directions-menu';
    const button = h(
      'button',
      { type: 'button', class: 'action', id: 'card-directions', 'aria-expanded': 'false', 'aria-controls': menuId },
      icon('directions'),
      h('span', {}, tCard(lang, 'directions')),
      icon('expand', 14),
    );
    const menu = h('ul', {
      class: 'directions-menu',
      id: menuId,
      hidden: true,
      'aria-label': tCard(lang, 'directionsMenu'),
    });
    if (!position)
      menu.append(h('li', { class: 'hint' }, tCard(lang, 'directionsByName', { city: tCard(lang, 'city') })));
    for (const l of links) {
      const a = safeLink(l.href, tCard(lang, `app_${l.app}`));
      a.dataset['app'] = l.app;
      a.dataset['datum'] = l.datum ?? 'name';
      menu.append(h('li', {}, a));
    }
    const setOpen = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      menu.hidden = !open;
    };
    button.addEventListener('click', () => setOpen(menu.hidden));
    const wrap = h('div', { class: 'directions' }, button, menu);
    // Escape with the menu open (focus on its button or in it) closes the menu only, not the whole card.
    wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !menu.hidden) {
        e.stopPropagation();
        setOpen(false);
        button.focus();
      }
    });
    return wrap;
  }

  private about(members: readonly SiteFeature[]): HTMLElement {
    const lang = this.lang;
    const box = h(
      'details',
      { class: 'card-about' },
      h('summary', {}, icon('info', 16), h('span', {}, tCard(lang, 'about'))),
    );
    for (const f of members) {
      const pv = provenance(lang, f, siteName(lang, f));
      if (members.length > 1) box.append(h('h4', {}, pv.name));
      const dl = h('dl', { class: 'details-facts' });
      const row = (label: string, value: string | null, attrs: Record<string, string> = {}) => {
        if (value) dl.append(h('dt', {}, label), h('dd', attrs, value));
      };
      row(tCard(lang, 'precision'), pv.precision, { 'data-precision': f.properties.precision });
      row(tCard(lang, 'positionFrom'), pv.positionFrom);
      row(tCard(lang, 'originalCrs'), pv.original);
      row(tCard(lang, 'derivedFrom'), pv.derivedFrom);
      row(t(lang, 'notes'), pv.notes);
      box.append(dl);
    }
    const sources = h('ul', { class: 'details-sources' });
    for (const s of allSources(members)) {
      const li = h('li', {}, sourceLink(s));
      if (s.class)
        li.append(' ', h('span', { class: `badge badge-source source-${s.class}` }, sourceClassLabel(lang, s.class)));
      sources.append(li);
    }
    box.append(h('h4', {}, tCard(lang, 'sources')), h('p', { class: 'hint' }, tCard(lang, 'sourceClassHint')), sources);
    return box;
  }
}
