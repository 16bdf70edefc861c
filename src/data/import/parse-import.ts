// Reading a user's GeoJSON or GPX file into features the map and the details panel can show. Pure (no DOM
// globals; the XML parser is passed in), so it runs in the import Web Worker and in Node unit tests alike.
//
// Errors block the import (nothing is added); warnings do not. Every problem is a structured record, not a
// sentence, so the page can word it in Chinese or English (src/i18n/reliability.ts).
//
// Order of checks, cheapest first, so a hostile file is refused before any expensive step:
//   size → JSON syntax (line/column) → feature and vertex counts → geojson-validation trace →
//   per feature: null geometry (warning, skipped), coordinates out of range (error) →
//   conversion from the declared datum to WGS84 (gcoord) → far outside Lanzhou (warning).
import GJV from 'geojson-validation';
import gcoord from 'gcoord';
import { gpx as gpxToGeoJson } from '@tmcw/togeojson';
import type { Document as XmldomDocument } from '@xmldom/xmldom';
import type { Geometry, Position } from 'geojson';
import type { Crs, SiteFeature } from '../types';
import { locateJsonSyntaxError } from './json-location';
import { checkFileSize, IMPORTED_LAYER } from './common';
export { checkFileSize, IMPORTED_LAYER } from './common';
import { vertices } from '../../analysis/positions';
import {
  FAR_MARGIN_DEG,
  LANZHOU_BBOX,
  MAX_EXAMPLES,
  MAX_FEATURES,
  MAX_NAME,
  MAX_POSITIONS,
  MAX_PROPERTIES,
  MAX_VALUE,
} from './limits';

export type ImportFormat = 'geojson' | 'gpx';

/** 1-based feature numbers, at most MAX_EXAMPLES of them, and how many there were in all. */
export interface Examples {
  count: number;
  examples: number[];
}

export type ImportError =
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'empty' }
  | { code: 'json-syntax'; line: number; column: number; detail: string }
  | { code: 'xml-syntax'; detail: string }
  | { code: 'not-gpx'; root: string }
  | { code: 'not-geojson'; trace: string[] }
  | { code: 'too-many-features'; count: number; max: number }
  | { code: 'too-many-positions'; max: number }
  | ({ code: 'out-of-range' } & Examples)
  | { code: 'no-features' }
  | { code: 'internal'; detail: string };

export type ImportWarning = ({ code: 'far-outside' } & Examples) | ({ code: 'null-geometry' } & Examples);

/** One imported feature: what the map and details panel use, plus the file's own properties as text. */
export interface ImportedFeature {
  feature: SiteFeature;
  /** The feature's own properties as [key, text] pairs (objects as JSON), capped; shown only as text. */
  fileProperties: Array<[string, string]>;
}

export interface ImportOutcome {
  fileName: string;
  format: ImportFormat | null;
  crs: Crs;
  errors: ImportError[];
  warnings: ImportWarning[];
  /** Empty whenever `errors` is not. */
  features: ImportedFeature[];
}

export interface ImportOptions {
  fileName: string;
  /** The datum the user declared for the file's coordinates. */
  crs: Crs;
  /** Makes ids unique across imports in one session: features get `import-<importNo>-<index>`. */
  importNo: number;
  /** Parses XML (the browser's DOMParser in a page, @xmldom/xmldom in a worker or Node). May throw. */
  parseXml: (text: string) => Document | XmldomDocument;
}

/** From the file name, else from the first non-blank character. */
export function detectFormat(fileName: string, text: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.gpx')) return 'gpx';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  const first = /\S/.exec(text)?.[0];
  if (first === '<') return 'gpx';
  if (first === '{' || first === '[') return 'geojson';
  return null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function examples(numbers: number[], count: number): Examples {
  return { count, examples: numbers.slice(0, MAX_EXAMPLES) };
}

/**
 * Counts positions under a GeoJSON value without recursion (hostile files can nest arrays arbitrarily deep),
 * stopping as soon as `limit` is passed. Returns the count, or limit + 1 when exceeded.
 */
export function countPositions(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      if (v.length > 0 && typeof v[0] === 'number') {
        if (++count > limit) return limit + 1;
      } else for (const x of v) stack.push(x);
    } else if (isObj(v)) {
      if ('coordinates' in v) stack.push(v.coordinates);
      if ('geometry' in v) stack.push(v.geometry);
      if ('geometries' in v) stack.push(v.geometries);
      if ('features' in v) stack.push(v.features);
    }
  }
  return count;
}

const inRange = (p: Position): boolean => {
  const [lon, lat] = p;
  return lon !== undefined && lat !== undefined && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
};

const farOutside = (p: Position): boolean => {
  const [w, s, e, n] = LANZHOU_BBOX;
  const [lon = 0, lat = 0] = p;
  return lon < w - FAR_MARGIN_DEG || lon > e + FAR_MARGIN_DEG || lat < s - FAR_MARGIN_DEG || lat > n + FAR_MARGIN_DEG;
};

const GCOORD_CRS = { 'GCJ-02': gcoord.GCJ02, 'BD-09': gcoord.BD09 } as const;

/** Converts every position of `g` in place from the declared datum to WGS84 (GCJ-02 / BD-09 offsets are ≤ ~1 km). */
function toWgs84(g: Geometry, crs: Crs): void {
  if (crs === 'WGS84') return;
  const from = GCOORD_CRS[crs];
  for (const p of vertices(g)) {
    const [lon, lat] = gcoord.transform([p[0] ?? 0, p[1] ?? 0], from, gcoord.WGS84);
    p[0] = lon;
    p[1] = lat;
  }
}

function text(v: unknown, max: number): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t.slice(0, max);
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function firstText(props: Obj, keys: readonly string[]): string | null {
  for (const k of keys) {
    const t = text(props[k], MAX_NAME);
    if (t) return t;
  }
  return null;
}

function propertyEntries(props: Obj): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(props)) {
    if (out.length >= MAX_PROPERTIES) break;
    if (v === null || v === undefined) continue;
    let s: string;
    try {
      s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
    out.push([k.slice(0, MAX_NAME), s.slice(0, MAX_VALUE)]);
  }
  return out;
}

/** Parses and checks the text of a file. Never throws. */
export function parseImport(textIn: string, opts: ImportOptions): ImportOutcome {
  const outcome: ImportOutcome = { fileName: opts.fileName, format: null, crs: opts.crs, errors: [], warnings: [], features: [] };
  const fail = (e: ImportError): ImportOutcome => {
    outcome.errors.push(e);
    outcome.features = [];
    return outcome;
  };
  try {
    // Byte size is checked before reading; the text length (UTF-16 units) can only be smaller or equal for UTF-8.
    const tooLarge = checkFileSize(textIn.length);
    if (tooLarge) return fail(tooLarge);
    if (textIn.trim() === '') return fail({ code: 'empty' });
    const format = detectFormat(opts.fileName, textIn);
    outcome.format = format;
    let value: unknown;
    if (format === 'gpx') {
      const fromGpx = readGpx(textIn, opts);
      if ('error' in fromGpx) return fail(fromGpx.error);
      value = fromGpx.value;
    } else {
      // Not recognisably GPX: read as JSON, which names the line and column of the first problem.
      try {
        value = JSON.parse(textIn);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        const at = locateJsonSyntaxError(textIn, detail);
        return fail({ code: 'json-syntax', line: at.line, column: at.column, detail });
      }
      outcome.format = 'geojson';
    }
    return checkGeoJson(value, opts, outcome);
  } catch (e) {
    return fail({ code: 'internal', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

function readGpx(textIn: string, opts: ImportOptions): { value: unknown } | { error: ImportError } {
  let doc: Document | XmldomDocument;
  try {
    doc = opts.parseXml(textIn);
  } catch (e) {
    // @xmldom/xmldom throws on fatal errors, with the line and column in its message.
    return { error: { code: 'xml-syntax', detail: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) } };
  }
  const perr = doc.getElementsByTagName('parsererror').item(0);
  if (perr) return { error: { code: 'xml-syntax', detail: (perr.textContent ?? '').trim().slice(0, 300) } };
  const root = doc.documentElement;
  const rootName = root ? root.localName ?? root.nodeName : '';
  if (rootName !== 'gpx') return { error: { code: 'not-gpx', root: rootName ?? '' } };
  // Count points before togeojson builds objects for them.
  const points = ['wpt', 'trkpt', 'rtept'].reduce((n, tag) => n + doc.getElementsByTagName(tag).length, 0);
  if (points > MAX_POSITIONS) return { error: { code: 'too-many-positions', max: MAX_POSITIONS } };
  // togeojson's types name the browser Document; xmldom's implements the part it uses (see route-gpx.ts).
  return { value: gpxToGeoJson(doc as Document) };
}

function checkGeoJson(value: unknown, opts: ImportOptions, outcome: ImportOutcome): ImportOutcome {
  const fail = (e: ImportError): ImportOutcome => {
    outcome.errors.push(e);
    outcome.features = [];
    return outcome;
  };
  // Counts first: geojson-validation on a million features would itself take seconds.
  if (isObj(value) && Array.isArray(value.features) && value.features.length > MAX_FEATURES) {
    return fail({ code: 'too-many-features', count: value.features.length, max: MAX_FEATURES });
  }
  if (countPositions(value, MAX_POSITIONS) > MAX_POSITIONS) return fail({ code: 'too-many-positions', max: MAX_POSITIONS });

  const trace = GJV.valid(value, true);
  if (trace.length > 0) return fail({ code: 'not-geojson', trace: trace.slice(0, 20) });

  const obj = value as Obj;
  const items: Obj[] =
    obj.type === 'FeatureCollection'
      ? (obj.features as Obj[])
      : obj.type === 'Feature'
        ? [obj]
        : [{ type: 'Feature', geometry: obj, properties: {} }];

  const nullGeom: number[] = [];
  const outOfRange: number[] = [];
  const far: number[] = [];
  items.forEach((item, index) => {
    const geometry = item.geometry as Geometry | null;
    const props = isObj(item.properties) ? item.properties : {};
    if (!geometry) {
      nullGeom.push(index + 1);
      return;
    }
    const positions = vertices(geometry);
    if (positions.some((p) => !inRange(p))) {
      outOfRange.push(index + 1);
      return;
    }
    const original = geometry.type === 'Point' ? ([geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0] as [number, number]) : null;
    toWgs84(geometry, opts.crs);
    if (vertices(geometry).some(farOutside)) far.push(index + 1);
    const name = firstText(props, ['name', 'name_zh', 'name_en', 'title', 'desc']) ?? `${opts.fileName.slice(0, MAX_NAME)} #${index + 1}`;
    const id = `import-${opts.importNo}-${index}`;
    outcome.features.push({
      feature: {
        type: 'Feature',
        id,
        geometry,
        properties: {
          id,
          layer: IMPORTED_LAYER,
          name_zh: firstText(props, ['name_zh']) ?? name,
          name_en: firstText(props, ['name_en']) ?? name,
          district: null,
          address: null,
          // The file's own coordinates, as given: we cannot judge their precision, only say where they came from.
          precision: 'exact',
          position_source: opts.fileName.slice(0, MAX_NAME),
          crs_original: opts.crs,
          position_original: opts.crs === 'WGS84' ? null : original,
          facts: [],
          sources: [{ title: opts.fileName.slice(0, MAX_NAME), url: '' }],
        },
      },
      fileProperties: propertyEntries(props),
    });
  });
  if (outOfRange.length > 0) return fail({ code: 'out-of-range', ...examples(outOfRange, outOfRange.length) });
  if (nullGeom.length > 0) outcome.warnings.push({ code: 'null-geometry', ...examples(nullGeom, nullGeom.length) });
  if (far.length > 0) outcome.warnings.push({ code: 'far-outside', ...examples(far, far.length) });
  if (outcome.features.length === 0) return fail({ code: 'no-features' });
  return outcome;
}
