// KML and CSV export: escaping, and round trips through our own importer (export → import gives the same
// positions and names), for the site list and for imported layers.
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { parseImport } from '../../../../src/data/import/parse-import';
import type { ImportOutcome } from '../../../../src/data/import/parse-import';
import { parseXmlStrict } from '../../../../src/data/import/xmldom-parse';
import { escapeXml, kmlColor, writeKml } from '../../../../src/data/export/kml-write';
import { recordsToCsv, recordsToGeoJson, recordsToKml, toWkt } from '../../../../src/data/export/feature-export';
import type { ExportRecord } from '../../../../src/data/export/feature-export';
import { siteRecords } from '../../../../src/data/export/site-records';
import { FIXTURE } from '../fixture-features';

const reimport = (text: string, fileName: string): ImportOutcome =>
  parseImport(text, { fileName, crs: 'WGS84', importNo: 1, parseXml: parseXmlStrict });
const HOSTILE = `<script>alert("x")</script> & 'quotes' ]]> \u0001bell`;
const geometries: Geometry[] = [
  { type: 'Point', coordinates: [103.8145, 36.0648] },
  {
    type: 'LineString',
    coordinates: [
      [103.8, 36.06],
      [103.81, 36.065],
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        [103.8, 36.05],
        [103.81, 36.05],
        [103.81, 36.055],
        [103.8, 36.05],
      ],
    ],
  },
  {
    type: 'MultiPoint',
    coordinates: [
      [103.8, 36.06],
      [103.9, 36.1],
    ],
  },
  {
    type: 'MultiLineString',
    coordinates: [
      [
        [103.8, 36.06],
        [103.81, 36.065],
      ],
      [
        [103.82, 36.07],
        [103.83, 36.075],
      ],
    ],
  },
];
const records: ExportRecord[] = geometries.map((g, i) => ({
  name: i === 0 ? HOSTILE : `Shape ${i + 1} 形状`,
  description: 'line one\nline two',
  geometry: g,
  columns: [
    ['kind', g.type],
    ['note', i === 0 ? '=1+1' : null],
  ],
}));

describe('KML writer', () => {
  it('escapes text and attributes and drops characters XML forbids', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0000\uFFFE`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(kmlColor('#CC79A7')).toBe('ffa779cc');
    const text = writeKml({
      name: HOSTILE,
      placemarks: [{ name: HOSTILE, geometry: null, data: [[HOSTILE, HOSTILE]] }],
    });
    expect(text).not.toContain('<script>');
    // Well-formed: parses with the strict parser.
    expect(() => parseXmlStrict(text)).not.toThrow();
  });

  it('round trip: every geometry kind comes back with its positions and name', () => {
    const back = reimport(recordsToKml(records, 'Test export'), 'export.kml');
    expect(back.errors).toEqual([]);
    expect(back.features.map((f) => f.feature.properties.name_en)).toEqual(
      records.map((r) => r.name.replace('\u0001', '')),
    );
    back.features.forEach((f, i) => {
      const g = f.feature.geometry;
      const want = geometries[i]!;
      // KML has no multi-geometries of its own: they come back as a collection of the parts.
      if (g?.type === 'GeometryCollection') {
        const parts = g.geometries.map((p) => (p.type === 'Point' || p.type === 'LineString' ? p.coordinates : null));
        expect(parts).toEqual(want.type === 'MultiPoint' || want.type === 'MultiLineString' ? want.coordinates : null);
      } else expect(g).toEqual(want);
    });
    expect(Object.fromEntries(back.features[0]!.fileProperties)).toMatchObject({
      kind: 'Point',
      note: '=1+1',
      description: 'line one\nline two',
    });
  });
});

describe('CSV and GeoJSON export', () => {
  it('CSV round trip: points come back with the same positions and names; lines carry WKT', () => {
    const csv = recordsToCsv(records);
    expect(csv.startsWith('\ufeffname,description,kind,note,lon,lat,wkt\r\n')).toBe(true);
    // The formula is guarded for spreadsheets…
    expect(csv).toContain(`'=1+1`);
    expect(csv).toContain('"LINESTRING (103.8 36.06, 103.81 36.065)"');
    const back = reimport(csv, 'export.csv');
    expect(back.errors).toEqual([]);
    // …and the guard is taken off on import. Rows without lon/lat (lines, areas) are reported, not imported.
    expect(back.features).toHaveLength(1);
    expect(back.features[0]!.feature.properties.name_en).toBe(HOSTILE.replace('\u0001', '\u0001'));
    expect(back.features[0]!.feature.geometry).toEqual(geometries[0]);
    expect(Object.fromEntries(back.features[0]!.fileProperties).note).toBe('=1+1');
    expect(back.warnings).toContainEqual({ code: 'csv-bad-rows', count: 4, examples: [3, 4, 5, 6], unit: 'row' });
  });

  it('WKT of every geometry kind', () => {
    expect(
      toWkt({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [1, 2],
              [3, 4],
              [5, 6],
              [1, 2],
            ],
          ],
        ],
      }),
    ).toBe('MULTIPOLYGON (((1 2, 3 4, 5 6, 1 2)))');
    expect(toWkt({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] })).toBe(
      'GEOMETRYCOLLECTION (POINT (1 2))',
    );
  });

  it('the site list: CSV and KML round trips keep every located site with its name and position', () => {
    const sites = FIXTURE;
    const located = sites.filter((s) => s.geometry?.type === 'Point');
    for (const lang of ['zh', 'en'] as const) {
      const recs = siteRecords(sites, lang);
      const csv = reimport(recordsToCsv(recs), 'sites.csv');
      expect(csv.errors).toEqual([]);
      // Both names come back (the name_zh / name_en columns), whichever language named the rows.
      const want = located.map((s) => [s.properties.name_zh, s.properties.name_en, s.geometry]);
      const got = (o: ImportOutcome) =>
        o.features
          .filter((f) => f.feature.geometry?.type === 'Point')
          .map((f) => [f.feature.properties.name_zh, f.feature.properties.name_en, f.feature.geometry]);
      expect(got(csv)).toEqual(want);
      const kml = reimport(recordsToKml(recs, 'sites'), 'sites.kml');
      expect(kml.errors).toEqual([]);
      expect(got(kml)).toEqual(want);
      expect(kml.features[0]!.fileProperties.find(([k]) => k === 'name')?.[1]).toBe(
        lang === 'zh' ? located[0]!.properties.name_zh : located[0]!.properties.name_en,
      );
    }
    const csvText = recordsToCsv(siteRecords(sites, 'en'));
    expect(csvText.split('\r\n')[0]).toMatch(
      /^\ufeffname,id,name_zh,name_en,layer,district,address,era,level,grade,category,precision,position_source,sources,lon,lat(,wkt)?$/,
    );
    expect(csvText).toContain('test fixture <https://example.org/>');
  });

  it('GeoJSON export is valid GeoJSON that imports back', () => {
    const back = reimport(recordsToGeoJson(records), 'export.geojson');
    expect(back.errors).toEqual([]);
    expect(back.features.map((f) => f.feature.geometry)).toEqual(geometries);
  });
});
