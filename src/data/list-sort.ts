// Ordering and accessible row names for the list view (the keyboard and screen-reader twin of the map).
// Pure functions over features; the UI supplies the language and the map centre.
import { isLocated } from './filters';
import type { HeritageLevel, LayerId, ScenicGrade, SiteFeature, TransportKind } from './types';

export type ListLang = 'zh' | 'en';
export type LonLat = [number, number];

// Collators are costly to create and sorting calls compare n·log n times: make each once.
// `co-pinyin` orders Chinese by pronunciation (白 before 兰 before 五), which is what readers of a Chinese list expect;
// the default Unicode order would follow code points and look random.
const COLLATORS: Record<ListLang, Intl.Collator> = {
  zh: new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true }),
  en: new Intl.Collator('en', { numeric: true, sensitivity: 'base' }),
};

function displayName(f: SiteFeature, lang: ListLang): string {
  const p = f.properties;
  // Some features may lack an English name; falling back to Chinese keeps them in the list instead of blank.
  return lang === 'en' ? p.name_en.trim() || p.name_zh : p.name_zh.trim() || p.name_en;
}

/** A new array sorted by name in the given language; ties fall back to id so the order is stable across runs. */
export function sortByName(features: readonly SiteFeature[], lang: ListLang): SiteFeature[] {
  const c = COLLATORS[lang];
  return [...features].sort(
    (a, b) => c.compare(displayName(a, lang), displayName(b, lang)) || cmpId(a, b),
  );
}

function cmpId(a: SiteFeature, b: SiteFeature): number {
  const x = a.properties.id;
  const y = b.properties.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

const EARTH_RADIUS_M = 6_371_008.8; // mean Earth radius (IUGG), the usual choice for haversine

/** Great-circle distance in metres between two [lon, lat] points (haversine; < 0.5 % error, ample for a list). */
export function haversineMetres(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Every [lon, lat] position of a geometry, whatever its type (GeometryCollection included). */
function positionsOf(g: NonNullable<SiteFeature['geometry']>, out: LonLat[]): LonLat[] {
  switch (g.type) {
    case 'Point':
      out.push([g.coordinates[0] ?? NaN, g.coordinates[1] ?? NaN]);
      break;
    case 'MultiPoint':
    case 'LineString':
      for (const c of g.coordinates) out.push([c[0] ?? NaN, c[1] ?? NaN]);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of g.coordinates) for (const c of line) out.push([c[0] ?? NaN, c[1] ?? NaN]);
      break;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const line of poly) for (const c of line) out.push([c[0] ?? NaN, c[1] ?? NaN]);
      break;
    case 'GeometryCollection':
      for (const sub of g.geometries) positionsOf(sub, out);
      break;
  }
  return out;
}

/**
 * Distance in metres from `centre` to the feature, or null when it has no known position. For lines and
 * areas it is the distance to the nearest vertex: "how far is the tourist line from here" means its closest
 * part, and vertices of our lines are dense enough (tens to hundreds of metres) for list ordering.
 */
export function featureDistanceMetres(feature: SiteFeature, centre: LonLat): number | null {
  if (!isLocated(feature) || feature.geometry === null) return null;
  let best = Infinity;
  for (const pos of positionsOf(feature.geometry, [])) {
    const d = haversineMetres(centre, pos);
    if (d < best) best = d;
  }
  return Number.isFinite(best) ? best : null;
}

/**
 * A new array sorted nearest first from `centre` ([lon, lat]). Unlocated features go last (in name order),
 * because they are still in the list — they open their details — but have no distance to show.
 */
export function sortByDistance(features: readonly SiteFeature[], centre: LonLat, lang: ListLang = 'zh'): SiteFeature[] {
  const c = COLLATORS[lang];
  const keyed = features.map((f) => ({ f, d: featureDistanceMetres(f, centre) }));
  keyed.sort((a, b) => {
    if (a.d === null || b.d === null) {
      if (a.d !== b.d) return a.d === null ? 1 : -1;
    } else if (a.d !== b.d) return a.d - b.d;
    return c.compare(displayName(a.f, lang), displayName(b.f, lang)) || cmpId(a.f, b.f);
  });
  return keyed.map((k) => k.f);
}

export type SortMode = 'name' | 'distance';

/** Convenience for the list: distance sorting needs a centre; without one it falls back to name order. */
export function sortFeatures(
  features: readonly SiteFeature[],
  mode: SortMode,
  lang: ListLang,
  centre: LonLat | null = null,
): SiteFeature[] {
  return mode === 'distance' && centre ? sortByDistance(features, centre, lang) : sortByName(features, lang);
}

/** Labels used by `describeRow`. The UI may pass its own (e.g. from src/i18n) to keep wording in one place. */
export interface RowLabels {
  layer: Record<LayerId, string>;
  /** Heritage units: protection level, e.g. "national heritage site". */
  heritageLevel: Record<HeritageLevel, string>;
  /** ICH items: listing level, e.g. "national intangible heritage". */
  ichLevel: Record<HeritageLevel, string>;
  /** "{grade} scenic spot"; `{grade}` is replaced by 5A … 1A. */
  scenicGrade: string;
  transportKind: Record<TransportKind, string>;
  /** County-level district names by their Chinese name; unknown ones are shown as given. */
  districts: Record<string, string>;
  /** Appended for features the map cannot show, so a screen-reader user knows before opening the row. */
  noPosition: string;
  separator: string;
}

export const ROW_LABELS: Record<ListLang, RowLabels> = {
  zh: {
    layer: {
      'tourist-line': '旅游线路',
      'scenic-spots': '旅游景区',
      'heritage-units': '文物保护单位',
      museums: '博物馆',
      'ich-items': '非物质文化遗产',
      designations: '文旅称号',
      transport: '交通',
    },
    heritageLevel: {
      national: '全国重点文物保护单位',
      provincial: '省级文物保护单位',
      municipal: '市级文物保护单位',
      county: '县级文物保护单位',
    },
    ichLevel: {
      national: '国家级非物质文化遗产',
      provincial: '省级非物质文化遗产',
      municipal: '市级非物质文化遗产',
      county: '县级非物质文化遗产',
    },
    scenicGrade: '{grade}级景区',
    transportKind: {
      railway: '铁路',
      'high-speed-railway': '高速铁路',
      expressway: '高速公路',
      station: '火车站',
      airport: '机场',
    },
    // Chinese names are the data's own; no mapping needed.
    districts: {},
    noPosition: '位置未知',
    separator: ' · ',
  },
  en: {
    layer: {
      'tourist-line': 'tourist line',
      'scenic-spots': 'scenic spot',
      'heritage-units': 'protected heritage site',
      museums: 'museum',
      'ich-items': 'intangible cultural heritage',
      designations: 'tourism designation',
      transport: 'transport',
    },
    heritageLevel: {
      national: 'national heritage site',
      provincial: 'provincial heritage site',
      municipal: 'municipal heritage site',
      county: 'county heritage site',
    },
    ichLevel: {
      national: 'national intangible heritage',
      provincial: 'provincial intangible heritage',
      municipal: 'municipal intangible heritage',
      county: 'county intangible heritage',
    },
    scenicGrade: '{grade} scenic spot',
    transportKind: {
      railway: 'railway',
      'high-speed-railway': 'high-speed railway',
      expressway: 'expressway',
      station: 'railway station',
      airport: 'airport',
    },
    // Lanzhou's five districts, three counties and the state-level new area (the data stores Chinese names).
    districts: {
      城关区: 'Chengguan District',
      七里河区: 'Qilihe District',
      西固区: 'Xigu District',
      安宁区: 'Anning District',
      红古区: 'Honggu District',
      永登县: 'Yongdeng County',
      皋兰县: 'Gaolan County',
      榆中县: 'Yuzhong County',
      兰州新区: 'Lanzhou New Area',
    },
    noPosition: 'no known position',
    separator: ' · ',
  },
};

/** What kind of thing a feature is, as words: "3A scenic spot", "全国重点文物保护单位", "museum". */
export function kindLabel(feature: SiteFeature, labels: RowLabels): string {
  const p = feature.properties;
  switch (p.layer) {
    case 'scenic-spots':
      return p.grade ? labels.scenicGrade.replace('{grade}', p.grade) : labels.layer['scenic-spots'];
    case 'heritage-units':
      return p.level ? labels.heritageLevel[p.level] : labels.layer['heritage-units'];
    case 'ich-items':
      return p.level ? labels.ichLevel[p.level] : labels.layer['ich-items'];
    case 'transport':
      return p.kind ? labels.transportKind[p.kind] : labels.layer.transport;
    default:
      return labels.layer[p.layer];
  }
}

/**
 * The accessible name of a list row: "白塔山 · 3A级景区 · 城关区" / "Baita Mountain · 3A scenic spot ·
 * Chengguan District". Parts that are unknown are left out rather than read out as "unknown"; an unlocated
 * feature ends with "no known position".
 */
export function describeRow(feature: SiteFeature, lang: ListLang, labels: RowLabels = ROW_LABELS[lang]): string {
  const p = feature.properties;
  const parts = [displayName(feature, lang), kindLabel(feature, labels)];
  if (p.district) parts.push(labels.districts[p.district] ?? p.district);
  if (!isLocated(feature)) parts.push(labels.noPosition);
  return parts.join(labels.separator);
}
