// Checks contributed positions (contribution.ts) against the map data: the site exists and is a point site,
// the point lies in the municipality and in the site's declared district. Used by the app (a warning while
// placing a pin) and by scripts/data-contribute.ts (a rejection before merging). Pure: data in, verdicts out.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ContributionFeature } from './contribution';
import type { LayerId, Precision } from '../types';

/** What the review needs to know about a site (any layer file's feature properties have these). */
export interface ReviewSite {
  id: string;
  layer: LayerId;
  name_zh: string;
  name_en: string;
  district: string | null;
  precision: Precision;
  geometry: Geometry | null;
}

export type DistrictCollectionLike = FeatureCollection<Polygon | MultiPolygon, { name_zh: string; name_en?: string }>;

export type ReviewCode = 'unknown-site' | 'not-a-point-site' | 'outside-municipality' | 'wrong-district';

export interface ContributionVerdict {
  index: number;
  site_id: string;
  site: ReviewSite | null;
  /** Current position ([lon, lat]) or null when the site has none. */
  from: [number, number] | null;
  to: [number, number];
  /** Great-circle distance from the current position, metres (rounded), or null when there was none. */
  moved_m: number | null;
  /** District the point lies in (name_zh), or null when outside all eight. */
  district_found: string | null;
  ok: boolean;
  problems: { code: ReviewCode; message: string }[];
}

/** The county-level district (name_zh) containing the point, or null outside the municipality. */
export function districtAt(coords: readonly [number, number], districts: DistrictCollectionLike): string | null {
  const pt = point([coords[0], coords[1]]);
  for (const f of districts.features) if (booleanPointInPolygon(pt, f.geometry)) return f.properties.name_zh;
  return null;
}

/** The placement check the app shows while a pin is placed; null when the point is fine. */
export function placementWarning(
  coords: readonly [number, number],
  declaredDistrict: string | null,
  districts: DistrictCollectionLike,
): { code: 'outside-municipality' | 'wrong-district'; found: string | null } | null {
  const found = districtAt(coords, districts);
  if (found === null) return { code: 'outside-municipality', found: null };
  if (declaredDistrict !== null && found !== declaredDistrict) return { code: 'wrong-district', found };
  return null;
}

export function reviewSiteFromFeature(f: Feature<Geometry | null, Record<string, unknown>>): ReviewSite | null {
  const p = f.properties;
  if (typeof p.id !== 'string' || typeof p.layer !== 'string') return null;
  return {
    id: p.id,
    layer: p.layer as LayerId,
    name_zh: String(p.name_zh ?? ''),
    name_en: String(p.name_en ?? ''),
    district: typeof p.district === 'string' ? p.district : null,
    precision: (p.precision as Precision | undefined) ?? 'unknown',
    geometry: f.geometry,
  };
}

/** Reviews each contributed feature; `index` is the feature's position in the file. */
export function reviewContributions(
  features: readonly { index: number; feature: ContributionFeature }[],
  sites: ReadonlyMap<string, ReviewSite>,
  districts: DistrictCollectionLike,
): ContributionVerdict[] {
  return features.map(({ index, feature }) => {
    const id = feature.properties.site_id;
    const to = feature.geometry.coordinates as [number, number];
    const site = sites.get(id) ?? null;
    const problems: ContributionVerdict['problems'] = [];
    const found = districtAt(to, districts);
    let from: [number, number] | null = null;
    if (!site) problems.push({ code: 'unknown-site', message: `no site has the id "${id}"` });
    else if (site.geometry !== null && site.geometry.type !== 'Point') {
      problems.push({ code: 'not-a-point-site', message: `${id} is drawn as a ${site.geometry.type}, not a point; it cannot take a point position` });
    } else if (site.geometry?.type === 'Point') from = [site.geometry.coordinates[0] ?? NaN, site.geometry.coordinates[1] ?? NaN];
    if (found === null) problems.push({ code: 'outside-municipality', message: `[${to[0]}, ${to[1]}] is outside the Lanzhou municipality` });
    else if (site?.district && found !== site.district) {
      problems.push({ code: 'wrong-district', message: `the point is in ${found}, but ${id} is in ${site.district}; correct the district in the research tables first if the source says so` });
    }
    const moved = from ? Math.round(distance(point(from), point(to), { units: 'meters' })) : null;
    return { index, site_id: id, site, from, to, moved_m: moved, district_found: found, ok: problems.length === 0, problems };
  });
}
