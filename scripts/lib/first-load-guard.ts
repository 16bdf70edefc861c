// Vite plugin: fails the build when a package outside an allowed list ends up in the JavaScript a first visit
// loads (the entry chunk and every chunk it imports statically). A heavy library reached through one static
// import from the start-up code (as Turf buffer once was, through the URL codec's radius bounds) otherwise only
// shows as a bigger number in `npm run bench`. What the start does not need is loaded with lazy() on first use
// (src/app/lazy.ts); the allowed list and why each package is there is in vite.config.ts.
import type { Plugin } from 'vite';

/** The parts of an output chunk the guard reads. */
export interface ChunkFacts {
  fileName: string;
  isEntry: boolean;
  /** Chunks imported statically (loaded with this one). */
  imports: readonly string[];
  moduleIds: readonly string[];
}

/** The npm package a module id belongs to ("…/node_modules/@turf/buffer/dist/…" → "@turf/buffer"), or null. */
export function packageOf(id: string): string | null {
  const i = id.lastIndexOf('node_modules/');
  if (i < 0) return null;
  const [scope, name] = id.slice(i + 'node_modules/'.length).split('/');
  if (!scope) return null;
  return scope.startsWith('@') && name ? `${scope}/${name}` : scope;
}

/** File names of the entry chunks and of every chunk they import statically, transitively. */
export function firstLoadChunks(chunks: readonly ChunkFacts[]): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const todo = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    todo.push(...(byName.get(name)?.imports ?? []));
  }
  return seen;
}

/** Packages in the first-load chunks that are not allowed, each with one module of it that got there. */
export function firstLoadViolations(
  chunks: readonly ChunkFacts[],
  allowed: readonly string[],
): Array<{ pkg: string; module: string; chunk: string }> {
  const first = firstLoadChunks(chunks);
  const out = new Map<string, { pkg: string; module: string; chunk: string }>();
  for (const c of chunks) {
    if (!first.has(c.fileName)) continue;
    for (const id of c.moduleIds) {
      const pkg = packageOf(id);
      if (pkg && !allowed.includes(pkg) && !out.has(pkg)) out.set(pkg, { pkg, module: id, chunk: c.fileName });
    }
  }
  return [...out.values()];
}

export function firstLoadGuard(allowed: readonly string[]): Plugin {
  return {
    name: 'lcm-first-load-guard',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [o] : []));
      const bad = firstLoadViolations(chunks, allowed);
      if (bad.length === 0) return;
      const first = firstLoadChunks(chunks);
      const loaded = new Set(chunks.filter((c) => first.has(c.fileName)).flatMap((c) => c.moduleIds));
      // The first module outside the package that imports it, among the modules a first visit loads.
      const reachedFrom = (id: string, pkg: string): string => {
        let cur = id;
        for (let step = 0; step < 100; step++) {
          const all = this.getModuleInfo(cur)?.importers ?? [];
          const importers = all.some((m) => loaded.has(m)) ? all.filter((m) => loaded.has(m)) : all;
          const outside = importers.find((m) => packageOf(m) !== pkg);
          if (outside) return outside.replace(process.cwd() + '/', '');
          if (!importers[0]) break;
          cur = importers[0];
        }
        return '?';
      };
      this.error(
        'packages in the first-load JavaScript that the start does not need (load them with lazy(), ' +
          "src/app/lazy.ts, or add them to vite.config.ts's FIRST_LOAD_PACKAGES with the reason):\n" +
          bad.map((b) => `  ${b.pkg} in ${b.chunk}, imported by ${reachedFrom(b.module, b.pkg)}`).join('\n'),
      );
    },
  };
}
