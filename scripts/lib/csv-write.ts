// RFC 4180 CSV writer for the tables the scripts maintain (geodata/research/build/*.csv, contributions.csv):
// a cell is quoted when it holds a comma, a quote or a line break; rows end with "\n". Deterministic, so a
// re-run with the same rows writes the same bytes.
const needsQuote = /[",\r\n]/;

export function formatCsvCell(value: string): string {
  return needsQuote.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsv(header: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [header.map(formatCsvCell).join(',')];
  for (const r of rows) lines.push(header.map((h) => formatCsvCell(r[h] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
