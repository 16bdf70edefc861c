// Shared by the per-layer builders in scripts/geodata/: where the inputs are, how a research cell is read, and
// the coverage notes every builder adds to. Reading only; nothing here writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Position } from 'geojson';
import { parseCsv, type CsvRow } from '../lib/csv-read';
import { parseSourceCell } from '../lib/source-refs';
import type { CoverageNote } from '../../src/data/coverage';
import type { Fact, SourceRef } from '../../src/types';

export const ROOT = join(import.meta.dirname, '..', '..');
export const RESEARCH = join(ROOT, 'geodata/research');
/** The build's own curated tables (ids, aliases, extra facts, positions): see geodata/research/build/README.md. */
export const BUILD_TABLES = join(RESEARCH, 'build');
export const SOURCES = join(ROOT, 'geodata/sources');
export const OUT = join(ROOT, 'geodata');

export const csv = (name: string): CsvRow[] => parseCsv(readFileSync(join(RESEARCH, name), 'utf8'));
export const buildTable = (name: string): CsvRow[] => parseCsv(readFileSync(join(BUILD_TABLES, name), 'utf8'));
export const geo = (rel: string): FeatureCollection =>
  JSON.parse(readFileSync(join(SOURCES, rel), 'utf8').replace(/^\uFEFF/, '')) as FeatureCollection;

export function row(rows: CsvRow[], col: string, value: string): CsvRow {
  const r = rows.find((x) => x[col] === value);
  if (!r) throw new Error(`research row not found: ${col} = ${value}`);
  return r;
}
export const cell = (r: CsvRow | undefined, col: string): string => (r ? (r[col] ?? '').trim() : '');

export const r6 = (n: number): number => Math.round(n * 1e6) / 1e6;
export const roundCoords = (c: Position): Position => [r6(c[0] ?? NaN), r6(c[1] ?? NaN)];

export const DISTRICTS: readonly { zh: string; en: string; id: string }[] = [
  { zh: '城关区', en: 'Chengguan District', id: 'chengguan-district' },
  { zh: '七里河区', en: 'Qilihe District', id: 'qilihe-district' },
  { zh: '西固区', en: 'Xigu District', id: 'xigu-district' },
  { zh: '安宁区', en: 'Anning District', id: 'anning-district' },
  { zh: '红古区', en: 'Honggu District', id: 'honggu-district' },
  { zh: '永登县', en: 'Yongdeng County', id: 'yongdeng-county' },
  { zh: '皋兰县', en: 'Gaolan County', id: 'gaolan-county' },
  { zh: '榆中县', en: 'Yuzhong County', id: 'yuzhong-county' },
];

/** The district a cell starts with ("城关区 (金城关)" → 城关区); null for "兰州市", "not stated", blanks. */
export function districtOf(text: string): string | null {
  const t = text.trim();
  return DISTRICTS.find((d) => t.startsWith(d.zh))?.zh ?? null;
}

/** A plain year ("2013", "2016 (see notes)") → number; ranges, "or", "by", "not found" → null. */
export function yearOf(text: string): number | null {
  const t = text.trim();
  if (/\bor\b|或|\bby\b|\bnot\b|\//i.test(t)) return null;
  const m = /^(\d{4})\b/.exec(t);
  return m?.[1] ? Number(m[1]) : null;
}

export const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Leading batch number ("6 (inferred)" → 6, "5 (extension list)" → 5); the full text goes to notes. */
export function batchOf(text: string): number | null {
  const m = /^(\d+)\b/.exec(text.trim());
  return m?.[1] ? Number(m[1]) : null;
}

export function fact(zh: string, en: string, sources: SourceRef[]): Fact {
  if (sources.length === 0) throw new Error(`fact without source: ${en}`);
  return { zh, en, sources };
}

// ---- coverage notes: research rows that do not become features, with the reason
export const coverageNotes: CoverageNote[] = [];
export function leftOut(layer: CoverageNote['layer'], name_zh: string, file: string, zh: string, en: string, sourceCell: string): void {
  coverageNotes.push({ layer, name_zh, research_file: file, reason: { zh, en }, sources: parseSourceCell(sourceCell) });
}
