import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifySource, restsOnWeakSourcesOnly, type ClassRule } from '../../../scripts/lib/source-class';
import { parseCsv } from '../../../scripts/lib/csv-read';
import { SOURCE_CLASSES, type SourceClass } from '../../../src/types';
import { readLayers } from '../data/geodata-files';

const rules: ClassRule[] = [
  { domain: 'gov.cn', class: 'official' },
  { domain: 'wikipedia.org', class: 'encyclopaedia' },
  { domain: 'gscn.com.cn', class: 'news' },
  { domain: 'meipian.cn', class: 'travel-other' },
  { domain: 'ahfyzs.com', class: 'mirror' },
  { domain: 'lzu.edu.cn', class: 'own-site' },
  { domain: 'github.com/qytwnx/scenic-spot-visualization', class: 'travel-other' },
  { domain: 'github.com/lachlanchen/LazyTravel', class: 'osm-wikidata' },
];

describe('classifySource', () => {
  it('matches the host or any parent domain, most specific first', () => {
    expect(classifySource('http://www.gansu.gov.cn/art/1.html', rules)).toBe('official');
    expect(classifySource('https://zh.wikipedia.org/wiki/%E4%B8%AD%E5%B1%B1%E6%A1%A5', rules)).toBe('encyclopaedia');
    expect(classifySource('http://gansu.gscn.com.cn/system/2017/11/15/011848165.shtml', rules)).toBe('news');
    expect(classifySource('https://bwg.lzu.edu.cn/EN/', [...rules, { domain: 'edu.cn', class: 'travel-other' }])).toBe(
      'own-site',
    );
  });

  it('classifies GitHub addresses by repository, case-insensitively', () => {
    expect(classifySource('https://github.com/qytwnx/scenic-spot-visualization', rules)).toBe('travel-other');
    expect(classifySource('https://github.com/lachlanchen/lazytravel/blob/main/x.json', rules)).toBe('osm-wikidata');
    expect(classifySource('https://github.com/someone/else', rules)).toBeNull();
  });

  it('returns null for an unknown domain or a malformed address (the build then stops)', () => {
    expect(classifySource('https://unknown.example/page', rules)).toBeNull();
    expect(classifySource('not a url', rules)).toBeNull();
    expect(classifySource('https://fakegov.cn.example.com/', rules)).toBeNull();
  });

  it('calls a fact weak-only when every source is travel/other or a mirror', () => {
    const s = (c: SourceClass): { class: SourceClass } => ({ class: c });
    expect(restsOnWeakSourcesOnly([s('mirror'), s('travel-other')])).toBe(true);
    expect(restsOnWeakSourcesOnly([s('mirror'), s('news')])).toBe(false);
    expect(restsOnWeakSourcesOnly([{}, s('mirror')])).toBe(true);
    expect(restsOnWeakSourcesOnly([])).toBe(false);
  });
});

describe('the shipped data', () => {
  const table = parseCsv(
    readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'geodata', 'research', 'build', 'source_classes.csv'),
      'utf8',
    ),
  );

  it('uses only the documented classes in the domain table', () => {
    for (const r of table) expect(SOURCE_CLASSES).toContain(r.class);
  });

  it('gives every source a class and labels exactly the weak-only facts unverified', () => {
    for (const fc of Object.values(readLayers())) {
      for (const f of fc.features) {
        for (const s of f.properties.sources) expect(SOURCE_CLASSES, `${f.properties.id} ${s.url}`).toContain(s.class);
        for (const fact of f.properties.facts)
          expect(fact.unverified === true, `${f.properties.id}: ${fact.en}`).toBe(restsOnWeakSourcesOnly(fact.sources));
      }
    }
  });

  it('no longer cites the Qunar crawl for grades it does not show', () => {
    const scenic = readLayers()['scenic-spots'].features;
    for (const id of ['shuimo-danxia', 'waterwheel-garden']) {
      const grade = scenic.find((f) => f.properties.id === id)?.properties.facts[0];
      expect(grade?.sources.map((s) => s.url)).not.toContain('https://github.com/qytwnx/scenic-spot-visualization');
      expect(grade?.unverified).toBe(true);
    }
  });
});
