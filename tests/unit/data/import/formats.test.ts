// KML, KMZ, TCX and CSV import, the one-position track, text encodings and hostile inputs, on the small
// hand-written fixtures in tests/fixtures/interop/.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import type { Crs } from '../../../../src/types';
import { parseImport, parseImportBytes } from '../../../../src/data/import/parse-import';
import type { ImportOutcome } from '../../../../src/data/import/parse-import';
import { detectCsvColumns, parseCoordinate } from '../../../../src/data/import/csv-points';
import { decodeText } from '../../../../src/data/import/decode';
import { htmlToText } from '../../../../src/data/import/html-text';
import { MAX_FILE_BYTES } from '../../../../src/data/import/limits';

import { parseXmlStrict as parseXml } from '../../../../src/data/import/xmldom-parse';
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/interop/${name}`));
const opts = (fileName: string, crs: Crs = 'WGS84') => ({ fileName, crs, importNo: 3, parseXml });
const bytes = (name: string, crs: Crs = 'WGS84') => parseImportBytes(fixture(name), opts(name, crs));
const names = (o: ImportOutcome) => o.features.map((f) => f.feature.properties.name_en);
const byName = (o: ImportOutcome, name: string) => o.features.find((f) => f.feature.properties.name_en === name);

describe('import: KML', () => {
  const o = bytes('places.kml');

  it('reads points, lines, polygons, MultiGeometry, gx:Track and gx:MultiTrack with their names', () => {
    expect(o.errors).toEqual([]);
    expect(o.format).toBe('kml');
    expect(names(o)).toEqual([
      'Test point A',
      'Test line',
      'Test area',
      'Test multi',
      'Test track',
      'Test multitrack',
      'One-position line',
    ]);
    const types = o.features.map((f) => f.feature.geometry?.type);
    expect(types).toEqual([
      'Point',
      'LineString',
      'Polygon',
      'GeometryCollection',
      'LineString',
      'GeometryCollection',
      'Point',
    ]);
    expect(byName(o, 'Test point A')?.feature.geometry).toEqual({ type: 'Point', coordinates: [103.8145, 36.0648, 0] });
  });

  it('keeps ExtendedData and SimpleData as properties, and the description as plain text', () => {
    const a = byName(o, 'Test point A');
    const props = Object.fromEntries(a?.fileProperties ?? []);
    expect(props.kind).toBe('test');
    expect(props.height_m).toBe('12');
    expect(props.description).toBe('First test point\nsecond line');
    // Style keys are used for colour, not listed as properties.
    expect(props.styleUrl).toBeUndefined();
    expect(a?.color).toBe('#ff0000');
  });

  it('a one-position line becomes a point, with a warning naming the placemark', () => {
    expect(o.warnings).toContainEqual({ code: 'single-position', count: 1, examples: [7], unit: 'placemark' });
  });

  it('says that GroundOverlays and NetworkLinks were not drawn, and imports the rest', () => {
    expect(o.warnings).toContainEqual({ code: 'not-drawable', networkLinks: 1, groundOverlays: 1, otherOverlays: 0 });
    expect(names(o)).not.toContain('Scanned map');
    expect(names(o)).not.toContain('More places');
  });

  it('a malformed KML is refused with the line and column', () => {
    const r = bytes('broken.kml');
    expect(r.features).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'xml-syntax', format: 'kml' });
    expect((r.errors[0] as { detail: string }).detail).toMatch(
      /^Opening and ending tag mismatch: "Placemark" != "Document" \(line \d+, column \d+\)$/,
    );
  });

  it('hostile: entity declarations ("billion laughs") are not expanded; the file is refused', () => {
    const r = bytes('hostile.kml');
    expect(r.features).toEqual([]);
    expect(r.errors[0]).toMatchObject({ code: 'xml-syntax', format: 'kml' });
  });

  it('hostile: script-like names stay literal text; huge coordinates are refused as out of range', () => {
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&lt;img src=x onerror=alert(1)&gt;</name><Point><coordinates>103.8,36.06</coordinates></Point></Placemark></kml>`;
    expect(names(parseImport(kml, opts('x.kml')))).toEqual(['<img src=x onerror=alert(1)>']);
    const huge = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>far</name><Point><coordinates>1e308,36.06</coordinates></Point></Placemark><Placemark><name>inf</name><Point><coordinates>103.8,99999999999999999999999</coordinates></Point></Placemark></kml>`;
    const r = parseImport(huge, opts('huge.kml'));
    expect(r.errors).toEqual([{ code: 'out-of-range', count: 2, examples: [1, 2], unit: 'placemark' }]);
  });

  it('empty and rootless files get their own messages', () => {
    expect(parseImport('', opts('e.kml')).errors).toEqual([{ code: 'empty' }]);
    expect(parseImport('<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', opts('e.kml')).errors).toEqual([
      { code: 'no-features' },
    ]);
    expect(parseImportBytes(new Uint8Array(), opts('e.kml')).errors).toEqual([{ code: 'empty' }]);
  });

  it('converts a declared GCJ-02 KML to WGS84', () => {
    const r = bytes('places.kml', 'GCJ-02');
    const p = byName(r, 'Test point A')?.feature;
    expect(p?.properties.position_original).toEqual([103.8145, 36.0648]);
    const [lon = 0, lat = 0] = p?.geometry?.type === 'Point' ? p.geometry.coordinates : [];
    // GCJ-02 is shifted a few hundred metres from WGS84 in Lanzhou.
    expect(Math.abs(lon - 103.8145)).toBeGreaterThan(0.001);
    expect(Math.abs(lat - 36.0648)).toBeGreaterThan(0.0001);
  });
});

describe('import: KMZ', () => {
  const kml = readFileSync('tests/fixtures/interop/places.kml', 'utf8');

  it('reads doc.kml from the archive (images beside it are ignored)', () => {
    const kmz = zipSync({ 'doc.kml': strToU8(kml), 'files/scan.png': new Uint8Array([137, 80, 78, 71]) });
    const r = parseImportBytes(kmz, opts('places.kmz'));
    expect(r.errors).toEqual([]);
    expect(r.format).toBe('kmz');
    expect(r.features).toHaveLength(7);
  });

  it('falls back to the first .kml when there is no doc.kml', () => {
    const r = parseImportBytes(zipSync({ 'sub/places.kml': strToU8(kml) }), opts('p.kmz'));
    expect(r.features).toHaveLength(7);
  });

  it('refuses a broken archive, one without KML, and one whose KML inflates past the size limit', () => {
    const kmz = zipSync({ 'doc.kml': strToU8(kml) });
    expect(parseImportBytes(kmz.slice(0, 40), opts('cut.kmz')).errors[0]).toMatchObject({ code: 'kmz-broken' });
    expect(parseImportBytes(zipSync({ 'a.txt': strToU8('hi') }), opts('x.kmz')).errors).toEqual([
      { code: 'kmz-no-kml', entries: 1 },
    ]);
    const bomb = zipSync({ 'doc.kml': new Uint8Array(MAX_FILE_BYTES + 1).fill(32) }, { level: 1 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(parseImportBytes(bomb, opts('bomb.kmz')).errors[0]).toMatchObject({ code: 'too-large' });
    expect(parseImport('not a zip', opts('x.kmz')).errors[0]).toMatchObject({ code: 'kmz-broken' });
  }, 30_000);
});

describe('import: TCX', () => {
  const o = bytes('activity.tcx');

  it('reads activity laps and courses as lines, course points as named points', () => {
    expect(o.errors).toEqual([]);
    expect(o.format).toBe('tcx');
    expect(names(o)).toEqual(['2024-05-01T08:00:00Z · lap 1', '2024-05-01T08:00:00Z · lap 2', 'Test course', 'Water']);
    // The trackpoint without a position (heart rate only) is skipped.
    expect(o.features[0]?.feature.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [103.8, 36.06],
        [103.81, 36.065],
        [103.82, 36.07],
      ],
    });
    expect(Object.fromEntries(o.features[0]?.fileProperties ?? [])).toMatchObject({
      sport: 'Biking',
      metres: '2500',
      seconds: '600',
    });
  });

  it('a lap of a single position becomes a point with a warning', () => {
    expect(o.features[1]?.feature.geometry).toEqual({ type: 'Point', coordinates: [103.82, 36.07] });
    expect(o.warnings).toContainEqual({ code: 'single-position', count: 1, examples: [2], unit: 'feature' });
  });

  it('a malformed TCX is refused; an empty one has no features', () => {
    expect(bytes('broken.tcx').errors[0]).toMatchObject({ code: 'xml-syntax', format: 'tcx' });
    expect(parseImport('<TrainingCenterDatabase/>', opts('e.tcx')).errors).toEqual([{ code: 'no-features' }]);
  });
});

describe('import: one-position GPX track', () => {
  it('an OsmAnd-style track of one fix is imported as a point, with a warning', () => {
    const gpx = `<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>One fix</name><trkseg><trkpt lat="36.06" lon="103.81"/></trkseg></trk></gpx>`;
    const r = parseImport(gpx, opts('one.gpx'));
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['One fix']);
    expect(r.features[0]?.feature.geometry).toEqual({ type: 'Point', coordinates: [103.81, 36.06] });
    expect(r.warnings).toEqual([{ code: 'single-position', count: 1, examples: [1], unit: 'feature' }]);
  });

  it('a GeoJSON LineString of one position (or of one repeated position) becomes a point', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'one' },
          geometry: { type: 'LineString', coordinates: [[103.8, 36.06]] },
        },
        {
          type: 'Feature',
          properties: { name: 'same' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [103.8, 36.06],
              [103.8, 36.06],
            ],
          },
        },
      ],
    };
    const r = parseImport(JSON.stringify(fc), opts('x.geojson'));
    expect(r.errors).toEqual([]);
    expect(r.features.map((f) => f.feature.geometry?.type)).toEqual(['Point', 'Point']);
    expect(r.warnings).toEqual([{ code: 'single-position', count: 2, examples: [1, 2], unit: 'feature' }]);
  });
});

describe('import: CSV', () => {
  it('finds English lon/lat/name columns, reports a bad row by its row number, imports the rest', () => {
    const r = bytes('points.csv');
    expect(r.errors).toEqual([]);
    expect(r.format).toBe('csv');
    expect(names(r)).toEqual(['Test point A', 'Test point B', 'Test point C']);
    expect(r.features[1]?.feature.geometry).toEqual({ type: 'Point', coordinates: [103.82, 36.07] });
    expect(r.warnings).toContainEqual({ code: 'csv-columns-used', lon: 'lon', lat: 'lat', name: 'name' });
    // Header = row 1; "Bad row" is row 4.
    expect(r.warnings).toContainEqual({ code: 'csv-bad-rows', count: 1, examples: [4], unit: 'row' });
    expect(Object.fromEntries(r.features[1]?.fileProperties ?? []).note).toBe('with, a comma');
  });

  it('reads Chinese headers, semicolons, decimal commas and a UTF-8 byte-order mark', () => {
    const r = bytes('points-zh.csv');
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['测试点甲', '测试点乙']);
    expect(r.features[0]?.feature.geometry).toEqual({ type: 'Point', coordinates: [103.8145, 36.0648] });
    expect(r.warnings).toContainEqual({ code: 'csv-columns-used', lon: '经度', lat: '纬度', name: '名称' });
  });

  it('detects and decodes a GBK file (Chinese Excel), and says so', () => {
    const r = bytes('points-gbk.csv');
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['测试点甲', '测试点乙']);
    expect(r.warnings[0]).toEqual({ code: 'decoded-gbk' });
  });

  it('asks for the columns when the header does not name them, then uses the chosen ones', () => {
    const r = bytes('no-coords.csv');
    expect(r.errors).toEqual([
      { code: 'csv-columns', headers: ['site', 'easting', 'northing'], lon: null, lat: null, name: 'site' },
    ]);
    const chosen = parseImportBytes(fixture('no-coords.csv'), {
      ...opts('no-coords.csv'),
      csvColumns: { lon: 'easting', lat: 'northing', name: 'site' },
    });
    expect(chosen.errors).toEqual([]);
    expect(names(chosen)).toEqual(['A']);
    expect(chosen.features[0]?.feature.geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
  });

  it('a file whose every row is bad is refused, naming the rows; an unclosed quote names its row', () => {
    const r = parseImport('lat,lon\nx,y\n,\n91,200\n', opts('bad.csv'));
    expect(r.errors).toEqual([{ code: 'csv-no-valid-rows', count: 2, examples: [2, 4], unit: 'row' }]);
    expect(parseImport('lat,lon,name\n36,103,"open\n36,103,b\n', opts('q.csv')).errors[0]).toMatchObject({
      code: 'csv-syntax',
      row: 2,
    });
    expect(parseImport('lat,lon\n', opts('h.csv')).errors).toEqual([{ code: 'no-features' }]);
    expect(parseImport('', opts('e.csv')).errors).toEqual([{ code: 'empty' }]);
  });

  it('TSV and the datum choice: a BD-09 table is converted to WGS84', () => {
    const r = parseImport('name\tlng\tlat\nA\t103.8145\t36.0648\n', opts('a.tsv', 'BD-09'));
    expect(r.errors).toEqual([]);
    expect(r.features[0]?.feature.properties.position_original).toEqual([103.8145, 36.0648]);
    expect(r.features[0]?.feature.properties.crs_original).toBe('BD-09');
  });

  it('hostile: script in a name is kept as text; a formula guard is taken off', () => {
    const r = parseImport(
      'name,x,y\n"<script>alert(1)</script>",103.8,36.06\n"\'=HYPERLINK(""x"")",103.81,36.06\n',
      opts('h.csv'),
    );
    expect(names(r)).toEqual(['<script>alert(1)</script>', '=HYPERLINK("x")']);
  });

  it('detects columns by common English and Chinese names', () => {
    expect(detectCsvColumns(['名称', '经度', '纬度'])).toEqual({ lon: '经度', lat: '纬度', name: '名称' });
    expect(detectCsvColumns(['Name', 'Longitude', 'Latitude'])).toEqual({
      lon: 'Longitude',
      lat: 'Latitude',
      name: 'Name',
    });
    expect(detectCsvColumns(['title', 'X', 'Y'])).toEqual({ lon: 'X', lat: 'Y', name: 'title' });
    expect(detectCsvColumns(['地点', '经度(°)', '纬度（度）'])).toEqual({
      lon: '经度(°)',
      lat: '纬度（度）',
      name: '地点',
    });
    expect(detectCsvColumns(['place_name', 'lng_gcj02', 'lat_gcj02'])).toEqual({
      lon: 'lng_gcj02',
      lat: 'lat_gcj02',
      name: 'place_name',
    });
    expect(detectCsvColumns(['long', 'lat'])).toMatchObject({ lon: 'long', lat: 'lat' });
    // Two candidates: the user must choose.
    expect(detectCsvColumns(['lon_a', 'lon_b', 'lat'])).toMatchObject({ lon: null, lat: 'lat' });
    expect(detectCsvColumns(['along', 'platform'])).toMatchObject({ lon: null, lat: null });
  });

  it('reads decimal commas and degree signs; refuses anything else', () => {
    expect(parseCoordinate('36,0648')).toBe(36.0648);
    expect(parseCoordinate(' 103.8° ')).toBe(103.8);
    expect(parseCoordinate('-1e2')).toBe(-100);
    expect(Number.isNaN(parseCoordinate('36°03′'))).toBe(true);
    expect(Number.isNaN(parseCoordinate('1,234,5'))).toBe(true);
    expect(Number.isNaN(parseCoordinate(''))).toBe(true);
  });
});

describe('import: text encodings', () => {
  it('UTF-8 with and without a mark, UTF-16 with a mark, GBK; refuses other bytes with a how-to message code', () => {
    const utf8 = new TextEncoder().encode('名称');
    expect(decodeText(utf8)).toEqual({ text: '名称', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '名称', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x0d, 0x54]))).toEqual({ text: '名', encoding: 'utf-16le' });
    // 兰州 in GBK.
    expect(decodeText(new Uint8Array([0xc0, 0xbc, 0xd6, 0xdd]))).toEqual({ text: '兰州', encoding: 'gbk' });
    // Latin-1 "café" is neither UTF-8 nor Chinese GBK text.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ error: 'not-utf8' });
    expect(parseImportBytes(new Uint8Array([0x6c, 0x61, 0x74, 0x2c, 0xe9, 0x0a]), opts('x.csv')).errors).toEqual([
      { code: 'not-utf8' },
    ]);
  });

  it('HTML descriptions become plain text', () => {
    expect(htmlToText('<div>a<br/>b</div><style>x{}</style>&lt;script&gt; &amp; &#x5170;')).toBe('a\nb\n<script> & 兰');
  });
});
