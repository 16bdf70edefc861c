// Reads a geodata directory the way the validator expects it: path relative to the directory → parsed JSON (a
// file that does not parse becomes {__parseError}). Used by validate:data and data:contribute.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function readGeodataDir(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const add = (path: string): void => {
    const rel = relative(dir, path).split('\\').join('/');
    try {
      files[rel] = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown;
    } catch (e) {
      files[rel] = { __parseError: e instanceof Error ? e.message : String(e) };
    }
  };
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.geojson') || ['indicators.json', 'attribution.json', 'coverage-notes.json'].includes(name))
      add(join(dir, name));
  }
  const base = join(dir, 'base');
  if (existsSync(base))
    for (const name of readdirSync(base).sort()) if (name.endsWith('.geojson')) add(join(base, name));
  return files;
}
