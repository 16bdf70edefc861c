// Which district (and whether the municipality at all) a WGS84 point lies in: the check a suggested position
// gets before it is saved. Pure: the polygons come in as GeoJSON; a point exactly on a shared border counts as
// inside both polygons (Turf's default), and the first district in file order wins.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './geodesy';

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown> | null>;

export interface PlaceAreas {
  /** The municipality outline (one or more polygons). */
  municipality: FeatureCollection;
  /** County-level district polygons carrying `name_zh` (城关区 …). */
  districts: FeatureCollection;
}

export interface PointPlace {
  inMunicipality: boolean;
  /** Chinese name of the district polygon containing the point, or null when none does. */
  district: string | null;
}

export interface PointCheck extends PointPlace {
  /** The district the site is declared to be in (null when no source states one). */
  declared: string | null;
  /** True when the point lies in the declared district; null when there is no declared district to check. */
  inDeclared: boolean | null;
}

function areas(fc: FeatureCollection): Area[] {
  return fc.features.filter((f): f is Area => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
}

function finite(p: LonLat): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
}

export function placeOfPoint(point: LonLat, where: PlaceAreas): PointPlace {
  if (!finite(point)) return { inMunicipality: false, district: null };
  const pt: [number, number] = [point[0], point[1]];
  const inMunicipality = areas(where.municipality).some((a) => booleanPointInPolygon(pt, a));
  const hit = areas(where.districts).find((a) => booleanPointInPolygon(pt, a));
  const name = hit?.properties?.['name_zh'];
  return { inMunicipality, district: typeof name === 'string' ? name : null };
}

export function checkPoint(point: LonLat, declared: string | null, where: PlaceAreas): PointCheck {
  const place = placeOfPoint(point, where);
  return { ...place, declared, inDeclared: declared === null ? null : place.district === declared };
}
