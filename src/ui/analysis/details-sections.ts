// Sections the analysis feature adds to a site's details: "Nearby" (closest located sites within a chosen
// distance) and "Length" (a line's length, a railway's length within the municipality, or a tourist-line
// stop's distances along the line vs straight). DOM only; figures come in through the arguments.
import type { Lang, SiteFeature } from '../../types';
import { tAnalysis } from '../../i18n/analysis';
import { clear, h } from '../dom';
import { kindLabel, siteName } from '../site-labels';
import { formatDistance, formatKm, formatRadius } from './format';

/** Distances offered in "Nearby", metres. */
export const NEARBY_RADII = [500, 1000, 2000, 5000] as const;

export interface NearbyItem {
  feature: SiteFeature;
  distanceM: number;
  approximate: boolean;
}

export interface NearbySectionOptions {
  lang: Lang;
  /** null when the site has no known position. */
  compute: ((metres: number) => NearbyItem[]) | null;
  radius: number;
  onRadius: (metres: number) => void;
  onOpen: (id: string) => void;
}

let sectionSeq = 0;

export function nearbySection(o: NearbySectionOptions): HTMLElement {
  const lang = o.lang;
  const id = `nearby-heading-${++sectionSeq}`;
  const section = h(
    'section',
    { class: 'details-analysis nearby', 'aria-labelledby': id },
    h('h3', { id }, tAnalysis(lang, 'nearby')),
  );
  const compute = o.compute;
  if (!compute) {
    section.append(h('p', { class: 'hint' }, tAnalysis(lang, 'nearbyNoPosition')));
    return section;
  }
  const selectId = `nearby-radius-${sectionSeq}`;
  const select = h('select', { id: selectId });
  for (const m of NEARBY_RADII) select.append(h('option', { value: m }, formatRadius(lang, m)));
  select.value = String(o.radius);
  const list = h('div', { class: 'nearby-list', 'aria-live': 'polite' });
  const render = (metres: number) => {
    clear(list);
    const items = compute(metres);
    if (items.length === 0)
      return void list.append(h('p', {}, tAnalysis(lang, 'nearbyNone', { distance: formatRadius(lang, metres) })));
    const ul = h('ul', { class: 'nearby-items' });
    for (const it of items) {
      const btn = h('button', { type: 'button', class: 'link-button' }, siteName(lang, it.feature));
      btn.addEventListener('click', () => o.onOpen(it.feature.properties.id));
      ul.append(
        h(
          'li',
          { 'data-id': it.feature.properties.id },
          btn,
          ' ',
          h('span', { class: 'distance' }, formatDistance(lang, it.distanceM)),
          it.approximate ? ' ' : null,
          it.approximate ? h('span', { class: 'approx-tag' }, tAnalysis(lang, 'approximate')) : null,
          ' ',
          h('span', { class: 'nearby-kind' }, kindLabel(lang, it.feature)),
        ),
      );
    }
    list.append(ul);
  };
  select.addEventListener('change', () => {
    const m = Number(select.value);
    o.onRadius(m);
    render(m);
  });
  section.append(
    h('div', { class: 'analysis-field' }, h('label', { for: selectId }, tAnalysis(lang, 'nearbyWithin')), select),
    h('p', { class: 'hint' }, tAnalysis(lang, 'nearbyHint')),
    list,
  );
  render(o.radius);
  return section;
}

export interface StopRow {
  stop: SiteFeature;
  alongKm: number | null;
  straightKm: number;
  /** How far the other stop is from the line, metres. */
  offsetM: number;
}

/** What the "Length" section states for one feature. */
export type LengthView =
  | { kind: 'line'; km: number; approximate: boolean; withinKm?: { km: number; approximate: boolean } }
  | { kind: 'stop'; rows: StopRow[]; located: boolean; lineOk: boolean; lineApproximate: boolean };

export function lengthSection(lang: Lang, v: LengthView): HTMLElement {
  const s = tAnalysis.in(lang);
  const id = `lengths-heading-${++sectionSeq}`;
  const section = h(
    'section',
    { class: 'details-analysis lengths', 'aria-labelledby': id },
    h('h3', { id }, v.kind === 'line' ? s('lengths') : s('alongLine')),
  );
  if (v.kind === 'line') {
    const dl = h(
      'dl',
      { class: 'details-facts' },
      h('dt', {}, s('lineLength')),
      h(
        'dd',
        {},
        formatKm(lang, v.km),
        v.approximate ? ' ' : null,
        v.approximate ? h('span', { class: 'approx-tag' }, s('approximate')) : null,
      ),
    );
    if (v.withinKm) {
      dl.append(
        h('dt', {}, s('withinMunicipality')),
        h(
          'dd',
          {},
          formatKm(lang, v.withinKm.km),
          v.withinKm.approximate ? ' ' : null,
          v.withinKm.approximate ? h('span', { class: 'approx-tag' }, s('approximate')) : null,
        ),
      );
    }
    section.append(dl);
    if (v.approximate) section.append(h('p', { class: 'hint' }, s('lengthApproximate')));
    return section;
  }
  if (!v.located)
    return section.appendChild(h('p', { class: 'hint' }, s('stopNoPosition'))).parentElement as HTMLElement;
  if (!v.lineOk) return section.appendChild(h('p', { class: 'hint' }, s('lineMissing'))).parentElement as HTMLElement;
  if (v.rows.length === 0) return section.appendChild(h('p', {}, s('noOtherStops'))).parentElement as HTMLElement;
  const table = h(
    'table',
    { class: 'analysis-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, s('stopHeader')),
        h('th', { scope: 'col' }, s('alongHeader')),
        h('th', { scope: 'col' }, s('straightHeader')),
      ),
    ),
  );
  const tbody = h('tbody');
  for (const r of v.rows) {
    tbody.append(
      h(
        'tr',
        {},
        h(
          'th',
          { scope: 'row' },
          siteName(lang, r.stop),
          r.offsetM >= 50
            ? h('span', { class: 'hint' }, ' ', tAnalysis(lang, 'offLine', { metres: Math.round(r.offsetM) }))
            : null,
        ),
        h('td', {}, r.alongKm === null ? s('differentParts') : formatKm(lang, r.alongKm)),
        h('td', {}, formatKm(lang, r.straightKm)),
      ),
    );
  }
  table.append(tbody);
  section.append(h('div', { class: 'table-scroll' }, table));
  if (v.lineApproximate) section.append(h('p', { class: 'hint' }, s('lengthApproximate')));
  return section;
}
