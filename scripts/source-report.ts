// npm run data:sources [geodata-dir] — how the cited sources divide by class, and how many facts rest only on weak
// sources (travel/other or mirrors), per layer. Classifies from the addresses (scripts/lib/source-class.ts), so it
// also reports on an older geodata directory whose sources carry no class yet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './lib/csv-read';
import { LAYER_FILES } from '../src/data/load-layers';
import { LAYER_IDS, type SourceClass, type SourceRef } from '../src/types';
import { classifySource, parseClass, restsOnWeakSourcesOnly, type ClassRule } from './lib/source-class';

const ROOT = join(import.meta.dirname, '..');
const dir = process.argv[2] ?? join(ROOT, 'geodata');
const rules: ClassRule[] = parseCsv(
  readFileSync(join(ROOT, 'geodata/research/build/source_classes.csv'), 'utf8'),
).flatMap((r) => {
  const c = parseClass(r.class ?? '');
  return c ? [{ domain: r.domain ?? '', class: c }] : [];
});
const cls = (s: SourceRef): { class?: SourceClass } => {
  const c = classifySource(s.url, rules);
  return c ? { class: c } : {};
};

const urlsByClass = new Map<string, Set<string>>();
let facts = 0;
let weak = 0;
let labelled = 0;
const lines: string[] = [];
for (const layer of LAYER_IDS) {
  const fc = JSON.parse(readFileSync(join(dir, LAYER_FILES[layer]), 'utf8')) as {
    features: { properties: { sources: SourceRef[]; facts: { sources: SourceRef[]; unverified?: boolean }[] } }[];
  };
  let lf = 0;
  let lw = 0;
  for (const f of fc.features) {
    for (const s of f.properties.sources) {
      const c = classifySource(s.url, rules) ?? 'unclassified';
      if (!urlsByClass.has(c)) urlsByClass.set(c, new Set());
      urlsByClass.get(c)?.add(s.url);
    }
    for (const fa of f.properties.facts) {
      lf++;
      if (restsOnWeakSourcesOnly(fa.sources.map(cls))) lw++;
      if (fa.unverified) labelled++;
    }
  }
  facts += lf;
  weak += lw;
  lines.push(`  ${layer}: ${lw} of ${lf} facts rest only on weak sources`);
}
console.log(`Sources in ${dir}:`);
for (const [c, urls] of [...urlsByClass].sort()) console.log(`  ${c}: ${urls.size} distinct addresses`);
console.log(
  `Facts resting only on weak sources (travel/other, mirror): ${weak} of ${facts}; labelled unverified in the data: ${labelled}`,
);
console.log(lines.join('\n'));
