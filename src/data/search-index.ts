// Search over every feature (located or not) by Chinese, pinyin, pinyin initials and English.
//
// Design: MiniSearch only *finds candidates*; the rank is then decided here by explicit string checks, so the
// order is predictable and testable (exact name > name prefix > substring/alias > initials > fuzzy) instead
// of depending on BM25 scores, which know nothing of "exact" or "prefix" and would favour rare tokens.
//
// MiniSearch splits text on whitespace, which is useless for Chinese, so every field is pre-tokenised here:
//   zh  – character unigrams and bigrams of the Chinese name and aliases (a bigram query finds substrings
//         anywhere; the unigrams serve the one-character query and the "all characters present" fuzzy stage);
//   lat – full pinyin (toneless, no spaces) and compacted English names, each also cut at every syllable or word
//         boundary, so a *prefix* search finds "zhongsh…" (name prefix) and "shanqiao" / "bridge" (a later
//         syllable or word) with one radix-tree walk;
//   ini – pinyin initials, cut at every character (initials are one letter per character);
//   en  – English words, for multi-word and fuzzy queries ("gansu museum", "zhongshan brige").
// Later stages (initials, fuzzy) run only when the earlier ones found fewer than `limit` hits, because their
// scores are always lower: this keeps each keystroke cheap on 10,000 names.
import MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { pinyin } from 'pinyin-pro';
import type { AuxLayerId, BaseLayerId, LayerId } from './types';

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

/** Rank tiers. Gaps leave room for the name-before-alias order inside a tier. */
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
  initialsExact: 46,
  initialsPrefix: 44,
  initialsSubstring: 42,
  /** Fuzzy hits score between fuzzyBase and fuzzyBase + 10, by closeness. */
  fuzzyBase: 20,
} as const;

/**
 * Tie-break between equal scores: a visitor searching a name most likely wants the protected site or the
 * scenic spot, not the railway of the same name. Lower is more important.
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

interface KeyForms {
  original: string;
  isAlias: boolean;
  isEnglishName: boolean;
  /** Normalised text, no spaces or punctuation. */
  compact: string;
  /** Full toneless pinyin of a key containing Chinese, else ''. */
  py: string;
  /** Offsets in `py` where a syllable starts (always includes 0 when py is non-empty). */
  pyBounds: number[];
  initials: string;
  /** Normalised words of a Latin key (English name or Latin alias), else []. */
  words: string[];
  /** Offsets in `compact` where a word starts. */
  wordBounds: number[];
  /** Distinct characters of `compact`, for the "all characters present" fuzzy check. */
  chars: Set<string>;
}

interface IndexedDoc {
  id: string;
  name_zh: string;
  name_en: string;
  layer: SearchLayer;
  district: string | null;
  layerRank: number;
  nameLength: number;
  keys: KeyForms[];
}

interface MsDoc {
  i: number;
  zh: string;
  lat: string;
  ini: string;
  en: string;
}

export interface SearchIndex {
  readonly docs: readonly IndexedDoc[];
  readonly ms: MiniSearch<MsDoc>;
}

const HAN = /\p{Script=Han}/u;

/**
 * Query and index text go through the same normalisation: full-width to half-width (NFKC), lower case,
 * tone marks and other diacritics removed (NFD then drop combining marks: "zhōng" → "zhong", "lü" → "lu"),
 * spaces and punctuation dropped ("zhong shan qiao" → "zhongshanqiao", "兰州·老街" → "兰州老街").
 */
export function normalizeText(s: string): string {
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

function boundsOf(parts: readonly string[]): number[] {
  const bounds: number[] = [];
  let at = 0;
  for (const p of parts) {
    bounds.push(at);
    at += p.length;
  }
  return bounds;
}

function keyForms(original: string, isAlias: boolean, isEnglishName: boolean): KeyForms {
  const compact = normalizeText(original);
  let py = '';
  let pyBounds: number[] = [];
  let initials = '';
  if (HAN.test(original)) {
    // pinyin-pro picks readings from context (重庆 → chong qing); non-Chinese characters come back as themselves.
    const syllables = pinyin(original, { toneType: 'none', type: 'array' }).map(normalizeText).filter((x) => x !== '');
    py = syllables.join('');
    pyBounds = boundsOf(syllables);
    initials = pinyin(original, { pattern: 'first', toneType: 'none', type: 'array' })
      .map(normalizeText)
      .join('');
  }
  const words = HAN.test(original) ? [] : wordsOf(original);
  return {
    original,
    isAlias,
    isEnglishName,
    compact,
    py,
    pyBounds,
    initials,
    words,
    wordBounds: boundsOf(words),
    chars: new Set(Array.from(compact)),
  };
}

function ngrams(compact: string, out: Set<string>): void {
  const cs = Array.from(compact);
  for (let i = 0; i < cs.length; i++) {
    out.add(cs[i] as string);
    if (i + 1 < cs.length) out.add((cs[i] as string) + (cs[i + 1] as string));
  }
}

function suffixesAt(s: string, bounds: readonly number[], out: Set<string>): void {
  for (const b of bounds) out.add(s.slice(b));
}

const splitSpace = (s: string): string[] => (s === '' ? [] : s.split(' '));
const identity = (t: string): string => t;

export function buildSearchIndex(features: readonly SearchableFeature[]): SearchIndex {
  const docs: IndexedDoc[] = [];
  const msDocs: MsDoc[] = [];
  for (const f of features) {
    const p = f.properties;
    const nameZh = p.name_zh?.trim() ?? '';
    const nameEn = p.name_en?.trim() ?? '';
    const keys: KeyForms[] = [];
    if (nameZh !== '') keys.push(keyForms(nameZh, false, false));
    if (nameEn !== '') keys.push(keyForms(nameEn, false, true));
    for (const a of p.aliases ?? []) if (a.trim() !== '') keys.push(keyForms(a, true, false));
    // A nameless feature (an unlabelled base-map line) cannot be found by name: leave it out.
    if (keys.length === 0) continue;

    const zh = new Set<string>();
    const lat = new Set<string>();
    const ini = new Set<string>();
    const en = new Set<string>();
    for (const k of keys) {
      if (HAN.test(k.original)) ngrams(k.compact, zh);
      if (k.py) suffixesAt(k.py, k.pyBounds, lat);
      if (k.words.length) suffixesAt(k.compact, k.wordBounds, lat);
      if (k.initials) suffixesAt(k.initials, boundsOf(Array.from(k.initials)), ini);
      for (const w of k.words) en.add(w);
    }
    const i = docs.length;
    const rank = LAYER_SEARCH_ORDER.indexOf(p.layer);
    docs.push({
      id: p.id,
      name_zh: nameZh,
      name_en: nameEn,
      layer: p.layer,
      district: p.district ?? null,
      layerRank: rank < 0 ? LAYER_SEARCH_ORDER.length : rank,
      nameLength: Array.from(nameZh || nameEn).length,
      keys,
    });
    msDocs.push({ i, zh: [...zh].join(' '), lat: [...lat].join(' '), ini: [...ini].join(' '), en: [...en].join(' ') });
  }
  const ms = new MiniSearch<MsDoc>({
    idField: 'i',
    fields: ['zh', 'lat', 'ini', 'en'],
    // Tokens are already normalised and space-joined above; MiniSearch must not re-split or re-case them.
    tokenize: splitSpace,
    processTerm: identity,
    searchOptions: { tokenize: splitSpace, processTerm: identity },
  });
  ms.addAll(msDocs);
  return { docs, ms };
}

interface Scored {
  doc: IndexedDoc;
  score: number;
  matchedOn: MatchedOn;
  alias?: string;
}

function better(cur: Scored | null, doc: IndexedDoc, score: number, matchedOn: MatchedOn, k: KeyForms): Scored | null {
  if (cur && cur.score >= score) return cur;
  return k.isAlias ? { doc, score, matchedOn, alias: k.original } : { doc, score, matchedOn };
}

/** Score of a Chinese query against a document, or null if no key contains it as a substring. */
function scoreChinese(doc: IndexedDoc, q: string): Scored | null {
  let best: Scored | null = null;
  for (const k of doc.keys) {
    if (k.isEnglishName) continue;
    const on: MatchedOn = k.isAlias ? 'alias' : 'name_zh';
    if (k.compact === q) best = better(best, doc, k.isAlias ? SCORE.aliasExact : SCORE.exactName, on, k);
    else if (k.compact.startsWith(q)) best = better(best, doc, k.isAlias ? SCORE.aliasPrefix : SCORE.namePrefix, on, k);
    else if (k.compact.includes(q)) {
      best = better(best, doc, k.isAlias ? SCORE.aliasSubstring : SCORE.nameSubstring, on, k);
    }
  }
  return best;
}

function startsAtBound(s: string, bounds: readonly number[], q: string): boolean {
  for (const b of bounds) if (b > 0 && s.startsWith(q, b)) return true;
  return false;
}

/**
 * Score of a Latin query (pinyin, initials or English) against a document. `q` is the compact query, `qPy`
 * the same with v → u (pinyin keyboards type ü as v), `words` the query's separate words.
 */
function scoreLatin(doc: IndexedDoc, q: string, qPy: string, words: readonly string[]): Scored | null {
  let best: Scored | null = null;
  for (const k of doc.keys) {
    const a = k.isAlias;
    const textOn: MatchedOn = a ? 'alias' : k.isEnglishName ? 'name_en' : 'name_zh';
    const pyOn: MatchedOn = a ? 'alias' : 'pinyin';
    if (k.words.length) {
      if (k.compact === q) best = better(best, doc, a ? SCORE.aliasExact : SCORE.exactName, textOn, k);
      else if (k.compact.startsWith(q)) best = better(best, doc, a ? SCORE.aliasPrefix : SCORE.namePrefix, textOn, k);
      else if (startsAtBound(k.compact, k.wordBounds, q)) {
        best = better(best, doc, a ? SCORE.aliasSubstring : SCORE.nameSubstring, textOn, k);
      } else if (words.length > 1 && words.every((w) => k.words.some((kw) => kw.startsWith(w)))) {
        best = better(best, doc, a ? SCORE.aliasWords : SCORE.nameWords, textOn, k);
      }
    }
    if (k.py) {
      if (k.py === qPy) best = better(best, doc, a ? SCORE.aliasExact : SCORE.exactName, pyOn, k);
      else if (k.py.startsWith(qPy)) best = better(best, doc, a ? SCORE.aliasPrefix : SCORE.namePrefix, pyOn, k);
      else if (startsAtBound(k.py, k.pyBounds, qPy)) {
        best = better(best, doc, a ? SCORE.aliasSubstring : SCORE.nameSubstring, pyOn, k);
      }
    }
    if (k.initials) {
      // Aliases rank one point below names within each initials tier.
      const minus = a ? 1 : 0;
      const on: MatchedOn = a ? 'alias' : 'initials';
      if (k.initials === q) best = better(best, doc, SCORE.initialsExact - minus, on, k);
      else if (k.initials.startsWith(q)) best = better(best, doc, SCORE.initialsPrefix - minus, on, k);
      else if (k.initials.includes(q)) best = better(best, doc, SCORE.initialsSubstring - minus, on, k);
    }
  }
  return best;
}

function bigramsOrChar(q: string): string[] {
  const cs = Array.from(q);
  if (cs.length === 1) return cs;
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push((cs[i] as string) + (cs[i + 1] as string));
  return out;
}

function candidates(index: SearchIndex, terms: string[], options: SearchOptions): number[] {
  if (terms.length === 0) return [];
  return index.ms.search(terms.join(' '), { combineWith: 'AND', ...options }).map((r) => r.id as number);
}

function compareScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    a.doc.layerRank - b.doc.layerRank ||
    a.doc.nameLength - b.doc.nameLength ||
    (a.doc.name_zh < b.doc.name_zh ? -1 : a.doc.name_zh > b.doc.name_zh ? 1 : 0) ||
    (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0)
  );
}

function toHit(s: Scored): SearchHit {
  const hit: SearchHit = {
    id: s.doc.id,
    name_zh: s.doc.name_zh,
    name_en: s.doc.name_en,
    layer: s.doc.layer,
    district: s.doc.district,
    score: s.score,
    matchedOn: s.matchedOn,
  };
  if (s.alias !== undefined) hit.alias = s.alias;
  return hit;
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
 * words), not by MiniSearch's BM25 score: BM25 also rewards short documents, which would put the tourist-line
 * stop above the protected site of the same name for no reason a visitor would recognise.
 */
function addFuzzy(index: SearchIndex, found: Map<number, Scored>, results: SearchResult[], queryTerms: string[]): void {
  for (const r of results) {
    const i = r.id as number;
    const doc = index.docs[i];
    if (!doc || found.has(i)) continue;
    let edits = 0;
    for (const qt of queryTerms) edits += Math.min(...r.terms.map((t) => prefixEditDistance(qt, t)));
    const score = SCORE.fuzzyBase + Math.max(0, 10 - 3 * edits);
    found.set(i, { doc, score, matchedOn: 'fuzzy' });
  }
}

export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normalizeText(query);
  if (q === '' || limit <= 0) return [];
  const found = new Map<number, Scored>();
  const consider = (ids: readonly number[], scoreOf: (d: IndexedDoc) => Scored | null): void => {
    for (const i of ids) {
      if (found.has(i)) continue;
      const doc = index.docs[i];
      const s = doc ? scoreOf(doc) : null;
      if (s) found.set(i, s);
    }
  };

  if (HAN.test(q)) {
    // Stage 1: all bigrams present (AND), then confirmed as a real substring by scoreChinese.
    consider(candidates(index, bigramsOrChar(q), { fields: ['zh'] }), (d) => scoreChinese(d, q));
    if (found.size < limit && Array.from(q).length > 1) {
      // Fuzzy: every character of the query occurs in one name or alias, not necessarily in order
      // (兰州铁桥 → 兰州黄河铁桥).
      const chars = [...new Set(Array.from(q))];
      const ids = candidates(index, chars, { fields: ['zh'] });
      for (const i of ids) {
        const doc = index.docs[i];
        if (!doc || found.has(i)) continue;
        const key = doc.keys.find((k) => !k.isEnglishName && chars.every((c) => k.chars.has(c)));
        if (!key) continue;
        // Closer in length = closer match: 兰州铁桥 is nearer 兰州黄河铁桥 than a 12-character name.
        const closeness = chars.length / Math.max(chars.length, key.chars.size);
        found.set(i, { doc, score: SCORE.fuzzyBase + Math.round(10 * closeness), matchedOn: 'fuzzy' });
      }
    }
  } else {
    const qPy = q.replace(/v/g, 'u');
    const words = wordsOf(query);
    const latTerms = qPy === q ? [q] : [q, qPy];
    // Stage 1: names, pinyin and English by prefix at a syllable or word boundary.
    consider(candidates(index, latTerms, { fields: ['lat'], prefix: true, combineWith: 'OR' }), (d) =>
      scoreLatin(d, q, qPy, words),
    );
    if (words.length > 1) {
      consider(candidates(index, words, { fields: ['en'], prefix: true }), (d) => scoreLatin(d, q, qPy, words));
    }
    // Stage 2: pinyin initials (zsq), only if the better tiers have not already filled the list.
    if (found.size < limit) {
      consider(candidates(index, [q], { fields: ['ini'], prefix: true }), (d) => scoreLatin(d, q, qPy, words));
    }
    // Stage 3: typo tolerance for pinyin and English. Short queries are skipped: at 1–2 letters one edit
    // matches nearly everything.
    if (found.size < limit && q.length >= 3) {
      const fuzzy: SearchOptions = { prefix: true, fuzzy: 0.2, maxFuzzy: 2 };
      addFuzzy(index, found, index.ms.search(qPy, { ...fuzzy, fields: ['lat'] }), [qPy]);
      if (words.length > 0) {
        addFuzzy(
          index,
          found,
          index.ms.search(words.join(' '), { ...fuzzy, fields: ['en'], combineWith: 'AND' }),
          words,
        );
      }
    }
  }

  return [...found.values()].sort(compareScored).slice(0, limit).map(toHit);
}
