// Test helper: reads the shipped geodata/ directory (path relative to geodata/ → parsed JSON), like scripts/validate-data.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorsFile } from '../../../src/data/indicators-file';
import type { CoverageNote } from '../../../src/data/coverage';
import { LAYER_FILES, narrowCollection } from '../../../src/data/load-layers';
import type { LayerId, SiteCollection } from '../../../src/types';
import { LAYER_IDS } from '../../../src/types';

export const GEODATA = join(import.meta.dirname, '..', '..', '..', 'geodata');

export function readGeodata(dir = GEODATA): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of readdirSync(dir).sort()) {
    if (n.endsWith('.geojson') || ['indicators.json', 'attribution.json', 'coverage-notes.json'].includes(n)) {
      out[n] = JSON.parse(readFileSync(join(dir, n), 'utf8')) as unknown;
    }
  }
  for (const n of readdirSync(join(dir, 'base')).sort())
    out[`base/${n}`] = JSON.parse(readFileSync(join(dir, 'base', n), 'utf8')) as unknown;
  return out;
}

export function readLayers(dir = GEODATA): Record<LayerId, SiteCollection> {
  const files = readGeodata(dir);
  return Object.fromEntries(LAYER_IDS.map((l) => [l, narrowCollection(l, files[LAYER_FILES[l]])])) as Record<
    LayerId,
    SiteCollection
  >;
}

export const readIndicators = (): IndicatorsFile => readGeodata()['indicators.json'] as IndicatorsFile;
export const readCoverageNotes = (): CoverageNote[] => readGeodata()['coverage-notes.json'] as CoverageNote[];

/** A deep copy, so a test can break one file without touching the others. */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
