// Filters shared by the map, the counts and the list. `matchesFilters` is the single definition of what
// "passes"; the map draws, and the list shows, what `applyFilters` keeps, so the two can never disagree.
import { LAYER_IDS } from '../types';
import type { HeritageCategory, HeritageLevel, LayerId, ScenicGrade, SiteFeature, SiteProperties } from '../types';

export interface Filters {
  /**
   * Visible layers, exactly: an empty list means no layer is visible. (Unlike the other lists, "empty" cannot
   * mean "all" here: the layer panel must be able to switch every layer off, and the URL codec writes
   * `layers=none` for that case.)
   */
  layers: LayerId[];
  /** Protection level of heritage units and ICH items; empty = all. */
  levels: HeritageLevel[];
  /** Grade of scenic spots; empty = all. */
  grades: ScenicGrade[];
  /** Category of heritage units; empty = all. */
  categories: HeritageCategory[];
  /** County-level districts in Chinese (城关区 …); empty = all. Applies to every layer. */
  districts: string[];
  /** Inclusive year range (negative = BCE); null = open end. */
  eraFrom: number | null;
  eraTo: number | null;
  /** Only features without a known position (the list of what the map cannot draw); false = all. */
  positionUnknown: boolean;
}

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  layers: [...LAYER_IDS],
  levels: [],
  grades: [],
  categories: [],
  districts: [],
  eraFrom: null,
  eraTo: null,
  positionUnknown: false,
});

/** Which layers each property filter applies to; features of other layers pass that filter untouched. */
export const LEVEL_LAYERS: readonly LayerId[] = ['heritage-units', 'ich-items'];
export const GRADE_LAYERS: readonly LayerId[] = ['scenic-spots'];
export const CATEGORY_LAYERS: readonly LayerId[] = ['heritage-units'];

export function hasEraRange(filters: Filters): boolean {
  return filters.eraFrom !== null || filters.eraTo !== null;
}

/**
 * A feature's era as [start, end]. A source may give only one end (a single year, or "from 1909"), so the
 * missing end falls back to the other one: a dated point in time.
 */
export function featureEra(p: SiteProperties): [number, number] | null {
  const start = p.era_start ?? p.era_end ?? null;
  const end = p.era_end ?? p.era_start ?? null;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  return [start, end];
}

function inList<T extends string>(list: readonly T[], value: string | null | undefined): boolean {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export function matchesFilters(feature: SiteFeature, filters: Filters): boolean {
  const p = feature.properties;
  if (!filters.layers.includes(p.layer)) return false;
  if (filters.positionUnknown && isLocated(feature)) return false;
  if (filters.levels.length > 0 && LEVEL_LAYERS.includes(p.layer) && !inList(filters.levels, p.level)) return false;
  if (filters.grades.length > 0 && GRADE_LAYERS.includes(p.layer) && !inList(filters.grades, p.grade)) return false;
  if (filters.categories.length > 0 && CATEGORY_LAYERS.includes(p.layer) && !inList(filters.categories, p.category)) {
    return false;
  }
  // A feature with no district (a railway crossing several, or no source says) cannot be said to be in the
  // chosen district, so it is hidden while a district filter is set.
  if (filters.districts.length > 0 && !inList(filters.districts, p.district)) return false;
  if (hasEraRange(filters)) {
    // Undated features cannot be shown to overlap a period, so an era filter hides them.
    const era = featureEra(p);
    if (!era) return false;
    if (filters.eraTo !== null && era[0] > filters.eraTo) return false;
    if (filters.eraFrom !== null && era[1] < filters.eraFrom) return false;
  }
  return true;
}

export function applyFilters(features: readonly SiteFeature[], filters: Filters): SiteFeature[] {
  return features.filter((f) => matchesFilters(f, filters));
}

/**
 * "Located" means the map can draw it. A feature with a geometry but precision "unknown" should not exist
 * (the validator forbids it); it is counted as unknown so the count never claims more than is sourced.
 */
export function isLocated(feature: SiteFeature): boolean {
  return feature.geometry !== null && feature.properties.precision !== 'unknown';
}

export function countByPrecision(features: readonly SiteFeature[]): { located: number; unknown: number } {
  let located = 0;
  for (const f of features) if (isLocated(f)) located += 1;
  return { located, unknown: features.length - located };
}
