import { describe, expect, it } from 'vitest';
import { validateGeodata } from '../../../scripts/lib/validate';
import { clone, readGeodata } from '../data/geodata-files';

type Fc = {
  features: {
    id?: string;
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: unknown } | null;
  }[];
};

describe('validateGeodata', () => {
  const shipped = readGeodata();

  it('passes the shipped geodata', () => {
    const r = validateGeodata(shipped);
    expect(r.errors).toEqual([]);
  });

  it('names file, feature id and field for a broken feature', () => {
    const files = clone(shipped);
    const h = files['heritage-units.geojson'] as Fc;
    const f = h.features.find((x) => x.properties.id === 'lanzhou-city-god-temple');
    if (!f?.geometry) throw new Error('fixture feature missing');
    f.geometry.coordinates = [36.06111, 103.82028]; // lat/lon swapped
    const r = validateGeodata(files);
    expect(
      r.errors.some(
        (e) => e.startsWith('heritage-units.geojson [lanzhou-city-god-temple] geometry:') && e.includes('out of range'),
      ),
    ).toBe(true);
  });

  it('catches a point outside its declared district', () => {
    const files = clone(shipped);
    const f = (files['heritage-units.geojson'] as Fc).features.find((x) => x.properties.id === 'zhongshan-bridge');
    if (!f) throw new Error('missing');
    f.properties.district = '榆中县';
    expect(validateGeodata(files).errors).toContain(
      'heritage-units.geojson [zhongshan-bridge] district: point [103.814518,36.064846] is not inside 榆中县',
    );
  });

  it('catches empty sources, bad enums, duplicate ids and missing properties', () => {
    const files = clone(shipped);
    const m = files['museums.geojson'] as Fc;
    const [a, b, c] = m.features;
    if (!a || !b || !c) throw new Error('missing');
    a.properties.sources = [];
    b.properties.precision = 'roughly';
    c.properties.id = 'zhongshan-bridge';
    c.id = 'zhongshan-bridge';
    const s = files['scenic-spots.geojson'] as Fc;
    if (s.features[0]) s.features[0].properties.grade = '6A';
    const errors = validateGeodata(files).errors;
    expect(errors).toContain(
      `museums.geojson [${String(a.properties.id)}] sources: must be a non-empty list of {title, url}`,
    );
    expect(errors.some((e) => e.startsWith(`museums.geojson [${String(b.properties.id)}] precision:`))).toBe(true);
    expect(errors).toContain('museums.geojson [zhongshan-bridge] id: duplicate; also in heritage-units.geojson');
    expect(errors.some((e) => e.startsWith('scenic-spots.geojson [wuquan-mountain-park] grade:'))).toBe(true);
  });

  it('reports geojson-validation traces (missing properties object)', () => {
    const files = clone(shipped);
    const d = files['designations.geojson'] as { features: Record<string, unknown>[] };
    delete d.features[0]?.properties;
    const errors = validateGeodata(files).errors;
    expect(errors.some((e) => e.startsWith('designations.geojson [-] geojson:') && e.includes('properties'))).toBe(
      true,
    );
    expect(errors).toContain('designations.geojson [#0] properties: missing properties object');
  });

  it('flags two different sites within 5 m unless they share a position_source', () => {
    const files = clone(shipped);
    const h = files['heritage-units.geojson'] as Fc;
    const bridge = h.features.find((x) => x.properties.id === 'zhongshan-bridge');
    const temple = h.features.find((x) => x.properties.id === 'lanzhou-city-god-temple');
    if (!bridge?.geometry || !temple?.geometry) throw new Error('missing');
    temple.geometry.coordinates = [103.814519, 36.064846];
    temple.properties.district = '城关区';
    expect(
      validateGeodata(files).errors.some(
        (e) => e.includes('[lanzhou-city-god-temple] geometry:') && e.includes('different position_source'),
      ),
    ).toBe(true);
    temple.properties.position_source = bridge.properties.position_source;
    expect(validateGeodata(files).errors.filter((e) => e.includes('different position_source'))).toEqual([]);
  });

  it('requires geometry null to go with precision unknown', () => {
    const files = clone(shipped);
    const f = (files['ich-items.geojson'] as Fc).features[0];
    if (!f) throw new Error('missing');
    f.properties.precision = 'exact';
    expect(validateGeodata(files).errors).toContain(
      `ich-items.geojson [${String(f.properties.id)}] precision: geometry is null, so precision must be "unknown"`,
    );
  });

  it('checks the indicators.json schema', () => {
    const files = clone(shipped);
    const ind = files['indicators.json'] as {
      indicators: Record<string, unknown>[];
      swot: { items: Record<string, unknown>[] };
    };
    if (ind.indicators[0]) ind.indicators[0].value = '64.94';
    if (ind.swot.items[0]) ind.swot.items[0].quadrant = 'maybe';
    const errors = validateGeodata(files).errors;
    expect(errors).toContain('indicators.json [-] schema: $.indicators[0].value: expected number, got string');
    expect(errors.some((e) => e.startsWith('indicators.json [-] schema: $.swot.items[0].quadrant'))).toBe(true);
  });

  it('checks that every figure of indicators.json names the section of the paper', () => {
    const files = clone(shipped);
    const ind = files['indicators.json'] as { indicators: Record<string, unknown>[] };
    if (ind.indicators[0]) delete ind.indicators[0].section;
    expect(validateGeodata(files).errors).toContain(
      'indicators.json [-] schema: $.indicators[0]: missing required "section"',
    );
  });

  it("checks indicators.json's cross-references once the schema holds", () => {
    const files = clone(shipped);
    const ind = files['indicators.json'] as { indicators: Record<string, unknown>[] };
    if (ind.indicators[0]) ind.indicators[0].reference = '[42]';
    expect(
      validateGeodata(files).errors.some(
        (e) => e.startsWith('indicators.json [-] links:') && e.includes('reference "[42]" not in references'),
      ),
    ).toBe(true);
  });

  it('fails when a layer file is missing', () => {
    const files = clone(shipped);
    delete files['transport.geojson'];
    expect(validateGeodata(files).errors).toContain('transport.geojson [-] file: missing');
  });
});
