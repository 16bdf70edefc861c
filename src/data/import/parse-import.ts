// Reading a user's file (GeoJSON, GPX, KML, KMZ, TCX, CSV/TSV) into features the map and the details panel
// can show. Pure (no DOM globals; the XML parser is passed in), so it runs in the import Web Worker and in Node
// unit tests alike.
//
// Errors block the import (nothing is added); warnings do not. Every problem is a structured record, not a
// sentence, so the page can word it in Chinese or English (src/ui/import/messages.ts).
//
// Order of checks, cheapest first, so a hostile file is refused before any expensive step:
//   size → (KMZ: unzip the main KML) → text encoding → format: JSON syntax (line/column), XML well-formedness
//   and root, or CSV columns and rows → feature and vertex counts → one-position lines become points →
//   geojson-validation trace → per feature: null geometry (warning, skipped), coordinates out of range (error) →
//   conversion from the declared datum to WGS84 (gcoord) → far outside Lanzhou (warning).
import GJV from 'geojson-validation';
import type { Document as XmldomDocument } from '@xmldom/xmldom';
import type { Geometry } from 'geojson';
import type { Crs } from '../../types';
import { locateJsonSyntaxError } from './json-location';
import { checkFileSize, IMPORTED_LAYER } from './common';
import { vertices } from '../../analysis/positions';
import { farOutside, inRange, toWgs84 } from './positions-check';
import { MAX_EXAMPLES, MAX_FEATURES, MAX_NAME, MAX_POSITIONS, MAX_PROPERTIES, MAX_VALUE } from './limits';
import type { CsvColumnChoice, Examples, ImportError, ImportFormat, ImportOutcome, ImportWarning } from './outcome';
import { readXml } from './xml-read';
import { readCsv } from './csv-points';
import { collapseSinglePositionLines } from './single-position';
import { decodeText, isZip } from './decode';
import { readKmz } from './kmz';
export { checkFileSize } from './common';
export type {
  CsvColumnChoice,
  Examples,
  ImportedFeature,
  ImportError,
  ImportFormat,
  ImportOutcome,
  ImportWarning,
} from './outcome';

export interface ImportOptions {
  fileName: string;
  /** The datum the user declared for the file's coordinates. */
  crs: Crs;
  /** Makes ids unique across imports in one session: features get `import-<importNo>-<index>`. */
  importNo: number;
  /** Parses XML (the browser's DOMParser in a page, @xmldom/xmldom in a worker or Node). May throw. */
  parseXml: (text: string) => Document | XmldomDocument;
  /** CSV only: the columns the user chose (otherwise they are found from the header). */
  csvColumns?: CsvColumnChoice | null;
  /** Overrides detection from the name (a KMZ's inner document is KML whatever the archive is called). */
  format?: ImportFormat;
}

/** What the file is, from its name, else from its first non-blank character ('xml': decided by the root). */
export function detectFormat(fileName: string, text: string): ImportFormat | 'xml' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const byExt: Record<string, ImportFormat> = {
    gpx: 'gpx',
    kml: 'kml',
    kmz: 'kmz',
    tcx: 'tcx',
    csv: 'csv',
    tsv: 'csv',
    geojson: 'geojson',
    json: 'geojson',
  };
  if (ext !== undefined && byExt[ext]) return byExt[ext];
  const first = /\S/.exec(text)?.[0];
  if (first === '<') return 'xml';
  if (first === '{' || first === '[') return 'geojson';
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  if (/[,\t;]/.test(firstLine)) return 'csv';
  return null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function examples(numbers: number[], unit: Examples['unit'] = 'feature'): Examples {
  return { count: numbers.length, examples: numbers.slice(0, MAX_EXAMPLES), unit };
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

/** Styling and bookkeeping keys that readers add (KML styles, GPX per-point arrays): not shown as properties. */
const HIDDEN_KEY =
  /^(styleUrl|styleHash|styleMapHash|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-color|icon-opacity|icon-scale|icon-heading|icon-offset|icon-offset-units|label-color|label-opacity|label-scale|marker-color|marker-size|marker-symbol|coordinateProperties|_gpxType|@geometry-type)$/;

function propertyEntries(props: Obj): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(props)) {
    if (out.length >= MAX_PROPERTIES) break;
    if (v === null || v === undefined || v === '' || HIDDEN_KEY.test(k)) continue;
    let s: string;
    try {
      s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
    } catch {
      s = String(v);
    }
    out.push([k.slice(0, MAX_NAME), s.slice(0, MAX_VALUE)]);
  }
  return out;
}

const HEX = /^#[0-9a-f]{6}$/i;
/** A colour from the file's style (KML via togeojson, or GeoJSON simplestyle), for the geometry's kind. */
function colorOf(props: Obj, g: Geometry): string | undefined {
  const keys =
    g.type === 'Point' || g.type === 'MultiPoint'
      ? ['marker-color', 'icon-color']
      : g.type === 'Polygon' || g.type === 'MultiPolygon'
        ? ['stroke', 'fill']
        : ['stroke', 'marker-color', 'icon-color', 'fill'];
  for (const k of keys) {
    const v = props[k];
    if (typeof v === 'string' && HEX.test(v)) return v.toLowerCase();
  }
  return undefined;
}

const emptyOutcome = (opts: ImportOptions): ImportOutcome => ({
  fileName: opts.fileName,
  format: null,
  crs: opts.crs,
  errors: [],
  warnings: [],
  features: [],
});

/** Reads a file's bytes: KMZ is unzipped, text is decoded (UTF-8, UTF-16 with a mark, or GBK). Never throws. */
export function parseImportBytes(bytes: Uint8Array, opts: ImportOptions): ImportOutcome {
  const outcome = emptyOutcome(opts);
  const fail = (e: ImportError): ImportOutcome => ({ ...outcome, errors: [e] });
  try {
    const tooLarge = checkFileSize(bytes.length);
    if (tooLarge) return fail(tooLarge);
    if (bytes.length === 0) return fail({ code: 'empty' });
    let inner = bytes;
    let format = opts.format;
    if (isZip(bytes)) {
      outcome.format = 'kmz';
      const kmz = readKmz(bytes);
      if ('error' in kmz) return fail(kmz.error);
      inner = kmz.kml;
      format = 'kml';
    }
    const decoded = decodeText(inner);
    if ('error' in decoded) return fail({ code: 'not-utf8' });
    const result = parseImport(decoded.text, { ...opts, format });
    if (outcome.format === 'kmz') result.format = 'kmz';
    if (decoded.encoding === 'gbk' && result.errors.length === 0) result.warnings.unshift({ code: 'decoded-gbk' });
    return result;
  } catch (e) {
    return fail({ code: 'internal', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

/** Parses and checks the text of a file. Never throws. */
export function parseImport(textIn: string, opts: ImportOptions): ImportOutcome {
  const outcome = emptyOutcome(opts);
  const fail = (e: ImportError): ImportOutcome => {
    outcome.errors.push(e);
    outcome.features = [];
    return outcome;
  };
  try {
    // Byte size is checked before reading; the text length (UTF-16 units) can only be smaller or equal for UTF-8.
    const tooLarge = checkFileSize(textIn.length);
    if (tooLarge) return fail(tooLarge);
    const src = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn;
    if (src.trim() === '') return fail({ code: 'empty' });
    const detected = opts.format ?? detectFormat(opts.fileName, src);
    if (detected === 'kmz') return fail({ code: 'kmz-broken', detail: 'not a ZIP archive' });
    outcome.format = detected === 'xml' ? null : detected;
    if (detected === 'gpx' || detected === 'kml' || detected === 'tcx' || detected === 'xml') {
      const read = readXml(src, detected === 'xml' ? null : detected, opts.parseXml);
      if ('error' in read) return fail(read.error);
      outcome.format = read.format;
      outcome.warnings.push(...read.warnings);
      return checkGeoJson(read.value, opts, outcome, { unit: read.unit });
    }
    if (detected === 'csv') {
      const read = readCsv(src, opts.csvColumns ?? null);
      if ('error' in read) return fail(read.error);
      outcome.warnings.push(...read.warnings);
      return checkGeoJson(read.value, opts, outcome, { unit: 'row', numbers: read.rows });
    }
    // GeoJSON, or not recognisable: read as JSON, which names the line and column of the first problem.
    let value: unknown;
    try {
      value = JSON.parse(src);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const at = locateJsonSyntaxError(src, detail);
      return fail({ code: 'json-syntax', line: at.line, column: at.column, detail });
    }
    outcome.format = 'geojson';
    return checkGeoJson(value, opts, outcome, { unit: 'feature' });
  } catch (e) {
    return fail({ code: 'internal', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

interface Numbering {
  unit: 'feature' | 'row' | 'placemark';
  /** What each item is called in messages (CSV: its spreadsheet row); default: its 1-based index. */
  numbers?: number[];
}

/** Adds `numbers` to a warning of the same code already given by a reader, or adds a new one. */
function mergeWarning(
  outcome: ImportOutcome,
  code: 'single-position',
  numbers: number[],
  unit: Examples['unit'],
): void {
  if (numbers.length === 0) return;
  const existing = outcome.warnings.find(
    (w): w is Extract<ImportWarning, { code: 'single-position' }> => w.code === code,
  );
  if (!existing) {
    outcome.warnings.push({ code, ...examples(numbers, unit) });
    return;
  }
  const all = [...new Set([...existing.examples, ...numbers])].sort((a, b) => a - b);
  existing.count = Math.max(existing.count, 0) + numbers.filter((n) => !existing.examples.includes(n)).length;
  existing.examples = all.slice(0, MAX_EXAMPLES);
}

function checkGeoJson(
  value: unknown,
  opts: ImportOptions,
  outcome: ImportOutcome,
  numbering: Numbering,
): ImportOutcome {
  const fail = (e: ImportError): ImportOutcome => {
    outcome.errors.push(e);
    outcome.features = [];
    outcome.warnings = [];
    return outcome;
  };
  const label = (index: number) => numbering.numbers?.[index] ?? index + 1;
  // Counts first: geojson-validation on a million features would itself take seconds.
  if (isObj(value) && Array.isArray(value.features) && value.features.length > MAX_FEATURES) {
    return fail({ code: 'too-many-features', count: value.features.length, max: MAX_FEATURES });
  }
  if (countPositions(value, MAX_POSITIONS) > MAX_POSITIONS)
    return fail({ code: 'too-many-positions', max: MAX_POSITIONS });

  mergeWarning(
    outcome,
    'single-position',
    collapseSinglePositionLines(value).map((n) => label(n - 1)),
    numbering.unit,
  );

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
      nullGeom.push(label(index));
      return;
    }
    const positions = vertices(geometry);
    if (positions.some((p) => !inRange(p))) {
      outOfRange.push(label(index));
      return;
    }
    const original =
      geometry.type === 'Point'
        ? ([geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0] as [number, number])
        : null;
    toWgs84(geometry, opts.crs);
    if (vertices(geometry).some(farOutside)) far.push(label(index));
    const name =
      firstText(props, ['name', 'name_zh', 'name_en', 'title', 'desc']) ??
      `${opts.fileName.slice(0, MAX_NAME)} #${label(index)}`;
    const id = `import-${opts.importNo}-${index}`;
    const color = colorOf(props, geometry);
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
      ...(color ? { color } : {}),
    });
  });
  if (outOfRange.length > 0) return fail({ code: 'out-of-range', ...examples(outOfRange, numbering.unit) });
  if (nullGeom.length > 0) outcome.warnings.push({ code: 'null-geometry', ...examples(nullGeom, numbering.unit) });
  if (far.length > 0) outcome.warnings.push({ code: 'far-outside', ...examples(far, numbering.unit) });
  if (outcome.features.length === 0) return fail({ code: 'no-features' });
  return outcome;
}
