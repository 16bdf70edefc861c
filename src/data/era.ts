// Era names (as written in the research tables) → year ranges, so the UI can filter and sort by period.
//
// Why a fixed table: the heritage lists give eras as dynasty names (明, 清, 明至民国 …), never as years.
// Turning a name into years is a convention, not a fact about the site, so the table below is the single,
// documented place where it happens. Years are proleptic Gregorian CE; negative numbers are BCE
// (astronomical numbering is not used: -2200 means 2200 BCE).
//
// Ranges are the conventional dynastic dates used in Chinese heritage lists:
//   宋 960–1279 (Northern + Southern Song), 金 1115–1234, 元 1271–1368, 明 1368–1644, 清 1644–1912,
//   民国 (Republic of China on the mainland) 1912–1949, 齐家文化 (Qijia culture) c. 2200–1600 BCE.
// "新石器时代" (Neolithic) on its own is deliberately NOT mapped: its span depends on the culture, and a
// guessed span would look like a fact. A text naming a culture we know (齐家文化) uses that culture's range.
// Modifiers such as 末 ("late") or 初 ("early") are ignored: 清末 maps to the whole Qing range.

export interface EraRange {
  /** First year of the range (negative = BCE). */
  start: number;
  /** Last year of the range (negative = BCE). */
  end: number;
}

interface EraEntry extends EraRange {
  /** Spellings found in the tables (simplified Chinese), longest first where one contains another. */
  names: readonly string[];
  en: string;
}

export const ERA_TABLE: readonly EraEntry[] = [
  { names: ['齐家文化'], start: -2200, end: -1600, en: 'Qijia culture' },
  { names: ['民国'], start: 1912, end: 1949, en: 'Republic of China' },
  { names: ['宋'], start: 960, end: 1279, en: 'Song' },
  { names: ['金'], start: 1115, end: 1234, en: 'Jin (Jurchen)' },
  { names: ['元'], start: 1271, end: 1368, en: 'Yuan' },
  { names: ['明'], start: 1368, end: 1644, en: 'Ming' },
  { names: ['清'], start: 1644, end: 1912, en: 'Qing' },
];

/**
 * Maps an era text to a year range, or null when the text names nothing we map.
 *
 * - An explicit year range ("1937～1943年", "1937–1943") or a single year ("1986") wins: it is what the source says.
 * - Otherwise every era name found in the text counts; the range runs from the earliest start to the latest end
 *   ("明至民国" → 1368–1949, "明、清" → 1368–1912, "元/明–清" → 1271–1912).
 * - Text in brackets is ignored (the tables put English glosses and side notes there, e.g. "清 (1785)").
 */
export function eraRange(text: string | null | undefined): EraRange | null {
  if (text == null) return null;
  const main = text.replace(/\([^)]*\)|（[^）]*）/g, ' ').trim();
  if (main === '') return null;

  const span = /(\d{3,4})\s*(?:～|~|–|-|—|至|到)\s*(\d{3,4})\s*年?/.exec(main);
  if (span?.[1] && span[2]) {
    const a = Number(span[1]);
    const b = Number(span[2]);
    return { start: Math.min(a, b), end: Math.max(a, b) };
  }
  const single = /^(\d{3,4})\s*年?$/.exec(main);
  if (single?.[1]) {
    const y = Number(single[1]);
    return { start: y, end: y };
  }

  // A named culture is more specific than the period word around it.
  let rest = main;
  let start: number | null = null;
  let end: number | null = null;
  for (const entry of ERA_TABLE) {
    for (const name of entry.names) {
      if (rest.includes(name)) {
        start = start === null ? entry.start : Math.min(start, entry.start);
        end = end === null ? entry.end : Math.max(end, entry.end);
        rest = rest.split(name).join(' ');
      }
    }
  }
  if (start === null || end === null) return null;
  return { start, end };
}

/** English label for an era text, built from the same table ("明至民国" → "Ming–Republic of China"). */
export function eraLabelEn(text: string | null | undefined): string | null {
  if (text == null) return null;
  const main = text.replace(/\([^)]*\)|（[^）]*）/g, ' ');
  const found: { pos: number; en: string }[] = [];
  for (const entry of ERA_TABLE) {
    for (const name of entry.names) {
      const pos = main.indexOf(name);
      if (pos >= 0) found.push({ pos, en: entry.en });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.pos - b.pos);
  const first = found[0]?.en;
  const last = found[found.length - 1]?.en;
  return first === last ? (first ?? null) : `${first}–${last}`;
}
