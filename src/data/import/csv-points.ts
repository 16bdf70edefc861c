// CSV and TSV with a header row: one point per row, from a longitude and a latitude column found by their
// header (English or Chinese, see detectCsvColumns) or chosen by the user. Parsed with papaparse, which guesses
// the delimiter (comma, tab, semicolon, bar) and handles quoted cells. Row numbers in messages are the
// spreadsheet's: the header is row 1.
//
// Bad rows (a blank, non-numeric or out-of-range coordinate) are skipped and reported by row number; the rest
// are imported. Decimal commas ("36,05", common with semicolon-separated files) are read as decimal points.
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { MAX_EXAMPLES, MAX_FEATURES, MAX_NAME } from './limits';
import type { CsvColumnChoice, ImportError, ImportWarning } from './outcome';

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[（(［[【].*$/u, '')
    .replace(/[\s_\-.:：]+/g, '');

const LON_EXACT = new Set([
  'lon',
  'lng',
  'long',
  'longitude',
  'x',
  '经度',
  '东经',
  'wgs84经度',
  'lonwgs84',
  'lngwgs84',
]);
const LAT_EXACT = new Set(['lat', 'latitude', 'y', '纬度', '北纬', 'wgs84纬度', 'latwgs84']);
const NAME_EXACT = new Set([
  'name',
  '名称',
  '名字',
  '地名',
  '名',
  '站名',
  '标题',
  'title',
  'label',
  '地点',
  '景点',
  'place',
  'site',
  'placename',
  'sitename',
  'namezh',
  'nameen',
  '中文名',
  '中文名称',
  '英文名',
]);
const LON_LOOSE = /(^|[^a-z])(lon|lng|longitude)([^a-z]|$)|经度/;
const LAT_LOOSE = /(^|[^a-z])(lat|latitude)([^a-z]|$)|纬度/;
const NAME_LOOSE = /(^|[^a-z])name([^a-z]|$)|名称/;

function pick(headers: string[], exact: Set<string>, loose: RegExp): string | null {
  const byExact = headers.filter((h) => exact.has(norm(h)));
  if (byExact.length === 1) return byExact[0] ?? null;
  if (byExact.length > 1) return null;
  const byLoose = headers.filter((h) => loose.test(h.trim().toLowerCase()));
  return byLoose.length === 1 ? (byLoose[0] ?? null) : null;
}

/** The longitude, latitude and name columns named by the header, or null where none (or more than one) fits. */
export function detectCsvColumns(headers: string[]): { lon: string | null; lat: string | null; name: string | null } {
  const lon = pick(headers, LON_EXACT, LON_LOOSE);
  const lat = pick(headers, LAT_EXACT, LAT_LOOSE);
  const name = pick(
    headers.filter((h) => h !== lon && h !== lat),
    NAME_EXACT,
    NAME_LOOSE,
  );
  return { lon, lat, name };
}

/** A spreadsheet formula guard written by exporters ('=1+1 → "'=1+1") is taken off again. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** A coordinate cell as a number: decimal point or decimal comma, optional trailing degree sign; else NaN. */
export function parseCoordinate(cell: string | undefined): number {
  let s = unguard((cell ?? '').trim()).replace(/\s*°$/, '');
  if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : NaN;
}

export interface CsvRead {
  value: FeatureCollection<Point>;
  /** The spreadsheet row of each feature (header = row 1). */
  rows: number[];
  warnings: ImportWarning[];
}

export function readCsv(text: string, choice: CsvColumnChoice | null): CsvRead | { error: ImportError } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return { error: { code: 'csv-syntax', row: (quoteError.row ?? 0) + 1, detail: quoteError.message } };
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  const headerRow = records[headerIndex];
  if (!headerRow) return { error: { code: 'empty' } };
  const headers = headerRow.map((h, i) => h.trim() || `column ${i + 1}`);
  const dataCount = records.length - headerIndex - 1;
  if (dataCount > MAX_FEATURES) return { error: { code: 'too-many-features', count: dataCount, max: MAX_FEATURES } };
  const detected = detectCsvColumns(headers);
  const lonCol = choice ? headers.indexOf(choice.lon) : detected.lon === null ? -1 : headers.indexOf(detected.lon);
  const latCol = choice ? headers.indexOf(choice.lat) : detected.lat === null ? -1 : headers.indexOf(detected.lat);
  const nameHeader = choice ? (choice.name ?? null) : detected.name;
  const nameCol = nameHeader === null ? -1 : headers.indexOf(nameHeader);
  if (lonCol < 0 || latCol < 0 || lonCol === latCol) {
    return {
      error: {
        code: 'csv-columns',
        headers: headers.slice(0, 200),
        lon: detected.lon,
        lat: detected.lat,
        name: detected.name,
      },
    };
  }
  const features: Array<Feature<Point>> = [];
  const rows: number[] = [];
  const bad: number[] = [];
  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const lon = parseCoordinate(cells[lonCol]);
    const lat = parseCoordinate(cells[latCol]);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      bad.push(r + 1);
      continue;
    }
    const properties: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (i !== lonCol && i !== latCol) properties[h] = unguard((cells[i] ?? '').trim());
    });
    if (nameCol >= 0) properties.name = unguard((cells[nameCol] ?? '').trim()).slice(0, MAX_NAME);
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
    rows.push(r + 1);
  }
  if (features.length === 0) {
    if (bad.length > 0)
      return {
        error: { code: 'csv-no-valid-rows', count: bad.length, examples: bad.slice(0, MAX_EXAMPLES), unit: 'row' },
      };
    return { error: { code: 'no-features' } };
  }
  const warnings: ImportWarning[] = [];
  if (!choice)
    warnings.push({
      code: 'csv-columns-used',
      lon: headers[lonCol] ?? '',
      lat: headers[latCol] ?? '',
      name: nameCol >= 0 ? (headers[nameCol] ?? null) : null,
    });
  if (bad.length > 0)
    warnings.push({ code: 'csv-bad-rows', count: bad.length, examples: bad.slice(0, MAX_EXAMPLES), unit: 'row' });
  return { value: { type: 'FeatureCollection', features }, rows, warnings };
}
