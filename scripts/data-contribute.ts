// npm run data:contribute -- <file> [--write]
// Reviews a contribution file exported by the app ("Export suggestions"; schema in src/data/contribution.ts and
// docs/contribution-file.md) against the map data and prints what would change. Exits 1, writing nothing, when
// the file or any row is refused. With --write it records the accepted rows in
// geodata/research/contributions.csv, rebuilds the layer files (scripts/build-geodata.ts) and validates them;
// if validation fails, the table and the layer files are restored. Re-running with the same file changes nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LAYER_FILES } from '../src/data/load-layers';
import { validateGeodata } from './lib/validate';
import { LAYER_IDS } from '../src/types';
import { issueLines, placeAreas, planMerge, reviewSites, reviewTable } from './lib/contribution-merge';
import { formatContributionRows, readContributionRows } from './lib/contributions-table';
import { readGeodataDir } from './lib/read-geodata';

const ROOT = join(import.meta.dirname, '..');
const GEODATA = join(ROOT, 'geodata');
const TABLE = join(GEODATA, 'research', 'contributions.csv');

function fail(message: string): never {
  console.error(`data:contribute: ${message}`);
  process.exit(1);
}

/** Runs the build; returns its error output when it fails, else null. */
function rebuild(): string | null {
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'build-geodata.ts')],
      { cwd: ROOT, stdio: 'pipe' },
    );
    return null;
  } catch (e) {
    const err = e as { stderr?: Buffer | string };
    return (
      String(err.stderr ?? e)
        .split('\n')
        .find((l) => l.startsWith('Error')) ?? String(err.stderr ?? e)
    );
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) fail('usage: npm run data:contribute -- <contribution file> [--write]');
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!existsSync(path) || !statSync(path).isFile()) fail(`not a file: ${path}`);

  const files = readGeodataDir(GEODATA);
  const sites = reviewSites(LAYER_IDS.map((l) => files[LAYER_FILES[l]]));
  const existing = readContributionRows(TABLE);
  const plan = planMerge(readFileSync(path, 'utf8'), sites, placeAreas(files), existing);

  console.log(`Contribution file: ${path}\n`);
  if (plan.rows.length > 0) console.log(`${reviewTable(plan)}\n`);
  const problems = issueLines(plan);
  if (!plan.ok) {
    for (const p of problems) console.error(`  - ${p}`);
    const refused = plan.rows.filter((r) => !r.ok).length;
    fail(
      plan.rows.length === 0 && problems.length === 0
        ? 'the file holds no positions'
        : `refused: ${problems.length} problem(s) in the file, ${refused} row(s) rejected by review. Nothing was written; fix the file (or ask the contributor) and run again.`,
    );
  }
  if (!write) {
    console.log(
      `${plan.rows.length} row(s) pass review; ${plan.added} would be recorded. Run again with --write to record them.`,
    );
    return;
  }
  if (plan.added === 0) {
    console.log('Every row is already recorded; nothing to write.');
    return;
  }
  const before = existsSync(TABLE) ? readFileSync(TABLE, 'utf8') : null;
  writeFileSync(TABLE, formatContributionRows(plan.table));
  const buildError = rebuild();
  const { errors } = buildError ? { errors: [`build: ${buildError}`] } : validateGeodata(readGeodataDir(GEODATA));
  if (errors.length > 0) {
    if (before === null) unlinkSync(TABLE);
    else writeFileSync(TABLE, before);
    rebuild();
    for (const e of errors) console.error(`  - ${e}`);
    fail(
      'the layer files could not be rebuilt or do not validate; the contributions table and the layer files were restored.',
    );
  }
  console.log(
    `Recorded ${plan.added} row(s) in geodata/research/contributions.csv, rebuilt the layer files; validate:data is clean.`,
  );
}

main();
