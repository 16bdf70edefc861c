// Spatial indicators computed from our own data (not the paper's): shares near the tourist line and stations,
// the "unintegrated" protection units, the densest district, railway length. Each row gives n and how many
// features were left out for unknown position, and the SWOT item it bears on.
import type { Indicators, ShareIndicator } from '../../analysis/indicators';
import type { IndicatorsFile } from '../../data/indicators-file';
import { formatNumber, tDashboard } from '../../i18n/dashboard';
import { h } from '../dom';
import { layerName } from '../site-labels';
import type { Lang } from '../../types';

export interface SpatialInput {
  indicators: IndicatorsFile;
  spatial: Indicators;
  unintegrated: { k: number; n: number; excludedUnknown: number; lineAvailable: boolean };
  /** Railway lines left out of the length for unknown position. */
  railwaysExcludedUnknown: number;
}

export function renderSpatial(lang: Lang, d: SpatialInput): HTMLElement {
  const T = tDashboard.in(lang);
  const swotText = (id: string) => d.indicators.swot.items.find((i) => i.id === id)?.term[lang] ?? id;
  const pct = (x: number | null) =>
    x === null
      ? '—'
      : new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const shareText = (s: ShareIndicator) =>
    T('share', { within: s.within, n: s.n, pct: pct(s.share) }) +
    (s.approximateWithin > 0 ? ` · ${T('approxIncluded', { a: s.approximateWithin })}` : '');
  type Row = { what: string; value: string; n: number; excluded: number; claim: string };
  const rows: Row[] = [];
  const sp = d.spatial;
  if (sp.nearTouristLine) {
    for (const s of sp.nearTouristLine) {
      rows.push({
        what: T('nearLine', { layer: layerName(lang, s.layer) }),
        value: shareText(s),
        n: s.n,
        excluded: s.excludedUnknown,
        claim: swotText('superior-location-convenient-transport'),
      });
    }
  } else {
    rows.push({
      what: T('nearLine', { layer: '—' }),
      value: T('noTouristLine'),
      n: 0,
      excluded: 0,
      claim: swotText('superior-location-convenient-transport'),
    });
  }
  for (const s of sp.nearStations.indicators) {
    rows.push({
      what: T('nearStations', { layer: layerName(lang, s.layer), k: sp.nearStations.stations }),
      value: shareText(s),
      n: s.n,
      excluded: s.excludedUnknown,
      claim: swotText('superior-location-convenient-transport'),
    });
  }
  const u = d.unintegrated;
  rows.push({
    what: T('unintegratedIndicator'),
    value: T('share', { within: u.k, n: u.n, pct: pct(u.n > 0 ? u.k / u.n : null) }),
    n: u.n,
    excluded: u.excludedUnknown,
    claim: swotText('insufficient-integration-of-cultural-resources'),
  });
  const top = [...sp.perDistrict.rows].sort((a, b) => b.count - a.count)[0];
  if (top) {
    rows.push({
      what: T('perDistrict', { top: lang === 'zh' ? top.name_zh : (top.name_en ?? top.name_zh) }),
      value: T('perDistrictValue', {
        count: top.count,
        density: formatNumber(lang, Math.round(top.perThousandKm2 * 10) / 10),
      }),
      n: sp.perDistrict.n,
      excluded: sp.perDistrict.excludedUnknown,
      claim: swotText('rich-historical-cultural-resources'),
    });
  }
  if (sp.railways.length > 0) {
    const km = sp.railways.reduce((s, r) => s + r.km, 0);
    const err = sp.railways.reduce((s, r) => s + r.errorBoundKm, 0);
    rows.push({
      what: T('railwayKm'),
      value: T('railwayValue', {
        km: formatNumber(lang, Math.round(km)),
        err: formatNumber(lang, Math.round(err * 10) / 10),
      }),
      n: sp.railways.length,
      excluded: d.railwaysExcludedUnknown,
      claim: swotText('superior-location-convenient-transport'),
    });
  }
  return h(
    'section',
    { class: 'dash-section', 'aria-labelledby': 'dash-spatial-h' },
    h('h3', { id: 'dash-spatial-h' }, T('spatialHeading')),
    h('p', {}, T('spatialIntro')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'data-table spatial-table' },
        h('caption', {}, T('spatialHeading')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['colIndicator', 'colValue', 'colN', 'colExcluded', 'colBearsOn'] as const).map((k) =>
              h('th', { scope: 'col' }, T(k)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, r.what),
              h('td', {}, r.value),
              h('td', {}, String(r.n)),
              h('td', {}, String(r.excluded)),
              h('td', {}, r.claim),
            ),
          ),
        ),
      ),
    ),
  );
}
