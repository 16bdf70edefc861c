// Checks of one feature of a geodata file, for validateGeodata (validate.ts): ids, coordinates, range against the
// Lanzhou outline, the properties of each layer, sources, and the declared district. Messages go to a Report in the
// one format "file [id] field: message".
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerId } from '../../src/types';

const DISTRICT_NAMES = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'] as const;

/** Points may lie this far outside the municipality outline (metres): boundary generalisation, GCJ-02 residue. */
const POINT_MARGIN_M = 2000;
/** Line vertices may lie this far outside the outline's bounding box (degrees; 0.1° ≈ 9 km E–W at 36° N). */
const LINE_MARGIN_DEG = 0.1;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PRECISIONS = ['exact', 'approximate', 'unknown'];
const CRSS = ['WGS84', 'GCJ-02', 'BD-09'];
const HERITAGE_LEVELS = ['national', 'provincial', 'municipal', 'county'];
const HERITAGE_CATEGORIES = [
  'archaeological-site',
  'ancient-tomb',
  'ancient-building',
  'cave-temple-stone-carving',
  'modern-historic',
];
const GRADES = ['5A', '4A', '3A', '2A', '1A'];
const DESIGNATIONS = [
  'rural-tourism-key-village',
  'night-time-cluster',
  'tourism-leisure-block',
  'industrial-tourism-base',
  'tourist-resort',
  'historic-cultural-block',
];
const LINE_KINDS = ['railway', 'high-speed-railway', 'expressway'];
const POINT_KINDS = ['station', 'airport'];

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export interface Located {
  file: string;
  id: string;
  coords: Position;
  positionSource: string | null;
}

function allPositions(geom: Obj): Position[] {
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if (geom.type === 'GeometryCollection' && Array.isArray(geom.geometries)) {
    for (const g of geom.geometries) if (isObj(g)) out.push(...allPositions(g));
  } else walk(geom.coordinates);
  return out;
}

export function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Collects messages in the one format: "file [id] field: message". */
export class Report {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  err(file: string, id: string, field: string, msg: string): void {
    this.errors.push(`${file} [${id}] ${field}: ${msg}`);
  }
  warn(file: string, id: string, field: string, msg: string): void {
    this.warnings.push(`${file} [${id}] ${field}: ${msg}`);
  }
}

/** The outline and district polygons the range and district checks measure against. */
export interface Reference {
  outline: Polygon | MultiPolygon | null;
  /** The outline's bounding box [west, south, east, north], degrees. */
  box: [number, number, number, number] | null;
  districts: Map<string, Polygon | MultiPolygon>;
}

/** Metres from the point to the outline when it lies outside it; 0 inside (or when there is no outline). */
function distanceOutsideOutline(ref: Reference, c: Position): number {
  if (!ref.outline) return 0;
  if (booleanPointInPolygon(point(c), ref.outline)) return 0;
  let best = Infinity;
  for (const ring of ringsOf(ref.outline))
    best = Math.min(best, pointToLineDistance(point(c), lineString(ring), { units: 'meters' }));
  return best;
}

/** What the checks of one file share while its features are walked. */
export interface FileScope {
  r: Report;
  ref: Reference;
  file: string;
  expectedLayer: string | null;
  isSiteLayer: boolean;
  stopOrders: Set<number>;
  seenIds: Map<string, string>;
  located: Located[];
}

export function checkFeature(s: FileScope, f: unknown, i: number): void {
  const { r, file } = s;
  if (!isObj(f) || !isObj(f.properties)) {
    r.err(file, `#${i}`, 'properties', 'missing properties object');
    return;
  }
  const p = f.properties;
  const id = isStr(p.id) ? p.id : `#${i}`;
  if (!isStr(p.id)) r.err(file, id, 'id', 'missing');
  else if (!SLUG.test(p.id)) r.err(file, id, 'id', 'not a kebab-case slug');
  if (f.id !== undefined && f.id !== p.id)
    r.err(file, id, 'id', `feature id "${String(f.id)}" differs from properties.id`);
  if (isStr(p.id)) {
    const prev = s.seenIds.get(p.id);
    if (prev) r.err(file, id, 'id', `duplicate; also in ${prev}`);
    else s.seenIds.set(p.id, file);
  }
  if (p.layer !== s.expectedLayer)
    r.err(file, id, 'layer', `"${String(p.layer)}" should be "${String(s.expectedLayer)}"`);

  const geom = isObj(f.geometry) ? f.geometry : null;
  if (geom) checkCoordinates(r, file, id, geom);
  if (s.isSiteLayer) checkSite(s, id, p, geom);
  else if (file === 'districts.geojson') checkDistrict(r, file, id, p, geom);
  else checkBase(r, file, id, p);

  // Range vs the Lanzhou outline (base context files show neighbours on purpose).
  if (geom && (s.isSiteLayer || file === 'districts.geojson' || file === 'base/district-labels.geojson'))
    checkRange(s, id, geom);
  if (s.isSiteLayer && geom?.type === 'Point') {
    s.located.push({
      file,
      id,
      coords: geom.coordinates as Position,
      positionSource: isStr(p.position_source) ? p.position_source : null,
    });
  }
}

/** Every coordinate a number in range with at most 6 decimals (about 0.1 m). */
function checkCoordinates(r: Report, file: string, id: string, geom: Obj): void {
  for (const c of allPositions(geom)) {
    const [lon, lat] = c;
    if (typeof lon !== 'number' || typeof lat !== 'number' || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      r.err(file, id, 'geometry', `coordinate out of range: ${JSON.stringify(c)}`);
    } else if (c.some((v) => Math.round(v * 1e6) / 1e6 !== v)) {
      r.err(file, id, 'geometry', `more than 6 decimals: ${JSON.stringify(c)}`);
      break;
    }
  }
}

function checkRange(s: FileScope, id: string, geom: Obj): void {
  const { box } = s.ref;
  if (geom.type === 'Point') {
    const off = distanceOutsideOutline(s.ref, geom.coordinates as Position);
    if (off > POINT_MARGIN_M)
      s.r.err(
        s.file,
        id,
        'geometry',
        `point is ${Math.round(off)} m outside the Lanzhou outline (margin ${POINT_MARGIN_M} m)`,
      );
  } else if (box) {
    const bad = allPositions(geom).find(
      (c) =>
        (c[0] ?? NaN) < box[0] - LINE_MARGIN_DEG ||
        (c[0] ?? NaN) > box[2] + LINE_MARGIN_DEG ||
        (c[1] ?? NaN) < box[1] - LINE_MARGIN_DEG ||
        (c[1] ?? NaN) > box[3] + LINE_MARGIN_DEG,
    );
    if (bad)
      s.r.err(
        s.file,
        id,
        'geometry',
        `vertex ${JSON.stringify(bad)} lies beyond the Lanzhou bounding box + ${LINE_MARGIN_DEG}°`,
      );
  }
}

/** The properties every site layer shares, then its layer's own, then the declared district. */
function checkSite(s: FileScope, id: string, p: Obj, geom: Obj | null): void {
  const { r, file } = s;
  for (const k of ['name_zh', 'name_en']) if (!isStr(p[k])) r.err(file, id, k, 'missing or empty');
  if (p.aliases !== undefined && !(Array.isArray(p.aliases) && p.aliases.every(isStr)))
    r.err(file, id, 'aliases', 'must be a list of strings');
  if (p.district !== null && !(DISTRICT_NAMES as readonly unknown[]).includes(p.district)) {
    r.err(file, id, 'district', `"${String(p.district)}" is not one of the 8 county-level districts (or null)`);
  }
  if (!(p.address === null || isStr(p.address))) r.err(file, id, 'address', 'must be a string or null');
  if (!PRECISIONS.includes(String(p.precision)))
    r.err(file, id, 'precision', `"${String(p.precision)}" not in ${PRECISIONS.join('|')}`);
  if (!(p.crs_original === null || CRSS.includes(String(p.crs_original))))
    r.err(file, id, 'crs_original', `"${String(p.crs_original)}" not in ${CRSS.join('|')} or null`);
  if (!(
    p.position_original === null ||
    (Array.isArray(p.position_original) &&
      p.position_original.length === 2 &&
      p.position_original.every((v) => typeof v === 'number'))
  )) {
    r.err(file, id, 'position_original', 'must be [lon, lat] or null');
  }
  if (geom === null && p.precision !== 'unknown')
    r.err(file, id, 'precision', 'geometry is null, so precision must be "unknown"');
  if (geom !== null && p.precision === 'unknown')
    r.err(file, id, 'precision', 'a drawn feature cannot have precision "unknown"');
  if (geom !== null && !isStr(p.position_source))
    r.err(file, id, 'position_source', 'a drawn feature needs a position_source');
  if (geom === null && p.position_source !== null)
    r.err(file, id, 'position_source', 'must be null when geometry is null');
  checkSources(r, file, id, 'sources', p.sources);
  if (!Array.isArray(p.facts)) r.err(file, id, 'facts', 'must be a list');
  else
    p.facts.forEach((fa: unknown, i: number) => {
      if (!isObj(fa) || !isStr(fa.zh) || !isStr(fa.en)) r.err(file, id, `facts[${i}]`, 'needs zh and en text');
      else checkSources(r, file, id, `facts[${i}].sources`, fa.sources);
    });
  if (p.era_start != null || p.era_end != null) {
    if (!isInt(p.era_start) || !isInt(p.era_end) || p.era_start > p.era_end)
      r.err(file, id, 'era_start', 'era_start/era_end must be integers with start ≤ end');
  }
  checkLayerFields(s, id, p, geom, s.expectedLayer as LayerId);
  // Declared district must contain exact/approximate points.
  if (geom?.type === 'Point' && (p.precision === 'exact' || p.precision === 'approximate')) {
    if (p.district === null) r.warn(file, id, 'district', 'drawn point without a district');
    else {
      const poly = s.ref.districts.get(String(p.district));
      if (poly && !booleanPointInPolygon(point(geom.coordinates as Position), poly)) {
        r.err(file, id, 'district', `point ${JSON.stringify(geom.coordinates)} is not inside ${String(p.district)}`);
      }
    }
  }
}

/** The fields one site layer has and the others do not. */
function checkLayerFields(s: FileScope, id: string, p: Obj, geom: Obj | null, layer: LayerId): void {
  const { r, file } = s;
  const oneOf = (k: string, allowed: readonly string[], what = `not in ${allowed.join('|')}`): void => {
    if (!allowed.includes(String(p[k]))) r.err(file, id, k, `"${String(p[k])}" ${what}`);
  };
  const yearField = (k: string): void => {
    if (p[k] != null && !(isInt(p[k]) && (p[k] as number) >= 1000 && (p[k] as number) <= 2100))
      r.err(file, id, k, `must be a year (integer) or null, got ${JSON.stringify(p[k])}`);
  };
  switch (layer) {
    case 'heritage-units':
      oneOf('level', HERITAGE_LEVELS);
      if (!(p.category === null || HERITAGE_CATEGORIES.includes(String(p.category))))
        r.err(file, id, 'category', `"${String(p.category)}" not a heritage category`);
      if (!(p.national_number === null || /^\d+-\d{4}-\d-\d{3}$/.test(String(p.national_number))))
        r.err(file, id, 'national_number', 'must look like 6-1070-5-197 or be null');
      if (p.level === 'national' && !isStr(p.national_number))
        r.warn(file, id, 'national_number', 'national unit without a number');
      yearField('year_listed');
      break;
    case 'scenic-spots':
      oneOf('grade', GRADES);
      yearField('year_rated');
      break;
    case 'museums':
      yearField('opening_year');
      break;
    case 'ich-items':
      oneOf('level', HERITAGE_LEVELS);
      yearField('year_listed');
      break;
    case 'designations':
      oneOf('designation', DESIGNATIONS);
      yearField('year');
      break;
    case 'transport': {
      const t = geom?.type;
      const allowed =
        t === 'Point'
          ? POINT_KINDS
          : t === 'LineString' || t === 'MultiLineString'
            ? LINE_KINDS
            : [...POINT_KINDS, ...LINE_KINDS];
      oneOf('kind', allowed, `not valid for ${t ?? 'a feature without geometry'} (${allowed.join('|')})`);
      break;
    }
    case 'tourist-line':
      checkTouristLine(s, id, p, geom);
      break;
  }
}

function checkTouristLine(s: FileScope, id: string, p: Obj, geom: Obj | null): void {
  const { r, file } = s;
  if (id === 'yellow-river-tourist-line') {
    if (geom?.type !== 'LineString' && geom?.type !== 'MultiLineString')
      r.err(file, id, 'geometry', 'the line must be a LineString');
    if (p.precision === 'exact') r.err(file, id, 'precision', 'a derived line cannot be exact');
    if (!isStr(p.derived_from)) r.err(file, id, 'derived_from', 'must say what the line was drawn from');
  } else {
    if (!(geom === null || geom.type === 'Point')) r.err(file, id, 'geometry', 'stops must be points or null');
    if (!isInt(p.stop_order)) r.err(file, id, 'stop_order', 'must be an integer');
    else if (s.stopOrders.has(p.stop_order)) r.err(file, id, 'stop_order', `duplicate ${p.stop_order}`);
    else s.stopOrders.add(p.stop_order);
  }
}

function checkSources(r: Report, file: string, id: string, field: string, v: unknown): void {
  if (!Array.isArray(v) || v.length === 0) {
    r.err(file, id, field, 'must be a non-empty list of {title, url}');
    return;
  }
  v.forEach((s: unknown, i: number) => {
    if (!isObj(s) || !isStr(s.title) || !isStr(s.url)) r.err(file, id, `${field}[${i}]`, 'needs a title and a url');
    else if (!/^https?:\/\//.test(s.url)) r.err(file, id, `${field}[${i}].url`, `not a web address: ${s.url}`);
  });
}

function checkDistrict(r: Report, file: string, id: string, p: Obj, geom: Obj | null): void {
  for (const k of ['name_zh', 'name_en']) if (!isStr(p[k])) r.err(file, id, k, 'missing or empty');
  if (!(DISTRICT_NAMES as readonly unknown[]).includes(p.name_zh))
    r.err(file, id, 'name_zh', `"${String(p.name_zh)}" is not a Lanzhou district`);
  if (!isInt(p.adcode) || !/^6201\d\d$/.test(String(p.adcode))) r.err(file, id, 'adcode', 'must be a 6201xx integer');
  if (geom?.type !== 'Polygon' && geom?.type !== 'MultiPolygon') r.err(file, id, 'geometry', 'must be a polygon');
  checkSources(r, file, id, 'sources', p.sources);
}

function checkBase(r: Report, file: string, id: string, p: Obj): void {
  if (!isStr(p.kind)) r.err(file, id, 'kind', 'missing');
  if (!isStr(p.source)) r.err(file, id, 'source', 'missing');
  if (!isStr(p.licence)) r.err(file, id, 'licence', 'missing');
  if (file === 'base/yellow-river.geojson' && p.scale !== 'city' && p.scale !== 'regional')
    r.err(file, id, 'scale', 'must be "city" or "regional"');
}
