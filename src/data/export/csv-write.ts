// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Chinese correctly), CRLF line ends,
// quoted where needed, written by papaparse. Text cells that a spreadsheet would run as a formula (starting
// with = + - @) are prefixed with an apostrophe (papaparse's escapeFormulae); numbers are left as numbers, and
// our CSV import takes the apostrophe off again.
import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

export function writeCsv(fields: string[], rows: CsvCell[][]): string {
  const data = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c)));
  return '\ufeff' + Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n';
}
