import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../../src/data/json-schema-lite';
import { INDICATORS_SCHEMA } from '../../../src/data/indicators';
import { readIndicators } from './geodata-files';

describe('indicators.json', () => {
  const ind = readIndicators();
  const v = (id: string): number | undefined => ind.indicators.find((i) => i.id === id)?.value;

  it('matches its schema', () => {
    expect(checkSchema(ind, INDICATORS_SCHEMA)).toEqual([]);
  });

  it('holds the figures quoted in issue 7', () => {
    expect(v('domestic-tourism-revenue')).toBe(64.94);
    expect(v('domestic-tourism-revenue-growth')).toBe(337.9);
    expect(v('domestic-tourism-revenue-share-of-gdp')).toBe(18.62);
    expect(v('domestic-tourists')).toBe(90);
    expect(v('inbound-tourists')).toBe(36000);
    expect(v('inbound-tourists-foreign')).toBe(20000);
    expect(v('inbound-tourists-hk-macao-taiwan')).toBe(16000);
    expect(v('registered-volunteers')).toBe(760000);
    expect(v('volunteer-groups')).toBe(4541);
    expect(v('volunteer-activities')).toBe(30781);
    expect(v('cultural-enterprises')).toBe(6113);
    expect(v('cultural-value-added')).toBe(9.546);
    expect(v('cultural-value-added-share-of-gdp')).toBe(2.95);
    expect(v('higher-education-institutions')).toBe(22);
    expect(v('provincial-capital-rank')).toBe(25);
    expect(v('talent-attraction-rank')).toBe(92);
    expect(v('city-brand-overseas-influence-rank')).toBe(38);
    expect([v('national-heritage-units'), v('lower-heritage-units'), v('museums')]).toEqual([10, 154, 29]);
    expect([v('ich-national'), v('ich-provincial'), v('ich-municipal')]).toEqual([5, 35, 77]);
    expect([v('a-class-scenic-spots'), v('a-class-scenic-spots-4a')]).toEqual([47, 10]);
  });

  it('never guesses the paper section', () => {
    expect(ind.indicators.every((i) => i.section === null)).toBe(true);
  });

  it('holds only the SWOT items whose wording we have, with the quadrant left open', () => {
    expect(ind.swot.items.map((i) => i.text.en)).toEqual([
      'rich historical and cultural resources',
      'superior location and convenient transport',
      'insufficient integration of cultural resources',
      'homogenisation',
    ]);
    expect(ind.swot.items.every((i) => i.zh_is_our_translation && i.quadrant === null && !i.quadrant_stated_in_source)).toBe(true);
    expect(ind.swot.missing.count).toBe(12 - ind.swot.items.length);
  });

  it('says why a year is missing, never leaves it blank', () => {
    const noYear = ind.indicators.filter((i) => i.year === null);
    expect(noYear.length).toBeGreaterThan(0);
    expect(noYear.filter((i) => !i.year_note).map((i) => i.id)).toEqual([]);
  });

  it('has unique ids, a known source for every figure, and the designations of the paper', () => {
    const ids = ind.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ind.indicators.filter((i) => !(i.source in ind.sources)).map((i) => i.id)).toEqual([]);
    expect(v('volunteer-groups')).toBe(4541);
    expect([v('provincial-capital-rank-xian'), v('provincial-capital-rank-chengdu')]).toEqual([7, 9]);
    expect(v('registered-volunteers-share')).toBe(17.17);
    expect(v('designation-rural-tourism-key-villages')).toBe(2);
    expect(v('designation-tourism-leisure-blocks')).toBe(1);
  });

  it('counts the SWOT items as twelve in the paper and says in both languages that the rest are missing', () => {
    const e = ind.swot.expected_counts;
    expect([e.strengths, e.weaknesses, e.opportunities, e.threats]).toEqual([3, 3, 3, 3]);
    expect(ind.swot.missing.en).toContain('not listed or made up');
    expect(ind.swot.missing.zh).toContain('不编造');
  });
});

