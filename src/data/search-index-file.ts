// The search index as a file: built once at build time (scripts/lib/search-index-plugin.ts) over the shipped data
// and read back on the first focus of the search box, so the browser does not run pinyin conversion and suffix
// sorting for every name (about 1 s for 10,000 names; reading the file back takes a few ms).
// Compact on purpose, since it is read on a keystroke: lists of strings are joined with "\n" (no normalised token,
// id or term contains one) and number arrays are base64 of their typed arrays (little-endian, as every browser
// and Node platform we build on is).
// Round trip: parseSearchIndex(serializeSearchIndex(buildSearchIndex(fs), fs), fs) searches exactly like the live
// index (tests/unit/data/search-index-file.test.ts).
import { assembleIndex, normalizeText } from './search-index.ts';
import type { IndexedDoc, SearchableFeature, SearchIndex, SearchLayer, SuffixTable } from './search-index.ts';

export const SEARCH_INDEX_FILE_VERSION = 2;

interface TableFile {
  tokens: string;
  doc: string;
  key: string;
  flags: string;
}

/** Per key: original text, 1 = alias + 2 = English name, its words space-joined (Latin keys only). */
type KeyFile = [string, number, string];
type DocFile = [string, string, string, SearchLayer, string | null, ...KeyFile];

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_FILE_VERSION;
  /** Ids of every feature given to the index, in order: the app uses the file only if it would index the same. */
  inputIds: string;
  docs: DocFile[];
  tieRank: string;
  text: TableFile;
  initials: TableFile;
  words: TableFile;
  /** The distinct characters, and per character (in that order) its documents, as offsets into one list. */
  charPostings: { chars: string; offsets: string; docs: string };
  fuzzyTerms: string;
}

const HAN = /\p{Script=Han}/u;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const i32 = (a: Int32Array): string => toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
const readI32 = (s: string): Int32Array => {
  const b = fromBase64(s);
  return new Int32Array(b.buffer, 0, b.byteLength >> 2);
};

function joinLines(xs: readonly string[], what: string): string {
  for (const x of xs) if (x.includes('\n')) throw new Error(`${what} contains a line break: ${JSON.stringify(x)}`);
  return xs.join('\n');
}
const lines = (s: string): string[] => (s === '' ? [] : s.split('\n'));

const tableFile = (t: SuffixTable): TableFile => ({ tokens: joinLines(t.tokens, 'token'), doc: i32(t.doc), key: toBase64(t.key), flags: toBase64(t.flags) });
const table = (t: TableFile): SuffixTable => ({ tokens: lines(t.tokens), doc: readI32(t.doc), key: fromBase64(t.key), flags: fromBase64(t.flags) });

export function serializeSearchIndex(index: SearchIndex, inputs: readonly SearchableFeature[]): SearchIndexFile {
  const chars = [...index.charPostings.keys()];
  const offsets = new Int32Array(chars.length + 1);
  const postings: number[] = [];
  chars.forEach((c, i) => {
    postings.push(...(index.charPostings.get(c) ?? []));
    offsets[i + 1] = postings.length;
  });
  return {
    version: SEARCH_INDEX_FILE_VERSION,
    inputIds: joinLines(inputs.map((f) => f.properties.id), 'id'),
    docs: index.docs.map((d): DocFile => {
      const keys = d.keys.map((k): KeyFile => [k.original, (k.isAlias ? 1 : 0) + (k.isEnglishName ? 2 : 0), k.words.join(' ')]);
      return [d.id, d.name_zh, d.name_en, d.layer, d.district, ...keys.flat()] as DocFile;
    }),
    tieRank: i32(index.tieRank),
    text: tableFile(index.text),
    initials: tableFile(index.initials),
    words: tableFile(index.words),
    charPostings: { chars: chars.join(''), offsets: i32(offsets), docs: i32(Int32Array.from(postings)) },
    fuzzyTerms: joinLines(index.fuzzyTerms, 'term'),
  };
}

/**
 * Reads a file written by serializeSearchIndex for exactly these inputs (same ids, same order); throws on
 * another version, shape or input list, and the caller then builds the index live.
 */
export function parseSearchIndex(raw: unknown, inputs: readonly SearchableFeature[]): SearchIndex {
  const f = raw as Partial<SearchIndexFile> | null;
  if (!f || f.version !== SEARCH_INDEX_FILE_VERSION || typeof f.inputIds !== 'string' || !Array.isArray(f.docs) || !f.text || !f.initials || !f.words || typeof f.tieRank !== 'string' || !f.charPostings || typeof f.fuzzyTerms !== 'string') {
    throw new Error(`not a search index file of version ${SEARCH_INDEX_FILE_VERSION}`);
  }
  const ids = lines(f.inputIds);
  if (ids.length !== inputs.length || inputs.some((x, i) => x.properties.id !== ids[i])) throw new Error('search index file is for other data');
  const docs: IndexedDoc[] = f.docs.map(([id, name_zh, name_en, layer, district, ...flat]) => {
    const keys: IndexedDoc['keys'] = [];
    for (let i = 0; i + 2 < flat.length; i += 3) {
      const original = flat[i] as string;
      const bits = flat[i + 1] as number;
      const words = flat[i + 2] as string;
      // A Chinese key's distinct characters, as buildSearchIndex takes them (normalised text).
      const chars = HAN.test(original) ? new Set(Array.from(normalizeText(original))) : new Set<string>();
      keys.push({ original, isAlias: (bits & 1) === 1, isEnglishName: (bits & 2) === 2, words: words === '' ? [] : words.split(' '), chars });
    }
    return { id, name_zh, name_en, layer, district, keys };
  });
  const chars = Array.from(f.charPostings.chars);
  const offsets = readI32(f.charPostings.offsets);
  const postings = readI32(f.charPostings.docs);
  return assembleIndex({
    docs,
    tieRank: readI32(f.tieRank),
    text: table(f.text),
    initials: table(f.initials),
    words: table(f.words),
    charPostings: new Map(chars.map((c, i) => [c, postings.slice(offsets[i], offsets[i + 1])])),
    fuzzyTerms: lines(f.fuzzyTerms),
  });
}

/**
 * What the app searches, in the order it indexes it: every site of every layer (located or not), then the
 * places — the municipality (alias 金城) and the districts. The build (scripts/lib/search-index-plugin.ts)
 * and the app (src/main.ts) both use this order, so the file's inputs match the app's.
 */
export function searchInputs(sites: readonly SearchableFeature[], municipality: readonly SearchableFeature[], districts: readonly SearchableFeature[]): SearchableFeature[] {
  return [...sites, ...municipality, ...districts];
}
