// The committed layer files are exactly what the build makes from the committed tables: rebuild in a temporary
// copy of the repository and compare byte for byte (so a hand edit or a stale rebuild fails here).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..', '..');

function generated(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['', 'base']) {
    for (const n of readdirSync(join(dir, sub)).sort()) {
      if (n.endsWith('.geojson') || n === 'coverage-notes.json')
        out[join(sub, n)] = readFileSync(join(dir, sub, n), 'utf8');
    }
  }
  return out;
}

describe('scripts/build-geodata.ts', { timeout: 120_000 }, () => {
  it('rebuilds the committed geodata byte for byte, twice in a row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-geodata-'));
    try {
      for (const p of ['package.json', 'tsconfig.json', 'scripts', 'src', 'geodata'])
        cpSync(join(REPO, p), join(dir, p), { recursive: true });
      symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const build = (): void => {
        execFileSync(
          process.execPath,
          [join(dir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-geodata.ts'],
          { cwd: dir, stdio: 'pipe' },
        );
      };
      build();
      const first = generated(join(dir, 'geodata'));
      expect(first).toEqual(generated(join(REPO, 'geodata')));
      build();
      expect(generated(join(dir, 'geodata'))).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
