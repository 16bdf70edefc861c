// Classifies a cited source by what it is (official, encyclopaedia, OpenStreetMap/Wikidata, the site's own page,
// news, travel or other, mirror of unknown origin), from its address and a domain table
// (geodata/research/build/source_classes.csv, one row per registrable domain or GitHub repository, each decided
// from what the page is: see geodata/SOURCES.md "Source classes"). Pure: the table is passed in.
import type { SourceClass } from '../../src/types';
import { SOURCE_CLASSES, WEAK_SOURCE_CLASSES } from '../../src/types';

export interface ClassRule {
  /** Registrable domain ("gscn.com.cn") or GitHub repository ("github.com/owner/name"). */
  domain: string;
  class: SourceClass;
}

/** The key a rule is matched on: the host, or "github.com/owner/name" for a GitHub address. */
function keysFor(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'github.com' || host === 'raw.githubusercontent.com') {
    const [owner, repo] = u.pathname.split('/').filter((p) => p !== '');
    return owner && repo ? [`github.com/${owner}/${repo}`.toLowerCase()] : [];
  }
  // The host and every parent domain, most specific first ("a.b.gscn.com.cn" … "com.cn").
  const parts = host.split('.');
  return parts.map((_, i) => parts.slice(i).join('.')).filter((k) => k.includes('.'));
}

/** The class of the most specific matching rule, or null when no rule matches (the build then stops). */
export function classifySource(url: string, rules: readonly ClassRule[]): SourceClass | null {
  const byDomain = new Map(rules.map((r) => [r.domain.toLowerCase(), r.class]));
  for (const k of keysFor(url)) {
    const c = byDomain.get(k);
    if (c) return c;
  }
  return null;
}

export function parseClass(text: string): SourceClass | null {
  return (SOURCE_CLASSES as readonly string[]).includes(text) ? (text as SourceClass) : null;
}

export const isWeak = (c: SourceClass | undefined): boolean => c === undefined || WEAK_SOURCE_CLASSES.includes(c);

/** A fact rests only on weak sources when every source it cites is travel/other or a mirror. */
export function restsOnWeakSourcesOnly(sources: readonly { class?: SourceClass }[]): boolean {
  return sources.length > 0 && sources.every((s) => isWeak(s.class));
}
