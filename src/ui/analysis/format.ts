// Number formatting for the analysis panels. Distances are great-circle metres (src/analysis/geodesy.ts).
import { t, tEnum } from '../../i18n/strings';
import { tAnalysis } from '../../i18n/analysis';
import type { Lang, LayerId } from '../../types';

/** Whole metres below 10 km ("823 m"), else kilometres with one decimal. */
export function formatDistance(lang: Lang, metres: number): string {
  if (metres < 10_000) return tAnalysis(lang, 'distanceM', { metres: Math.round(metres) });
  return tAnalysis(lang, 'distanceKm', { km: (metres / 1000).toFixed(1) });
}

/** A route's or leg's length: whole metres below 1 km ("850 米"), else km, two decimals below 10 km, one above. */
export function formatLength(lang: Lang, metres: number): string {
  if (metres < 1000) return tAnalysis(lang, 'distanceM', { metres: Math.round(metres) });
  return tAnalysis(lang, 'distanceKm', { km: (metres / 1000).toFixed(metres < 10_000 ? 2 : 1) });
}

/** Minutes as "45 分钟" / "1 小时 05 分钟" ("45 min" / "1 h 05 min" in English). */
export function formatDuration(lang: Lang, minutes: number): string {
  const total = Math.round(minutes);
  if (total < 60) return tAnalysis(lang, 'durationMin', { n: total });
  return tAnalysis(lang, 'durationHours', { h: Math.floor(total / 60), min: String(total % 60).padStart(2, '0') });
}

/** Kilometres with two decimals (lengths of lines). */
export function formatKm(lang: Lang, km: number): string {
  return tAnalysis(lang, 'distanceKm', { km: km.toFixed(2) });
}

/** Radius choices for "Nearby" as shown to people. */
export function formatRadius(lang: Lang, metres: number): string {
  return metres >= 1000
    ? tAnalysis(lang, 'distanceKm', { km: metres / 1000 })
    : tAnalysis(lang, 'distanceM', { metres });
}

/** Label for a buffer sub-group key (level / grade / kind / "other", see src/analysis/features.ts groupKeyOf). */
export function groupLabel(lang: Lang, layer: LayerId, key: string): string {
  if (key === 'other') return layer === 'tourist-line' ? tAnalysis(lang, 'groupStops') : tAnalysis(lang, 'groupOther');
  if (/^[1-5]A$/.test(key)) return `${key}${t(lang, 'scenicGradeSuffix')}`;
  if (layer === 'ich-items') return tEnum(lang, 'ich_level', key);
  if (layer === 'transport') return tEnum(lang, 'kind', key);
  return tEnum(lang, 'level', key);
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)} %`;
}
