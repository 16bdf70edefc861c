// Minimal RFC 4180 CSV reader for the research tables (UTF-8, header row, quoted cells may hold commas,
// doubled quotes and newlines). Pure: text in, rows out; no dependency needed for files this small.

export type CsvRow = Record<string, string>;

export function parseCsv(text: string): CsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    records.push(row);
  }
  const nonEmpty = records.filter((r) => r.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  if (!header) return [];
  return nonEmpty.slice(1).map((r) => {
    const out: CsvRow = {};
    header.forEach((h, idx) => {
      out[h.trim()] = (r[idx] ?? '').trim();
    });
    return out;
  });
}
