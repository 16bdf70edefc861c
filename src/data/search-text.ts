// Text normalisation shared by the search index, its build and its queries (src/data/search-index.ts).

export const HAN = /\p{Script=Han}/u;
// Lower-case ASCII letters and digits, or CJK Unified Ideographs (basic block): unchanged by normalizeText.
const ALREADY_NORMAL = /^(?:[a-z0-9]*|[\u4e00-\u9fff]*)$/;

/**
 * Query and index text go through the same normalisation: full-width to half-width (NFKC), lower case,
 * tone marks and other diacritics removed (NFD then drop combining marks: "zhōng" → "zhong", "lü" → "lu"),
 * spaces and punctuation dropped ("zhong shan qiao" → "zhongshanqiao", "兰州·老街" → "兰州老街").
 */
export function normalizeText(s: string): string {
  // Fast path for what most pieces already are (pinyin syllables, plain Chinese names).
  if (ALREADY_NORMAL.test(s)) return s;
  return stripMarks(s).replace(/[^\p{L}\p{N}]/gu, '');
}

function stripMarks(s: string): string {
  return s.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Normalised words: "Gansu Provincial Museum" → gansu, provincial, museum. */
export function wordsOf(s: string): string[] {
  return stripMarks(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}
