import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../../src/data/json-schema-lite';
import { INDICATORS_SCHEMA, checkIndicatorLinks } from '../../../src/data/indicators-file';
import type { IndicatorsFile } from '../../../src/data/indicators-file';
import { readIndicators } from './geodata-files';

describe('indicators.json', () => {
  const ind = readIndicators();
  const fig = (id: string) => ind.indicators.find((i) => i.id === id);
  const v = (id: string): number | undefined => fig(id)?.value;
  const copy = (): IndicatorsFile => structuredClone(ind);

  it('matches its schema and its cross-references hold', () => {
    expect(checkSchema(ind, INDICATORS_SCHEMA)).toEqual([]);
    expect(checkIndicatorLinks(ind)).toEqual([]);
  });

  it('requires a section for every paper figure, in the form §N or §N.N', () => {
    const noSection = copy();
    delete (noSection.indicators[0] as Partial<IndicatorsFile['indicators'][0]>).section;
    expect(checkSchema(noSection, INDICATORS_SCHEMA)).toContain('$.indicators[0]: missing required "section"');
    const nullSection = copy() as unknown as { indicators: { section: unknown }[] };
    nullSection.indicators[1]!.section = null;
    expect(checkSchema(nullSection, INDICATORS_SCHEMA)).toEqual(['$.indicators[1].section: expected string, got null']);
    const badSection = copy();
    badSection.indicators[2]!.section = 'section 3';
    expect(checkSchema(badSection, INDICATORS_SCHEMA).join()).toContain(
      '$.indicators[2].section: "section 3" does not match',
    );
    const noRef = copy();
    delete (noRef.indicators[3] as Partial<IndicatorsFile['indicators'][0]>).reference;
    expect(checkSchema(noRef, INDICATORS_SCHEMA)).toContain('$.indicators[3]: missing required "reference"');
    expect(ind.indicators.every((i) => /^§[1-4]\.[1-5]$/.test(i.section))).toBe(true);
  });

  it('catches a reference, a detail or a year note that is missing', () => {
    const f = copy();
    f.indicators[0]!.reference = '[99]';
    f.indicators[1]!.detail_of = 'no-such-figure';
    f.indicators[2]!.year = null;
    f.indicators[2]!.year_note = null;
    f.swot.items[0]!.quadrant = 'threat';
    const problems = checkIndicatorLinks(f);
    expect(problems).toContain(`${f.indicators[0]!.id}: reference "[99]" not in references`);
    expect(problems).toContain(`${f.indicators[1]!.id}: detail_of "no-such-figure" is not a figure`);
    expect(problems).toContain(`${f.indicators[2]!.id}: no year and no year_note saying why`);
    expect(problems).toContain('swot: 2 strength items, the paper has 3');
  });

  it("holds the paper's figures, checked against its text", () => {
    expect(v('domestic-tourism-revenue')).toBe(64.94);
    expect(v('domestic-tourism-revenue-growth')).toBe(337.9);
    expect(v('domestic-tourism-revenue-share-of-gdp')).toBe(18.62);
    expect(v('domestic-tourists')).toBe(90);
    expect(v('domestic-tourists-growth')).toBe(197.3);
    expect(v('inbound-tourists')).toBe(36000);
    expect(v('inbound-tourists-growth')).toBe(1095.5);
    expect(v('inbound-tourists-foreign')).toBe(20000);
    expect(v('inbound-tourists-hk-macao-taiwan')).toBe(16000);
    expect(v('registered-volunteers')).toBe(760000);
    expect(v('volunteer-groups')).toBe(4541);
    expect(v('volunteer-activities')).toBe(30781);
    expect(v('cultural-enterprises')).toBe(6113);
    expect(v('cultural-value-added')).toBe(9.546);
    expect(v('cultural-value-added-share-of-gdp')).toBe(2.95);
    expect(v('higher-education-institutions')).toBe(22);
    expect(v('national-higher-education-institutions')).toBe(3117);
    expect(v('provincial-capital-rank')).toBe(25);
    expect(v('talent-attraction-rank')).toBe(92);
    expect(v('city-brand-overseas-influence-rank')).toBe(38);
    expect([v('national-heritage-units'), v('lower-heritage-units'), v('museums')]).toEqual([10, 154, 29]);
    expect([v('ich-national'), v('ich-provincial'), v('ich-municipal')]).toEqual([5, 35, 77]);
    expect([v('a-class-scenic-spots'), v('a-class-scenic-spots-4a')]).toEqual([47, 10]);
    expect([v('routes-fast-forward-slow-travel'), v('routes-fireworks-in-lanzhou'), v('cultural-name-cards')]).toEqual([
      10, 8, 5,
    ]);
    expect(v('climate-mean-temperature')).toBe(10.3);
    // The inflow of 36,000 is the sum of its two parts.
    expect((v('inbound-tourists-foreign') ?? 0) + (v('inbound-tourists-hk-macao-taiwan') ?? 0)).toBe(
      v('inbound-tourists'),
    );
  });

  it('cites the section and reference the paper gives for each figure', () => {
    const cite = (id: string) => [fig(id)?.section, fig(id)?.reference];
    expect(cite('national-heritage-units')).toEqual(['§1.3', '[4]']);
    expect(cite('a-class-scenic-spots')).toEqual(['§1.5', '[6]']);
    expect(cite('designation-provincial-resorts')).toEqual(['§1.5', '[6]']);
    expect(cite('registered-volunteers')).toEqual(['§3.1', '[7]']);
    expect(cite('domestic-tourism-revenue')).toEqual(['§3.2', null]);
    expect(cite('routes-fireworks-in-lanzhou')).toEqual(['§3.3', null]);
    expect(cite('domestic-tourists')).toEqual(['§3.4', 'note-1']);
    expect(cite('city-brand-overseas-influence-rank')).toEqual(['§3.4', 'overseas-2024']);
    expect(cite('cultural-enterprises')).toEqual(['§4.2', null]);
    expect(cite('provincial-capital-rank')).toEqual(['§4.3', 'moe-2024']);
    expect(cite('talent-attraction-rank')).toEqual(['§4.3', 'zhaopin-2024']);
    expect(cite('climate-mean-temperature')).toEqual(['§1.1', null]);
    // The paper dates the tourism figures of §3.2 and §3.4 to 2023 and the institutions list to 2024.
    expect([
      fig('domestic-tourists')?.year,
      fig('inbound-tourists')?.year,
      fig('higher-education-institutions')?.year,
    ]).toEqual([2023, 2023, 2024]);
  });

  it('holds the twelve SWOT items of the paper, three per quadrant in its order, each with the section that argues it', () => {
    const byQuadrant = (q: string) => ind.swot.items.filter((i) => i.quadrant === q).map((i) => i.id);
    expect(byQuadrant('strength')).toEqual([
      'superior-location-convenient-transport',
      'rich-historical-cultural-resources',
      'cultural-industry-taking-shape',
    ]);
    expect(byQuadrant('weakness')).toEqual([
      'insufficient-integration-of-cultural-resources',
      'weak-innovation-few-brands',
      'talent-brain-drain',
    ]);
    expect(byQuadrant('opportunity')).toEqual(['globalisation-exchange', 'policy-capital', 'culture-plus']);
    expect(byQuadrant('threat')).toEqual(['homogenisation', 'economic-pressure', 'competition']);
    expect(ind.swot.items.map((i) => i.argued_in)).not.toContain('');
    expect(ind.swot.table_section).toBe('§2');
  });

  it('keeps the key terms and never copies a sentence of the paper', () => {
    const en = ind.swot.items.map((i) => `${i.term.en} ${i.text.en}`.toLowerCase()).join(' | ');
    for (const term of [
      'location',
      'transport',
      'historical and cultural resources',
      'cultural industry',
      'integration',
      'innovation',
      'brands',
      'talent',
      'brain drain',
      'globalisation',
      'exchange',
      'policy',
      'capital',
      'culture +',
      'homogenisation',
      'economic pressure',
      'competition',
    ]) {
      expect(en, term).toContain(term);
    }
    // Sentences of the paper's SWOT table (its wording): none may appear in ours.
    const paper = [
      'the superior geographical location and convenient transportation are conducive to cultural exchange and dissemination',
      'rich historical and cultural resources provide profound heritages and materials for the cultural industry',
      'the cultural industry has begun to take shape, with benign growth trend',
      'the integration and development of cultural resources are insufficient',
      'unsatisfactory cultural innovation ability, lacking influential cultural brands',
      'inadequate regional attraction and the serious outflow of high-end brain drain',
      'cultural exchanges and cooperation are deepened in the context of globalization',
      'policy support and capital investment provide new opportunities for the cultural industry',
      'is promoted and applied to create a new cultural industry ecology',
      'the homogenization competition intensifies, and the urban cultural characteristics are not obvious',
      'restriction of economic development pressure on the cultural industry',
      'rapid development and intensified competition of cultural industries at home and abroad',
    ];
    for (const sentence of paper) expect(en).not.toContain(sentence);
  });

  it('names the paper: title, authors, institution and project 24-B17 in both languages', () => {
    expect(ind.paper.title.en).toBe('Analysis of the Status Quo of Lanzhou Regional Cultural Soft Power');
    expect(ind.paper.authors.en).toBe('Yunfei Ma, Yuehua Yang');
    expect(ind.paper.institution.en).toContain('Northwest Normal University');
    expect(ind.paper.institution.zh).toContain('西北师范大学');
    expect(ind.paper.project_number).toBe('24-B17');
    expect(ind.paper.project.en).toContain('24-B17');
    expect(ind.paper.project.zh).toContain('24-B17');
  });

  it('says nothing about issues, trackers or repository paths in any text a reader sees', () => {
    const texts = JSON.stringify({
      p: ind.paper,
      a: ind.about,
      r: ind.references,
      i: ind.indicators,
      s: ind.swot,
      c: ind.name_cards,
    });
    expect(texts).not.toMatch(/\bissues?\b|tracker|geodata\/|\.md\b|src\//i);
  });

  it('has unique ids, a known source for every figure, and the designations of the paper', () => {
    const ids = ind.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ind.indicators.filter((i) => !(i.source in ind.sources)).map((i) => i.id)).toEqual([]);
    expect([v('provincial-capital-rank-xian'), v('provincial-capital-rank-chengdu')]).toEqual([7, 9]);
    expect(v('registered-volunteers-share')).toBe(17.17);
    expect(v('designation-rural-tourism-key-villages')).toBe(2);
    expect(v('designation-night-time-clusters')).toBe(2);
    expect(v('designation-tourism-leisure-blocks')).toBe(1);
    expect(v('designation-industrial-tourism-bases')).toBe(1);
    expect(v('designation-provincial-resorts')).toBe(1);
  });

  it('says why a year is missing, never leaves it blank', () => {
    const noYear = ind.indicators.filter((i) => i.year === null);
    expect(noYear.length).toBeGreaterThan(0);
    expect(noYear.filter((i) => !i.year_note).map((i) => i.id)).toEqual([]);
  });
});
