// Ordering for the list view (the keyboard and screen-reader twin of the map). Pure functions over features;
// the UI supplies the language and the map centre. The rows' words (kind, district, "position unknown") are
// not here: they come from src/i18n/strings.ts through src/ui/site-labels.ts, the one place that names sites.
import { vertices } from '../analysis/positions';
import { haversineM } from '../analysis/geodesy';
import { isLocated } from './filters';
import type { SiteFeature } from '../types';

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

// The name order is the same every time the list is drawn; only which features are in it changes. Comparing with
// the pinyin collator is slow (~0.2 s to sort 10,000 names), so each feature is ranked once per language, and a
// sort compares ranks. A feature not ranked yet (an import) re-ranks everything seen so far with it.
const RANKS: Record<ListLang, { of: WeakMap<SiteFeature, number>; all: SiteFeature[] }> = {
  zh: { of: new WeakMap(), all: [] },
  en: { of: new WeakMap(), all: [] },
};

function nameRank(features: readonly SiteFeature[], lang: ListLang): (f: SiteFeature) => number {
  const r = RANKS[lang];
  const missing = features.filter((f) => !r.of.has(f));
  if (missing.length) {
    const c = COLLATORS[lang];
    r.all = [...new Set([...r.all, ...missing])].sort(
      (a, b) => c.compare(displayName(a, lang), displayName(b, lang)) || cmpId(a, b),
    );
    r.all.forEach((f, i) => r.of.set(f, i));
  }
  return (f) => r.of.get(f) ?? 0;
}

/** A new array sorted by name in the given language; ties fall back to id so the order is stable across runs. */
export function sortByName(features: readonly SiteFeature[], lang: ListLang): SiteFeature[] {
  const rank = nameRank(features, lang);
  return features
    .map((f) => ({ f, r: rank(f) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.f);
}

function cmpId(a: SiteFeature, b: SiteFeature): number {
  const x = a.properties.id;
  const y = b.properties.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Great-circle distance in metres (haversineM: the sphere of src/analysis) from `centre` to the feature, or
 * null when it has no known position. For lines and
 * areas it is the distance to the nearest vertex: "how far is the tourist line from here" means its closest
 * part, and vertices of our lines are dense enough (tens to hundreds of metres) for list ordering.
 */
export function featureDistanceMetres(feature: SiteFeature, centre: LonLat): number | null {
  if (!isLocated(feature) || feature.geometry === null) return null;
  let best = Infinity;
  for (const pos of vertices(feature.geometry)) {
    const d = haversineM(centre[0], centre[1], pos[0] ?? NaN, pos[1] ?? NaN);
    if (d < best) best = d;
  }
  return Number.isFinite(best) ? best : null;
}

/**
 * A new array sorted nearest first from `centre` ([lon, lat]). Unlocated features go last (in name order),
 * because they are still in the list — they open their details — but have no distance to show.
 */
export function sortByDistance(features: readonly SiteFeature[], centre: LonLat, lang: ListLang = 'zh'): SiteFeature[] {
  const rank = nameRank(features, lang);
  const keyed = features.map((f) => ({ f, d: featureDistanceMetres(f, centre), r: rank(f) }));
  keyed.sort((a, b) => {
    if (a.d === null || b.d === null) {
      if (a.d !== b.d) return a.d === null ? 1 : -1;
    } else if (a.d !== b.d) return a.d - b.d;
    return a.r - b.r;
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
