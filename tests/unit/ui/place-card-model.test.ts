import { describe, expect, it } from 'vitest';
import { readLayers } from '../data/geodata-files';
import { LAYER_IDS } from '../../../src/types';
import type { SiteFeature } from '../../../src/types';
import { groupSamePlace, placeLookup } from '../../../src/analysis/same-place';
import {
  allSources,
  badges,
  factRows,
  otherFacts,
  provenance,
  shortSourceTitle,
  summaryFact,
} from '../../../src/ui/place-card-model';
const LANGS = ['zh', 'en'] as const;

const layers = readLayers();
const all: SiteFeature[] = LAYER_IDS.flatMap((l) => layers[l].features);
const byId = new Map(all.map((f) => [f.properties.id, f]));
const places = placeLookup(groupSamePlace(all));
const membersOf = (id: string) => places.get(id)!.members.map((m) => byId.get(m)!);
const names = { district: (zh: string, l: string) => (l === 'zh' ? zh : `[${zh}]`), era: (zh: string) => zh };

describe('place card model', () => {
  it('白塔山: one place whose badges are all three designations', () => {
    const members = membersOf('baita-mountain-buildings');
    expect(badges('zh', members).map((b) => b.text)).toEqual(['3A级景区', '省级文物保护单位', '风情线站点']);
    expect(badges('en', members).map((b) => b.text)).toEqual([
      '3A scenic spot',
      'Provincial protection unit',
      'Tourist-line stop',
    ]);
  });

  it('the summary is a sourced descriptive fact, never the designation restated, and is not repeated below', () => {
    const members = membersOf('baita-mountain-park');
    const s = summaryFact(members);
    expect(s).not.toBeNull();
    expect(s!.en).not.toMatch(/^A-class scenic spot/);
    expect(s!.sources.length).toBeGreaterThan(0);
    expect(otherFacts(members, s).map((f) => f.en)).not.toContain(s!.en);
  });

  it('no summary where we hold no descriptive fact', () => {
    const bare = {
      ...byId.get('gansu-provincial-museum')!,
      properties: { ...byId.get('gansu-provincial-museum')!.properties, facts: [] },
    };
    expect(summaryFact([bare])).toBeNull();
  });

  it.each(LANGS)('no raw enum or untranslated English value in the %s rows of any place', (lang) => {
    for (const f of all) {
      for (const r of factRows(lang, membersOf(f.properties.id), names)) {
        expect(r.value).not.toMatch(/^[a-z]+(-[a-z]+)+$/); // night-time-cluster, ancient-building …
        if (lang === 'zh' && !r.lang) expect(r.value).not.toMatch(/^[A-Za-z][a-z]+ [a-z]/);
      }
      for (const b of badges(lang, membersOf(f.properties.id))) expect(b.text).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });

  it('English-only notes and position sources are hidden in Chinese, shown in English', () => {
    const f = byId.get('gansu-provincial-museum')!;
    expect(provenance('zh', f, 'x').notes).toBeNull();
    expect(provenance('zh', f, 'x').positionFrom).not.toContain('OpenStreetMap way');
    expect(provenance('en', f, 'x').notes).toBe(f.properties.notes);
  });

  it('sources of all members, each once', () => {
    const members = membersOf('baita-mountain-park');
    const urls = allSources(members).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const m of members) for (const s of m.properties.sources) expect(urls).toContain(s.url);
  });
});

describe('shortSourceTitle', () => {
  it('names a repository file by repository and file name, without commit hashes', () => {
    expect(
      shortSourceTitle('GitHub lingdian1226/china-cultural-heritage: data/national-level/62.json @ 0dbd96e11d03', 'u'),
    ).toBe('GitHub lingdian1226/china-cultural-heritage · 62.json');
    expect(
      shortSourceTitle(
        'GitHub lachlanchen/LazyTravel: data/maps/lanzhou/x.config.json (commit c3b6ad63aa8785578d54f9f1f5ead861a68617b3)',
        'u',
      ),
    ).toBe('GitHub lachlanchen/LazyTravel · x.config.json');
  });

  it('cuts a long title at a word, keeps a short one, and falls back to the address', () => {
    const long = 'VMAP0 / Digital Chart of the World railways (NGA, public domain) as CHN_rails in a repository';
    const short = shortSourceTitle(long, 'u');
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(71);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortSourceTitle('甘肃省人民政府公布第五批', 'u')).toBe('甘肃省人民政府公布第五批');
    expect(shortSourceTitle('', 'https://example.org/a')).toBe('https://example.org/a');
  });
});
