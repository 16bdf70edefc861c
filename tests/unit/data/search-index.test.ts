import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/data/search-build';
import { LAYER_SEARCH_ORDER, SCORE, prefixEditDistance, search } from '../../../src/data/search-index';
import type { SearchableFeature } from '../../../src/data/search-index';
import { normalizeText } from '../../../src/data/search-text';
import { syntheticFeatures } from '../../../bench/search-bench';
import { FIXTURE } from './fixture-features';

const index = buildSearchIndex(FIXTURE);
const ids = (q: string, limit = 10) => search(index, q, limit).map((h) => h.id);
const first = (q: string) => search(index, q)[0];

describe('normalizeText', () => {
  it('drops case, tones, spaces, punctuation and full-width forms', () => {
    expect(normalizeText('Zhōng Shān Qiáo')).toBe('zhongshanqiao');
    expect(normalizeText('ＺＨＯＮＧ－shan')).toBe('zhongshan');
    expect(normalizeText('兰州·老街（西固）')).toBe('兰州老街西固');
    expect(normalizeText('lǜ')).toBe('lu');
  });
});

describe('search: Chinese', () => {
  it('finds a substring anywhere in the name (广场 → 东方红广场)', () => {
    const hit = first('广场');
    expect(hit?.id).toBe('dongfanghong-square');
    expect(hit?.matchedOn).toBe('name_zh');
    expect(hit?.score).toBe(SCORE.nameSubstring);
  });

  it('finds a site by any alias and says which alias matched', () => {
    for (const q of ['兰州黄河铁桥', '黄河第一桥']) {
      const hit = first(q);
      expect(hit?.id).toBe('zhongshan-bridge');
      expect(hit?.matchedOn).toBe('alias');
      expect(hit?.alias).toBe(q);
      expect(hit?.score).toBe(SCORE.aliasExact);
    }
    expect(first('铁桥')?.id).toBe('zhongshan-bridge');
    expect(first('甘博')?.id).toBe('gansu-provincial-museum');
  });

  it('finds unlocated features too', () => {
    expect(first('太平鼓')?.id).toBe('lanzhou-taiping-drum');
  });

  it('ranks exact name > name prefix > alias prefix > name substring', () => {
    expect(ids('白塔山')).toEqual([
      'baita-mountain', // exact
      'baita-mountain-buildings', // name prefix
      'lanzhou-stele-forest', // alias 白塔山碑林, prefix
      'binhe-baita-night-market', // substring of the name
    ]);
  });

  it('breaks ties by layer importance, then by shorter name', () => {
    // Both named 中山桥: the protected site comes before the tourist-line stop.
    expect(ids('中山桥')).toEqual(['zhongshan-bridge', 'tourist-line-stop-zhongshan-bridge']);
    // All name prefixes of 兰州: scenic < museums (碑林 shorter than 市博物馆) < ICH < designations < transport
    // (兰州站 shorter than 兰州西站); the alias prefix (兰州黄河铁桥) ranks below every name prefix.
    expect(ids('兰州')).toEqual([
      'lanzhou-old-street',
      'lanzhou-stele-forest',
      'lanzhou-museum',
      'lanzhou-gourd-carving',
      'lanzhou-taiping-drum',
      'lanzhou-city',
      'lanzhou-station',
      'lanzhou-west-station',
      'zhongshan-bridge',
    ]);
  });

  it('puts a name prefix above an exact alias (金城关… before 兰州市 alias 金城)', () => {
    const hits = search(index, '金城');
    expect(hits.map((h) => h.id)).toEqual(['jinchengguan-park', 'lanzhou-city']);
    expect(hits[1]?.alias).toBe('金城');
  });

  it('falls back to "all characters present" as a fuzzy match', () => {
    const hit = first('兰州铁桥');
    expect(hit?.id).toBe('zhongshan-bridge');
    expect(hit?.matchedOn).toBe('fuzzy');
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '。，')).toEqual([]);
    expect(search(index, '敦煌')).toEqual([]);
  });
});

describe('search: pinyin', () => {
  it('matches full pinyin with or without spaces, tones and capitals', () => {
    for (const q of ['zhongshanqiao', 'zhong shan qiao', 'zhōngshānqiáo', 'Zhong Shan Qiao', 'zhong-shan-qiao']) {
      const hits = search(index, q);
      expect(hits.map((h) => h.id).slice(0, 2), q).toEqual(['zhongshan-bridge', 'tourist-line-stop-zhongshan-bridge']);
      expect(hits[0]?.matchedOn).toBe('pinyin');
      expect(hits[0]?.score).toBe(SCORE.exactName);
    }
  });

  it('matches a pinyin prefix while typing, including mid-syllable', () => {
    const hit = first('zhongsh');
    expect(hit?.id).toBe('zhongshan-bridge');
    expect(hit?.score).toBe(SCORE.namePrefix);
  });

  it('matches pinyin of an alias and from a later syllable', () => {
    expect(first('huanghetieqiao')?.id).toBe('zhongshan-bridge');
    expect(first('guangchang')?.id).toBe('dongfanghong-square');
  });

  it('ranks pinyin tiers like Chinese ones', () => {
    expect(ids('baitashan').slice(0, 4)).toEqual([
      'baita-mountain',
      'baita-mountain-buildings',
      'lanzhou-stele-forest',
      'binhe-baita-night-market',
    ]);
  });

  it('matches pinyin initials, below every full-text tier', () => {
    const hit = first('zsq');
    expect(hit?.id).toBe('zhongshan-bridge');
    expect(hit?.matchedOn).toBe('initials');
    expect(hit?.score).toBe(SCORE.initialsExact);
    expect(ids('bts')).toEqual([
      'baita-mountain', // initials exact
      'baita-mountain-buildings', // initials prefix
      'lanzhou-stele-forest', // alias initials prefix
      'binhe-baita-night-market', // initials substring
    ]);
    expect(first('gssbwg')?.id).toBe('gansu-provincial-museum');
  });

  it('tolerates a pinyin typo as a fuzzy match', () => {
    const hit = first('zhongshangqiao');
    expect(hit?.id).toBe('zhongshan-bridge');
    expect(hit?.matchedOn).toBe('fuzzy');
  });
});

describe('search: English', () => {
  it('matches English names exactly, by prefix and by word', () => {
    expect(first('zhongshan bridge')?.id).toBe('zhongshan-bridge');
    expect(first('Zhongshan Bridge')?.score).toBe(SCORE.exactName);
    expect(first('bridge')?.matchedOn).toBe('name_en');
    const museum = first('gansu museum');
    expect(museum?.id).toBe('gansu-provincial-museum');
    expect(museum?.score).toBe(SCORE.nameWords);
    expect(first('wuquan')?.id).toBe('wuquan-mountain');
  });

  it('tolerates an English typo as a fuzzy match ranked last', () => {
    const hit = first('gansu muzeum');
    expect(hit?.id).toBe('gansu-provincial-museum');
    expect(hit?.matchedOn).toBe('fuzzy');
    expect(hit?.score).toBeLessThan(SCORE.initialsSubstring);
  });

  it('respects the limit', () => {
    expect(search(index, 'lanzhou', 3)).toHaveLength(3);
  });
});

describe('search: other feature kinds', () => {
  it('indexes district and base-map features next to sites (金城 → the municipality)', () => {
    const municipality: SearchableFeature = {
      properties: {
        id: 'base-lanzhou',
        layer: 'base-municipality-outline',
        name_zh: '兰州市',
        name_en: 'Lanzhou',
        aliases: ['金城'],
      },
    };
    const district: SearchableFeature = {
      properties: { id: 'district-chengguan', layer: 'districts', name_zh: '城关区', name_en: 'Chengguan District' },
    };
    const nameless: SearchableFeature = {
      properties: { id: 'river', layer: 'base-yellow-river', name_zh: null, name_en: null },
    };
    const idx = buildSearchIndex([
      ...FIXTURE.filter((x) => x.properties.id !== 'lanzhou-city'),
      municipality,
      district,
      nameless,
    ]);
    expect(search(idx, '金城').map((h) => h.id)).toEqual(['jinchengguan-park', 'base-lanzhou']);
    expect(search(idx, 'chengguan')[0]?.id).toBe('district-chengguan');
  });
});

describe('search: later stages', () => {
  it('still adds initials hits when the full-text tiers found some but fewer than the limit', () => {
    const site = (id: string, name_zh: string): SearchableFeature => ({
      properties: { id, layer: 'heritage-units', name_zh, name_en: null },
    });
    // Four names whose pinyin starts with "an", and 奥南 (ao nan) whose initials are "an".
    const idx = buildSearchIndex([
      site('a1', '安宁'),
      site('a2', '安定'),
      site('a3', '岸边'),
      site('a4', '暗门'),
      site('ao', '奥南'),
    ]);
    const hits = search(idx, 'an');
    expect(hits.map((h) => h.id)).toEqual(['a2', 'a1', 'a3', 'a4', 'ao']);
    expect(hits[4]?.matchedOn).toBe('initials');
    // With the list already full of better hits, the initials stage may be skipped without changing the result.
    expect(search(idx, 'an', 4).map((h) => h.id)).toEqual(['a2', 'a1', 'a3', 'a4']);
  });
});

describe('prefixEditDistance', () => {
  it('is the edit distance to the closest prefix', () => {
    expect(prefixEditDistance('zhongshan', 'zhongshanqiao')).toBe(0);
    expect(prefixEditDistance('zhongshangqiao', 'zhongshanqiao')).toBe(1);
    expect(prefixEditDistance('muzeum', 'museum')).toBe(1);
    expect(prefixEditDistance('abc', '')).toBe(3);
  });
});

describe('search: properties', () => {
  it('every contiguous substring of a Chinese name finds its feature', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE), fc.nat(), fc.nat(), (f, a, b) => {
        const cs = Array.from(f.properties.name_zh);
        const start = a % cs.length;
        const end = start + 1 + (b % (cs.length - start));
        const q = cs.slice(start, end).join('');
        return ids(q, FIXTURE.length).includes(f.properties.id);
      }),
    );
  });

  it('every prefix of a full pinyin name finds its feature', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE), fc.nat(), (f, a) => {
        const py = pinyin(f.properties.name_zh, { toneType: 'none', type: 'array' }).join('');
        const q = py.slice(0, 1 + (a % py.length));
        return ids(q, FIXTURE.length).includes(f.properties.id);
      }),
    );
  });
});

// ---- The suffix tables against a brute-force reference ---------------------------------------------------
// The reference applies the ranking rules literally to every name (no tables, no stage skipping); the index
// must return the same non-fuzzy hits in the same order.

const HAN = /\p{Script=Han}/u;

interface RefKey {
  alias: boolean;
  han: boolean;
  compact: string;
  syllables: string[];
  initials: string;
  words: string[];
}

const refKeysMemo = new Map<SearchableFeature, RefKey[]>();
function refKeys(f: SearchableFeature): RefKey[] {
  const memo = refKeysMemo.get(f);
  if (memo) return memo;
  const p = f.properties;
  const raw: Array<[string, boolean]> = [];
  if (p.name_zh) raw.push([p.name_zh, false]);
  if (p.name_en) raw.push([p.name_en, false]);
  for (const a of p.aliases ?? []) raw.push([a, true]);
  const keys = raw.map(([text, alias]): RefKey => {
    const han = HAN.test(text);
    return {
      alias,
      han,
      compact: normalizeText(text),
      syllables: han
        ? pinyin(text, { toneType: 'none', type: 'array' })
            .map(normalizeText)
            .filter((x) => x !== '')
        : [],
      initials: han
        ? pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).map(normalizeText).join('')
        : '',
      words: han
        ? []
        : text
            .normalize('NFD')
            .replace(/\p{M}/gu, '')
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter((w) => w !== ''),
    };
  });
  refKeysMemo.set(f, keys);
  return keys;
}

function referenceTier(f: SearchableFeature, query: string): number {
  const q = normalizeText(query);
  const qPy = q.replace(/v/g, 'u');
  const qWords = query
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  let best = 0;
  const take = (t: number) => {
    best = Math.max(best, t);
  };
  for (const k of refKeys(f)) {
    const t3 = (exact: boolean, start: boolean) =>
      exact
        ? k.alias
          ? SCORE.aliasExact
          : SCORE.exactName
        : start
          ? k.alias
            ? SCORE.aliasPrefix
            : SCORE.namePrefix
          : k.alias
            ? SCORE.aliasSubstring
            : SCORE.nameSubstring;
    // Every piece boundary of a text made of `pieces` where it continues with `x`.
    const cuts = (pieces: string[], x: string) => {
      const whole = pieces.join('');
      let at = 0;
      for (const piece of pieces) {
        if (whole.startsWith(x, at)) take(t3(at === 0 && whole === x, at === 0));
        at += piece.length;
      }
    };
    if (k.han) {
      if (HAN.test(q)) {
        if (k.compact.includes(q)) take(t3(k.compact === q, k.compact.startsWith(q)));
        continue;
      }
      cuts(k.syllables, qPy);
      if (k.initials.includes(q)) {
        const base =
          k.initials === q
            ? SCORE.initialsExact
            : k.initials.startsWith(q)
              ? SCORE.initialsPrefix
              : SCORE.initialsSubstring;
        take(k.alias ? base - 1 : base);
      }
    } else if (!HAN.test(q)) {
      cuts(k.words, q);
      if (qWords.length > 1 && qWords.every((qw) => k.words.some((w) => w.startsWith(qw)))) {
        take(k.alias ? SCORE.aliasWords : SCORE.nameWords);
      }
    }
  }
  return best;
}

const PINYIN = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

function referenceSearch(features: readonly SearchableFeature[], query: string, limit: number): string[] {
  const rank = (f: SearchableFeature) => LAYER_SEARCH_ORDER.indexOf(f.properties.layer);
  const len = (f: SearchableFeature) => Array.from(f.properties.name_zh ?? '').length;
  return features
    .map((f) => ({ f, t: referenceTier(f, query) }))
    .filter((x) => x.t > 0)
    .sort(
      (a, b) =>
        b.t - a.t ||
        rank(a.f) - rank(b.f) ||
        len(a.f) - len(b.f) ||
        PINYIN.compare(a.f.properties.name_zh ?? '', b.f.properties.name_zh ?? '') ||
        (a.f.properties.id < b.f.properties.id ? -1 : 1),
    )
    .slice(0, limit)
    .map((x) => `${x.f.properties.id}:${x.t}`);
}

describe('search agrees with a brute-force reference', () => {
  const corpus: SearchableFeature[] = [...FIXTURE, ...syntheticFeatures(600)];
  const big = buildSearchIndex(corpus);

  it('on pieces of real names (Chinese, pinyin, initials, English, typed prefixes)', () => {
    const nameArb = fc.constantFrom(...corpus.slice(0, 200));
    const queryArb = fc.oneof(
      nameArb.chain((f) => {
        const cs = Array.from(f.properties.name_zh ?? '');
        return fc
          .tuple(fc.nat(cs.length - 1), fc.nat(cs.length))
          .map(([a, b]) => cs.slice(a, a + 1 + (b % (cs.length - a))).join(''));
      }),
      nameArb.map((f) => pinyin(f.properties.name_zh ?? '', { toneType: 'none' })),
      nameArb.chain((f) => {
        const py = pinyin(f.properties.name_zh ?? '', { toneType: 'none', type: 'array' }).join('');
        return fc.nat(py.length - 1).map((n) => py.slice(0, n + 1));
      }),
      nameArb.map((f) =>
        pinyin(f.properties.name_zh ?? '', { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
      ),
      nameArb.chain((f) => {
        const en = f.properties.name_en ?? '';
        return fc.nat(en.length - 1).map((n) => en.slice(0, n + 1));
      }),
      // Pieces of aliases, and of initials from the middle of a name.
      fc.constantFrom(...corpus.flatMap((f) => f.properties.aliases ?? [])).chain((a) => {
        const cs = Array.from(a);
        return fc.nat(cs.length - 1).map((n) => cs.slice(n).join(''));
      }),
      nameArb.chain((f) => {
        const ini = pinyin(f.properties.name_zh ?? '', { pattern: 'first', toneType: 'none', type: 'array' }).join('');
        return fc.nat(ini.length - 1).map((n) => ini.slice(n));
      }),
      fc.stringMatching(/^[a-z]{1,4}$/),
    );
    fc.assert(
      fc.property(queryArb, (q) => {
        if (normalizeText(q) === '') return;
        for (const limit of [3, 10]) {
          const ref = referenceSearch(corpus, q, limit);
          const got = search(big, q, limit);
          // Same non-fuzzy hits in the same order, and nothing non-fuzzy missing (fuzzy hits may follow).
          const nonFuzzy = got.filter((h) => h.score > SCORE.fuzzyBase + 10);
          expect(
            nonFuzzy.map((h) => `${h.id}:${h.score}`),
            `${q} @${limit}`,
          ).toEqual(ref);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
