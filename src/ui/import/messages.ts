// Words for import problems (structured records from src/data/import/outcome.ts), in zh or en.
import type { Examples, ImportError, ImportFormat, ImportWarning } from '../../data/import/parse-import';
import { tReliability } from '../../i18n/reliability';
import { tInterop } from '../../i18n/interop';
import type { Lang } from '../../types';

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
const list = (examples: number[], count: number) => examples.join(', ') + (count > examples.length ? ' …' : '');
/** "feature 2, 5" / "row 3" / "placemark 4", or 第 … 个要素 / 行 / 个地标. */
const where = (lang: Lang, e: Examples) =>
  tInterop(lang, `unit_${e.unit ?? 'feature'}`, { examples: list(e.examples, e.count) });
const FORMAT_NAME: Record<ImportFormat, string> = {
  geojson: 'GeoJSON',
  gpx: 'GPX',
  kml: 'KML',
  kmz: 'KMZ',
  tcx: 'TCX',
  csv: 'CSV',
};

export function describeImportError(lang: Lang, e: ImportError): string {
  switch (e.code) {
    case 'too-large':
      return tReliability(lang, 'err_too_large', { size: mb(e.bytes), max: mb(e.max) });
    case 'empty':
      return tReliability(lang, 'err_empty');
    case 'json-syntax':
      return tReliability(lang, 'err_json_syntax', { line: e.line, column: e.column });
    case 'xml-syntax':
      return tReliability(lang, 'err_xml_syntax', {
        format: e.format ? FORMAT_NAME[e.format] : 'XML',
        detail: e.detail,
      });
    case 'not-gpx':
      return tReliability(lang, 'err_not_gpx', { root: e.root });
    case 'xml-root':
      return tInterop(lang, 'err_xml_root', { root: e.root });
    case 'not-geojson':
      return tReliability(lang, 'err_not_geojson', { trace: e.trace.join('; ') });
    case 'too-many-features':
      return tReliability(lang, 'err_too_many_features', {
        count: e.count.toLocaleString('en'),
        max: e.max.toLocaleString('en'),
      });
    case 'too-many-positions':
      return tReliability(lang, 'err_too_many_positions', { max: e.max.toLocaleString('en') });
    case 'out-of-range':
      return tReliability(lang, 'err_out_of_range', { count: e.count, where: where(lang, e) });
    case 'no-features':
    case 'unknown-format':
      return tReliability(lang, 'err_no_features');
    case 'not-utf8':
      return tInterop(lang, 'err_not_utf8');
    case 'kmz-broken':
      return tInterop(lang, 'err_kmz_broken', { detail: e.detail });
    case 'kmz-no-kml':
      return tInterop(lang, 'err_kmz_no_kml', { entries: e.entries });
    case 'csv-syntax':
      return tInterop(lang, 'err_csv_syntax', { row: e.row });
    case 'csv-columns':
      return tInterop(lang, 'err_csv_columns', {
        headers: e.headers.slice(0, 12).join(', ') + (e.headers.length > 12 ? ' …' : ''),
      });
    case 'csv-no-valid-rows':
      return tInterop(lang, 'err_csv_no_valid_rows', { where: where(lang, e) });
    case 'internal':
      return tReliability(lang, 'err_internal', { detail: e.detail });
  }
}

export function describeImportWarning(lang: Lang, w: ImportWarning): string {
  switch (w.code) {
    case 'far-outside':
      return tReliability(lang, 'warn_far_outside', { count: w.count, where: where(lang, w) });
    case 'null-geometry':
      return tReliability(lang, 'warn_null_geometry', { count: w.count, where: where(lang, w) });
    case 'single-position':
      return tInterop(lang, 'warn_single_position', { count: w.count, where: where(lang, w) });
    case 'csv-bad-rows':
      return tInterop(lang, 'warn_csv_bad_rows', { count: w.count, where: where(lang, w) });
    case 'csv-columns-used':
      return tInterop(lang, 'warn_csv_columns_used', {
        lon: w.lon,
        lat: w.lat,
        name: w.name ? tInterop(lang, 'warn_csv_name_column', { name: w.name }) : '',
      });
    case 'decoded-gbk':
      return tInterop(lang, 'warn_decoded_gbk');
    case 'not-drawable': {
      const sep = lang === 'zh' ? '、' : ', ';
      const what = [
        w.networkLinks > 0 ? tInterop(lang, 'what_network_links', { n: w.networkLinks }) : '',
        w.groundOverlays > 0 ? tInterop(lang, 'what_ground_overlays', { n: w.groundOverlays }) : '',
        w.otherOverlays > 0 ? tInterop(lang, 'what_other_overlays', { n: w.otherOverlays }) : '',
      ].filter((s) => s !== '');
      return tInterop(lang, 'warn_not_drawable', { what: what.join(sep) });
    }
  }
}
