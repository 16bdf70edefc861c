// npm run size [-- <folder>…] — sizes that keep the code readable (docs/architecture.md): no function over 120 lines, no
// file over 400, src/main.ts under 120, and no import cycle. Prints the longest files and functions of the folders
// (default src/) and every import cycle among their modules. With --check, exits 1 when any limit is broken; with
// --check-cycles (part of `npm run check`), only when there is a cycle. Lines are physical lines, comments included.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const MAX_FUNCTION = 120;
const MAX_FILE = 400;
const MAX_ROOT = 120;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface FnSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function functionsOf(file: string, sf: ts.SourceFile): FnSize[] {
  const out: FnSize[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const nameOf = (n: ts.Node): string => {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) return n.name.getText(sf);
    if (ts.isConstructorDeclaration(n)) return 'constructor';
    const p = n.parent;
    if (p && ts.isVariableDeclaration(p)) return p.name.getText(sf);
    if (p && ts.isPropertyAssignment(p)) return p.name.getText(sf);
    return '(anonymous)';
  };
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const start = lineOf(n.getStart(sf));
      out.push({ file, name: nameOf(n), line: start, lines: lineOf(n.getEnd()) - start + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function importsOf(file: string, sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const add = (spec: string) => {
    if (!spec.startsWith('.')) return;
    const base = resolve(dirname(file), spec).replace(/\.ts$/, '');
    for (const cand of [`${base}.ts`, join(base, 'index.ts')]) {
      try {
        if (statSync(cand).isFile()) return void out.push(cand);
      } catch {
        // not this candidate
      }
    }
  };
  const visit = (n: ts.Node) => {
    if (
      (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) &&
      n.moduleSpecifier &&
      ts.isStringLiteral(n.moduleSpecifier)
    ) {
      add(n.moduleSpecifier.text);
    }
    if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteral(n.arguments[0])
    ) {
      add(n.arguments[0].text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Strongly connected components of more than one module (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return out;
}

const root = resolve(import.meta.dirname, '..');
const folders = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = (folders.length > 0 ? folders : ['src']).flatMap((d) => files(resolve(root, d)));
const sizes: Array<{ file: string; lines: number }> = [];
const fns: FnSize[] = [];
const graph = new Map<string, string[]>();
for (const f of all) {
  const text = readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.ES2022, true);
  const rel = relative(root, f);
  sizes.push({ file: rel, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  fns.push(...functionsOf(rel, sf));
  graph.set(f, importsOf(f, sf));
}
sizes.sort((a, b) => b.lines - a.lines);
fns.sort((a, b) => b.lines - a.lines);
const where = (folders.length > 0 ? folders : ['src']).join(', ');
const cyclesOnly = process.argv.includes('--check-cycles');
if (!cyclesOnly) {
  console.log(`Longest files in ${where}:`);
  for (const s of sizes.slice(0, 10)) console.log(`  ${String(s.lines).padStart(5)}  ${s.file}`);
  console.log(`Longest functions in ${where}:`);
  for (const f of fns.slice(0, 10)) console.log(`  ${String(f.lines).padStart(5)}  ${f.name} (${f.file}:${f.line})`);
}
const loops = cycles(graph).map((c) => c.map((f) => relative(root, f)));
for (const c of loops) console.log(`Import cycle: ${c.join(' → ')}`);
console.log(`Import cycles in ${where}: ${loops.length}`);
if (cyclesOnly && loops.length > 0) {
  console.error('Import cycles are not allowed: move what both modules need into a third one.');
  process.exit(1);
}

const problems = [
  ...sizes
    .filter((s) => s.lines > (s.file === join('src', 'main.ts') ? MAX_ROOT : MAX_FILE))
    .map((s) => `${s.file}: ${s.lines} lines`),
  ...fns.filter((f) => f.lines > MAX_FUNCTION).map((f) => `${f.file}:${f.line} ${f.name}: ${f.lines} lines`),
  ...loops.map((c) => `import cycle: ${c.join(' → ')}`),
];
if (process.argv.includes('--check') && problems.length > 0) {
  console.error(
    `\nOver the limits (function ${MAX_FUNCTION}, file ${MAX_FILE}, src/main.ts ${MAX_ROOT} lines; no cycles):`,
  );
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
