// Serves the built app with `vite preview` on 127.0.0.1 for the browser tests. `npm test` builds first;
// a missing dist/ is built here so `vitest run --project e2e` also works on its own.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// E2E_PORT / E2E_DIST let several people (or agents) run the browser tests at once on one machine.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_DIST ?? 'dist';

let server: ChildProcess | undefined;

async function waitUp(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export async function setup(): Promise<void> {
  // Another server on the port would be tested instead of this build, silently: refuse.
  if (await answers(`http://127.0.0.1:${PORT}/`)) {
    throw new Error(`port ${PORT} is already in use; stop that server or set E2E_PORT`);
  }
  if (process.env.E2E_DIST || !existsSync(join(root, OUT_DIR, 'index.html'))) {
    const r = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let exited: number | null = null;
  server.on('exit', (code) => (exited = code ?? -1));
  await waitUp(`http://127.0.0.1:${PORT}/`, 30_000);
  if (exited !== null) throw new Error(`vite preview exited (code ${exited}) before serving`);
}

export async function teardown(): Promise<void> {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
