// Search over every feature (located or not) by Chinese, pinyin, pinyin initials and English.
//
// Design, and why:
// - Ranking is by explicit tiers (exact name > name prefix > substring / alias > initials > fuzzy), decided by
//   how the query met the name, not by a relevance score: BM25 knows nothing of "exact" or "prefix", and
//   favours short or rare tokens, which makes the order hard to predict and to test.
// - A tiered scan: per kind of text (Chinese, pinyin, initials, Latin) every name's text is joined into one
//   string (src/data/search-table.ts), a query is one native indexOf pass over it, and each hit is kept where a
//   match may start — anywhere in a Chinese name (广场 finds 东方红广场), at a syllable in pinyin (zhongsh… is a
//   prefix of zhongshanqiao; shanqiao starts at a syllable), at a word in English, at any letter of the
//   initials. At 10,000 names that is well under a millisecond a keystroke at the median (bench/search-bench.ts;
//   budget 10 ms), with no table to sort. Pinyin needs a dictionary, so it is not computed here: the build
//   writes it into the index file (src/data/search-index-file.ts), and src/data/search-build.ts computes it
//   when there is no file.
// - MiniSearch is used where it is good: typo-tolerant (fuzzy) matching of pinyin and English words, run only
//   when the better tiers have not already filled the list (fuzzy hits always rank below them).
import type { SearchResult } from 'minisearch';
import { forEachHit, isCut, piecesOf } from './search-table.ts';
import type { CutTexts, IndexedDoc, KeyRef, KeyTable, Scratch, SearchIndex, SearchLayer } from './search-table.ts';
import { HAN, normalizeText, wordsOf } from './search-text.ts';

export type { SearchIndex, SearchLayer } from './search-table.ts';

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

// How a match was made; decides the tier family and what `matchedOn` says.
const KIND_HAN = 0;
const KIND_PINYIN = 1;
const KIND_LATIN = 2;
const KIND_INITIALS = 3;
const KIND_WORDS = 4;
const KIND_FUZZY = 5;
type TextKind = 'han' | 'pinyin' | 'initials' | 'latin';
const KIND_OF: Record<TextKind, number> = {
  han: KIND_HAN,
  pinyin: KIND_PINYIN,
  initials: KIND_INITIALS,
  latin: KIND_LATIN,
};

/** The text a match of `kind` was found in, from the match's offset on (the tie-break between equal scores). */
function tokenOf(t: KeyTable, g: number, kind: number, cut: number): string {
  const texts =
    kind === KIND_HAN
      ? t.han
      : kind === KIND_PINYIN
        ? t.pinyin
        : kind === KIND_LATIN
          ? t.latin
          : kind === KIND_INITIALS
            ? t.initials
            : null;
  if (texts) return (texts.texts[g] as string).slice(cut);
  return kind === KIND_WORDS ? (piecesOf(t.latin, g)[cut] ?? '') : '';
}

/**
 * Per-search accumulator: the best match per document, over the scratch arrays of the index. Between equal
 * scores the earlier stage wins, and within a stage the match whose text (from the match on) sorts first —
 * so the key a hit reports ("name_en" or "pinyin", which alias) does not depend on the order names are scanned.
 */
class Found {
  count = 0;
  constructor(
    private readonly t: KeyTable,
    private readonly s: Scratch,
  ) {}

  offer(doc: number, score: number, kind: number, key: number, cut: number, stage: number): void {
    const s = this.s;
    const cur = s.score[doc] as number;
    if (cur === 0) s.touched[this.count++] = doc;
    else if (score < cur) return;
    else if (score === cur) {
      if (stage !== s.stage[doc]) return;
      if (
        !(
          tokenOf(this.t, key, kind, cut) <
          tokenOf(this.t, s.key[doc] as number, s.kind[doc] as number, s.cut[doc] as number)
        )
      )
        return;
    }
    s.score[doc] = score;
    s.kind[doc] = kind;
    s.key[doc] = key;
    s.cut[doc] = cut;
    s.stage[doc] = stage;
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

/** A low surrogate is the second half of one character: a match cannot start there. */
const midCharacter = (s: string, at: number) => at > 0 && (s.charCodeAt(at) & 0xfc00) === 0xdc00;

/**
 * Offers every key where `q` occurs in its text of one kind, at a place a match may start (a syllable, a word,
 * a letter of the initials; any character of Chinese text), as the given stage.
 */
function scanKind(found: Found, t: KeyTable, which: TextKind, q: string, stage: number): void {
  const kind = KIND_OF[which];
  const c: CutTexts = t[which];
  forEachHit(c, q, (g, at) => {
    const text = c.texts[g] as string;
    if (which === 'han' ? midCharacter(text, at) : !isCut(c, g, at)) return;
    found.offer(
      t.doc[g] as number,
      tierOf(kind, t.alias[g] === 1, at === 0 && text.length === q.length, at === 0),
      kind,
      g,
      at,
      stage,
    );
  });
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
    found.offer(doc, SCORE.fuzzyBase + Math.max(0, 10 - 3 * edits), KIND_FUZZY, 0, 0, 9);
  }
}

function searchChinese(index: SearchIndex, q: string, limit: number, found: Found): void {
  const t = index.keys;
  scanKind(found, t, 'han', q, 0);
  const chars = [...new Set(Array.from(q))];
  if (found.count >= limit || chars.length < 2) return;
  // Fuzzy: every character of the query occurs in one name or alias, not necessarily together or in order
  // (兰州铁桥 → 兰州黄河铁桥). Closer in length ranks higher: 兰州铁桥 is nearer 兰州黄河铁桥 than a
  // 12-character name.
  for (let d = 0; d < index.docs.length; d++) {
    if (found.has(d)) continue;
    for (let g = t.first[d] as number; g < (t.first[d + 1] as number); g++) {
      const han = t.han.texts[g] as string;
      if (han === '' || !chars.every((c) => han.includes(c))) continue;
      const size = new Set(Array.from(han)).size;
      found.offer(
        d,
        SCORE.fuzzyBase + Math.round((10 * chars.length) / Math.max(chars.length, size)),
        KIND_FUZZY,
        g,
        0,
        9,
      );
      break;
    }
  }
}

/** Per key, the distinct words starting with `w` (from where `w` occurs at a word start). */
function wordStarts(t: KeyTable, w: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  forEachHit(t.latin, w, (g, at) => {
    // At a word start, and within that word (the text runs on into the next word).
    const x = t.latin.cuts.subarray(t.latin.from[g], t.latin.from[g + 1]).indexOf(at);
    const word = x < 0 ? undefined : piecesOf(t.latin, g)[x];
    if (word === undefined || word.length < w.length) return;
    const set = out.get(g) ?? new Set<string>();
    set.add(word);
    out.set(g, set);
  });
  return out;
}

/** "gansu museum": each query word a prefix of some word of one name or alias. */
function searchWords(t: KeyTable, words: readonly string[], found: Found): void {
  const starts = words.map((w) => wordStarts(t, w));
  // Between two keys of one name that both match, the one whose first word (in code-unit order) starting with
  // the rarest query word is first, as a sorted word list walked from that word would meet them.
  const counts = starts.map((m) => [...m.values()].reduce((n, set) => n + set.size, 0));
  const rarest = starts[counts.indexOf(Math.min(...counts))] as Map<number, Set<string>>;
  for (const [g, set] of rarest) {
    if (!starts.every((m) => m.has(g))) continue;
    const first = [...set].reduce((a, b) => (b < a ? b : a));
    found.offer(
      t.doc[g] as number,
      t.alias[g] === 1 ? SCORE.aliasWords : SCORE.nameWords,
      KIND_WORDS,
      g,
      piecesOf(t.latin, g).indexOf(first),
      2,
    );
  }
}

function searchLatin(index: SearchIndex, query: string, q: string, limit: number, found: Found): void {
  const t = index.keys;
  // Pinyin keyboards type ü as v; only pinyin is matched with the v → u query (a later stage, so on equal
  // scores the match without the substitution wins).
  const qPy = q.replace(/v/g, 'u');
  scanKind(found, t, 'han', q, 0);
  scanKind(found, t, 'pinyin', qPy, qPy === q ? 0 : 1);
  scanKind(found, t, 'latin', q, 0);
  const words = wordsOf(query);
  if (words.length > 1) searchWords(t, words, found);
  // Initials and fuzzy always score below the tiers above: skip them once those fill the list.
  if (found.count < limit) scanKind(found, t, 'initials', q, 3);
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

function matchedOn(kind: number, key: KeyRef | undefined): MatchedOn {
  if (kind === KIND_FUZZY) return 'fuzzy';
  if (key?.isAlias) return 'alias';
  if (kind === KIND_PINYIN) return 'pinyin';
  if (kind === KIND_INITIALS) return 'initials';
  return key?.isEnglishName ? 'name_en' : 'name_zh';
}

/** Top `limit` found docs by (score desc, tie rank asc), in one pass: no full sort of thousands of matches. */
function topDocs(index: SearchIndex, found: Found, limit: number): number[] {
  const { score, touched } = index.scratch;
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
  return top;
}

export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normalizeText(query);
  if (q === '' || limit <= 0) return [];
  const found = new Found(index.keys, index.scratch);
  try {
    if (HAN.test(q)) searchChinese(index, q, limit, found);
    else searchLatin(index, query, q, limit, found);
    const { score, kind, key } = index.scratch;
    return topDocs(index, found, limit).map((d) => {
      const doc = index.docs[d] as IndexedDoc;
      const k = doc.keys[(key[d] as number) - (index.keys.first[d] as number)];
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
