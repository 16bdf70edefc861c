// What the search scans (src/data/search-index.ts): every name and alias of every feature as normalised texts —
// Chinese, pinyin, initials, Latin — each with the offsets where a match may start. One array per field and, per
// kind of text, every key's text joined into one string: a query is then one indexOf pass per kind over a few
// hundred kilobytes (native string search), not 25,000 small searches, and reading the index file back
// allocates little.
import MiniSearch from 'minisearch';
import type { AuxLayerId, BaseLayerId, LayerId } from '../types';

/** Thematic layers, plus districts and base-map features (the municipality carries the alias 金城). */
export type SearchLayer = LayerId | AuxLayerId | BaseLayerId;

/** A name or alias of a doc: what a hit reports ("also known as …"). */
export interface KeyRef {
  original: string;
  isAlias: boolean;
  isEnglishName: boolean;
}

export interface IndexedDoc {
  id: string;
  name_zh: string;
  name_en: string;
  layer: SearchLayer;
  district: string | null;
  keys: KeyRef[];
}

/** What the build makes of one key (src/data/search-build.ts): its texts, cut into pieces where a match may start. */
export interface PreparedKey extends KeyRef {
  /** Normalised Chinese text ('' for Latin text). */
  han: string;
  /** Toneless pinyin syllables of Chinese text, normalised. */
  syllables: string[];
  /** First letter of each syllable, normalised. */
  initials: string[];
  /** Normalised words of Latin text. */
  words: string[];
}

/** Texts of one kind, one per key, with the offsets where a match may start and all of them joined by "\n". */
export interface CutTexts {
  texts: string[];
  /** Offsets of key g are cuts[from[g]] … cuts[from[g + 1] - 1], ascending (none for Chinese text: any character). */
  cuts: Int32Array;
  from: Int32Array;
  /** Every text joined by "\n" (no normalised text contains one), and where each starts in it. */
  blob: string;
  starts: Int32Array;
}

/** Key `g` belongs to doc `doc[g]`; a doc's keys are consecutive, from `first[d]` to `first[d + 1]`. */
export interface KeyTable {
  doc: Int32Array;
  first: Int32Array;
  alias: Uint8Array;
  /** Normalised Chinese text (Chinese keys; '' otherwise): a match may start at any character. */
  han: CutTexts;
  pinyin: CutTexts;
  initials: CutTexts;
  /** Normalised Latin text, words joined; the cuts are where each word starts. */
  latin: CutTexts;
}

export interface SearchIndex {
  readonly docs: readonly IndexedDoc[];
  readonly keys: KeyTable;
  /** Position of each doc in tie-break order (layer importance, shorter name, pinyin order of name, id). */
  readonly tieRank: Int32Array;
  /** Typo-tolerant index over the docs' pinyin and English words, built on first use. */
  readonly fuzzy: MiniSearch<{ i: number; full: string }>;
  /** Scratch space reused by every search (searches are synchronous, so one set per index is enough). */
  readonly scratch: Scratch;
}

export interface Scratch {
  score: Uint8Array;
  kind: Uint8Array;
  /** The matched key (an index into the key table). */
  key: Int32Array;
  cut: Int32Array;
  stage: Uint8Array;
  touched: Int32Array;
}

function startsOf(texts: readonly string[]): Int32Array {
  const starts = new Int32Array(texts.length);
  let at = 0;
  texts.forEach((x, g) => {
    starts[g] = at;
    at += x.length + 1;
  });
  return starts;
}

/** Texts from their pieces (no pieces: a match may start at any character). */
function cutTexts(pieces: ReadonlyArray<readonly string[]> | null, whole: readonly string[] = []): CutTexts {
  const texts = pieces ? pieces.map((ps) => ps.join('')) : [...whole];
  const cuts: number[] = [];
  const from = new Int32Array(texts.length + 1);
  pieces?.forEach((ps, g) => {
    from[g] = cuts.length;
    let at = 0;
    for (const p of ps) {
      cuts.push(at);
      at += p.length;
    }
  });
  from[texts.length] = cuts.length;
  return { texts, cuts: Int32Array.from(cuts), from, blob: texts.join('\n'), starts: startsOf(texts) };
}

/**
 * The compact form of texts in the index file: the blob, and per key the length of each piece as one UTF-16
 * code unit (48 + length, so never a "\n"), keys separated by "\n".
 */
export function packCuts(c: CutTexts): [string, string] {
  const lengths = c.texts.map((text, g) => {
    let out = '';
    for (let i = c.from[g] as number; i < (c.from[g + 1] as number); i++) {
      const end = i + 1 < (c.from[g + 1] as number) ? (c.cuts[i + 1] as number) : text.length;
      out += String.fromCharCode(48 + end - (c.cuts[i] as number));
    }
    return out;
  });
  return [c.blob, lengths.join('\n')];
}

/** Texts of `count` keys read back from packCuts (lengths null: Chinese text, no cuts). */
export function unpackCuts(count: number, blob: string, lengths: string | null): CutTexts {
  const texts = count === 0 ? [] : blob.split('\n');
  if (texts.length !== count) throw new Error('search index file is damaged');
  const cuts = new Int32Array(lengths?.length ?? 0);
  const from = new Int32Array(count + 1);
  let n = 0;
  if (lengths !== null && count > 0) {
    let g = 0;
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      const code = lengths.charCodeAt(i);
      if (code === 10) {
        from[++g] = n;
        at = 0;
        continue;
      }
      cuts[n++] = at;
      at += code - 48;
    }
    if (g !== count - 1) throw new Error('search index file is damaged');
  }
  from[count] = n;
  return { texts, cuts: cuts.subarray(0, n), from, blob, starts: startsOf(texts) };
}

/** The key table from prepared keys, doc by doc. */
export function keyTable(keysByDoc: ReadonlyArray<readonly PreparedKey[]>): KeyTable {
  const all = keysByDoc.flat();
  const first = new Int32Array(keysByDoc.length + 1);
  keysByDoc.forEach((ks, d) => {
    first[d + 1] = (first[d] as number) + ks.length;
  });
  return {
    doc: Int32Array.from(keysByDoc.flatMap((ks, d) => ks.map(() => d))),
    first,
    alias: Uint8Array.from(all, (k) => (k.isAlias ? 1 : 0)),
    han: cutTexts(
      null,
      all.map((k) => k.han),
    ),
    pinyin: cutTexts(all.map((k) => k.syllables)),
    initials: cutTexts(all.map((k) => k.initials)),
    latin: cutTexts(all.map((k) => k.words)),
  };
}

/** Whether a match may start at `at` in key g's text. */
export function isCut(c: CutTexts, g: number, at: number): boolean {
  for (let i = c.from[g] as number; i < (c.from[g + 1] as number); i++) if (c.cuts[i] === at) return true;
  return false;
}

/** The pieces of key g's text (its words, for Latin text). */
export function piecesOf(c: CutTexts, g: number): string[] {
  const text = c.texts[g] as string;
  const out: string[] = [];
  for (let i = c.from[g] as number; i < (c.from[g + 1] as number); i++)
    out.push(text.slice(c.cuts[i], i + 1 < (c.from[g + 1] as number) ? c.cuts[i + 1] : text.length));
  return out;
}

/** Every place `q` occurs in a key's text: (key, offset in the key's text), in key order. */
export function forEachHit(c: CutTexts, q: string, fn: (g: number, at: number) => void): void {
  let g = 0;
  for (let at = c.blob.indexOf(q); at >= 0; at = c.blob.indexOf(q, at + 1)) {
    // The last key starting at or before `at`, searched from the previous hit's key on.
    let hi = c.starts.length - 1;
    while (g < hi) {
      const mid = (g + hi + 1) >>> 1;
      if ((c.starts[mid] as number) <= at) g = mid;
      else hi = mid - 1;
    }
    fn(g, at - (c.starts[g] as number));
  }
}

/** The terms the fuzzy stage matches for one doc: whole pinyin of Chinese keys, Latin text and its words. */
function fuzzyTerms(t: KeyTable, d: number): string {
  const full = new Set<string>();
  for (let g = t.first[d] as number; g < (t.first[d + 1] as number); g++) {
    if (t.han.texts[g] !== '') full.add(t.pinyin.texts[g] as string);
    else {
      full.add(t.latin.texts[g] as string);
      for (const w of piecesOf(t.latin, g)) full.add(w);
    }
  }
  return [...full].filter((x) => x !== '').join(' ');
}

/** The index from its docs and key table (built by src/data/search-build.ts or read from the index file). */
export function assembleIndex(docs: readonly IndexedDoc[], keys: KeyTable, tieRank: Int32Array): SearchIndex {
  const n = docs.length;
  let fuzzy: SearchIndex['fuzzy'] | undefined;
  return {
    docs,
    keys,
    tieRank,
    get fuzzy() {
      if (!fuzzy) {
        fuzzy = new MiniSearch<{ i: number; full: string }>({
          idField: 'i',
          fields: ['full'],
          // Terms are already normalised and space-joined; MiniSearch must not re-split or re-case them.
          tokenize: (s) => (s === '' ? [] : s.split(' ')),
          processTerm: (t) => t,
        });
        fuzzy.addAll(docs.map((_, i) => ({ i, full: fuzzyTerms(keys, i) })));
      }
      return fuzzy;
    },
    scratch: {
      score: new Uint8Array(n),
      kind: new Uint8Array(n),
      key: new Int32Array(n),
      cut: new Int32Array(n),
      stage: new Uint8Array(n),
      touched: new Int32Array(n),
    },
  };
}
