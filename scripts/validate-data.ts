// npm run validate:data — validates every file in geodata/ (see scripts/lib/validate.ts) and exits 1 on errors.
// Usage: npx tsx scripts/validate-data.ts [geodata-dir]
import { join } from 'node:path';
import { validateGeodata } from './lib/validate';
import { readGeodataDir } from './lib/read-geodata';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'geodata');
const { errors, warnings } = validateGeodata(readGeodataDir(dir));
for (const w of warnings) console.warn(`warning: ${w}`);
for (const e of errors) console.error(`error: ${e}`);
console.log(`validate:data: ${errors.length} error(s), ${warnings.length} warning(s) in ${dir}`);
process.exit(errors.length > 0 ? 1 : 0);
