// The paper's SWOT table as a 2×2 grid (Strengths, Weaknesses / Opportunities, Threats), three items each in the
// paper's order. Each item: its key term, our paraphrase, the section that argues it, and either a link to the
// map state (or chart) that shows the evidence, or a plain statement that the map has nothing to show.
import type { IndicatorsFile, LocalText, SwotItem } from '../../data/indicators-file';
import { SWOT_QUADRANTS } from '../../data/indicators-file';
import { tDashboard } from '../../i18n/dashboard';
import type { DashboardKey } from '../../i18n/dashboard';
import { h } from '../dom';
import type { Lang } from '../../types';

export type CardStatus = 'exact' | 'approximate' | 'unknown' | 'absent';

export interface NameCardState {
  id: string;
  card: LocalText;
  status: CardStatus;
  /** The feature's name (when the card is in our data). */
  name: LocalText | null;
}

export interface SwotInput {
  indicators: IndicatorsFile;
  unintegrated: { k: number; n: number; excludedUnknown: number };
  nameCards: NameCardState[];
  /** A map permalink for an item, or null. */
  swotHref: (id: string, lang: Lang) => string | null;
  /** The id of a dashboard chart that is an item's evidence, or null. */
  swotChart: (id: string) => string | null;
  link: (href: string, text: string) => HTMLElement;
}

const langAttr = (l: Lang) => (l === 'zh' ? 'zh-Hans' : 'en');
const STATUS_KEY: Record<CardStatus, DashboardKey> = {
  exact: 'cardExact',
  approximate: 'cardApproximate',
  unknown: 'cardUnknown',
  absent: 'cardAbsent',
};

function nameCards(lang: Lang, d: SwotInput): HTMLElement {
  const T = tDashboard.in(lang);
  return h(
    'div',
    { class: 'name-cards' },
    h('p', { class: 'evidence-note' }, T('nameCardsHeading')),
    h(
      'ul',
      { class: 'name-card-list' },
      ...d.nameCards.map((c) => {
        const name = c.name ? c.name[lang] : '';
        return h(
          'li',
          { 'data-card': c.id, 'data-status': c.status },
          h('span', { class: 'name-card' }, c.card[lang]),
          ' — ',
          T(STATUS_KEY[c.status], { name }),
        );
      }),
    ),
  );
}

function item(lang: Lang, d: SwotInput, it: SwotItem): HTMLElement {
  const T = tDashboard.in(lang);
  const href = d.swotHref(it.id, lang);
  const chart = d.swotChart(it.id);
  const evidence: (HTMLElement | null)[] = [];
  if (it.map_evidence) evidence.push(h('p', { class: 'evidence-note' }, it.map_evidence[lang]));
  if (href) evidence.push(d.link(href, T('showEvidence', { what: it.term[lang] })));
  else if (chart) evidence.push(d.link(`#${chart}`, T('showChart', { what: it.term[lang] })));
  else evidence.push(h('p', { class: 'evidence-none' }, T('noMapEvidence')));
  if (it.id === 'insufficient-integration-of-cultural-resources') {
    const u = d.unintegrated;
    evidence.push(h('p', { class: 'evidence-note' }, T('unintegratedNote', { k: u.k, n: u.n, u: u.excludedUnknown })));
  }
  if (it.id === 'weak-innovation-few-brands') evidence.push(nameCards(lang, d));
  return h(
    'li',
    { class: 'swot-item', 'data-swot': it.id },
    h('p', { class: 'swot-term', lang: langAttr(lang) }, it.term[lang]),
    h('p', { class: 'swot-text' }, it.text[lang]),
    h('p', { class: 'swot-meta' }, T('arguedIn', { section: it.argued_in })),
    ...evidence,
  );
}

export function renderSwot(lang: Lang, d: SwotInput): HTMLElement {
  const T = tDashboard.in(lang);
  const quadrants = SWOT_QUADRANTS.map((q) => {
    const id = `dash-swot-${q}`;
    return h(
      'section',
      { class: `swot-quadrant swot-${q}`, 'aria-labelledby': id },
      h('h4', { id }, T(`quadrant_${q}`)),
      h(
        'ol',
        { class: 'swot-list' },
        ...d.indicators.swot.items.filter((i) => i.quadrant === q).map((i) => item(lang, d, i)),
      ),
    );
  });
  return h(
    'section',
    { class: 'dash-section', 'aria-labelledby': 'dash-swot-h' },
    h(
      'h3',
      { id: 'dash-swot-h' },
      T('swotHeading'),
      ' ',
      h('span', { class: 'section-tag' }, d.indicators.swot.table_section),
    ),
    h('p', { class: 'dash-intro' }, T('swotIntro')),
    h('div', { class: 'swot-grid' }, ...quadrants),
  );
}
