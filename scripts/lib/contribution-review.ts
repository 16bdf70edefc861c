// Checks contributed positions (src/data/contribution.ts) against the map data before scripts/data-contribute.ts
// merges them: the site exists and is a point site, the point lies in the municipality and in the site's declared
// district. The district test is the app's own (src/analysis/place-of-point.ts, the check a pin gets while it is
// placed), so the app and the merge command agree. Pure: data in, verdicts out.
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import type { Feature, Geometry } from 'geojson';
import { checkPoint, type PlaceAreas } from '../../src/analysis/place-of-point';
import type { ContributionFeature } from '../../src/data/contribution';
import type { LayerId, Precision } from '../../src/types';

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
  /** District the point lies in (name_zh), or null when it lies in none of them. */
  district_found: string | null;
  ok: boolean;
  problems: { code: ReviewCode; message: string }[];
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
  where: PlaceAreas,
): ContributionVerdict[] {
  return features.map(({ index, feature }) => {
    const id = feature.properties.site_id;
    const to = feature.geometry.coordinates as [number, number];
    const site = sites.get(id) ?? null;
    const problems: ContributionVerdict['problems'] = [];
    const place = checkPoint(to, site?.district ?? null, where);
    const found = place.district;
    let from: [number, number] | null = null;
    if (!site) problems.push({ code: 'unknown-site', message: `no site has the id "${id}"` });
    else if (site.geometry !== null && site.geometry.type !== 'Point') {
      problems.push({
        code: 'not-a-point-site',
        message: `${id} is drawn as a ${site.geometry.type}, not a point; it cannot take a point position`,
      });
    } else if (site.geometry?.type === 'Point')
      from = [site.geometry.coordinates[0] ?? NaN, site.geometry.coordinates[1] ?? NaN];
    if (!place.inMunicipality)
      problems.push({
        code: 'outside-municipality',
        message: `[${to[0]}, ${to[1]}] is outside the Lanzhou municipality`,
      });
    else if (place.inDeclared === false) {
      problems.push({
        code: 'wrong-district',
        message: `the point is in ${found ?? 'no district'}, but ${id} is in ${place.declared}; correct the district in the research tables first if the source says so`,
      });
    }
    const moved = from ? Math.round(distance(point(from), point(to), { units: 'meters' })) : null;
    return {
      index,
      site_id: id,
      site,
      from,
      to,
      moved_m: moved,
      district_found: found,
      ok: problems.length === 0,
      problems,
    };
  });
}
