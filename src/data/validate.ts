// Validation of the shipped geodata. Pure: takes the parsed files (path relative to geodata/ → JSON value) and
// returns messages; scripts/validate-data.ts reads the files and sets the exit code.
//
// Every message names the file, the feature id (or #index) and the field:  "museums.geojson [lanzhou-city-museum] district: …"
//
// Checks, and why:
// - geojson-validation (trace on) for RFC 7946 structure; it does not range-check coordinates, so we do.
// - Coordinates in range, and inside the Lanzhou outline (points: within POINT_MARGIN_M of it; line vertices:
//   within the outline's bounding box plus LINE_MARGIN_DEG), so a swapped lon/lat or a GCJ-02 slip shows.
// - exact/approximate points inside the polygon of their declared `district`.
// - Required properties and enums per layer; ids kebab-case and unique across all files; `sources` non-empty.
// - No two different sites within 5 m unless they share a `position_source` (a museum inside a heritage site,
//   a site that is also a tourist-line stop: same point on purpose).
// - indicators.json against its schema; attribution.json and coverage-notes.json shape.
import GJV from 'geojson-validation';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { checkSchema } from './json-schema-lite';
import { INDICATORS_SCHEMA, checkIndicatorLinks } from './indicators-file';
import type { IndicatorsFile } from './indicators-file';
import type { LayerId } from '../types';
import { LAYER_IDS } from '../types';

export interface ValidationResult {
  errors: string[];
  warnings: string[];
}

export const DISTRICT_NAMES = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'] as const;

/** Points may lie this far outside the municipality outline (metres): boundary generalisation, GCJ-02 residue. */
export const POINT_MARGIN_M = 2000;
/** Line vertices may lie this far outside the outline's bounding box (degrees; 0.1° ≈ 9 km E–W at 36° N). */
export const LINE_MARGIN_DEG = 0.1;
/** Two different sites closer than this (metres) are suspicious unless they share a position_source. */
export const MIN_SITE_SEPARATION_M = 5;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PRECISIONS = ['exact', 'approximate', 'unknown'];
const CRSS = ['WGS84', 'GCJ-02', 'BD-09'];
const HERITAGE_LEVELS = ['national', 'provincial', 'municipal', 'county'];
const HERITAGE_CATEGORIES = ['archaeological-site', 'ancient-tomb', 'ancient-building', 'cave-temple-stone-carving', 'modern-historic'];
const GRADES = ['5A', '4A', '3A', '2A', '1A'];
const DESIGNATIONS = ['rural-tourism-key-village', 'night-time-cluster', 'tourism-leisure-block', 'industrial-tourism-base', 'tourist-resort', 'historic-cultural-block'];
const LINE_KINDS = ['railway', 'high-speed-railway', 'expressway'];
const POINT_KINDS = ['station', 'airport'];

/** File (relative to geodata/) → the `layer` every feature in it must carry. */
export function layerForFile(file: string): string | null {
  const m = /^(base\/)?([a-z0-9-]+)\.geojson$/.exec(file);
  if (!m?.[2]) return null;
  return m[1] ? `base-${m[2]}` : m[2];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

interface Located {
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

function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

export function validateGeodata(files: Record<string, unknown>): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const err = (file: string, id: string, field: string, msg: string): void => {
    errors.push(`${file} [${id}] ${field}: ${msg}`);
  };
  const warn = (file: string, id: string, field: string, msg: string): void => {
    warnings.push(`${file} [${id}] ${field}: ${msg}`);
  };

  // ---- reference geometry: outline and districts
  const outlineFc = files['base/municipality-outline.geojson'];
  const outlineGeom = isObj(outlineFc) && Array.isArray(outlineFc.features) && isObj(outlineFc.features[0])
    ? ((outlineFc.features[0] as Obj).geometry as Polygon | MultiPolygon | null)
    : null;
  if (!outlineGeom) err('base/municipality-outline.geojson', '-', 'geometry', 'missing: the Lanzhou outline is needed for the range checks');
  let box: [number, number, number, number] | null = null;
  if (outlineGeom) {
    const xs = ringsOf(outlineGeom).flat();
    box = [
      Math.min(...xs.map((p) => p[0] ?? NaN)),
      Math.min(...xs.map((p) => p[1] ?? NaN)),
      Math.max(...xs.map((p) => p[0] ?? NaN)),
      Math.max(...xs.map((p) => p[1] ?? NaN)),
    ];
  }
  const districtPolys = new Map<string, Polygon | MultiPolygon>();
  const districtsFc = files['districts.geojson'];
  if (isObj(districtsFc) && Array.isArray(districtsFc.features)) {
    for (const f of districtsFc.features) {
      if (isObj(f) && isObj(f.properties) && isObj(f.geometry)) {
        districtPolys.set(String(f.properties.name_zh), f.geometry as unknown as Polygon | MultiPolygon);
      }
    }
  } else err('districts.geojson', '-', 'file', 'missing or not a FeatureCollection');

  const distanceOutsideOutline = (c: Position): number => {
    if (!outlineGeom) return 0;
    if (booleanPointInPolygon(point(c), outlineGeom)) return 0;
    let best = Infinity;
    for (const ring of ringsOf(outlineGeom)) best = Math.min(best, pointToLineDistance(point(c), lineString(ring), { units: 'meters' }));
    return best;
  };

  // ---- every GeoJSON file
  const seenIds = new Map<string, string>();
  const located: Located[] = [];
  const geojsonFiles = Object.keys(files).filter((f) => f.endsWith('.geojson')).sort();
  for (const layer of LAYER_IDS) {
    if (!(`${layer}.geojson` in files)) err(`${layer}.geojson`, '-', 'file', 'missing');
  }

  for (const file of geojsonFiles) {
    const fc = files[file];
    const expectedLayer = layerForFile(file);
    const trace = GJV.valid(fc, true);
    for (const t of trace) err(file, '-', 'geojson', t);
    if (!isObj(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      err(file, '-', 'type', 'not a FeatureCollection');
      continue;
    }
    const isSiteLayer = (LAYER_IDS as readonly string[]).includes(expectedLayer ?? '');
    const stopOrders = new Set<number>();
    fc.features.forEach((f: unknown, i: number) => {
      if (!isObj(f) || !isObj(f.properties)) {
        err(file, `#${i}`, 'properties', 'missing properties object');
        return;
      }
      const p = f.properties;
      const id = isStr(p.id) ? p.id : `#${i}`;
      if (!isStr(p.id)) err(file, id, 'id', 'missing');
      else if (!SLUG.test(p.id)) err(file, id, 'id', 'not a kebab-case slug');
      if (f.id !== undefined && f.id !== p.id) err(file, id, 'id', `feature id "${String(f.id)}" differs from properties.id`);
      if (isStr(p.id)) {
        const prev = seenIds.get(p.id);
        if (prev) err(file, id, 'id', `duplicate; also in ${prev}`);
        else seenIds.set(p.id, file);
      }
      if (p.layer !== expectedLayer) err(file, id, 'layer', `"${String(p.layer)}" should be "${String(expectedLayer)}"`);

      const geom = isObj(f.geometry) ? f.geometry : null;
      if (geom) {
        for (const c of allPositions(geom)) {
          const [lon, lat] = c;
          if (typeof lon !== 'number' || typeof lat !== 'number' || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            err(file, id, 'geometry', `coordinate out of range: ${JSON.stringify(c)}`);
          } else if (c.some((v) => Math.round(v * 1e6) / 1e6 !== v)) {
            err(file, id, 'geometry', `more than 6 decimals: ${JSON.stringify(c)}`);
            break;
          }
        }
      }

      if (isSiteLayer) checkSite(file, id, p, geom, expectedLayer as LayerId, stopOrders);
      else if (file === 'districts.geojson') checkDistrict(file, id, p, geom);
      else checkBase(file, id, p);

      // Range vs the Lanzhou outline (base context files show neighbours on purpose).
      if (geom && (isSiteLayer || file === 'districts.geojson' || file === 'base/district-labels.geojson')) {
        if (geom.type === 'Point') {
          const c = geom.coordinates as Position;
          const off = distanceOutsideOutline(c);
          if (off > POINT_MARGIN_M) err(file, id, 'geometry', `point is ${Math.round(off)} m outside the Lanzhou outline (margin ${POINT_MARGIN_M} m)`);
        } else if (box) {
          const bad = allPositions(geom).find(
            (c) =>
              (c[0] ?? NaN) < box[0] - LINE_MARGIN_DEG ||
              (c[0] ?? NaN) > box[2] + LINE_MARGIN_DEG ||
              (c[1] ?? NaN) < box[1] - LINE_MARGIN_DEG ||
              (c[1] ?? NaN) > box[3] + LINE_MARGIN_DEG,
          );
          if (bad) err(file, id, 'geometry', `vertex ${JSON.stringify(bad)} lies beyond the Lanzhou bounding box + ${LINE_MARGIN_DEG}°`);
        }
      }
      if (isSiteLayer && geom?.type === 'Point') {
        located.push({ file, id, coords: geom.coordinates as Position, positionSource: isStr(p.position_source) ? p.position_source : null });
      }
    });
  }

  function checkSite(file: string, id: string, p: Obj, geom: Obj | null, layer: LayerId, stopOrders: Set<number>): void {
    for (const k of ['name_zh', 'name_en']) if (!isStr(p[k])) err(file, id, k, 'missing or empty');
    if (p.aliases !== undefined && !(Array.isArray(p.aliases) && p.aliases.every(isStr))) err(file, id, 'aliases', 'must be a list of strings');
    if (p.district !== null && !(DISTRICT_NAMES as readonly unknown[]).includes(p.district)) {
      err(file, id, 'district', `"${String(p.district)}" is not one of the 8 county-level districts (or null)`);
    }
    if (!(p.address === null || isStr(p.address))) err(file, id, 'address', 'must be a string or null');
    if (!PRECISIONS.includes(String(p.precision))) err(file, id, 'precision', `"${String(p.precision)}" not in ${PRECISIONS.join('|')}`);
    if (!(p.crs_original === null || CRSS.includes(String(p.crs_original)))) err(file, id, 'crs_original', `"${String(p.crs_original)}" not in ${CRSS.join('|')} or null`);
    if (!(p.position_original === null || (Array.isArray(p.position_original) && p.position_original.length === 2 && p.position_original.every((v) => typeof v === 'number')))) {
      err(file, id, 'position_original', 'must be [lon, lat] or null');
    }
    if (geom === null && p.precision !== 'unknown') err(file, id, 'precision', 'geometry is null, so precision must be "unknown"');
    if (geom !== null && p.precision === 'unknown') err(file, id, 'precision', 'a drawn feature cannot have precision "unknown"');
    if (geom !== null && !isStr(p.position_source)) err(file, id, 'position_source', 'a drawn feature needs a position_source');
    if (geom === null && p.position_source !== null) err(file, id, 'position_source', 'must be null when geometry is null');
    checkSources(file, id, 'sources', p.sources);
    if (!Array.isArray(p.facts)) err(file, id, 'facts', 'must be a list');
    else
      p.facts.forEach((fa: unknown, i: number) => {
        if (!isObj(fa) || !isStr(fa.zh) || !isStr(fa.en)) err(file, id, `facts[${i}]`, 'needs zh and en text');
        else checkSources(file, id, `facts[${i}].sources`, fa.sources);
      });
    if (p.era_start != null || p.era_end != null) {
      if (!isInt(p.era_start) || !isInt(p.era_end) || p.era_start > p.era_end) err(file, id, 'era_start', 'era_start/era_end must be integers with start ≤ end');
    }
    const yearField = (k: string): void => {
      if (p[k] != null && !(isInt(p[k]) && (p[k] as number) >= 1000 && (p[k] as number) <= 2100)) err(file, id, k, `must be a year (integer) or null, got ${JSON.stringify(p[k])}`);
    };
    switch (layer) {
      case 'heritage-units':
        if (!HERITAGE_LEVELS.includes(String(p.level))) err(file, id, 'level', `"${String(p.level)}" not in ${HERITAGE_LEVELS.join('|')}`);
        if (!(p.category === null || HERITAGE_CATEGORIES.includes(String(p.category)))) err(file, id, 'category', `"${String(p.category)}" not a heritage category`);
        if (!(p.national_number === null || /^\d+-\d{4}-\d-\d{3}$/.test(String(p.national_number)))) err(file, id, 'national_number', 'must look like 6-1070-5-197 or be null');
        if (p.level === 'national' && !isStr(p.national_number)) warn(file, id, 'national_number', 'national unit without a number');
        yearField('year_listed');
        break;
      case 'scenic-spots':
        if (!GRADES.includes(String(p.grade))) err(file, id, 'grade', `"${String(p.grade)}" not in ${GRADES.join('|')}`);
        yearField('year_rated');
        break;
      case 'museums':
        yearField('opening_year');
        break;
      case 'ich-items':
        if (!HERITAGE_LEVELS.includes(String(p.level))) err(file, id, 'level', `"${String(p.level)}" not in ${HERITAGE_LEVELS.join('|')}`);
        yearField('year_listed');
        break;
      case 'designations':
        if (!DESIGNATIONS.includes(String(p.designation))) err(file, id, 'designation', `"${String(p.designation)}" not in ${DESIGNATIONS.join('|')}`);
        yearField('year');
        break;
      case 'transport': {
        const t = geom?.type;
        const allowed = t === 'Point' ? POINT_KINDS : t === 'LineString' || t === 'MultiLineString' ? LINE_KINDS : [...POINT_KINDS, ...LINE_KINDS];
        if (!allowed.includes(String(p.kind))) err(file, id, 'kind', `"${String(p.kind)}" not valid for ${t ?? 'a feature without geometry'} (${allowed.join('|')})`);
        break;
      }
      case 'tourist-line':
        if (id === 'yellow-river-tourist-line') {
          if (geom?.type !== 'LineString' && geom?.type !== 'MultiLineString') err(file, id, 'geometry', 'the line must be a LineString');
          if (p.precision === 'exact') err(file, id, 'precision', 'a derived line cannot be exact');
          if (!isStr(p.derived_from)) err(file, id, 'derived_from', 'must say what the line was drawn from');
        } else {
          if (!(geom === null || geom.type === 'Point')) err(file, id, 'geometry', 'stops must be points or null');
          if (!isInt(p.stop_order)) err(file, id, 'stop_order', 'must be an integer');
          else if (stopOrders.has(p.stop_order)) err(file, id, 'stop_order', `duplicate ${p.stop_order}`);
          else stopOrders.add(p.stop_order);
        }
        break;
    }
    // Declared district must contain exact/approximate points.
    if (geom?.type === 'Point' && (p.precision === 'exact' || p.precision === 'approximate')) {
      if (p.district === null) warn(file, id, 'district', 'drawn point without a district');
      else {
        const poly = districtPolys.get(String(p.district));
        if (poly && !booleanPointInPolygon(point(geom.coordinates as Position), poly)) {
          err(file, id, 'district', `point ${JSON.stringify(geom.coordinates)} is not inside ${String(p.district)}`);
        }
      }
    }
  }

  function checkSources(file: string, id: string, field: string, v: unknown): void {
    if (!Array.isArray(v) || v.length === 0) {
      err(file, id, field, 'must be a non-empty list of {title, url}');
      return;
    }
    v.forEach((s: unknown, i: number) => {
      if (!isObj(s) || !isStr(s.title) || !isStr(s.url)) err(file, id, `${field}[${i}]`, 'needs a title and a url');
      else if (!/^https?:\/\//.test(s.url)) err(file, id, `${field}[${i}].url`, `not a web address: ${s.url}`);
    });
  }

  function checkDistrict(file: string, id: string, p: Obj, geom: Obj | null): void {
    for (const k of ['name_zh', 'name_en']) if (!isStr(p[k])) err(file, id, k, 'missing or empty');
    if (!(DISTRICT_NAMES as readonly unknown[]).includes(p.name_zh)) err(file, id, 'name_zh', `"${String(p.name_zh)}" is not a Lanzhou district`);
    if (!isInt(p.adcode) || !/^6201\d\d$/.test(String(p.adcode))) err(file, id, 'adcode', 'must be a 6201xx integer');
    if (geom?.type !== 'Polygon' && geom?.type !== 'MultiPolygon') err(file, id, 'geometry', 'must be a polygon');
    checkSources(file, id, 'sources', p.sources);
  }

  function checkBase(file: string, id: string, p: Obj): void {
    if (!isStr(p.kind)) err(file, id, 'kind', 'missing');
    if (!isStr(p.source)) err(file, id, 'source', 'missing');
    if (!isStr(p.licence)) err(file, id, 'licence', 'missing');
    if (file === 'base/yellow-river.geojson' && p.scale !== 'city' && p.scale !== 'regional') err(file, id, 'scale', 'must be "city" or "regional"');
  }

  // ---- file-level counts
  const districtCount = isObj(districtsFc) && Array.isArray(districtsFc.features) ? districtsFc.features.length : 0;
  if (districtCount !== 8) err('districts.geojson', '-', 'features', `expected 8 districts, found ${districtCount}`);
  const tl = files['tourist-line.geojson'];
  if (isObj(tl) && Array.isArray(tl.features) && !tl.features.some((f) => isObj(f) && isObj(f.properties) && f.properties.id === 'yellow-river-tourist-line')) {
    err('tourist-line.geojson', 'yellow-river-tourist-line', 'id', 'the line feature is missing');
  }

  // ---- 5 m rule
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i];
      const b = located[j];
      if (!a || !b) continue;
      const d = distance(point(a.coords), point(b.coords), { units: 'meters' });
      if (d < MIN_SITE_SEPARATION_M && (a.positionSource === null || a.positionSource !== b.positionSource)) {
        err(b.file, b.id, 'geometry', `${d.toFixed(1)} m from ${a.file} [${a.id}] with a different position_source; same point only on purpose (share the source)`);
      }
    }
  }

  // ---- JSON files
  if ('indicators.json' in files) {
    const schemaProblems = checkSchema(files['indicators.json'], INDICATORS_SCHEMA);
    for (const m of schemaProblems) err('indicators.json', '-', 'schema', m);
    const ind = files['indicators.json'];
    if (schemaProblems.length === 0) for (const m of checkIndicatorLinks(ind as IndicatorsFile)) err('indicators.json', '-', 'links', m);
    if (isObj(ind) && Array.isArray(ind.indicators)) {
      const ids = new Set<string>();
      for (const x of ind.indicators) {
        if (isObj(x) && isStr(x.id)) {
          if (ids.has(x.id)) err('indicators.json', x.id, 'id', 'duplicate');
          ids.add(x.id);
          if (isObj(ind.sources) && !(String(x.source) in ind.sources)) err('indicators.json', x.id, 'source', `"${String(x.source)}" not in sources`);
        }
      }
    }
    if (isObj(ind) && isObj(ind.swot) && Array.isArray(ind.swot.items)) {
      for (const it of ind.swot.items) {
        if (isObj(it) && it.quadrant === null && it.quadrant_stated_in_source !== false) {
          err('indicators.json', String(it.id), 'quadrant_stated_in_source', 'must be false when quadrant is null');
        }
      }
    }
  } else err('indicators.json', '-', 'file', 'missing');

  const attribution = files['attribution.json'];
  if (!Array.isArray(attribution) || attribution.length === 0 || !attribution.every((a) => isObj(a) && isStr(a.text) && isStr(a.url))) {
    err('attribution.json', '-', 'entries', 'must be a non-empty list of {text, url}');
  } else if (!attribution.some((a) => isObj(a) && String(a.text).includes('© OpenStreetMap contributors'))) {
    err('attribution.json', '-', 'entries', 'the OpenStreetMap credit is missing');
  }

  const notes = files['coverage-notes.json'];
  if (notes !== undefined) {
    if (!Array.isArray(notes)) err('coverage-notes.json', '-', 'entries', 'must be a list');
    else
      notes.forEach((n: unknown, i: number) => {
        if (!isObj(n) || !isStr(n.name_zh) || !isObj(n.reason) || !isStr(n.reason.zh) || !isStr(n.reason.en)) {
          err('coverage-notes.json', `#${i}`, 'reason', 'needs name_zh and reason {zh, en}');
        }
      });
  }

  return { errors, warnings };
}
