// Positions, read from research rows: geodata/research/build/positions.csv names, for each position key, the
// research table and row it comes from, how to read it (WGS84 as given, or GCJ-02 converted with gcoord), its
// precision and the words that describe it. No coordinate is typed here.
import gcoord from 'gcoord';
import { point } from '@turf/helpers';
import distance from '@turf/distance';
import type { Position } from 'geojson';
import type { CsvRow } from '../lib/csv-read';
import { parseSourceCell } from '../lib/source-refs';
import type { Crs, Precision, SourceRef } from '../../src/types';
import { buildTable, cell, csv, r6, row } from './common';

export interface Pos {
  coords: Position;
  precision: Exclude<Precision, 'unknown'>;
  position_source: string;
  crs_original: Crs;
  position_original: [number, number];
  sources: SourceRef[];
  osm_id: string | null;
  note: string;
  /** Radius (m) of an approximate point when the sources describe the site's extent; else null. */
  uncertainty_m: number | null;
}

/** The sources of a position row: `source`, or (pass-3 table) the position's own source and the location texts. */
function rowSources(r: CsvRow): SourceRef[] {
  const direct = cell(r, 'source');
  return parseSourceCell(direct !== '' ? direct : `${cell(r, 'source_url')} ; ${cell(r, 'source_repo_path')}`);
}

export function wgsPos(r: CsvRow, precision: Pos['precision'], osm: string | null, note: string, label: string): Pos {
  const lon = Number(cell(r, 'lon'));
  const lat = Number(cell(r, 'lat'));
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error(`no coordinate in row ${JSON.stringify(r)}`);
  return {
    coords: [r6(lon), r6(lat)],
    precision,
    position_source: label,
    crs_original: 'WGS84',
    position_original: [lon, lat],
    sources: rowSources(r),
    osm_id: osm,
    note,
    uncertainty_m: null,
  };
}

/** GCJ-02 value (Amap) converted with gcoord; the table's own conversion must agree to < 1 m. */
function gcjPos(r: CsvRow, note: string, label: string): Pos {
  const lon0 = Number(cell(r, 'lon_original'));
  const lat0 = Number(cell(r, 'lat_original'));
  const out = gcoord.transform([lon0, lat0], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  const check = distance(point(out), point([Number(cell(r, 'lon')), Number(cell(r, 'lat'))]), { units: 'meters' });
  if (check > 1) throw new Error(`gcoord and research conversion differ by ${check} m for ${cell(r, 'name_zh')}`);
  return {
    coords: [r6(out[0]), r6(out[1])],
    precision: 'exact',
    position_source: label,
    crs_original: 'GCJ-02',
    position_original: [lon0, lat0],
    sources: rowSources(r),
    osm_id: null,
    note,
    uncertainty_m: null,
  };
}

function readPositions(): ReadonlyMap<string, Pos> {
  const tables = new Map<string, CsvRow[]>();
  const table = (name: string): CsvRow[] => {
    let t = tables.get(name);
    if (!t) tables.set(name, (t = csv(name)));
    return t;
  };
  const out = new Map<string, Pos>();
  for (const p of buildTable('positions.csv')) {
    const r = row(table(cell(p, 'table')), 'name_zh', cell(p, 'name_zh'));
    const precision = cell(p, 'precision');
    if (precision !== 'exact' && precision !== 'approximate') throw new Error(`positions.csv ${cell(p, 'key')}: precision ${precision}`);
    const method = cell(p, 'method');
    const pos =
      method === 'gcj02'
        ? gcjPos(r, cell(p, 'note'), cell(p, 'position_source'))
        : method === 'wgs84'
          ? wgsPos(r, precision, cell(p, 'osm_id') || null, cell(p, 'note'), cell(p, 'position_source'))
          : null;
    if (!pos) throw new Error(`positions.csv ${cell(p, 'key')}: unknown method ${method}`);
    const radius = cell(p, 'uncertainty_m');
    if (radius !== '') {
      if (precision !== 'approximate' || !(Number(radius) > 0 && Number(radius) <= 2000)) throw new Error(`positions.csv ${cell(p, 'key')}: uncertainty_m ${radius}`);
      pos.uncertainty_m = Number(radius);
    }
    out.set(cell(p, 'key'), pos);
  }
  return out;
}

/** Position key (build/sites.csv `position`) → position. Museums inside heritage sites reuse the site point on
 *  purpose, with the same position_source (the validator's 5 m rule allows that, and only that). */
export const POSITIONS = readPositions();

export function positionFor(key: string): Pos | null {
  if (key === '') return null;
  const p = POSITIONS.get(key);
  if (!p) throw new Error(`no position "${key}" in geodata/research/build/positions.csv`);
  return p;
}
