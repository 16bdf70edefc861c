// Builds the search index from features: pinyin for every Chinese name and alias (pinyin-pro, with its
// dictionary of ~140 kB gzip, which is why this is a module of its own that the app loads only when there is no
// index file to read), words for Latin names, and the tie-break order. The build runs it over the shipped data
// (scripts/lib/search-index-plugin.ts); the app runs it in the dev server or when the file is for other data.
import { pinyin } from 'pinyin-pro';
import { LAYER_SEARCH_ORDER } from './search-index.ts';
import type { SearchableFeature } from './search-index.ts';
import { assembleIndex, keyTable } from './search-table.ts';
import type { IndexedDoc, PreparedKey, SearchIndex, SearchLayer } from './search-table.ts';
import { HAN, normalizeText, wordsOf } from './search-text.ts';

// A name with more than 255 names/aliases is not a place; cap so key indices fit a byte.
const MAX_KEYS = 255;

function prepareKey(original: string, isAlias: boolean, isEnglishName: boolean): PreparedKey {
  if (!HAN.test(original))
    return { original, isAlias, isEnglishName, han: '', syllables: [], initials: [], words: wordsOf(original) };
  // One pinyin-pro call gives both syllables and initials; it picks readings from context (重庆 → chong qing).
  // Characters that are not Chinese come back as themselves.
  const parts = pinyin(original, { toneType: 'none', type: 'all' });
  const normal = (xs: string[]) => xs.map(normalizeText).filter((x) => x !== '');
  return {
    original,
    isAlias,
    isEnglishName,
    han: normalizeText(original),
    syllables: normal(parts.map((x) => (x.isZh ? x.pinyin : x.origin))),
    initials: normal(parts.map((x) => x.first)),
    words: [],
  };
}

interface PreparedDoc extends Omit<IndexedDoc, 'keys'> {
  keys: PreparedKey[];
}

/** Features as the index holds them; a nameless feature (an unlabelled base-map line) cannot be found by name. */
function prepareDocs(features: readonly SearchableFeature[]): PreparedDoc[] {
  const docs: PreparedDoc[] = [];
  for (const f of features) {
    const p = f.properties;
    const nameZh = p.name_zh?.trim() ?? '';
    const nameEn = p.name_en?.trim() ?? '';
    const raw: Array<[string, boolean, boolean]> = [];
    if (nameZh !== '') raw.push([nameZh, false, false]);
    if (nameEn !== '') raw.push([nameEn, false, true]);
    for (const a of p.aliases ?? []) if (a.trim() !== '') raw.push([a.trim(), true, false]);
    if (raw.length === 0) continue;
    const keys = raw.slice(0, MAX_KEYS).map(([text, alias, en]) => prepareKey(text, alias, en));
    docs.push({ id: p.id, name_zh: nameZh, name_en: nameEn, layer: p.layer, district: p.district ?? null, keys });
  }
  return docs;
}

const PINYIN_ORDER = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Position of each doc in tie-break order: layer importance, shorter name, pinyin order (as the list), id. */
function tieRanks(docs: readonly IndexedDoc[]): Int32Array {
  const layerRank = (l: SearchLayer) => {
    const r = LAYER_SEARCH_ORDER.indexOf(l);
    return r < 0 ? LAYER_SEARCH_ORDER.length : r;
  };
  const nameLength = (d: IndexedDoc) => Array.from(d.name_zh || d.name_en).length;
  const order = docs.map((_, i) => i);
  order.sort((a, b) => {
    const x = docs[a] as IndexedDoc;
    const y = docs[b] as IndexedDoc;
    return (
      layerRank(x.layer) - layerRank(y.layer) ||
      nameLength(x) - nameLength(y) ||
      PINYIN_ORDER.compare(x.name_zh, y.name_zh) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
    );
  });
  const rank = new Int32Array(docs.length);
  order.forEach((d, r) => {
    rank[d] = r;
  });
  return rank;
}

export function buildSearchIndex(features: readonly SearchableFeature[]): SearchIndex {
  const prepared = prepareDocs(features);
  const docs: IndexedDoc[] = prepared.map((d) => ({
    ...d,
    keys: d.keys.map(({ original, isAlias, isEnglishName }) => ({ original, isAlias, isEnglishName })),
  }));
  return assembleIndex(docs, keyTable(prepared.map((d) => d.keys)), tieRanks(docs));
}
