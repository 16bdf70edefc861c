// The search index as a file: built once at build time (scripts/lib/search-index-plugin.ts) over the shipped data
// and read back on the first focus of the search box, so the browser neither loads pinyin-pro's dictionary nor
// converts every name to pinyin (about 1 s for 10,000 names). It holds the scanned texts as they are scanned
// (src/data/search-table.ts): per kind, every key's text joined into one string plus the piece lengths, so
// reading it back is JSON.parse, one split per kind and a loop over the lengths.
// Round trip: parseSearchIndex(serializeSearchIndex(buildSearchIndex(fs), fs), fs) searches exactly like the live
// index (tests/unit/data/search-index-file.test.ts, tests/unit/data/search-golden.test.ts).
import type { SearchableFeature } from './search-index.ts';
import { assembleIndex, packCuts, unpackCuts } from './search-table.ts';
import type { IndexedDoc, KeyRef, SearchIndex, SearchLayer } from './search-table.ts';

export const SEARCH_INDEX_FILE_VERSION = 3;

/**
 * A doc: id, names, layer (an index into `layers`), district, aliases. Its keys are the Chinese name, the English
 * name and the aliases, in that order, leaving out empty names (as src/data/search-build.ts makes them).
 */
type DocFile = [string, string, string, number, string | null, ...string[]];

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_FILE_VERSION;
  /** How many features were given to the index and a hash of their ids: the app uses the file only for the same. */
  inputs: [number, number];
  layers: SearchLayer[];
  docs: DocFile[];
  /** Tie-break rank per doc, joined by ",". */
  tieRank: string;
  /** Chinese texts joined by "\n"; pinyin, initials and Latin texts as [joined texts, piece lengths]. */
  han: string;
  pinyin: [string, string];
  initials: [string, string];
  latin: [string, string];
}

/** FNV-1a (32 bit) over the ids, each followed by "\n". */
function idsHash(inputs: readonly SearchableFeature[]): number {
  let h = 0x811c9dc5;
  for (const f of inputs) {
    const id = f.properties.id;
    for (let i = 0; i <= id.length; i++) {
      h ^= i < id.length ? id.charCodeAt(i) : 10;
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

export function serializeSearchIndex(index: SearchIndex, inputs: readonly SearchableFeature[]): SearchIndexFile {
  const k = index.keys;
  const layers = [...new Set(index.docs.map((d) => d.layer))];
  return {
    version: SEARCH_INDEX_FILE_VERSION,
    inputs: [inputs.length, idsHash(inputs)],
    layers,
    docs: index.docs.map((d): DocFile => {
      const expected = readDoc(
        [d.id, d.name_zh, d.name_en, 0, d.district, ...d.keys.filter((x) => x.isAlias).map((x) => x.original)],
        layers,
      );
      // The keys must be derivable from the names (they are, as search-build.ts makes them).
      if (JSON.stringify(expected.keys) !== JSON.stringify(d.keys))
        throw new Error(`${d.id}: keys are not its names and aliases`);
      return [
        d.id,
        d.name_zh,
        d.name_en,
        layers.indexOf(d.layer),
        d.district,
        ...d.keys.filter((x) => x.isAlias).map((x) => x.original),
      ];
    }),
    tieRank: Array.from(index.tieRank).join(','),
    han: k.han.blob,
    pinyin: packCuts(k.pinyin),
    initials: packCuts(k.initials),
    latin: packCuts(k.latin),
  };
}

function readDoc(
  [id, name_zh, name_en, layer, district, ...aliases]: DocFile,
  layers: readonly SearchLayer[],
): IndexedDoc {
  const keys: KeyRef[] = [];
  if (name_zh !== '') keys.push({ original: name_zh, isAlias: false, isEnglishName: false });
  if (name_en !== '') keys.push({ original: name_en, isAlias: false, isEnglishName: true });
  for (const a of aliases) keys.push({ original: a, isAlias: true, isEnglishName: false });
  return { id, name_zh, name_en, layer: layers[layer] ?? 'base-context', district, keys };
}

const isPair = (x: unknown): x is [string, string] =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string';

/**
 * Reads a file written by serializeSearchIndex for exactly these inputs (same ids, same order); throws on
 * another version, shape or input list, and the caller then builds the index live.
 */
export function parseSearchIndex(raw: unknown, inputs: readonly SearchableFeature[]): SearchIndex {
  const f = raw as Partial<SearchIndexFile> | null;
  if (
    !f ||
    f.version !== SEARCH_INDEX_FILE_VERSION ||
    !Array.isArray(f.inputs) ||
    !Array.isArray(f.layers) ||
    !Array.isArray(f.docs) ||
    typeof f.tieRank !== 'string' ||
    typeof f.han !== 'string' ||
    !isPair(f.pinyin) ||
    !isPair(f.initials) ||
    !isPair(f.latin)
  ) {
    throw new Error(`not a search index file of version ${SEARCH_INDEX_FILE_VERSION}`);
  }
  if (f.inputs[0] !== inputs.length || f.inputs[1] !== idsHash(inputs))
    throw new Error('search index file is for other data');
  const layers = f.layers;
  const docs = f.docs.map((d) => readDoc(d, layers));
  const tieRank = Int32Array.from(f.tieRank === '' ? [] : f.tieRank.split(','), Number);
  if (tieRank.length !== docs.length) throw new Error('search index file is damaged');
  const first = new Int32Array(docs.length + 1);
  docs.forEach((d, i) => {
    first[i + 1] = (first[i] as number) + d.keys.length;
  });
  const count = first[docs.length] as number;
  const doc = new Int32Array(count);
  const alias = new Uint8Array(count);
  docs.forEach((d, i) => {
    d.keys.forEach((key, j) => {
      doc[(first[i] as number) + j] = i;
      alias[(first[i] as number) + j] = key.isAlias ? 1 : 0;
    });
  });
  const keys = {
    doc,
    first,
    alias,
    han: unpackCuts(count, f.han, null),
    pinyin: unpackCuts(count, ...f.pinyin),
    initials: unpackCuts(count, ...f.initials),
    latin: unpackCuts(count, ...f.latin),
  };
  return assembleIndex(docs, keys, tieRank);
}

/**
 * What the app searches, in the order it indexes it: every site of every layer (located or not), then the
 * places — the municipality (alias 金城) and the districts. The build (scripts/lib/search-index-plugin.ts)
 * and the app (src/main.ts) both use this order, so the file's inputs match the app's.
 */
export function searchInputs(
  sites: readonly SearchableFeature[],
  municipality: readonly SearchableFeature[],
  districts: readonly SearchableFeature[],
): SearchableFeature[] {
  return [...sites, ...municipality, ...districts];
}
