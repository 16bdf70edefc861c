import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  applyFilters,
  countByPrecision,
  GRADE_LAYERS,
  LEVEL_LAYERS,
  matchesFilters,
} from '../../../src/data/filters';
import type { Filters } from '../../../src/data/filters';
import { LAYER_IDS } from '../../../src/types';
import type { HeritageCategory, HeritageLevel, ScenicGrade, SiteFeature } from '../../../src/types';
import { FIXTURE, byId, feature } from './fixture-features';

const f = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });
const pass = (filters: Partial<Filters>) => applyFilters(FIXTURE, f(filters)).map((x) => x.properties.id);

describe('matchesFilters', () => {
  it('passes everything by default', () => {
    expect(applyFilters(FIXTURE, DEFAULT_FILTERS)).toHaveLength(FIXTURE.length);
  });

  it('shows exactly the visible layers (an empty list shows none)', () => {
    expect(pass({ layers: ['museums'] }).sort()).toEqual(
      ['gansu-provincial-museum', 'lanzhou-museum', 'lanzhou-stele-forest'].sort(),
    );
    expect(pass({ layers: [] })).toEqual([]);
  });

  it('applies the level filter to heritage units and ICH items only', () => {
    const ids = pass({ levels: ['national'] });
    expect(ids).toContain('zhongshan-bridge');
    expect(ids).toContain('lanzhou-taiping-drum');
    expect(ids).not.toContain('baita-mountain-buildings'); // provincial heritage unit
    expect(ids).not.toContain('lanzhou-gourd-carving'); // provincial ICH
    expect(ids).toContain('baita-mountain'); // scenic spot: untouched
    expect(ids).toContain('lanzhou-station'); // transport: untouched
  });

  it('applies the grade filter to scenic spots only', () => {
    const ids = pass({ grades: ['4A'] });
    expect(ids).toContain('wuquan-mountain');
    expect(ids).not.toContain('baita-mountain'); // 3A
    expect(ids).toContain('zhongshan-bridge');
  });

  it('applies the category filter to heritage units only', () => {
    const ids = pass({ categories: ['ancient-building'] });
    expect(ids).toContain('baita-mountain-buildings');
    expect(ids).not.toContain('zhongshan-bridge'); // modern-historic
    expect(ids).toContain('lanzhou-taiping-drum'); // ICH: untouched
  });

  it('filters every layer by district; a feature without a district fails a district filter', () => {
    const ids = pass({ districts: ['七里河区'] });
    expect(ids.sort()).toEqual(['gansu-provincial-museum', 'lanzhou-west-station']);
    expect(pass({ districts: ['城关区', '西固区'] })).not.toContain('lanxin-railway');
  });

  it('keeps features whose era overlaps the range; undated features only pass without a range', () => {
    expect(pass({ eraFrom: 1900, eraTo: 1950 })).toEqual(['zhongshan-bridge']);
    expect(pass({ eraFrom: 1909, eraTo: 1909 })).toEqual(['zhongshan-bridge']); // inclusive ends
    expect(pass({ eraFrom: 1910, eraTo: null })).toEqual([]);
    expect(pass({ eraFrom: null, eraTo: 0 })).toEqual(['qinggangcha-site']); // BCE as negative years
    expect(pass({ eraFrom: 1600, eraTo: 1908 }).sort()).toEqual(['baita-mountain-buildings', 'zhongshan-bridge']);
    // A single given year stands for both ends.
    const oneYear = feature('one-year', 'heritage-units', '某', 'X', null, { era_end: 1500 });
    expect(matchesFilters(oneYear, f({ eraFrom: 1500, eraTo: 1500 }))).toBe(true);
    expect(matchesFilters(oneYear, f({ eraFrom: 1501, eraTo: null }))).toBe(false);
  });

  it('"position unknown" keeps only features the map cannot draw, and still combines with the others', () => {
    const unknown = FIXTURE.filter((x) => x.geometry === null)
      .map((x) => x.properties.id)
      .sort();
    expect(pass({ positionUnknown: true }).sort()).toEqual(unknown);
    expect(pass({ positionUnknown: true, layers: ['museums'] })).toEqual([]);
    // The map (located features only) draws nothing while it is set.
    expect(applyFilters(FIXTURE, f({ positionUnknown: true })).filter((x) => x.geometry !== null)).toEqual([]);
  });

  it('combines filters with AND', () => {
    expect(pass({ layers: ['heritage-units'], levels: ['provincial'], districts: ['城关区'] })).toEqual([
      'baita-mountain-buildings',
    ]);
  });
});

describe('countByPrecision', () => {
  it('counts features the map can draw and those without a known position', () => {
    expect(countByPrecision(FIXTURE)).toEqual({ located: FIXTURE.length - 2, unknown: 2 });
    expect(countByPrecision([])).toEqual({ located: 0, unknown: 0 });
    expect(countByPrecision([byId('lanzhou-taiping-drum')])).toEqual({ located: 0, unknown: 1 });
  });
});

// ---- applyFilters, the path the map, the list and the counts take: properties over generated input ----------

const LEVELS: HeritageLevel[] = ['national', 'provincial', 'municipal', 'county'];
const GRADES: ScenicGrade[] = ['5A', '4A', '3A', '2A', '1A'];
const CATEGORIES: HeritageCategory[] = [
  'archaeological-site',
  'ancient-tomb',
  'ancient-building',
  'cave-temple-stone-carving',
  'modern-historic',
];
const DISTRICTS = ['城关区', '七里河区', '西固区', '安宁区', '榆中县'];

const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const year = fc.integer({ min: -3000, max: 2025 });
const arbFilters: fc.Arbitrary<Filters> = fc.record({
  layers: subset(LAYER_IDS),
  levels: subset(LEVELS),
  grades: subset(GRADES),
  categories: subset(CATEGORIES),
  districts: subset(DISTRICTS),
  eraFrom: fc.option(year, { nil: null }),
  eraTo: fc.option(year, { nil: null }),
  positionUnknown: fc.boolean(),
});
const arbFeature: fc.Arbitrary<SiteFeature> = fc
  .record({
    layer: fc.constantFrom(...LAYER_IDS),
    level: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
    grade: fc.option(fc.constantFrom(...GRADES), { nil: null }),
    category: fc.option(fc.constantFrom(...CATEGORIES, 'other'), { nil: null }),
    district: fc.option(fc.constantFrom(...DISTRICTS, '皋兰县'), { nil: null }),
    era_start: fc.option(year, { nil: null }),
    era_end: fc.option(year, { nil: null }),
  })
  .map((r) => feature('gen', r.layer, '生成', 'Generated', [103.8, 36.06], r));

describe('applyFilters (what the map draws and the list shows)', () => {
  it('keeps, in order, exactly the features that meet every filter set', () => {
    fc.assert(
      fc.property(arbFilters, fc.array(arbFeature, { maxLength: 30 }), (filters, feats) => {
        const kept = applyFilters(feats, filters);
        expect(kept).toEqual(feats.filter((x) => matchesFilters(x, filters)));
        for (const k of kept) {
          const p = k.properties;
          expect(filters.layers).toContain(p.layer);
          if (filters.districts.length > 0) expect(filters.districts).toContain(p.district);
          if (filters.levels.length > 0 && LEVEL_LAYERS.includes(p.layer)) expect(filters.levels).toContain(p.level);
          if (filters.grades.length > 0 && GRADE_LAYERS.includes(p.layer)) expect(filters.grades).toContain(p.grade);
          if (filters.positionUnknown) expect(k.geometry).toBeNull();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('with every layer on and nothing else set, keeps everything', () => {
    expect(applyFilters(FIXTURE, DEFAULT_FILTERS)).toEqual(FIXTURE);
    expect(applyFilters(FIXTURE, f({ layers: [] }))).toEqual([]);
  });
});
