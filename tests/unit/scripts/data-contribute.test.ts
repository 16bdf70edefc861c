// Runs `data:contribute` as a maintainer would, in a temporary copy of the repository, on a file shaped like the
// app's export, and reads the regenerated layer file.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(REPO, 'tests', 'fixtures', 'contribution', 'city-museum.json');
const dir = mkdtempSync(join(tmpdir(), 'contribute-'));
for (const p of ['package.json', 'tsconfig.json', 'scripts', 'src', 'geodata'])
  cpSync(join(REPO, p), join(dir, p), { recursive: true });
symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      [join(dir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/data-contribute.ts', ...args],
      { cwd: dir, encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: `${err.stdout}${err.stderr}` };
  }
}
const museum = (): { geometry: unknown; properties: Record<string, unknown> } | undefined => {
  const fc = JSON.parse(readFileSync(join(dir, 'geodata', 'museums.geojson'), 'utf8')) as {
    features: { geometry: unknown; properties: Record<string, unknown> }[];
  };
  return fc.features.find((f) => f.properties.id === 'lanzhou-city-museum');
};
const table = join(dir, 'geodata', 'research', 'contributions.csv');

describe('npm run data:contribute', { timeout: 120_000 }, () => {
  it('refuses a bad file with a clear message, exit 1, and writes nothing', () => {
    const bad = join(dir, 'bad.json');
    const fc = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    if (fc.features[1]) fc.features[1].properties.site_id = 'no-such-site';
    writeFileSync(bad, JSON.stringify(fc));
    const r = run(bad, '--write');
    expect(r.code).toBe(1);
    expect(r.out).toContain('REJECT: no site has the id "no-such-site"');
    expect(r.out).toContain('Nothing was written');
    expect(existsSync(table)).toBe(false);
    writeFileSync(bad, '{"type":"FeatureCollection"');
    const r2 = run(bad);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain('file: not JSON');
  });

  it('reviews without --write and changes nothing', () => {
    const before = readFileSync(join(dir, 'geodata', 'museums.geojson'), 'utf8');
    const r = run(FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '| lanzhou-city-museum (兰州市博物馆) | none → 103.826500, 36.058300 (exact) | newly placed | 城关区 ✓ | on-site visit, 2026-11-28 | accept (new) |',
    );
    expect(r.out).toContain('2 would be recorded');
    expect(readFileSync(join(dir, 'geodata', 'museums.geojson'), 'utf8')).toBe(before);
  });

  it('with --write records the rows, regenerates the layer file, and a re-run changes nothing', () => {
    const r = run(FIXTURE, '--write');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Recorded 2 row(s)');
    const f = museum();
    expect(f?.geometry).toEqual({ type: 'Point', coordinates: [103.8265, 36.0583] });
    expect(f?.properties).toMatchObject({ precision: 'exact', contributed_by: 'Test Planner', crs_original: 'WGS84' });
    expect(String(f?.properties.position_source)).toContain('on-site visit, 2026-11-28');
    expect(readFileSync(table, 'utf8').trim().split('\n')).toHaveLength(3);
    const snapshot = ['museums.geojson', 'heritage-units.geojson', 'research/contributions.csv'].map((p) =>
      readFileSync(join(dir, 'geodata', p), 'utf8'),
    );
    const again = run(FIXTURE, '--write');
    expect(again.code).toBe(0);
    expect(again.out).toContain('accept (already recorded)');
    expect(again.out).toContain('nothing to write');
    expect(
      ['museums.geojson', 'heritage-units.geojson', 'research/contributions.csv'].map((p) =>
        readFileSync(join(dir, 'geodata', p), 'utf8'),
      ),
    ).toEqual(snapshot);
    const notAFile = run(join(dir, 'geodata'));
    expect(notAFile.code).toBe(1);
    expect(notAFile.out).toContain('data:contribute: not a file');
  });
});
