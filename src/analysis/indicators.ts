// Indicators behind the dashboard, computed from our own data. Every indicator states `n` (the
// located features it rests on) and `excludedUnknown` (features of the same layers left out because their
// position is unknown: precision `unknown` or geometry null). Approximate positions are included and counted
// separately. Distances: great-circle metres on Turf's sphere (geodesy.ts); areas: Turf area (km², same sphere).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { area as turfArea } from '@turf/area';
import { bbox as turfBbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { LayerId, SiteFeature } from '../types';
import { PointIndex } from './spatial-index';
import { geometryDistanceM, isLineGeometry } from './line-distance';
import type { LineGeometry } from './line-distance';
import { isLocated, pointOf } from './features';
import { lengthWithinAreasKm } from './lengths';

/** The layers the paper's SWOT talks about. */
export const INDICATOR_LAYERS: readonly LayerId[] = ['heritage-units', 'museums', 'scenic-spots'];
export const TOURIST_LINE_ID = 'yellow-river-tourist-line';
/** Radii the dashboard uses: 1 km of the tourist line, 2 km of a railway station. */
export const TOURIST_LINE_RADIUS_M = 1000;
export const STATION_RADIUS_M = 2000;

export interface ShareIndicator {
  layer: LayerId;
  target: string;
  radiusM: number;
  /** Located features of the layer within radiusM of the target. */
  within: number;
  /** Of `within`, how many have approximate positions. */
  approximateWithin: number;
  /** Located features of the layer (exact + approximate): the denominator. */
  n: number;
  /** within / n, or null when n = 0. */
  share: number | null;
  excludedUnknown: number;
}

/**
 * Share of each layer's located features within `radiusM` of any of the target geometries.
 * Point features go through the spatial index; other located geometries are measured with geometryDistanceM.
 */
export function shareWithin(
  features: readonly SiteFeature[],
  targets: readonly (LineGeometry | { type: 'Point'; coordinates: number[] })[],
  targetName: string,
  radiusM: number,
  layers: readonly LayerId[] = INDICATOR_LAYERS,
): ShareIndicator[] {
  const relevant = features.filter((f) => layers.includes(f.properties.layer));
  const index = PointIndex.ofFeatures(relevant);
  const hit = new Set<SiteFeature>();
  for (const t of targets) {
    if (t.type === 'Point') {
      const [lon, lat] = t.coordinates;
      if (lon === undefined || lat === undefined) continue;
      for (const h of index.withinRadius(lon, lat, radiusM)) hit.add(h.item);
    } else {
      for (const h of index.withinDistanceOfLine(t, radiusM)) hit.add(h.item);
    }
  }
  for (const f of relevant) {
    if (!isLocated(f) || pointOf(f) !== null || hit.has(f)) continue;
    const g = f.geometry;
    if (targets.some((t) => geometryDistanceM(g, t, radiusM) <= radiusM)) hit.add(f);
  }
  return layers.map((layer) => {
    let n = 0,
      within = 0,
      approximateWithin = 0,
      excludedUnknown = 0;
    for (const f of relevant) {
      if (f.properties.layer !== layer) continue;
      if (!isLocated(f)) {
        excludedUnknown++;
        continue;
      }
      n++;
      if (hit.has(f)) {
        within++;
        if (f.properties.precision === 'approximate') approximateWithin++;
      }
    }
    return {
      layer,
      target: targetName,
      radiusM,
      within,
      approximateWithin,
      n,
      share: n > 0 ? within / n : null,
      excludedUnknown,
    };
  });
}

/** Share of each layer within 1 km of the tourist line (or `radiusM`). */
export function shareNearLine(
  features: readonly SiteFeature[],
  line: SiteFeature,
  radiusM = TOURIST_LINE_RADIUS_M,
  layers: readonly LayerId[] = INDICATOR_LAYERS,
): ShareIndicator[] {
  if (!isLocated(line) || !isLineGeometry(line.geometry)) {
    throw new Error(`${line.properties.id} is not a located line`);
  }
  return shareWithin(features, [line.geometry], line.properties.id, radiusM, layers);
}

/** Located railway stations (transport features with kind "station" and a Point geometry). */
export function stationsOf(features: readonly SiteFeature[]): SiteFeature[] {
  return features.filter(
    (f) => f.properties.layer === 'transport' && f.properties.kind === 'station' && pointOf(f) !== null,
  );
}

export interface StationShare {
  indicators: ShareIndicator[];
  /** Stations used as targets. */
  stations: number;
  /** Stations left out for unknown position. */
  stationsExcludedUnknown: number;
}

/** Share of each layer within 2 km (or `radiusM`) of any located railway station. */
export function shareNearStations(
  features: readonly SiteFeature[],
  radiusM = STATION_RADIUS_M,
  layers: readonly LayerId[] = INDICATOR_LAYERS,
): StationShare {
  const stations = stationsOf(features);
  const stationsExcludedUnknown = features.filter(
    (f) => f.properties.layer === 'transport' && f.properties.kind === 'station' && !isLocated(f),
  ).length;
  const targets = stations.flatMap((s) => {
    const p = pointOf(s);
    return p ? [{ type: 'Point' as const, coordinates: [p[0], p[1]] }] : [];
  });
  return {
    indicators: shareWithin(features, targets, 'railway-stations', radiusM, layers),
    stations: stations.length,
    stationsExcludedUnknown,
  };
}

/** A district polygon: districts.geojson features (or anything with name_zh). */
export type DistrictFeature = Feature<Polygon | MultiPolygon, { name_zh: string; name_en?: string }>;

export interface DistrictRow {
  name_zh: string;
  name_en: string | null;
  /** Turf area in km². */
  areaKm2: number;
  /** All counted features. */
  count: number;
  /** Counted by point-in-polygon of their position. */
  byLocation: number;
  /** Counted by their `district` property (no usable position, or position outside every polygon, or not a point). */
  byProperty: number;
  /** count per 1,000 km². */
  perThousandKm2: number;
}

export interface DistrictDensity {
  layers: readonly LayerId[];
  rows: DistrictRow[];
  /** Features counted in some district. */
  n: number;
  /** Features with unknown position whose `district` property names no district polygon: not counted. */
  excludedUnknown: number;
  /** Located features outside every polygon whose `district` property does not help either: not counted. */
  unassigned: number;
}

/**
 * Sites per district and per 1,000 km². Located Point features are placed by point-in-polygon (boundary counts
 * as inside; the first matching district wins). Everything else — null geometry, `unknown` precision, lines or
 * polygons, or points outside every polygon — falls back to its `district` property (exact name_zh match) and
 * is counted in `byProperty`, so the table says which method placed how many.
 */
export function sitesPerDistrict(
  features: readonly SiteFeature[],
  districts: readonly DistrictFeature[],
  layers: readonly LayerId[] = INDICATOR_LAYERS,
): DistrictDensity {
  const ds = districts.map((d) => {
    const [minX, minY, maxX, maxY] = turfBbox(d);
    return {
      d,
      minX,
      minY,
      maxX,
      maxY,
      row: {
        name_zh: d.properties.name_zh,
        name_en: d.properties.name_en ?? null,
        areaKm2: turfArea(d) / 1e6,
        count: 0,
        byLocation: 0,
        byProperty: 0,
        perThousandKm2: 0,
      } satisfies DistrictRow,
    };
  });
  const byName = new Map(ds.map((x) => [x.row.name_zh, x.row]));
  let n = 0,
    excludedUnknown = 0,
    unassigned = 0;
  for (const f of features) {
    if (!layers.includes(f.properties.layer)) continue;
    const p = pointOf(f);
    const placed = p
      ? ds.find(
          (x) => p[0] >= x.minX && p[0] <= x.maxX && p[1] >= x.minY && p[1] <= x.maxY && booleanPointInPolygon(p, x.d),
        )
      : undefined;
    if (placed) {
      placed.row.byLocation++;
      placed.row.count++;
      n++;
      continue;
    }
    const named = f.properties.district != null ? byName.get(f.properties.district) : undefined;
    if (named) {
      named.byProperty++;
      named.count++;
      n++;
    } else if (isLocated(f)) unassigned++;
    else excludedUnknown++;
  }
  for (const x of ds) x.row.perThousandKm2 = x.row.areaKm2 > 0 ? (x.row.count / x.row.areaKm2) * 1000 : 0;
  return { layers, rows: ds.map((x) => x.row), n, excludedUnknown, unassigned };
}

export interface RailwayLength {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  /** km inside the union of the district polygons (the municipality). */
  km: number;
  errorBoundKm: number;
  totalKm: number;
  approximate: boolean;
}

/** Length of each located railway / high-speed-railway line inside the municipality (union of districts). */
export function railwayLengthsWithin(
  features: readonly SiteFeature[],
  districts: readonly DistrictFeature[],
): RailwayLength[] {
  const out: RailwayLength[] = [];
  for (const f of features) {
    const kind = f.properties.kind;
    if (f.properties.layer !== 'transport' || (kind !== 'railway' && kind !== 'high-speed-railway')) continue;
    if (!isLocated(f) || !isLineGeometry(f.geometry)) continue;
    const r = lengthWithinAreasKm(
      { type: 'Feature', properties: { precision: f.properties.precision }, geometry: f.geometry },
      districts,
    );
    out.push({ id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind, ...r });
  }
  return out;
}

export interface Indicators {
  nearTouristLine: ShareIndicator[] | null;
  nearStations: StationShare;
  perDistrict: DistrictDensity;
  railways: RailwayLength[];
}

/** All indicators at once; nearTouristLine is null when the tourist line is missing or unlocated. */
export function computeIndicators(features: readonly SiteFeature[], districts: readonly DistrictFeature[]): Indicators {
  const line = features.find((f) => f.properties.id === TOURIST_LINE_ID);
  return {
    nearTouristLine: line && isLocated(line) && isLineGeometry(line.geometry) ? shareNearLine(features, line) : null,
    nearStations: shareNearStations(features),
    perDistrict: sitesPerDistrict(features, districts),
    railways: railwayLengthsWithin(features, districts),
  };
}
