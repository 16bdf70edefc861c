// Words for import problems (structured records from src/data/import/parse-import.ts), in zh or en.
import type { ImportError, ImportWarning } from '../../data/import/parse-import';
import type { Lang } from '../../i18n/strings';
import { tReliability } from '../../i18n/reliability';

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
const list = (examples: number[], count: number) => examples.join(', ') + (count > examples.length ? ' …' : '');

export function describeImportError(lang: Lang, e: ImportError): string {
  switch (e.code) {
    case 'too-large':
      return tReliability(lang, 'err_too_large', { size: mb(e.bytes), max: mb(e.max) });
    case 'empty':
      return tReliability(lang, 'err_empty');
    case 'json-syntax':
      return tReliability(lang, 'err_json_syntax', { line: e.line, column: e.column });
    case 'xml-syntax':
      return tReliability(lang, 'err_xml_syntax', { detail: e.detail });
    case 'not-gpx':
      return tReliability(lang, 'err_not_gpx', { root: e.root });
    case 'not-geojson':
      return tReliability(lang, 'err_not_geojson', { trace: e.trace.join('; ') });
    case 'too-many-features':
      return tReliability(lang, 'err_too_many_features', { count: e.count.toLocaleString('en'), max: e.max.toLocaleString('en') });
    case 'too-many-positions':
      return tReliability(lang, 'err_too_many_positions', { max: e.max.toLocaleString('en') });
    case 'out-of-range':
      return tReliability(lang, 'err_out_of_range', { count: e.count, examples: list(e.examples, e.count) });
    case 'no-features':
      return tReliability(lang, 'err_no_features');
    case 'internal':
      return tReliability(lang, 'err_internal', { detail: e.detail });
  }
}

export function describeImportWarning(lang: Lang, w: ImportWarning): string {
  switch (w.code) {
    case 'far-outside':
      return tReliability(lang, 'warn_far_outside', { count: w.count, examples: list(w.examples, w.count) });
    case 'null-geometry':
      return tReliability(lang, 'warn_null_geometry', { count: w.count, examples: list(w.examples, w.count) });
  }
}
