import { describe, expect, it } from 'vitest';
import { fill, translator } from '../../../src/i18n/translate';
import { tAnalysis } from '../../../src/i18n/analysis';
import { tBasemap } from '../../../src/i18n/basemap';
import { tCard } from '../../../src/i18n/card';
import { tDashboard } from '../../../src/i18n/dashboard';
import { tInterop } from '../../../src/i18n/interop';
import { tPmtilesDemo } from '../../../src/i18n/pmtiles-demo';
import { tReliability } from '../../../src/i18n/reliability';
import { tRoute } from '../../../src/i18n/route';
import { t } from '../../../src/i18n/strings';
import { tSuggest } from '../../../src/i18n/suggest';

type Tables = { tables: Readonly<Record<'zh' | 'en', Readonly<Record<string, string>>>> };

const ALL: Record<string, Tables> = {
  analysis: tAnalysis,
  basemap: tBasemap,
  card: tCard,
  dashboard: tDashboard,
  interop: tInterop,
  'pmtiles-demo': tPmtilesDemo,
  reliability: tReliability,
  route: tRoute,
  strings: t,
  suggest: tSuggest,
};

/** Deliberately empty: the note that research notes exist only in English is not shown in English. */
const MAY_BE_EMPTY = new Set(['card en:notesEnglishOnly']);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translator', () => {
  const tr = translator({ hello: '你好，{name}', plain: '地图' }, { hello: 'Hello, {name}', plain: 'Map' });

  it('looks a key up in the language asked for and fills its placeholders', () => {
    expect(tr('zh', 'hello', { name: '兰州' })).toBe('你好，兰州');
    expect(tr('en', 'hello', { name: 'Lanzhou' })).toBe('Hello, Lanzhou');
    expect(tr('en', 'plain')).toBe('Map');
  });

  it('binds a language with in()', () => {
    const en = tr.in('en');
    expect(en('hello', { name: 'you' })).toBe('Hello, you');
  });

  it('says whether a key built at run time is in the table', () => {
    expect(tr.has('plain')).toBe(true);
    expect(tr.has('missing')).toBe(false);
    expect(tr.has('toString')).toBe(false);
  });

  it('leaves a placeholder with no value visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe.each(Object.entries(ALL))('the %s strings', (name, tr) => {
  it('have the same keys in Chinese and English and no empty string', () => {
    expect(Object.keys(tr.tables.en).sort()).toEqual(Object.keys(tr.tables.zh).sort());
    const empty = (['zh', 'en'] as const).flatMap((l) =>
      Object.entries(tr.tables[l])
        .filter(([k, v]) => v.trim() === '' && !MAY_BE_EMPTY.has(`${name} ${l}:${k}`))
        .map(([k]) => `${l}:${k}`),
    );
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differ = Object.keys(tr.tables.zh).filter(
      (k) => placeholders(tr.tables.zh[k] ?? '').join() !== placeholders(tr.tables.en[k] ?? '').join(),
    );
    expect(differ).toEqual([]);
  });
});
