// How sites are named to people: kind ("3A scenic spot", "全国重点文物保护单位"), context line and the list
// rows' accessible names. The one place for these words; the strings themselves live in src/i18n/strings.ts.
import type { FeatureCollection } from 'geojson';
import type { Lang, SiteFeature } from '../types';
import { t, tEnum } from '../i18n/strings';
import { badgeOf } from './place-card-model';
import { isLocated } from '../data/filters';
import { eraLabelEn } from '../data/era';

export function layerName(lang: Lang, layer: SiteFeature['properties']['layer']): string {
  return tEnum(lang, 'layer', layer);
}

export function siteName(lang: Lang, f: SiteFeature): string {
  const p = f.properties;
  return lang === 'zh' ? p.name_zh || p.name_en : p.name_en || p.name_zh;
}

/** A site's kind in the UI language: its designation, as on the place card's badge ("3A级景区", "Museum"). */
export function kindLabel(lang: Lang, f: SiteFeature): string {
  return badgeOf(lang, f) ?? layerName(lang, f.properties.layer);
}

export const ROW_SEPARATOR = ' · ';

/** A district's name in the UI language; the data stores Chinese names, English comes from districts.geojson. */
export type DistrictNamer = (zh: string, lang: Lang) => string;

/**
 * One line of context for a site, in the UI language: its kind, its district, and "position unknown" when the
 * map cannot draw it (so a screen-reader user knows before opening it). Unknown parts are left out. A place
 * listed once for all its features (`members`, src/analysis/same-place.ts) names every designation in member
 * order ("3A级景区 · 省级文物保护单位 · 风情线站点"); "position unknown" is said of the row's own feature `f`.
 * Shown under a list row and a search result; also the tail of the row's accessible name.
 */
export function placeMeta(
  lang: Lang,
  f: SiteFeature,
  members: readonly SiteFeature[],
  districtName: DistrictNamer,
): string {
  const kinds = [...new Set((members.length ? members : [f]).map((m) => kindLabel(lang, m)))];
  const district = f.properties.district || members.map((m) => m.properties.district).find((d) => d);
  return [...kinds, district ? districtName(district, lang) : null, isLocated(f) ? null : t(lang, 'noPositionShort')]
    .filter((x): x is string => Boolean(x))
    .join(ROW_SEPARATOR);
}

/**
 * The accessible name of a list row: "白塔山景区 · 3A级景区 · 城关区" — exactly the row's visible text. A place
 * listed once for several features (`members`, the row's feature among them) names all their designations.
 */
export function siteRowLabel(
  lang: Lang,
  f: SiteFeature,
  districtName: DistrictNamer,
  members: readonly SiteFeature[] = [f],
): string {
  return [siteName(lang, f), placeMeta(lang, f, members, districtName)].filter(Boolean).join(ROW_SEPARATOR);
}

/**
 * District names in the UI language. The data stores Chinese names; English ones come from districts.geojson
 * (name_zh → name_en); a district it lacks (兰州新区) is shown as the data has it.
 */
export function districtNamer(districts: FeatureCollection): DistrictNamer {
  const en = new Map(
    districts.features.map((d) => [String(d.properties?.['name_zh'] ?? ''), String(d.properties?.['name_en'] ?? '')]),
  );
  return (zh, lang) => (lang === 'zh' ? zh : en.get(zh) || zh);
}

/** Era text in the UI language; in English both: the English label and the Chinese text as the sources give it. */
export function eraName(zh: string, lang: Lang): string {
  if (lang === 'zh') return zh;
  const en = eraLabelEn(zh);
  return en ? `${en} (${zh})` : zh;
}
