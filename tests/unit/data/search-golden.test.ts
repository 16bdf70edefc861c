// Golden files of search results (tests/fixtures/search/): the inputs of the shipped data as of the tiered
// scan's introduction and 2,000 synthetic names, and for each query (tests/fixtures/search/make-queries.ts) the
// hits the earlier suffix-table index gave — id, score, what matched and which alias. The scan must give the same.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/data/search-build';
import { search } from '../../../src/data/search-index';
import type { SearchableFeature, SearchHit } from '../../../src/data/search-index';
import { parseSearchIndex, serializeSearchIndex } from '../../../src/data/search-index-file';
import { syntheticFeatures } from '../../../bench/search-bench';
import { goldenQueries } from '../../fixtures/search/make-queries';

const dir = fileURLToPath(new URL('../../fixtures/search/', import.meta.url));
const read = (path: string): unknown => JSON.parse(readFileSync(dir + path, 'utf8'));
const line = (h: SearchHit) => `${h.id} ${h.score} ${h.matchedOn}${h.alias ? ` ${h.alias}` : ''}`;

function check(
  inputs: readonly SearchableFeature[],
  golden: Record<string, string[]>,
  queries: readonly string[],
  limit: number,
): void {
  expect(Object.keys(golden)).toEqual([...queries]);
  const live = buildSearchIndex(inputs);
  const fromFile = parseSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(live, inputs))), inputs);
  for (const q of queries) {
    expect(search(live, q, limit).map(line), q).toEqual(golden[q]);
    expect(search(fromFile, q, limit).map(line), q).toEqual(golden[q]);
  }
}

describe('search gives the golden results', () => {
  it('on the shipped names (Chinese, pinyin, initials, English, aliases, typos)', () => {
    const inputs = read('in/shipped.json') as SearchableFeature[];
    check(inputs, read('out/shipped.json') as Record<string, string[]>, goldenQueries(inputs), 10);
  });

  it('on 2,000 synthetic names (many equal scores)', () => {
    const inputs = syntheticFeatures(2000);
    check(inputs, read('out/synthetic-2000.json') as Record<string, string[]>, goldenQueries(inputs.slice(0, 80)), 25);
  });
});
