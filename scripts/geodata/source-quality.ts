// Source quality, applied to every feature before it is written: drops citations that do not carry the fact they
// are cited for (build/dropped_citations.csv, each with the reason), sets `class` on every source
// (scripts/lib/source-class.ts with build/source_classes.csv) and marks a fact `unverified` when no credible
// source carries it (all its sources are travel/other or mirrors). A source whose domain is in no class row stops
// the build, so every new source gets a class.
import type { Fact, SourceRef } from '../../src/types';
import { classifySource, parseClass, restsOnWeakSourcesOnly, type ClassRule } from '../lib/source-class';
import { buildTable, cell } from './common';
import { CONTRIBUTED_URLS } from './sites';

const RULES: ClassRule[] = buildTable('source_classes.csv').map((r) => {
  const c = parseClass(cell(r, 'class'));
  if (!c) throw new Error(`source_classes.csv ${cell(r, 'domain')}: unknown class ${cell(r, 'class')}`);
  return { domain: cell(r, 'domain'), class: c };
});
const DROPPED = buildTable('dropped_citations.csv');
const unclassified = new Set<string>();

function classify(s: SourceRef): SourceRef {
  const c = classifySource(s.url, RULES) ?? (CONTRIBUTED_URLS.has(s.url) ? 'travel-other' : null);
  if (!c) unclassified.add(s.url);
  return c ? { title: s.title, url: s.url, class: c } : { title: s.title, url: s.url };
}

interface WithSources {
  id: string;
  sources: SourceRef[];
  facts: Fact[];
}

/** A copy of the properties with citations dropped, classes set and unverified facts marked. */
export function withSourceQuality<P extends WithSources>(p: P): P {
  const facts = p.facts.map((f, i) => {
    const drop = new Set(DROPPED.filter((d) => cell(d, 'id') === p.id && Number(cell(d, 'fact_index')) === i).map((d) => cell(d, 'url')));
    const sources = f.sources.filter((s) => !drop.has(s.url)).map(classify);
    if (sources.length === 0) throw new Error(`${p.id} fact ${i}: every source dropped`);
    return restsOnWeakSourcesOnly(sources) ? { ...f, sources, unverified: true } : { ...f, sources };
  });
  return { ...p, facts, sources: p.sources.map(classify) };
}

/** Stops the build when a source has no class row (call after every layer is built). */
export function checkAllClassified(): void {
  if (unclassified.size > 0) throw new Error(`no class for these sources (add their domain to geodata/research/build/source_classes.csv):\n${[...unclassified].sort().join('\n')}`);
}
