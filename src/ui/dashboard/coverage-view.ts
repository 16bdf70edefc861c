// The data-coverage view: per layer, the paper's count beside the count we hold, how precisely the
// held features are placed, what differs, and the research rows with a source that are not features (with
// the reason). Rendered from computeCoverage's result; DOM only.
import type { CoverageNote, LayerCoverage } from '../../data/coverage';
import { formatNumber, tDashboard } from '../../i18n/dashboard';
import { h, safeLink } from '../dom';
import type { Lang } from '../../types';

function notesList(lang: Lang, notes: readonly CoverageNote[]): HTMLElement {
  return h(
    'ul',
    { class: 'coverage-notes' },
    ...notes.map((n) =>
      h(
        'li',
        {},
        h('span', { class: 'coverage-note-name', lang: 'zh-Hans' }, n.name_zh),
        ' — ',
        n.reason[lang],
        n.sources.length > 0
          ? h(
              'span',
              { class: 'coverage-note-sources' },
              ` (${tDashboard(lang, 'sources')}: `,
              ...n.sources.flatMap((s, i) => [i > 0 ? '; ' : '', safeLink(s.url, s.title)]),
              ')',
            )
          : null,
      ),
    ),
  );
}

export function renderCoverage(
  lang: Lang,
  coverage: readonly LayerCoverage[],
  other: readonly CoverageNote[],
): HTMLElement[] {
  const T = tDashboard.in(lang);
  const num = (v: number | null) => (v === null ? T('notGiven') : formatNumber(lang, v));
  const blocks = coverage.map((c) => {
    const name = c.label[lang];
    const hid = `coverage-${c.layer}-h`;
    return h(
      'section',
      { class: 'coverage-layer', 'aria-labelledby': hid, 'data-layer': c.layer },
      h('h3', { id: hid }, name),
      h(
        'table',
        { class: 'data-table coverage-counts' },
        h('caption', {}, T('countsCaption', { layer: name })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, T('colPart')),
            h('th', { scope: 'col' }, T('colPaper')),
            h('th', { scope: 'col' }, T('colHeld')),
          ),
        ),
        h(
          'tbody',
          {},
          ...c.parts.map((p) =>
            h('tr', {}, h('th', { scope: 'row' }, p.label[lang]), h('td', {}, num(p.paper)), h('td', {}, num(p.held))),
          ),
        ),
      ),
      h(
        'table',
        { class: 'data-table coverage-precision' },
        h('caption', {}, T('precisionCaption', { layer: name })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, T('colHeld')),
            h('th', { scope: 'col' }, T('colExact')),
            h('th', { scope: 'col' }, T('colApprox')),
            h('th', { scope: 'col' }, T('colUnknown')),
          ),
        ),
        h(
          'tbody',
          {},
          h(
            'tr',
            {},
            h('td', {}, num(c.held)),
            h('td', {}, num(c.precision.exact)),
            h('td', {}, num(c.precision.approximate)),
            h('td', {}, num(c.precision.unknown)),
          ),
        ),
      ),
      c.differs.length > 0 ? h('h4', {}, T('differsHeading')) : null,
      c.differs.length > 0
        ? h('ul', { class: 'coverage-differs' }, ...c.differs.map((d) => h('li', {}, d[lang])))
        : null,
      c.leftOut.length > 0 ? h('h4', {}, T('leftOutHeading')) : null,
      c.leftOut.length > 0 ? notesList(lang, c.leftOut) : null,
    );
  });
  const others =
    other.length > 0
      ? [
          h(
            'section',
            { class: 'coverage-layer', 'aria-labelledby': 'coverage-other-h' },
            h('h3', { id: 'coverage-other-h' }, T('otherRowsHeading')),
            notesList(lang, other),
          ),
        ]
      : [];
  return [h('p', {}, T('coverageIntro')), ...blocks, ...others];
}
