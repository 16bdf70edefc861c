// Pure helpers behind the route planner panel: turning the route's site ids into stops, editing the
// order, the distance matrix the optimiser works on, heritage along the route, and matching imported points
// to our sites. No DOM, no MapLibre. Distances are haversine metres (sphere R = 6,371,008.8 m, geodesy.ts).
import type { LineString, MultiLineString } from 'geojson';
import type { LayerId, SiteFeature } from '../types';
import { computeRouteLegs } from './route-legs';
import type { RouteLeg, RouteStop } from './route-legs';
import { siteToStop } from './route-stops';
import type { SkipReason, SuggestedStop } from './route-stops';
import { distanceMatrix, haversineMetres } from './distance-matrix';
import { PointIndex } from './spatial-index';
import { groupKeyOf } from './features';

export interface ResolvedRoute {
  /** Stops in route order, only sites that can be stops. */
  stops: SuggestedStop[];
  /** Ids in the route that cannot be stops, with the reason (shown in the panel, never dropped silently). */
  problems: Array<{ id: string; reason: SkipReason }>;
}

/** Resolve the route's ids (in order) with a lookup; duplicates after the first are reported, not repeated. */
export function resolveRoute(ids: readonly string[], get: (id: string) => SiteFeature | undefined): ResolvedRoute {
  const stops: SuggestedStop[] = [];
  const problems: ResolvedRoute['problems'] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      problems.push({ id, reason: 'duplicate' });
      continue;
    }
    seen.add(id);
    const f = get(id);
    if (!f) {
      problems.push({ id, reason: 'not-found' });
      continue;
    }
    const s = siteToStop(f);
    if ('reason' in s) problems.push({ id, reason: s.reason });
    else stops.push(s);
  }
  return { stops, problems };
}

/**
 * Move the item at `from` so that it ends up at index `to` (both clamped to the list). Used by the move
 * up/down buttons (to = from ∓ 1) and by drag and drop (to = the index of the row it was dropped on).
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** Largest stop count for which the optimiser's matrix uses leg lengths (n² tourist-line slices); above, haversine. */
export const LEG_MATRIX_LIMIT = 20;

/**
 * Distance matrix for "Optimise order", in metres. Up to LEG_MATRIX_LIMIT stops each entry is the length of
 * the offline leg between the two stops (along the tourist line when both are near it, else straight), so the
 * optimiser minimises the same total the panel shows. Above that, plain haversine distances (a lower bound).
 */
export function routeDistanceMatrix(
  stops: readonly RouteStop[],
  touristLine: Parameters<typeof computeRouteLegs>[1],
): { matrix: number[][]; basis: 'legs' | 'straight' } {
  const n = stops.length;
  // Without a tourist line every leg is straight, so the haversine matrix *is* the leg-length matrix.
  if (!touristLine) return { matrix: distanceMatrix(stops.map((s) => s.coordinates)), basis: 'legs' };
  if (n > LEG_MATRIX_LIMIT) return { matrix: distanceMatrix(stops.map((s) => s.coordinates)), basis: 'straight' };
  const m: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // A tourist-line leg has the same length both ways (same slice reversed), so fill both cells.
      const metres = computeRouteLegs([stops[i]!, stops[j]!], touristLine).totalMetres;
      m[i]![j] = metres;
      m[j]![i] = metres;
    }
  }
  return { matrix: m, basis: 'legs' };
}

/** Layers listed under "Heritage along the route". */
export const ALONG_LAYERS: readonly LayerId[] = ['heritage-units', 'museums', 'scenic-spots'];

export interface AlongHit {
  id: string;
  layer: LayerId;
  /** Heritage level, scenic grade, or 'other' (groupKeyOf). */
  group: string;
  distanceM: number;
  approximate: boolean;
  feature: SiteFeature;
}

/**
 * Protected units, museums and scenic spots within `metres` of the route line (the legs' geometries), or of
 * the only stop when there is one, excluding the route's own stops and sites at the same position as a stop
 * (a heritage unit and the tourist-line stop at Zhongshan Bridge are one place). Nearest first.
 */
export function heritageAlongRoute(
  stops: readonly RouteStop[],
  legs: readonly RouteLeg[],
  sites: readonly SiteFeature[],
  metres: number,
): AlongHit[] {
  if (stops.length === 0 || !(metres >= 0)) return [];
  const candidates = sites.filter((f) => ALONG_LAYERS.includes(f.properties.layer));
  const index = PointIndex.ofFeatures(candidates);
  const stopIds = new Set(stops.map((s) => s.id));
  const stopPlaces = new Set(stops.map((s) => `${s.coordinates[0]},${s.coordinates[1]}`));
  const keep = (f: SiteFeature): boolean => {
    if (stopIds.has(f.properties.id)) return false;
    const g = f.geometry;
    return !(g?.type === 'Point' && stopPlaces.has(`${g.coordinates[0]},${g.coordinates[1]}`));
  };
  let hits: Array<{ item: SiteFeature; distanceM: number }>;
  if (legs.length === 0) {
    const [lon, lat] = stops[0]!.coordinates;
    hits = index.withinRadius(lon, lat, metres, keep);
  } else {
    const line: LineString | MultiLineString = {
      type: 'MultiLineString',
      coordinates: legs.map((l) => l.geometry.coordinates),
    };
    hits = index.withinDistanceOfLine(line, metres, keep);
  }
  return hits.map((h) => ({
    id: h.item.properties.id,
    layer: h.item.properties.layer,
    group: groupKeyOf(h.item.properties),
    distanceM: h.distanceM,
    approximate: h.item.properties.precision !== 'exact',
    feature: h.item,
  }));
}

/** Imported points further than this from every site of ours are not matched (the route holds our sites only). */
export const IMPORT_MATCH_M = 100;

export interface ImportPoint {
  name: string;
  lon: number;
  lat: number;
  id?: string;
}

export interface ImportMatch {
  /** Site ids in file order, without repeats. */
  ids: string[];
  /** How each point was matched, in file order. */
  matches: Array<
    | { index: number; id: string; by: 'id' | 'position'; distanceM: number }
    | { index: number; id: null; name: string; nearestM: number | null }
  >;
}

/**
 * Match imported points to our located point sites: first by an id hint that names one of them (our own
 * export writes the id), else the nearest located point site within `maxM` metres. Unmatched points are
 * reported with the distance to the nearest site so the panel can say why.
 */
export function matchImportedPoints(
  points: readonly ImportPoint[],
  sites: readonly SiteFeature[],
  maxM: number = IMPORT_MATCH_M,
): ImportMatch {
  const stopSites = sites.filter((f) => !('reason' in siteToStop(f)));
  const byId = new Map(stopSites.map((f) => [f.properties.id, f]));
  const index = PointIndex.ofFeatures(stopSites);
  const ids: string[] = [];
  const matches: ImportMatch['matches'] = [];
  points.forEach((p, index_) => {
    const hinted = p.id ? byId.get(p.id) : undefined;
    if (hinted && hinted.geometry?.type === 'Point') {
      const [lon, lat] = hinted.geometry.coordinates as [number, number];
      matches.push({
        index: index_,
        id: hinted.properties.id,
        by: 'id',
        distanceM: haversineMetres([p.lon, p.lat], [lon, lat]),
      });
      if (!ids.includes(hinted.properties.id)) ids.push(hinted.properties.id);
      return;
    }
    const near = index.nearest(p.lon, p.lat, 1)[0];
    if (near && near.distanceM <= maxM) {
      matches.push({ index: index_, id: near.item.properties.id, by: 'position', distanceM: near.distanceM });
      if (!ids.includes(near.item.properties.id)) ids.push(near.item.properties.id);
    } else {
      matches.push({ index: index_, id: null, name: p.name, nearestM: near ? near.distanceM : null });
    }
  });
  return { ids, matches };
}
