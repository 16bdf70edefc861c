// The citation block that opens the dashboard: which paper the figures and the SWOT come from (title, authors,
// institution, project number) in both languages, and what the page is.
import type { IndicatorsFile } from '../../data/indicators-file';
import { tDashboard } from '../../i18n/dashboard';
import { h } from '../dom';
import type { Lang } from '../../types';

export function renderCitation(lang: Lang, file: IndicatorsFile): HTMLElement {
  const p = file.paper;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const langAttr = (l: Lang) => (l === 'zh' ? 'zh-Hans' : 'en');
  return h(
    'section',
    { class: 'dash-citation', 'aria-labelledby': 'dash-citation-h' },
    h('h3', { id: 'dash-citation-h', class: 'visually-hidden' }, tDashboard(lang, 'citationHeading')),
    h(
      'p',
      { class: 'citation-line' },
      h('span', { class: 'citation-label' }, tDashboard(lang, 'citationLabel')),
      h('cite', { class: 'citation-title', lang: langAttr(lang) }, p.title[lang]),
      h('cite', { class: 'citation-title-other', lang: langAttr(other) }, p.title[other]),
    ),
    h('p', { class: 'citation-authors' }, p.authors[lang], ' · ', p.institution[lang]),
    h(
      'p',
      { class: 'citation-project' },
      h('span', { class: 'citation-label' }, tDashboard(lang, 'projectLabel')),
      p.project[lang],
    ),
    h('p', { class: 'citation-note' }, p.translation_note[lang]),
    h('p', { class: 'dashboard-about' }, tDashboard(lang, 'about')),
  );
}
