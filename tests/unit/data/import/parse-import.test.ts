import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import gcoord from 'gcoord';
import distance from '@turf/distance';
import type { Crs } from '../../../../src/types';
import { countPositions, detectFormat, parseImport } from '../../../../src/data/import/parse-import';
import { checkFileSize, IMPORTED_LAYER } from '../../../../src/data/import/common';
import { LANZHOU_BBOX, MAX_FEATURES, MAX_FILE_BYTES, MAX_POSITIONS } from '../../../../src/data/import/limits';

const parseXml = (t: string) =>
  new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') throw new Error(msg);
    },
  }).parseFromString(t, 'application/xml');
const run = (text: string, fileName = 'test.geojson', crs: Crs = 'WGS84') =>
  parseImport(text, { fileName, crs, importNo: 7, parseXml });
const fcOf = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const pt = (lon: number, lat: number, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
// Zhongshan Bridge, central Lanzhou (WGS84, from geodata/heritage-units.geojson's neighbourhood; only used as "in Lanzhou").
const LZ: [number, number] = [103.8145, 36.0648];

describe('import: limits', () => {
  it('refuses a file over the size limit before reading it', () => {
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    expect(checkFileSize(30 * 1024 * 1024)).toEqual({
      code: 'too-large',
      bytes: 30 * 1024 * 1024,
      max: MAX_FILE_BYTES,
    });
  });

  it('refuses more than MAX_FEATURES features and more than MAX_POSITIONS points, before geojson-validation', () => {
    const many = fcOf(...Array.from({ length: MAX_FEATURES + 1 }, () => pt(...LZ)));
    expect(run(many).errors).toEqual([{ code: 'too-many-features', count: MAX_FEATURES + 1, max: MAX_FEATURES }]);
    const coords = Array.from({ length: 1_000_000 }, () => LZ);
    const t0 = Date.now();
    const r = run(JSON.stringify({ type: 'MultiPoint', coordinates: coords }));
    expect(r.errors).toEqual([{ code: 'too-many-positions', max: MAX_POSITIONS }]);
    expect(r.features).toEqual([]);
    console.log(`1,000,000-point MultiPoint refused in ${Date.now() - t0} ms (parse included)`);
  }, 60_000);

  it('counts positions without recursion (a hostile nesting depth cannot overflow the stack)', () => {
    let deep: unknown = [1, 2];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(countPositions({ type: 'MultiPolygon', coordinates: deep }, 10)).toBe(1);
    expect(
      countPositions(
        {
          type: 'LineString',
          coordinates: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
        },
        2,
      ),
    ).toBe(3);
  });

  it('the Lanzhou box contains the municipality outline', () => {
    const outline = JSON.parse(readFileSync('geodata/base/municipality-outline.geojson', 'utf8')) as {
      features: Array<{ geometry: { coordinates: unknown } }>;
    };
    const xs: number[][] = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') xs.push(c as number[]);
      else if (Array.isArray(c)) c.forEach(walk);
    };
    outline.features.forEach((f) => walk(f.geometry.coordinates));
    const [w, s, e, n] = LANZHOU_BBOX;
    for (const [x = 0, y = 0] of xs) {
      expect(x).toBeGreaterThanOrEqual(w);
      expect(x).toBeLessThanOrEqual(e);
      expect(y).toBeGreaterThanOrEqual(s);
      expect(y).toBeLessThanOrEqual(n);
    }
    // Tight: within 0.02° of the outline's own extent.
    expect(Math.min(...xs.map((p) => p[0] ?? 0)) - w).toBeLessThan(0.02);
    expect(n - Math.max(...xs.map((p) => p[1] ?? 0))).toBeLessThan(0.02);
  });
});

describe('import: syntax and structure', () => {
  it('reports malformed JSON with line and column', () => {
    const r = run(
      '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature",, "properties": {}}\n  ]\n}',
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'json-syntax', line: 4, column: 24 });
  });

  it('reports valid JSON that is not GeoJSON with geojson-validation’s trace', () => {
    expect(run('{"hello": "world"}').errors).toEqual([
      { code: 'not-geojson', trace: ['must have a member with the name "type"'] },
    ]);
    expect(run('42').errors[0]).toMatchObject({ code: 'not-geojson' });
    // Wrong types inside a feature.
    const wrong = run(fcOf({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: 'here' } }));
    expect(wrong.errors).toEqual([{ code: 'not-geojson', trace: ['at 0: Position must be an array'] }]);
    expect(
      run(fcOf({ type: 'Feature', properties: { name: 5 }, geometry: { type: 'Banana', coordinates: [1, 2] } }))
        .errors[0],
    ).toMatchObject({ code: 'not-geojson' });
  });

  it('empty files and files without drawable features are errors', () => {
    expect(run('   \n').errors).toEqual([{ code: 'empty' }]);
    expect(run(fcOf()).errors).toEqual([{ code: 'no-features' }]);
  });

  it('detects the format by extension, then by the first character', () => {
    expect(detectFormat('a.GPX', '{')).toBe('gpx');
    expect(detectFormat('a.json', '<')).toBe('geojson');
    expect(detectFormat('upload', '  <?xml')).toBe('xml');
    expect(detectFormat('a.KMZ', '')).toBe('kmz');
    expect(detectFormat('a.tsv', '')).toBe('csv');
    expect(detectFormat('upload', 'lon,lat\n1,2')).toBe('csv');
    expect(detectFormat('upload', '\n{')).toBe('geojson');
    expect(detectFormat('upload', 'hello')).toBeNull();
  });
});

describe('import: coordinates', () => {
  it('out-of-range coordinates are an error naming the features; nothing is imported', () => {
    const r = run(fcOf(pt(...LZ), pt(500, 100), pt(103.8, -91)));
    expect(r.errors).toEqual([{ code: 'out-of-range', count: 2, examples: [2, 3], unit: 'feature' }]);
    expect(r.features).toEqual([]);
  });

  it('far outside Lanzhou is a warning; the features are still imported', () => {
    const r = run(fcOf(pt(...LZ), pt(2.35, 48.85, { name: 'Paris' }), pt(36.06, 103.8 - 90)));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'far-outside', count: 2, examples: [2, 3], unit: 'feature' }]);
    expect(r.features).toHaveLength(3);
  });

  it('null geometries are a warning and are skipped', () => {
    const r = run(fcOf(pt(...LZ, { name: 'a' }), { type: 'Feature', properties: { name: 'b' }, geometry: null }));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'null-geometry', count: 1, examples: [2], unit: 'feature' }]);
    expect(r.features.map((f) => f.feature.properties.name_en)).toEqual(['a']);
  });

  it('converts a declared GCJ-02 or BD-09 file to WGS84 and keeps the original position', () => {
    // A WGS84 point shifted into GCJ-02 and BD-09 the way Amap / Baidu would store it.
    const gcj = gcoord.transform(LZ, gcoord.WGS84, gcoord.GCJ02);
    const bd = gcoord.transform(LZ, gcoord.WGS84, gcoord.BD09);
    // The datum offsets in Lanzhou are hundreds of metres: big enough that forgetting to convert shows.
    expect(distance(LZ, gcj, { units: 'meters' })).toBeGreaterThan(200);
    expect(distance(LZ, bd, { units: 'meters' })).toBeGreaterThan(500);
    for (const [crs, p] of [
      ['GCJ-02', gcj],
      ['BD-09', bd],
    ] as const) {
      const r = run(fcOf(pt(p[0], p[1])), 'x.geojson', crs);
      const f = r.features[0]?.feature;
      const g = f?.geometry;
      expect(g?.type).toBe('Point');
      if (g?.type !== 'Point') continue;
      expect(distance(LZ, g.coordinates, { units: 'meters' })).toBeLessThan(5);
      expect(f?.properties.crs_original).toBe(crs);
      expect(f?.properties.position_original).toEqual([p[0], p[1]]);
    }
    // WGS84 is left alone.
    const w = run(fcOf(pt(...LZ))).features[0]?.feature.geometry;
    expect(w).toEqual({ type: 'Point', coordinates: LZ });
  });

  it('converts every vertex of lines and polygons', () => {
    const ring = [
      [103.8, 36.0],
      [103.9, 36.0],
      [103.9, 36.1],
      [103.8, 36.0],
    ];
    const r = run(
      JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }),
      'p.json',
      'GCJ-02',
    );
    const g = r.features[0]?.feature.geometry;
    if (g?.type !== 'Polygon') throw new Error('expected a polygon');
    g.coordinates[0]?.forEach((p, i) => {
      const expected = gcoord.transform(ring[i] as [number, number], gcoord.GCJ02, gcoord.WGS84);
      expect(p[0]).toBeCloseTo(expected[0], 9);
      expect(p[1]).toBeCloseTo(expected[1], 9);
    });
  });
});

describe('import: features for the map and details panel', () => {
  it('gives unique ids, names from the file, the file as source, and keeps hostile text as text', () => {
    const r = run(
      fcOf(
        pt(...LZ, { name: '<img src=x onerror=window.__pwned=1>', url: 'javascript:alert(1)', nested: { a: [1, 2] } }),
        pt(...LZ),
      ),
      'evil.geojson',
    );
    expect(r.errors).toEqual([]);
    const [a, b] = r.features;
    expect(a?.feature.properties).toMatchObject({
      id: 'import-7-0',
      layer: IMPORTED_LAYER,
      name_zh: '<img src=x onerror=window.__pwned=1>',
      name_en: '<img src=x onerror=window.__pwned=1>',
      precision: 'exact',
      sources: [{ title: 'evil.geojson', url: '' }],
    });
    expect(a?.fileProperties).toEqual([
      ['name', '<img src=x onerror=window.__pwned=1>'],
      ['url', 'javascript:alert(1)'],
      ['nested', '{"a":[1,2]}'],
    ]);
    expect(b?.feature.properties.id).toBe('import-7-1');
    expect(b?.feature.properties.name_en).toBe('evil.geojson #2');
  });

  it('accepts a bare Feature or geometry', () => {
    expect(run(JSON.stringify(pt(...LZ))).features).toHaveLength(1);
    expect(run(JSON.stringify({ type: 'LineString', coordinates: [LZ, [103.9, 36.1]] })).features).toHaveLength(1);
  });
});

describe('import: GPX', () => {
  const gpx = (body: string) =>
    `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">${body}</gpx>`;

  it('reads waypoints and tracks', () => {
    const r = run(
      gpx(
        `<wpt lat="36.0648" lon="103.8145"><name>中山桥</name></wpt><trk><name>walk</name><trkseg><trkpt lat="36.06" lon="103.81"/><trkpt lat="36.07" lon="103.83"/></trkseg></trk>`,
      ),
      'walk.gpx',
    );
    expect(r.errors).toEqual([]);
    expect(r.format).toBe('gpx');
    // togeojson lists tracks before waypoints.
    expect(r.features.map((f) => [f.feature.properties.name_zh, f.feature.geometry?.type])).toEqual([
      ['walk', 'LineString'],
      ['中山桥', 'Point'],
    ]);
  });

  it('reports broken XML and a non-GPX root', () => {
    expect(run('<gpx><wpt lat="1" lon="2"></gpx>', 'bad.gpx').errors[0]).toMatchObject({ code: 'xml-syntax' });
    // The root decides: KML saved as .gpx is read as KML (here an empty one); an unknown root is refused.
    expect(run('<kml></kml>', 'x.gpx')).toMatchObject({ format: 'kml', errors: [{ code: 'no-features' }] });
    expect(run('<svg></svg>', 'x.gpx').errors).toEqual([{ code: 'not-gpx', root: 'svg' }]);
    expect(run('<svg></svg>', 'x.xml').errors).toEqual([{ code: 'xml-root', root: 'svg' }]);
  });

  it('out-of-range GPX points are refused like GeoJSON ones', () => {
    expect(run(gpx('<wpt lat="100" lon="500"><name>x</name></wpt>'), 'far.gpx').errors[0]).toMatchObject({
      code: 'out-of-range',
    });
  });
});
