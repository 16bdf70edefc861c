// districts.geojson and geodata/base/*: the DataV district polygons, the municipality outline, the context
// (provinces, prefectures), the Yellow River for drawing, and district label points.
import { point } from '@turf/helpers';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BaseProperties, DistrictProperties, SourceRef } from '../../src/types';
import { buildTable, cell, DISTRICTS, geo, roundCoords } from './common';
import { districtsSrc, outline } from './transport';

const DISTRICT_SOURCE: SourceRef[] = [
  { title: 'DataV.GeoAtlas 620100_full.json (Alibaba Cloud DataV / AutoNavi), copy in GitHub anzhou99/GeoJsons @ ae3304715838', url: 'https://github.com/anzhou99/GeoJsons' },
];

export function buildDistricts(): Feature<Polygon | MultiPolygon, DistrictProperties>[] {
  return districtsSrc.map((f) => {
    const zh = String(f.properties?.name);
    const d = DISTRICTS.find((x) => x.zh === zh);
    if (!d) throw new Error(`unknown district ${zh}`);
    const props: DistrictProperties = {
      id: d.id,
      layer: 'districts',
      name_zh: zh,
      name_en: d.en,
      adcode: Number(f.properties?.adcode),
      district: zh,
      address: null,
      precision: 'approximate',
      position_source: 'DataV.GeoAtlas 620100_full.json, converted GCJ-02 → WGS84 (iterative inverse) by the research pass',
      crs_original: 'GCJ-02',
      position_original: null,
      facts: [],
      sources: DISTRICT_SOURCE,
      notes: 'Licence of the DataV boundaries is unclear (see geodata/SOURCES.md). Boundary generalisation and date unknown (no later than 2021).',
    };
    return { type: 'Feature', id: d.id, properties: props, geometry: f.geometry };
  });
}

/** Area-weighted centroid of the largest outer ring; if it falls outside the polygon, the midpoint of the widest
 *  inside span along that latitude (a point on the surface), so every label sits inside its district. */
function labelPoint(g: Polygon | MultiPolygon): Position {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best: Position[] = [];
  let bestArea = -1;
  for (const p of polys) {
    const ring = p[0] ?? [];
    let a = 0;
    for (let i = 0; i < ring.length - 1; i++) a += (ring[i]?.[0] ?? 0) * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * (ring[i]?.[1] ?? 0);
    if (Math.abs(a) > bestArea) {
      bestArea = Math.abs(a);
      best = ring;
    }
  }
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < best.length - 1; i++) {
    const [x0 = 0, y0 = 0] = best[i] ?? [];
    const [x1 = 0, y1 = 0] = best[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    a2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  const c: Position = [cx / (3 * a2), cy / (3 * a2)];
  if (booleanPointInPolygon(point(c), g)) return roundCoords(c);
  const y = c[1] ?? 0;
  const xs: number[] = [];
  for (const p of polys)
    for (const ring of p)
      for (let i = 0; i < ring.length - 1; i++) {
        const [x0 = 0, y0 = 0] = ring[i] ?? [];
        const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
        if ((y0 <= y && y1 > y) || (y1 <= y && y0 > y)) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
      }
  xs.sort((p, q) => p - q);
  let span: [number, number] = [xs[0] ?? 0, xs[1] ?? 0];
  for (let i = 0; i + 1 < xs.length; i += 2) if ((xs[i + 1] ?? 0) - (xs[i] ?? 0) > span[1] - span[0]) span = [xs[i] ?? 0, xs[i + 1] ?? 0];
  return roundCoords([(span[0] + span[1]) / 2, y]);
}

const DATAV_LICENCE = 'unclear: DataV.GeoAtlas (Alibaba Cloud / AutoNavi) data, no open licence; see geodata/SOURCES.md';
const PREFECTURE_EN = new Map(buildTable('context_names.csv').map((r) => [cell(r, 'name_zh'), cell(r, 'name_en')]));

function baseFeature(id: string, layer: BaseProperties['layer'], geometry: Geometry, p: Omit<BaseProperties, 'id' | 'layer'>): Feature<Geometry, BaseProperties> {
  return { type: 'Feature', id, properties: { id, layer, ...p }, geometry };
}

function roundGeometry(g: Geometry): Geometry {
  const walk = (x: unknown): unknown =>
    Array.isArray(x) && typeof x[0] === 'number' ? roundCoords(x as Position) : Array.isArray(x) ? x.map(walk) : x;
  if (g.type === 'GeometryCollection') return { type: 'GeometryCollection', geometries: g.geometries.map(roundGeometry) };
  return { ...g, coordinates: walk(g.coordinates) } as Geometry;
}


/** The base-map files (path relative to geodata/ → features), drawn from the district polygons given. */
export function buildBaseFiles(districts: readonly Feature<Polygon | MultiPolygon, DistrictProperties>[]): Record<string, Feature<Geometry, BaseProperties>[]> {
  const osmRiver = geo('pass2/yellow_river_central_osm.geojson').features[0] as Feature<LineString>;
  const neRiver = geo('yellow_river_ne10m.geojson').features[0] as Feature<LineString>;
  const files: Record<string, Feature<Geometry, BaseProperties>[]> = {};
  files['base/municipality-outline.geojson'] = [
    baseFeature('base-lanzhou-municipality', 'base-municipality-outline', roundGeometry(outline.geometry), {
      name_zh: '兰州市',
      name_en: 'Lanzhou',
      aliases: ['金城'],
      kind: 'municipality',
      adcode: 620100,
      source: 'Dissolved from the 8 DataV district polygons (620100_full.json), GCJ-02 → WGS84, by the research pass',
      licence: DATAV_LICENCE,
    }),
  ];

  const context: Feature<Geometry, BaseProperties>[] = [];
  const province = geo('gansu_province_outline.geojson').features[0] as Feature<MultiPolygon>;
  context.push(
    baseFeature('base-gansu-province', 'base-context', roundGeometry(province.geometry), {
      name_zh: '甘肃省',
      name_en: 'Gansu',
      kind: 'province',
      adcode: 620000,
      source: 'DataV 100000_full.json feature 620000, GCJ-02 → WGS84',
      licence: DATAV_LICENCE,
    }),
  );
  for (const f of geo('provinces_in_box.geojson').features) {
    const adcode = Number(f.properties?.adcode);
    if (adcode === 620000) continue; // the full Gansu outline above replaces the clipped one
    const zh = String(f.properties?.name);
    context.push(
      baseFeature(`base-province-${adcode}`, 'base-context', roundGeometry(f.geometry), {
        name_zh: zh,
        name_en: PREFECTURE_EN.get(zh) ?? null,
        kind: 'province',
        adcode,
        source: 'DataV 100000_full.json, GCJ-02 → WGS84, clipped to lon 102.3–104.8, lat 35.4–37.3',
        licence: DATAV_LICENCE,
      }),
    );
  }
  for (const f of geo('gansu_prefectures_in_box.geojson').features) {
    const adcode = Number(f.properties?.adcode);
    if (adcode === 620100) continue; // Lanzhou itself: the finer dissolved outline is drawn instead
    const zh = String(f.properties?.name);
    context.push(
      baseFeature(`base-prefecture-${adcode}`, 'base-context', roundGeometry(f.geometry), {
        name_zh: zh,
        name_en: PREFECTURE_EN.get(zh) ?? null,
        kind: 'prefecture',
        adcode,
        source: 'DataV 620000_full.json, GCJ-02 → WGS84, clipped to lon 102.3–104.8, lat 35.4–37.3',
        licence: DATAV_LICENCE,
      }),
    );
  }
  files['base/context.geojson'] = context;

  files['base/yellow-river.geojson'] = [
    baseFeature('base-yellow-river-city', 'base-yellow-river', roundGeometry(osmRiver.geometry), {
      name_zh: '黄河',
      name_en: 'Yellow River',
      kind: 'river',
      scale: 'city',
      source: 'OpenStreetMap way 166825103, simplified (57 vertices, 103.735–103.872°E), via lachlanchen/LazyTravel',
      licence: '© OpenStreetMap contributors, ODbL 1.0',
    }),
    baseFeature('base-yellow-river-regional', 'base-yellow-river', roundGeometry(neRiver.geometry), {
      name_zh: '黄河',
      name_en: 'Yellow River',
      kind: 'river',
      scale: 'regional',
      source: 'Natural Earth 10m rivers_lake_centerlines ("Huang"); about 1 km off the channel in the city: regional zooms only',
      licence: 'public domain (Natural Earth)',
    }),
  ];

  files['base/district-labels.geojson'] = districts.map((d) =>
      baseFeature(`base-label-${d.properties.id}`, 'base-district-labels', { type: 'Point', coordinates: labelPoint(d.geometry) }, {
        name_zh: d.properties.name_zh,
        name_en: d.properties.name_en,
        kind: 'district-label',
        adcode: d.properties.adcode,
        source: 'Computed label point inside the DataV district polygon (area centroid, or a point on the surface when the centroid falls outside)',
        licence: DATAV_LICENCE,
      }),
    );


  return files;
}
