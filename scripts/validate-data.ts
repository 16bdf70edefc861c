// npm run validate:data — validates every file in geodata/ (see src/data/validate.ts) and exits 1 on errors.
// Usage: npx tsx scripts/validate-data.ts [geodata-dir]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateGeodata } from '../src/data/validate';

function readGeodataDir(dir: string): Record<string, unknown> {
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
    if (name.endsWith('.geojson') || ['indicators.json', 'attribution.json', 'coverage-notes.json'].includes(name)) add(join(dir, name));
  }
  const base = join(dir, 'base');
  if (existsSync(base)) for (const name of readdirSync(base).sort()) if (name.endsWith('.geojson')) add(join(base, name));
  return files;
}

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'geodata');
const { errors, warnings } = validateGeodata(readGeodataDir(dir));
for (const w of warnings) console.warn(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
console.log(`validate:data: ${errors.length} error(s), ${warnings.length} warning(s) in ${dir}`);
process.exit(errors.length > 0 ? 1 : 0);
