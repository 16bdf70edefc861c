import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import type { ChunkFacts } from '../../../scripts/lib/first-load-guard';
import { firstLoadChunks, firstLoadGuard, firstLoadViolations, packageOf } from '../../../scripts/lib/first-load-guard';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'first-load');

const chunk = (fileName: string, isEntry: boolean, imports: string[], moduleIds: string[]): ChunkFacts => ({
  fileName,
  isEntry,
  imports,
  moduleIds,
});

describe('packageOf', () => {
  it('names the package of a module, scoped or not, nested or not', () => {
    expect(packageOf('/w/node_modules/@turf/buffer/dist/esm/index.js')).toBe('@turf/buffer');
    expect(packageOf('/w/node_modules/papaparse/papaparse.min.js')).toBe('papaparse');
    expect(packageOf('/w/node_modules/point-in-polygon-hao/node_modules/robust-predicates/esm/orient2d.js')).toBe(
      'robust-predicates',
    );
    expect(packageOf('/w/src/app/lazy.ts')).toBeNull();
  });
});

describe('first-load chunks and violations', () => {
  const chunks = [
    chunk('index.js', true, ['maplibre.js', 'shared.js'], ['/w/src/main.ts']),
    chunk('maplibre.js', false, [], ['/w/node_modules/maplibre-gl/dist/maplibre-gl.mjs']),
    chunk('shared.js', false, [], ['/w/src/data/url-codec.ts', '/w/node_modules/@turf/buffer/dist/esm/index.js']),
    chunk('export.js', false, ['shared.js'], ['/w/node_modules/papaparse/papaparse.min.js']),
  ];
  it('follows static imports from the entries, not dynamic-only chunks', () => {
    expect([...firstLoadChunks(chunks)].sort()).toEqual(['index.js', 'maplibre.js', 'shared.js']);
  });
  it('reports a package outside the allowed list that a first visit loads, with the module and chunk', () => {
    expect(firstLoadViolations(chunks, ['maplibre-gl'])).toEqual([
      { pkg: '@turf/buffer', module: '/w/node_modules/@turf/buffer/dist/esm/index.js', chunk: 'shared.js' },
    ]);
    expect(firstLoadViolations(chunks, ['maplibre-gl', '@turf/buffer'])).toEqual([]);
  });
});

describe('the guard in a real build', () => {
  const run = (entry: string) =>
    build({
      configFile: false,
      logLevel: 'silent',
      root: FIX,
      plugins: [firstLoadGuard([])],
      build: { write: false, rolldownOptions: { input: join(FIX, entry) } },
    });
  it('fails a build whose first-load JavaScript holds a package that is not allowed, naming the importer', async () => {
    await expect(run('static-entry.ts')).rejects.toThrow(/papaparse in .*imported by .*static-entry\.ts/);
  });
  it('passes the same package loaded with a dynamic import', async () => {
    await expect(run('lazy-entry.ts')).resolves.toBeDefined();
  });
});
