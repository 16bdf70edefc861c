// Research rows that become no feature and are not decided by a builder's rule: listed, with the reason, in
// geodata/research/build/coverage_notes.csv.
import type { CoverageNote } from '../../src/data/coverage';
import { buildTable, cell, leftOut } from './common';

export function noteCuratedCoverage(): void {
  for (const r of buildTable('coverage_notes.csv')) {
    leftOut(cell(r, 'layer') as CoverageNote['layer'], cell(r, 'name_zh'), cell(r, 'research_file'), cell(r, 'reason_zh'), cell(r, 'reason_en'), cell(r, 'source'));
  }
}
