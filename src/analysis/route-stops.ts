// Suggested routes: turn a hand-picked list of site ids into route stops, keeping each
// stop's sources so the panel can show where every stop comes from, and labelling the result a suggestion.
// Which ids make up "the five name cards" or "a walk along the tourist line" is chosen later from the data;
// this module only resolves ids. Ids that cannot be stops are skipped and reported, never guessed:
//  - 'not-found'        no site has this id (e.g. a renamed or removed record);
//  - 'no-geometry'      the site exists but has no position in our sources (geometry null);
//  - 'position-unknown' it has a geometry but precision 'unknown' (same rule as analysis/features.ts isLocated);
//  - 'not-a-point'      a line or area (the tourist line itself, a district): not a place to stand;
//  - 'duplicate'        the id is already in the list.
import type { RouteStop } from './route-legs';
import type { SiteFeature, SourceRef } from '../types';

export interface SuggestedRouteSpec {
  id: string;
  title_zh: string;
  title_en: string;
  stopIds: readonly string[];
  roundTrip?: boolean;
}

export interface SuggestedStop extends RouteStop {
  name_zh: string;
  name_en: string;
  /** The site's own sources (for "where does this come from"). */
  sources: SourceRef[];
  /** precision !== 'exact': mark the stop as approximate. */
  approximate: boolean;
}

export type SkipReason = 'not-found' | 'no-geometry' | 'position-unknown' | 'not-a-point' | 'duplicate';

export interface SuggestedRoute {
  id: string;
  title_zh: string;
  title_en: string;
  /** Always true: suggested routes are labelled as suggestions in the UI. */
  suggestion: true;
  roundTrip: boolean;
  stops: SuggestedStop[];
  skipped: Array<{ id: string; reason: SkipReason }>;
}

/** A stop for a site, or why the site cannot be a stop. */
export function siteToStop(f: SiteFeature): SuggestedStop | { reason: Exclude<SkipReason, 'not-found' | 'duplicate'> } {
  const p = f.properties;
  if (f.geometry == null) return { reason: 'no-geometry' };
  if (p.precision === 'unknown') return { reason: 'position-unknown' };
  if (f.geometry.type !== 'Point') return { reason: 'not-a-point' };
  const [lon, lat] = f.geometry.coordinates;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat))
    return { reason: 'no-geometry' };
  return {
    id: p.id,
    name: p.name_zh || p.name_en,
    name_zh: p.name_zh,
    name_en: p.name_en,
    coordinates: [lon, lat],
    precision: p.precision,
    layer: p.layer,
    sources: p.sources.slice(),
    approximate: p.precision !== 'exact',
  };
}

/** Resolve a suggestion's ids against the loaded sites (any iterable, or a Map keyed by id). */
export function buildSuggestedRoute(
  spec: SuggestedRouteSpec,
  sites: Iterable<SiteFeature> | ReadonlyMap<string, SiteFeature>,
): SuggestedRoute {
  let byId: ReadonlyMap<string, SiteFeature>;
  if (sites instanceof Map) byId = sites;
  else {
    const m = new Map<string, SiteFeature>();
    // First occurrence wins, matching how validate.ts treats ids as unique across layers.
    for (const f of sites as Iterable<SiteFeature>) if (!m.has(f.properties.id)) m.set(f.properties.id, f);
    byId = m;
  }
  const stops: SuggestedStop[] = [];
  const skipped: SuggestedRoute['skipped'] = [];
  const seen = new Set<string>();
  for (const id of spec.stopIds) {
    if (seen.has(id)) {
      skipped.push({ id, reason: 'duplicate' });
      continue;
    }
    seen.add(id);
    const f = byId.get(id);
    if (!f) {
      skipped.push({ id, reason: 'not-found' });
      continue;
    }
    const s = siteToStop(f);
    if ('reason' in s) skipped.push({ id, reason: s.reason });
    else stops.push(s);
  }
  return {
    id: spec.id,
    title_zh: spec.title_zh,
    title_en: spec.title_en,
    suggestion: true,
    roundTrip: spec.roundTrip ?? false,
    stops,
    skipped,
  };
}
