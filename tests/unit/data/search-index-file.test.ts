import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../../../src/data/search-build';
import { search } from '../../../src/data/search-index';
import { parseSearchIndex, serializeSearchIndex } from '../../../src/data/search-index-file';
import { shippedSearchInputs } from '../../../scripts/lib/search-index-plugin';
import { syntheticFeatures } from '../../../bench/search-bench';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Every kind of query the index answers: Chinese (exact, prefix, substring, scattered characters), pinyin,
// initials, English words, aliases, a v for ü, typos (the fuzzy stage, built lazily) and no match.
const QUERIES = [
  '中山桥',
  '中山',
  '广场',
  '兰州铁桥',
  '金城',
  '城关区',
  'zhongshanqiao',
  'zhong shan',
  'zsq',
  'z',
  'lan',
  'gansu provincial museum',
  'gansu muzeum',
  'zhongshangqiao',
  'baitashan',
  'lv',
  'xqxqxq',
  'Museum',
  '白塔',
];

function roundTrip(inputs: Parameters<typeof buildSearchIndex>[0]) {
  const live = buildSearchIndex(inputs);
  const file = JSON.parse(JSON.stringify(serializeSearchIndex(live, inputs))) as unknown;
  return { live, read: parseSearchIndex(file, inputs) };
}

describe('search index file', () => {
  it('read back from JSON, it gives the same results as the live index (shipped data)', () => {
    const inputs = shippedSearchInputs(root);
    expect(inputs.length).toBeGreaterThan(50);
    const { live, read } = roundTrip(inputs);
    for (const q of QUERIES) expect(search(read, q, 10), q).toEqual(search(live, q, 10));
  });

  it('read back from JSON, it gives the same results as the live index (2,000 synthetic names)', () => {
    const inputs = syntheticFeatures(2000);
    const { live, read } = roundTrip(inputs);
    for (const q of QUERIES) expect(search(read, q, 25), q).toEqual(search(live, q, 25));
  });

  it('is refused for other data or another version, so the app builds the index live', () => {
    const inputs = syntheticFeatures(50);
    const file = serializeSearchIndex(buildSearchIndex(inputs), inputs);
    expect(() => parseSearchIndex(file, inputs.slice(1))).toThrow(/other data/);
    expect(() => parseSearchIndex(file, [...inputs].reverse())).toThrow(/other data/);
    expect(() => parseSearchIndex({ ...file, version: 99 }, inputs)).toThrow(/version/);
    expect(() => parseSearchIndex(null, inputs)).toThrow(/version/);
  });
});
