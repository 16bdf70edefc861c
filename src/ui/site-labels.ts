// How a site's kind is named to people: "3A scenic spot", "全国重点文物保护单位", "Railway station".
import type { SiteFeature } from '../data/types';
import type { Lang } from '../i18n/strings';
import { t, tEnum } from '../i18n/strings';

export function layerName(lang: Lang, layer: SiteFeature['properties']['layer']): string {
  return tEnum(lang, 'layer', layer);
}

export function siteName(lang: Lang, f: SiteFeature): string {
  const p = f.properties;
  return lang === 'zh' ? p.name_zh || p.name_en : p.name_en || p.name_zh;
}

export function kindLabel(lang: Lang, f: SiteFeature): string {
  const p = f.properties;
  switch (p.layer) {
    case 'scenic-spots':
      return p.grade ? `${p.grade}${t(lang, 'scenicGradeSuffix')}` : layerName(lang, p.layer);
    case 'heritage-units':
      return p.level ? tEnum(lang, 'level', p.level) : layerName(lang, p.layer);
    case 'ich-items':
      return p.level ? tEnum(lang, 'ich_level', p.level) : layerName(lang, p.layer);
    case 'transport':
      return p.kind ? tEnum(lang, 'kind', p.kind) : layerName(lang, p.layer);
    case 'tourist-line':
      return p.stop_order === undefined || p.stop_order === null ? t(lang, 'tourist_line_route') : t(lang, 'tourist_line_stop');
    case 'designations':
      return p.designation ?? layerName(lang, p.layer);
    default:
      return layerName(lang, p.layer);
  }
}
