// Search over every feature (located or not) by Chinese, pinyin, pinyin initials and English.
//
// Design, and why:
// - Ranking is by explicit tiers (exact name > name prefix > substring / alias > initials > fuzzy), decided by
//   how the query met the name, not by a relevance score: BM25 knows nothing of "exact" or "prefix", and
//   favours short or rare tokens, which makes the order hard to predict and to test.
// - Every tier except fuzzy is a *prefix* question on a sorted table of suffixes: a Chinese name is cut at
//   every character (so 广场 finds 东方红广场), pinyin at every syllable (zhongsh… is a prefix of
//   zhongshanqiao; shanqiao starts at a syllable), English at every word, initials at every letter. The suffix
//   that starts at 0 is the whole name, so "exact" and "prefix" fall out of the same lookup. A query is two
//   binary searches plus one step per matching suffix, each O(1), so even the first keystroke ("z", which
//   matches thousands of names) stays well under the 10 ms budget — a general-purpose index (MiniSearch's
//   prefix search computes relevance for every matching term) took 40–130 ms for one letter on 10,000 names.
// - MiniSearch is used where it is good: typo-tolerant (fuzzy) matching of pinyin and English words, run only
//   when the better tiers have not already filled the list (fuzzy hits always rank below them).
import MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { pinyin } from 'pinyin-pro';
import type { AuxLayerId, BaseLayerId, LayerId } from '../types';

/** Thematic layers, plus districts and base-map features (the municipality carries the alias 金城). */
export type SearchLayer = LayerId | AuxLayerId | BaseLayerId;

/**
 * What the index needs of a feature. SiteFeature, district and base-map features all fit, so the app can
 * search "金城" (an alias of the municipality outline) or "城关区" as well as sites; geometry is not read,
 * so unlocated sites are searchable like any other.
 */
export interface SearchableFeature {
  properties: {
    id: string;
    layer: SearchLayer;
    name_zh: string | null;
    name_en: string | null;
    aliases?: string[] | undefined;
    district?: string | null | undefined;
  };
}

export type MatchedOn = 'name_zh' | 'name_en' | 'pinyin' | 'initials' | 'alias' | 'fuzzy';

export interface SearchHit {
  id: string;
  name_zh: string;
  name_en: string;
  layer: SearchLayer;
  district: string | null;
  /** Rank tier (see SCORE); higher is better. Equal scores are ordered by layer importance, then shorter name. */
  score: number;
  matchedOn: MatchedOn;
  /** The alias that matched, when `matchedOn` is 'alias' (for "also known as …" in the result). */
  alias?: string;
}

/** Rank tiers (integers ≤ 255). Gaps leave room for the name-before-alias order inside a tier. */
export const SCORE = {
  exactName: 100,
  namePrefix: 80,
  aliasExact: 66,
  aliasPrefix: 64,
  nameSubstring: 62,
  aliasSubstring: 60,
  /** Every English query word is a prefix of a word of the name ("gansu museum"). */
  nameWords: 58,
  aliasWords: 56,
  /** Alias initials score one less than name initials in each of these tiers. */
  initialsExact: 46,
  initialsPrefix: 44,
  initialsSubstring: 42,
  /** Fuzzy hits score from fuzzyBase to fuzzyBase + 10, by closeness. */
  fuzzyBase: 20,
} as const;

/**
 * Tie-break between equal scores: a visitor searching a name most likely wants the protected site or the
 * scenic spot, not the railway of the same name. Earlier is more important.
 */
export const LAYER_SEARCH_ORDER: readonly SearchLayer[] = [
  'heritage-units',
  'scenic-spots',
  'museums',
  'ich-items',
  'tourist-line',
  'designations',
  'transport',
  'districts',
  'base-municipality-outline',
  'base-district-labels',
  'base-yellow-river',
  'base-context',
];

// How a suffix was made; decides the tier family and what `matchedOn` says.
const KIND_HAN = 0; // Chinese text, cut at every character
const KIND_PINYIN = 1; // toneless pinyin, cut at every syllable
const KIND_LATIN = 2; // English / Latin text, cut at every word
const KIND_INITIALS = 3; // pinyin initials, cut at every letter
const KIND_WORDS = 4; // all English query words matched words of one name
const KIND_FUZZY = 5;
type Kind = 0 | 1 | 2 | 3 | 4 | 5;

export interface KeyInfo {
  original: string;
  isAlias: boolean;
  isEnglishName: boolean;
  /** Normalised words of a Latin key, for multi-word queries. */
  words: string[];
  /** Distinct characters of a Chinese key, for the "all characters present" fuzzy check. */
  chars: Set<string>;
}

export interface IndexedDoc {
  id: string;
  name_zh: string;
  name_en: string;
  layer: SearchLayer;
  district: string | null;
  keys: KeyInfo[];
}

/** Sorted suffixes, with parallel arrays saying whose suffix each is. */
export interface SuffixTable {
  tokens: string[];
  doc: Int32Array;
  key: Uint8Array;
  /** bit 0: suffix starts at 0 (the whole key); bits 1–3: Kind. */
  flags: Uint8Array;
}

export interface SearchIndex {
  readonly docs: readonly IndexedDoc[];
  /** Position of each doc in tie-break order (layer importance, shorter name, pinyin order of name, id). */
  readonly tieRank: Int32Array;
  /** Han, pinyin and Latin suffixes. */
  readonly text: SuffixTable;
  readonly initials: SuffixTable;
  /** Whole English words of Latin keys, for multi-word queries. */
  readonly words: SuffixTable;
  /** Documents containing each Chinese character (ascending), for the fuzzy stage. */
  readonly charPostings: Map<string, Int32Array>;
  /** Per doc, the space-joined normalised terms the fuzzy stage matches (pinyin, English words). */
  readonly fuzzyTerms: readonly string[];
  /** Typo-tolerant index over fuzzyTerms, built on first use: most searches never reach the fuzzy stage. */
  readonly fuzzy: MiniSearch<{ i: number; full: string }>;
  /** Scratch space reused by every search (searches are synchronous, so one set per index is enough). */
  readonly scratch: { score: Uint8Array; kind: Uint8Array; key: Uint8Array; touched: Int32Array };
}

const HAN = /\p{Script=Han}/u;
// Lower-case ASCII letters and digits, or CJK Unified Ideographs (basic block): unchanged by normalizeText.
const ALREADY_NORMAL = /^(?:[a-z0-9]*|[\u4e00-\u9fff]*)$/;

/**
 * Query and index text go through the same normalisation: full-width to half-width (NFKC), lower case,
 * tone marks and other diacritics removed (NFD then drop combining marks: "zhōng" → "zhong", "lü" → "lu"),
 * spaces and punctuation dropped ("zhong shan qiao" → "zhongshanqiao", "兰州·老街" → "兰州老街").
 */
export function normalizeText(s: string): string {
  // Fast path for what most pieces already are (pinyin syllables, plain Chinese names): index building calls
  // this for every syllable, and the Unicode normalisations dominated build time on 10,000 names.
  if (ALREADY_NORMAL.test(s)) return s;
  return stripMarks(s).replace(/[^\p{L}\p{N}]/gu, '');
}


function stripMarks(s: string): string {
  return s.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function wordsOf(s: string): string[] {
  return stripMarks(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

class TableBuilder {
  private tokens: string[] = [];
  private doc: number[] = [];
  private key: number[] = [];
  private flags: number[] = [];

  add(token: string, doc: number, key: number, atStart: boolean, kind: Kind): void {
    if (token === '') return;
    this.tokens.push(token);
    this.doc.push(doc);
    this.key.push(key);
    this.flags.push((atStart ? 1 : 0) | (kind << 1));
  }

  /** Each piece's suffix of the concatenation, i.e. the text cut at every piece boundary. */
  addCuts(pieces: readonly string[], doc: number, key: number, kind: Kind): void {
    const whole = pieces.join('');
    let at = 0;
    for (const p of pieces) {
      this.add(whole.slice(at), doc, key, at === 0, kind);
      at += p.length;
    }
  }

  build(): SuffixTable {
    const order = this.tokens.map((_, i) => i);
    const t = this.tokens;
    // Code-unit order, the same order `<` and the binary search use, so every prefix is one contiguous run.
    order.sort((a, b) => ((t[a] as string) < (t[b] as string) ? -1 : (t[a] as string) > (t[b] as string) ? 1 : 0));
    return {
      tokens: order.map((i) => t[i] as string),
      doc: Int32Array.from(order, (i) => this.doc[i] as number),
      key: Uint8Array.from(order, (i) => this.key[i] as number),
      flags: Uint8Array.from(order, (i) => this.flags[i] as number),
    };
  }
}

function lowerBound(tokens: readonly string[], q: string): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as string) < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [from, to) of tokens starting with q. */
function prefixRange(tokens: readonly string[], q: string): [number, number] {
  const from = lowerBound(tokens, q);
  // Every string with prefix q sorts below q + U+FFFF (no BMP code unit is larger).
  return [from, lowerBound(tokens, `${q}\uffff`)];
}

const PINYIN_ORDER = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

// A name with more than 255 names/aliases is not a place; cap so key indices fit a byte.
const MAX_KEYS = 255;

export function buildSearchIndex(features: readonly SearchableFeature[]): SearchIndex {
  const docs: IndexedDoc[] = [];
  const text = new TableBuilder();
  const initials = new TableBuilder();
  const words = new TableBuilder();
  const charDocs = new Map<string, number[]>();
  const fuzzyDocs: Array<{ i: number; full: string }> = [];

  for (const f of features) {
    const p = f.properties;
    const nameZh = p.name_zh?.trim() ?? '';
    const nameEn = p.name_en?.trim() ?? '';
    const raw: Array<[string, boolean, boolean]> = [];
    if (nameZh !== '') raw.push([nameZh, false, false]);
    if (nameEn !== '') raw.push([nameEn, false, true]);
    for (const a of p.aliases ?? []) if (a.trim() !== '') raw.push([a.trim(), true, false]);
    // A nameless feature (an unlabelled base-map line) cannot be found by name: leave it out.
    if (raw.length === 0) continue;

    const d = docs.length;
    const keys: KeyInfo[] = [];
    const full = new Set<string>();
    const seenChars = new Set<string>();
    for (const [original, isAlias, isEnglishName] of raw.slice(0, MAX_KEYS)) {
      const k = keys.length;
      const compact = normalizeText(original);
      const info: KeyInfo = { original, isAlias, isEnglishName, words: [], chars: new Set() };
      if (HAN.test(original)) {
        const cps = Array.from(compact);
        info.chars = new Set(cps);
        text.addCuts(cps, d, k, KIND_HAN);
        for (const c of info.chars) seenChars.add(c);
        // One pinyin-pro call gives both syllables and initials; it picks readings from context
        // (重庆 → chong qing). Characters that are not Chinese come back as themselves.
        const parts = pinyin(original, { toneType: 'none', type: 'all' });
        const syllables = parts.map((x) => normalizeText(x.isZh ? x.pinyin : x.origin)).filter((x) => x !== '');
        text.addCuts(syllables, d, k, KIND_PINYIN);
        const firsts = parts.map((x) => normalizeText(x.first)).filter((x) => x !== '');
        initials.addCuts(firsts, d, k, KIND_INITIALS);
        full.add(syllables.join(''));
      } else {
        info.words = wordsOf(original);
        text.addCuts(info.words, d, k, KIND_LATIN);
        for (const w of new Set(info.words)) words.add(w, d, k, false, KIND_WORDS);
        full.add(compact);
        for (const w of info.words) full.add(w);
      }
      keys.push(info);
    }
    for (const c of seenChars) {
      const list = charDocs.get(c);
      if (list) list.push(d);
      else charDocs.set(c, [d]);
    }
    docs.push({ id: p.id, name_zh: nameZh, name_en: nameEn, layer: p.layer, district: p.district ?? null, keys });
    fuzzyDocs.push({ i: d, full: [...full].filter((x) => x !== '').join(' ') });
  }

  const layerRank = (l: SearchLayer) => {
    const r = LAYER_SEARCH_ORDER.indexOf(l);
    return r < 0 ? LAYER_SEARCH_ORDER.length : r;
  };
  // The last tie-break is pinyin order, as in the list view (安定 before 安宁); only computed here, once.
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
  const tieRank = new Int32Array(docs.length);
  order.forEach((d, rank) => {
    tieRank[d] = rank;
  });

  return assembleIndex({
    docs,
    tieRank,
    text: text.build(),
    initials: initials.build(),
    words: words.build(),
    charPostings: new Map([...charDocs].map(([c, ds]) => [c, Int32Array.from(ds)])),
    fuzzyTerms: fuzzyDocs.map((d) => d.full),
  });
}

/**
 * The index from its parts (built here, or read back from a file by src/data/search-index-file.ts): adds the
 * scratch space and the lazily built fuzzy index.
 */
export function assembleIndex(parts: Omit<SearchIndex, 'fuzzy' | 'scratch'>): SearchIndex {
  const n = parts.docs.length;
  let fuzzy: SearchIndex['fuzzy'] | undefined;
  return {
    ...parts,
    get fuzzy() {
      if (!fuzzy) {
        fuzzy = new MiniSearch<{ i: number; full: string }>({
          idField: 'i',
          fields: ['full'],
          // Tokens are already normalised and space-joined; MiniSearch must not re-split or re-case them.
          tokenize: (s) => (s === '' ? [] : s.split(' ')),
          processTerm: (t) => t,
        });
        fuzzy.addAll(parts.fuzzyTerms.map((full, i) => ({ i, full })));
      }
      return fuzzy;
    },
    scratch: { score: new Uint8Array(n), kind: new Uint8Array(n), key: new Uint8Array(n), touched: new Int32Array(n) },
  };
}

/** Per-search accumulator: the best score per document, over the scratch arrays of the index. */
class Found {
  count = 0;
  constructor(private readonly s: SearchIndex['scratch']) {}

  offer(doc: number, score: number, kind: Kind, key: number): void {
    const cur = this.s.score[doc] as number;
    if (cur === 0) this.s.touched[this.count++] = doc;
    else if (cur >= score) return;
    this.s.score[doc] = score;
    this.s.kind[doc] = kind;
    this.s.key[doc] = key;
  }

  has(doc: number): boolean {
    return (this.s.score[doc] as number) > 0;
  }

  /** Clear the scratch arrays for the next search. */
  reset(): void {
    for (let i = 0; i < this.count; i++) this.s.score[this.s.touched[i] as number] = 0;
    this.count = 0;
  }
}

function tierOf(kind: number, alias: boolean, exact: boolean, atStart: boolean): number {
  if (kind === KIND_INITIALS) {
    const base = exact ? SCORE.initialsExact : atStart ? SCORE.initialsPrefix : SCORE.initialsSubstring;
    return alias ? base - 1 : base;
  }
  if (exact) return alias ? SCORE.aliasExact : SCORE.exactName;
  if (atStart) return alias ? SCORE.aliasPrefix : SCORE.namePrefix;
  return alias ? SCORE.aliasSubstring : SCORE.nameSubstring;
}

/** Offer every suffix starting with q; `accept` limits which kinds count (pinyin needs the v→ü query). */
function scanTable(index: SearchIndex, table: SuffixTable, q: string, found: Found, accept: (kind: number) => boolean): void {
  const [from, to] = prefixRange(table.tokens, q);
  for (let i = from; i < to; i++) {
    const flags = table.flags[i] as number;
    const kind = flags >> 1;
    if (!accept(kind)) continue;
    const doc = table.doc[i] as number;
    const key = table.key[i] as number;
    const alias = (index.docs[doc] as IndexedDoc).keys[key]?.isAlias ?? false;
    const atStart = (flags & 1) === 1;
    found.offer(doc, tierOf(kind, alias, atStart && table.tokens[i] === q, atStart), kind as Kind, key);
  }
}

/**
 * Edit distance from `q` to the closest prefix of `term` (fuzzy search runs with prefix on, so "zhongshangq"
 * should be 1 away from "zhongshanqiao", not 3). One Levenshtein table; the last row holds every prefix.
 */
export function prefixEditDistance(q: string, term: string): number {
  let prev = Array.from({ length: term.length + 1 }, (_, j) => j);
  for (let i = 1; i <= q.length; i++) {
    const cur = [i];
    for (let j = 1; j <= term.length; j++) {
      const sub = (prev[j - 1] as number) + (q[i - 1] === term[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return Math.min(...prev);
}

/**
 * Fuzzy hits rank among themselves by how many edits the closest matched term needed (summed over query
 * words), not by MiniSearch's BM25 score: BM25 also rewards short documents, which would put a tourist-line
 * stop above the protected site of the same name for no reason a visitor would recognise.
 */
function offerFuzzy(found: Found, results: readonly SearchResult[], queryTerms: readonly string[]): void {
  for (const r of results) {
    const doc = r.id as number;
    if (found.has(doc)) continue;
    let edits = 0;
    for (const qt of queryTerms) edits += Math.min(...r.terms.map((t) => prefixEditDistance(qt, t)));
    found.offer(doc, SCORE.fuzzyBase + Math.max(0, 10 - 3 * edits), KIND_FUZZY, 0);
  }
}

function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Int32Array.from(out);
}

function searchChinese(index: SearchIndex, q: string, limit: number, found: Found): void {
  scanTable(index, index.text, q, found, (k) => k === KIND_HAN);
  const chars = [...new Set(Array.from(q))];
  if (found.count >= limit || chars.length < 2) return;
  // Fuzzy: every character of the query occurs in one name or alias, not necessarily together or in order
  // (兰州铁桥 → 兰州黄河铁桥). Closer in length ranks higher: 兰州铁桥 is nearer 兰州黄河铁桥 than a
  // 12-character name.
  const lists = chars.map((c) => index.charPostings.get(c) ?? new Int32Array(0)).sort((a, b) => a.length - b.length);
  let docs = lists[0] ?? new Int32Array(0);
  for (const l of lists.slice(1)) docs = intersectSorted(docs, l);
  for (const d of docs) {
    if (found.has(d)) continue;
    const keys = (index.docs[d] as IndexedDoc).keys;
    const k = keys.findIndex((key) => chars.every((c) => key.chars.has(c)));
    const key = keys[k];
    if (!key) continue;
    const closeness = chars.length / Math.max(chars.length, key.chars.size);
    found.offer(d, SCORE.fuzzyBase + Math.round(10 * closeness), KIND_FUZZY, k);
  }
}

function searchLatin(index: SearchIndex, query: string, q: string, limit: number, found: Found): void {
  // Pinyin keyboards type ü as v; only pinyin suffixes are matched with the v → u query.
  const qPy = q.replace(/v/g, 'u');
  if (qPy === q) scanTable(index, index.text, q, found, () => true);
  else {
    scanTable(index, index.text, q, found, (k) => k !== KIND_PINYIN);
    scanTable(index, index.text, qPy, found, (k) => k === KIND_PINYIN);
  }
  const words = wordsOf(query);
  if (words.length > 1) {
    // "gansu museum": each word a prefix of some word of one name. Walk the rarest word's run, check the rest.
    const ranges = words.map((w) => prefixRange(index.words.tokens, w));
    const [from, to] = ranges.reduce((a, b) => (b[1] - b[0] < a[1] - a[0] ? b : a));
    for (let i = from; i < to; i++) {
      const doc = index.words.doc[i] as number;
      const k = index.words.key[i] as number;
      const key = (index.docs[doc] as IndexedDoc).keys[k];
      if (key && words.every((w) => key.words.some((kw) => kw.startsWith(w)))) {
        found.offer(doc, key.isAlias ? SCORE.aliasWords : SCORE.nameWords, KIND_WORDS, k);
      }
    }
  }
  // Initials and fuzzy always score below the tiers above: skip them once those fill the list.
  if (found.count < limit) scanTable(index, index.initials, q, found, () => true);
  // At 1–2 letters one edit matches nearly everything, so fuzzy waits for 3.
  if (found.count < limit && q.length >= 3) {
    const opts = { prefix: true, fuzzy: (t: string) => (t.length >= 8 ? 2 : t.length >= 4 ? 1 : 0) };
    offerFuzzy(found, index.fuzzy.search(qPy, opts), [qPy]);
    // Words under 3 letters (often the one still being typed) are left out: as a prefix, "p" alone matches
    // thousands of terms and would cost more than the rest of the search together.
    const long = words.filter((w) => w.length >= 3);
    // Only the query's last word may be incomplete; it was dropped above if shorter than 3 letters.
    // A 3-letter prefix ("sha") still spans hundreds of syllable terms, so the last word is a prefix from 4.
    const lastStillTyped = (words[words.length - 1]?.length ?? 0) >= 4;
    // A last resort for multi-word typos ("gansu muzeum"), skipped once the list is full: without edits the
    // exact word pass above would have found the name, so these are fuzzy hits that could only reorder
    // the fuzzy end of a full list.
    if (found.count < limit && words.length > 1 && long.length > 0) {
      // Words before the last are complete, so they are matched whole (prefix + fuzzy on every word made
      // "zhong shan" cost ~8 ms); short words get no edits, since one edit turns "shan" into dozens of syllables.
      offerFuzzy(
        found,
        index.fuzzy.search(long.join(' '), {
          combineWith: 'AND',
          prefix: (_t: string, i: number, all: string[]) => i === all.length - 1 && lastStillTyped,
          fuzzy: (t: string) => (t.length >= 8 ? 2 : t.length >= 5 ? 1 : 0),
        }),
        long,
      );
    }
  }
}

function matchedOn(kind: number, key: KeyInfo | undefined): MatchedOn {
  if (kind === KIND_FUZZY) return 'fuzzy';
  if (key?.isAlias) return 'alias';
  if (kind === KIND_PINYIN) return 'pinyin';
  if (kind === KIND_INITIALS) return 'initials';
  return key?.isEnglishName ? 'name_en' : 'name_zh';
}

export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normalizeText(query);
  if (q === '' || limit <= 0) return [];
  const found = new Found(index.scratch);
  try {
    if (HAN.test(q)) searchChinese(index, q, limit, found);
    else searchLatin(index, query, q, limit, found);

    // Top `limit` by (score desc, tie rank asc) in one pass: only a handful are kept, so no full sort of
    // the thousands of documents a one-letter query touches.
    const { score, kind, key, touched } = index.scratch;
    const n = index.docs.length;
    const top: number[] = [];
    const topKey: number[] = [];
    for (let t = 0; t < found.count; t++) {
      const d = touched[t] as number;
      const rankKey = (score[d] as number) * (n + 1) + (n - (index.tieRank[d] as number));
      if (top.length === limit && rankKey <= (topKey[limit - 1] as number)) continue;
      let at = top.length;
      while (at > 0 && (topKey[at - 1] as number) < rankKey) at--;
      top.splice(at, 0, d);
      topKey.splice(at, 0, rankKey);
      if (top.length > limit) {
        top.pop();
        topKey.pop();
      }
    }
    return top.map((d) => {
      const doc = index.docs[d] as IndexedDoc;
      const k = doc.keys[key[d] as number];
      const on = matchedOn(kind[d] as number, k);
      const hit: SearchHit = {
        id: doc.id,
        name_zh: doc.name_zh,
        name_en: doc.name_en,
        layer: doc.layer,
        district: doc.district,
        score: score[d] as number,
        matchedOn: on,
      };
      if (on === 'alias' && k) hit.alias = k.original;
      return hit;
    });
  } finally {
    found.reset();
  }
}
