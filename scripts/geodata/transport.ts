// transport.geojson: VMAP0 railway lines clipped (by source vertex runs) to the municipality box, and the
// stations and airport of geodata/sources/pass2/stations.csv chosen in build/stations.csv.
import { point } from '@turf/helpers';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { SiteProperties, SourceRef } from '../../src/types';
import { buildTable, cell, geo, leftOut, roundCoords, SOURCES } from './common';
import { siteFeature } from './sites';
import { wgsPos, type Pos } from './positions';
import { parseCsv } from '../lib/csv-read';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const outline = geo('lanzhou_municipality_outline.geojson').features[0] as Feature<Polygon | MultiPolygon>;
export const districtsSrc = geo('lanzhou_districts.geojson').features as Feature<Polygon | MultiPolygon>[];
const stationRows = parseCsv(readFileSync(join(SOURCES, 'pass2/stations.csv'), 'utf8'));

function districtAt(c: Position): string | null {
  const hit = districtsSrc.find((d) => booleanPointInPolygon(point(c), d));
  return hit ? String(hit.properties?.name ?? '') || null : null;
}

function outlineBox(marginDeg: number): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const rings = outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  for (const poly of rings)
    for (const ring of poly)
      for (const [x, y] of ring as [number, number][]) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  return [minX - marginDeg, minY - marginDeg, maxX + marginDeg, maxY + marginDeg];
}
// 0.05° ≈ 4.5 km east–west and 5.5 km north–south at 36°N: enough to show where a line leaves the municipality.
const RAIL_BOX = outlineBox(0.05);
const inBox = (c: Position): boolean =>
  (c[0] ?? NaN) >= RAIL_BOX[0] && (c[0] ?? NaN) <= RAIL_BOX[2] && (c[1] ?? NaN) >= RAIL_BOX[1] && (c[1] ?? NaN) <= RAIL_BOX[3];

/** Keeps runs of consecutive source vertices inside the box (no new vertices are computed). */
function vertexRuns(coords: Position[]): Position[][] {
  const runs: Position[][] = [];
  let cur: Position[] = [];
  for (const c of coords) {
    if (inBox(c)) cur.push(roundCoords(c));
    else {
      if (cur.length >= 2) runs.push(cur);
      cur = [];
    }
  }
  if (cur.length >= 2) runs.push(cur);
  return runs;
}

// Corridors as inferred (from direction only, not from the data) in geodata/sources/pass2/NOTES.md.
// Corridors as inferred (from direction only, not from the data) in geodata/sources/pass2/NOTES.md.
const RAIL_CORRIDOR = new Map(buildTable('rail_corridors.csv').map((r) => [Number(cell(r, 'fid_rail_d')), cell(r, 'corridor')]));

const VMAP_SOURCE: SourceRef = {
  title: 'VMAP0 / Digital Chart of the World railways (NGA, public domain) as CHN_rails in GitHub yeshancqcq/geographic_data: china/CHN_rails.zip @ f1a4ddd37a94',
  url: 'https://github.com/yeshancqcq/geographic_data',
};

export function buildTransport(): Feature<Geometry | null, SiteProperties>[] {
  const out: Feature<Geometry | null, SiteProperties>[] = [];
  const rails = geo('pass2/railways_chn_rails_vmap0_divagis.geojson').features as Feature<LineString>[];
  for (const f of [...rails].sort((a, b) => Number(a.properties?.fid_rail_d) - Number(b.properties?.fid_rail_d))) {
    const fid = Number(f.properties?.fid_rail_d);
    const runs = vertexRuns(f.geometry.coordinates);
    runs.forEach((coords, i) => {
      const id = runs.length > 1 ? `railway-vmap0-${fid}-${i + 1}` : `railway-vmap0-${fid}`;
      const corridor = RAIL_CORRIDOR.get(fid) ?? null;
      const props: SiteProperties = {
        id,
        layer: 'transport',
        name_zh: `铁路（VMAP0 线段 ${fid}${corridor ? `，推断为${corridor.split(' ')[0]}线` : '，未命名'}）`,
        name_en: `Railway (VMAP0 segment ${fid}${corridor ? `, probably the ${corridor.replace(', inferred', '')} line` : ', unnamed'})`,
        aliases: [],
        district: null,
        address: null,
        precision: 'approximate',
        position_source: `VMAP0 CHN_rails FID_rail_d ${fid}`,
        crs_original: 'WGS84',
        position_original: null,
        osm_id: null,
        wikidata: null,
        kind: 'railway',
        derived_from: 'Source vertices kept where they lie inside the municipality bounding box plus 0.05°; nothing else changed.',
        facts: [],
        sources: [VMAP_SOURCE],
        notes: `1:1M scale data (errors of 100–500 m; predates the 2014 Lanzhou West station). Status: ${String(f.properties?.exs_descri ?? '')}, ${String(f.properties?.fco_descri ?? '')} track.${corridor ? ` Corridor name ${corridor} from direction only, not from the data.` : ''}`,
      };
      out.push({ type: 'Feature', id, properties: props, geometry: { type: 'LineString', coordinates: coords } });
    });
  }
  for (const b of buildTable('stations.csv')) {
    const name = cell(b, 'name_zh');
    const r = stationRows.find((x) => cell(x, 'name_zh') === name && cell(x, 'crs').includes(cell(b, 'crs_match')));
    if (!r) throw new Error(`station row ${name} / ${cell(b, 'crs_match')}`);
    const precision = cell(b, 'precision') as Pos['precision'];
    const pos = wgsPos(r, precision, cell(b, 'osm_id') || null, cell(b, 'note'), cell(b, 'position_source'));
    out.push(
      siteFeature({
        id: cell(b, 'id'),
        layer: 'transport',
        name_zh: name,
        name_en: cell(b, 'name_en'),
        aliases: cell(b, 'aliases').split('|').filter((x) => x !== ''),
        district: districtAt(pos.coords),
        address: null,
        pos,
        facts: [],
        sources: [],
        notes: ['District from the point’s position in the DataV district polygons (not stated by the source).'],
        extra: { kind: cell(b, 'kind') as 'station' | 'airport' },
      }),
    );
  }
  return out;
}
/** Licence-unknown or non-transport rows of stations.csv, listed for coverage. */
export function noteUnshippedStations(): void {
  for (const r of stationRows) {
    const name = cell(r, 'name_zh');
    const src = cell(r, 'source');
    if (src.includes('yeshancqcq') && name !== '兰州西站') {
      leftOut(
        'transport',
        name,
        'geodata-sources/pass2/stations.csv',
        '唯一的坐标来自许可证不明的数据集（yeshancqcq），不发布。',
        'The only coordinate comes from a dataset of unknown licence (yeshancqcq), so it is not shipped.',
        src,
      );
    }
  }
}
