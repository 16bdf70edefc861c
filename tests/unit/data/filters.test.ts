import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import {
  DEFAULT_FILTERS,
  applyFilters,
  countByPrecision,
  matchesFilters,
  toMapLibreFilter,
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
    const unknown = FIXTURE.filter((x) => x.geometry === null).map((x) => x.properties.id).sort();
    expect(pass({ positionUnknown: true }).sort()).toEqual(unknown);
    expect(pass({ positionUnknown: true, layers: ['museums'] })).toEqual([]);
    // The map (located features only) draws nothing while it is set.
    for (const layer of LAYER_IDS) expect(toMapLibreFilter(f({ positionUnknown: true }), layer)).toEqual(['boolean', false]);
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

// ---- toMapLibreFilter ≡ matchesFilters, checked with MapLibre's own evaluator -------------------------------

/**
 * The properties as MapLibre sees them after geojson-vt / vt-pbf: null values are dropped (vector tiles have no
 * null), and nested values (facts, sources, aliases) are irrelevant to filters. Both the dropped and the kept-null
 * variants are checked, since a GeoJSON source evaluated on the main thread may keep nulls.
 */
function tileProperties(feat: SiteFeature, dropNulls: boolean): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(feat.properties)) {
    if (v === null ? !dropNulls : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      out[k] = v as string | number | boolean | null;
    }
  }
  return out;
}

let warn: MockInstance;
beforeEach(() => {
  // MapLibre reports runtime expression errors as console warnings and then returns false: catch them here.
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

function mapLibreSays(filters: Filters, feat: SiteFeature, dropNulls: boolean): boolean {
  const expr = toMapLibreFilter(filters, feat.properties.layer) as FilterSpecification;
  const compiled = featureFilter(expr, 'test.filter');
  return compiled.filter({ zoom: 12 }, { type: 1, properties: tileProperties(feat, dropNulls) });
}

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

describe('toMapLibreFilter', () => {
  it('compiles with MapLibre for every layer, default and empty layer list', () => {
    for (const layer of LAYER_IDS) {
      expect(() => featureFilter(toMapLibreFilter(DEFAULT_FILTERS, layer) as FilterSpecification, 't')).not.toThrow();
      expect(toMapLibreFilter(f({ layers: [] }), layer)).toEqual(['boolean', false]);
    }
  });

  it('agrees with matchesFilters on the fixture for hand-picked filters', () => {
    const cases: Partial<Filters>[] = [
      {},
      { layers: ['museums', 'transport'] },
      { levels: ['national'] },
      { grades: ['3A', '4A'] },
      { categories: ['modern-historic'] },
      { districts: ['城关区'] },
      { eraFrom: 1900, eraTo: 1950 },
      { eraFrom: null, eraTo: 0 },
      { eraFrom: 1600, eraTo: null },
      { levels: ['provincial'], districts: ['城关区'], eraFrom: 1300, eraTo: 1700 },
    ];
    for (const c of cases) {
      for (const feat of FIXTURE) {
        for (const dropNulls of [true, false]) {
          expect(mapLibreSays(f(c), feat, dropNulls), `${JSON.stringify(c)} ${feat.properties.id}`).toBe(
            matchesFilters(feat, f(c)),
          );
        }
      }
    }
  });

  it('agrees with matchesFilters on generated filters and features', () => {
    fc.assert(
      fc.property(arbFilters, arbFeature, fc.boolean(), (filters, feat, dropNulls) => {
        expect(mapLibreSays(filters, feat, dropNulls)).toBe(matchesFilters(feat, filters));
      }),
      { numRuns: 2000 },
    );
  });
});
