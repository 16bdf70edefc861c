// The paper's figures as KPI tiles, grouped in the order of the paper's sections. A tile shows the value, its
// unit, the year when the paper gives one, its detail lines (growth, share, parts) and a short citation
// ("§1.3 [4]"); the provenance in full (reference, why a year is missing, notes) is a footnote once per group.
import type { Indicator, IndicatorsFile, LocalText } from '../../data/indicators-file';
import { formatNumber, formatValue, scaledValue, tDashboard, unitText } from '../../i18n/dashboard';
import { h } from '../dom';
import type { Lang } from '../../types';

export interface FigureLinks {
  figureHref: (id: string, lang: Lang) => string | null;
  link: (href: string, text: string) => HTMLElement;
}

const refKey = (ref: string): string => (ref.startsWith('[') ? ref : ref === 'note-1' ? '①' : '');

/** "§1.3 [4]", "§3.4 ①", "§4.3": the short citation a tile carries. */
export function shortCitation(ind: Indicator): string {
  const r = ind.reference ? refKey(ind.reference) : '';
  return r ? `${ind.section} ${r}` : ind.section;
}

/** The value without its unit (large on the tile) and the unit (small), in the reader's language. */
function valueParts(lang: Lang, ind: Indicator): [string, string] {
  if (ind.unit === 'rank' || ind.unit === 'percent change' || ind.unit.startsWith('percent'))
    return [formatValue(lang, ind.value, ind.unit), ''];
  const [v, u] = scaledValue(lang, ind.value, ind.unit);
  return [formatNumber(lang, v), unitText(lang, u, v)];
}

function tile(lang: Lang, ind: Indicator, details: Indicator[], links: FigureLinks): HTMLElement {
  const [value, unit] = valueParts(lang, ind);
  const href = links.figureHref(ind.id, lang);
  return h(
    'li',
    { class: ind.headline ? 'kpi kpi-headline' : 'kpi', 'data-indicator': ind.id, 'data-section': ind.section },
    h('p', { class: 'kpi-label' }, ind.label[lang]),
    h(
      'p',
      { class: 'kpi-value' },
      value,
      unit ? h('span', { class: 'kpi-unit' }, lang === 'zh' ? unit : ` ${unit}`) : null,
    ),
    details.length > 0
      ? h(
          'dl',
          { class: 'kpi-details' },
          ...details.map((d) =>
            h(
              'div',
              { 'data-indicator': d.id },
              h('dt', {}, d.label[lang]),
              h('dd', {}, formatValue(lang, d.value, d.unit)),
            ),
          ),
        )
      : null,
    h(
      'p',
      { class: 'kpi-meta' },
      ind.year !== null ? h('span', { class: 'kpi-year' }, String(ind.year)) : null,
      h(
        'span',
        { class: 'kpi-cite', title: tDashboard(lang, 'footnoteSource', { section: ind.section }) },
        shortCitation(ind),
      ),
    ),
    href ? links.link(href, tDashboard(lang, 'showOnMap')) : null,
  );
}

/** Distinct texts in first-seen order, each with the labels of the figures it belongs to. */
function distinct(list: Indicator[], key: (i: Indicator) => LocalText | null, lang: Lang): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const i of list) {
    const t = key(i)?.[lang];
    if (t) out.set(t, [...(out.get(t) ?? []), i.label[lang]]);
  }
  return [...out];
}

function footnote(lang: Lang, file: IndicatorsFile, section: string, list: Indicator[]): HTMLElement {
  const T = tDashboard.in(lang);
  // Details (growth, shares, parts) share their tile's provenance: the footnote names tiles only.
  const tiles = list.filter((i) => i.detail_of === null);
  const refs = distinct(tiles, (i) => (i.reference ? (file.references[i.reference] ?? null) : null), lang);
  const uncited = tiles.filter((i) => i.reference === null);
  const sep = lang === 'zh' ? '；' : '; ';
  const end = lang === 'zh' ? '。' : '.';
  const names = (labels: string[]) => labels.join(lang === 'zh' ? '、' : ', ');
  let text = T('footnoteSource', { section });
  if (refs.length === 1 && uncited.length === 0) text += T('footnoteCites', { ref: refs[0]![0] }) + end;
  else if (refs.length === 0) text += `${end}${lang === 'zh' ? '' : ' '}${T('footnoteNoRef')}`;
  else
    text += `${end}${lang === 'zh' ? '' : ' '}${refs.map(([ref, labels]) => T('footnoteCitesFor', { what: names(labels), ref })).join(sep)}${end}`;
  // A year note that holds for every tile is said once; otherwise it names the tiles it is about.
  const years = distinct(tiles, (i) => i.year_note, lang).map(([note, labels]) =>
    labels.length === tiles.length
      ? `${T('footnoteYear')}${note}`
      : `${names(labels)}${lang === 'zh' ? '：' : ': '}${note}`,
  );
  const notes = distinct(list, (i) => i.notes, lang).map(([n]) => n);
  // Chinese sentences end in "。" and run on without a space.
  return h('p', { class: 'dash-footnote', role: 'note' }, [text, ...years, ...notes].join(lang === 'zh' ? '' : ' '));
}

export function renderFigures(lang: Lang, file: IndicatorsFile, links: FigureLinks): HTMLElement {
  const T = tDashboard.in(lang);
  const groups = new Map<string, Indicator[]>();
  for (const ind of file.indicators) groups.set(ind.group, [...(groups.get(ind.group) ?? []), ind]);
  const blocks = [...groups].map(([g, list]) => {
    const sections = [...new Set(list.map((i) => i.section))].join(', ');
    const tiles = list
      .filter((i) => i.detail_of === null)
      .map((i) =>
        tile(
          lang,
          i,
          list.filter((d) => d.detail_of === i.id),
          links,
        ),
      );
    const key = `group_${g}`;
    const heading = tDashboard.has(key) ? tDashboard(lang, key) : T('group_other');
    return h(
      'section',
      { class: 'figure-group', 'aria-label': `${heading} (${sections})`, 'data-group': g },
      h('h4', {}, heading, ' ', h('span', { class: 'section-tag' }, sections)),
      h('ul', { class: 'kpi-grid' }, ...tiles),
      footnote(lang, file, sections, list),
    );
  });
  return h(
    'section',
    { class: 'dash-section', 'aria-labelledby': 'dash-figures-h' },
    h('h3', { id: 'dash-figures-h' }, T('figuresHeading')),
    h('p', { class: 'dash-intro' }, T('figuresIntro')),
    ...blocks,
  );
}
