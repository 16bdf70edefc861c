import { describe, expect, it } from 'vitest';
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { gpx } from '@tmcw/togeojson';
import type { LineString, MultiLineString, Point } from 'geojson';
import { computeRouteLegs, type RouteStop } from '../../../src/analysis/route-legs';
import {
  importGeoJson,
  importGpx,
  importGpxText,
  MAX_IMPORT_STOPS,
  routeToGeoJson,
  routeToGpx,
  type ExportableRoute,
  type XmlEnvironment,
} from '../../../src/data/route-gpx';

const env: XmlEnvironment = { implementation: new DOMImplementation(), serializer: new XMLSerializer() };
const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

const STOPS: RouteStop[] = [
  {
    id: 'zhongshan-bridge',
    name: '中山桥 Zhongshan Bridge',
    coordinates: [103.8183, 36.0661],
    precision: 'exact',
    layer: 'heritage-units',
  },
  { id: 'gansu-museum', name: '甘肃省博物馆', coordinates: [103.7717, 36.0664], precision: 'exact', layer: 'museums' },
  {
    id: 'baita-shan',
    name: 'Baita Hill & "park" <north>',
    coordinates: [103.8218, 36.0706],
    precision: 'approximate',
    layer: 'scenic-spots',
  },
];
const LINE: LineString = {
  type: 'LineString',
  coordinates: [
    [103.76, 36.065],
    [103.8, 36.066],
    [103.83, 36.068],
  ],
};
const { legs } = computeRouteLegs(STOPS, LINE);
const ROUTE: ExportableRoute = { name: '黄河一日 / A day on the Yellow River', stops: STOPS, legs, mode: 'walk' };

describe('route export', () => {
  it('GPX round trip through @tmcw/togeojson: waypoints keep names, ids and positions; one track with a segment per leg', () => {
    const text = routeToGpx(ROUTE, env);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(text).toContain('creator="Lanzhou Cultural Map"');
    const fc = gpx(parse(text));
    const points = fc.features.filter((f) => f.geometry?.type === 'Point');
    expect(points.map((f) => f.properties?.name)).toEqual(STOPS.map((s) => s.name));
    expect(points.map((f) => f.properties?.desc)).toEqual(STOPS.map((s) => s.id));
    points.forEach((f, i) => expect((f.geometry as Point).coordinates).toEqual(STOPS[i]!.coordinates));
    const tracks = fc.features.filter(
      (f) => f.geometry?.type === 'MultiLineString' || f.geometry?.type === 'LineString',
    );
    expect(tracks).toHaveLength(1);
    expect(tracks[0]!.properties?.name).toBe(ROUTE.name);
    const segs = (tracks[0]!.geometry as MultiLineString).coordinates;
    expect(segs).toEqual(legs.map((l) => l.geometry.coordinates));
    // And back into stop candidates.
    const imported = importGpx(parse(text));
    expect(imported.errors).toEqual([]);
    expect(imported.skipped).toBe(1);
    expect(imported.candidates).toEqual(
      STOPS.map((s) => ({ name: s.name, lon: s.coordinates[0], lat: s.coordinates[1], id: s.id })),
    );
  });

  it('GPX of a single stop has no track', () => {
    const text = routeToGpx({ name: 'one', stops: STOPS.slice(0, 1), legs: [] }, env);
    expect(text).not.toContain('<trk');
    expect(importGpxText(text, new DOMParser()).candidates).toHaveLength(1);
  });

  it('GeoJSON export: stops then legs, with properties', () => {
    const fc = routeToGeoJson(ROUTE);
    expect(fc.features.map((f) => f.properties.role)).toEqual(['stop', 'stop', 'stop', 'leg', 'leg']);
    const leg = fc.features[3]!;
    expect(leg.properties).toMatchObject({ role: 'leg', number: 1, from: 'zhongshan-bridge', to: 'gansu-museum' });
    // Round trip of the GeoJSON: lines are skipped, stops come back with ids.
    const back = importGeoJson(JSON.stringify(fc));
    expect(back.errors).toEqual([]);
    expect(back.skipped).toBe(2);
    expect(back.candidates.map((c) => c.id)).toEqual(STOPS.map((s) => s.id));
    expect(back.candidates[2]).toEqual({ name: STOPS[2]!.name, lon: 103.8218, lat: 36.0706, id: 'baita-shan' });
  });
});

describe('route import', () => {
  it('reads <rtept> when a GPX has a route and no waypoints', () => {
    const text = `<?xml version="1.0"?><gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
      <rte><name>r</name><rtept lat="36.06" lon="103.8"><name>A</name></rtept><rtept lat="36.07" lon="103.81"/></rte></gpx>`;
    const r = importGpxText(text, new DOMParser());
    expect(r.candidates).toEqual([
      { name: 'A', lon: 103.8, lat: 36.06 },
      { name: '', lon: 103.81, lat: 36.07 },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBe(0);
  });

  it('lists errors without throwing: malformed XML, not GPX, bad coordinates, tracks only', () => {
    // xmldom reports to the console unless given an onError; keep the test output quiet.
    const quiet = new DOMParser({ onError: () => undefined });
    expect(importGpxText('<gpx><wpt', quiet).errors[0]!.code).toBe('parse-error');
    expect(importGpx(parse('<kml xmlns="http://www.opengis.net/kml/2.2"/>')).errors[0]!.code).toBe('not-gpx');
    // What Chromium's DOMParser returns for broken XML: the partial root with a <parsererror> inside.
    expect(
      importGpx(parse('<gpx><parsererror>line 1</parsererror><wpt lat="36" lon="103"/></gpx>')).errors[0]!.code,
    ).toBe('parse-error');
    const bad = importGpxText(
      `<gpx xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="95" lon="103"><name>bad</name></wpt>
       <wpt lat="36.1" lon="103.9"><name>good</name></wpt></gpx>`,
      new DOMParser(),
    );
    expect(bad.candidates.map((c) => c.name)).toEqual(['good']);
    expect(bad.errors).toMatchObject([{ code: 'bad-coordinates', index: 0 }]);
    // A <wpt> with no lat is dropped by togeojson itself; the import still reports it.
    const noLat = importGpxText(
      `<gpx xmlns="http://www.topografix.com/GPX/1/1"><wpt lon="103"/><wpt lat="36.1" lon="103.9"/></gpx>`,
      new DOMParser(),
    );
    expect(noLat.candidates).toHaveLength(1);
    expect(noLat.errors).toMatchObject([{ code: 'bad-coordinates', index: null }]);
    const tracks = importGpxText(
      `<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="36" lon="103"/><trkpt lat="36.1" lon="103.1"/></trkseg></trk></gpx>`,
      new DOMParser(),
    );
    expect(tracks.candidates).toEqual([]);
    expect(tracks.skipped).toBe(1);
    expect(tracks.errors.map((e) => e.code)).toEqual(['no-stops']);
  });

  it('GeoJSON: invalid JSON, wrong types, bad points and caps, each reported with its index', () => {
    expect(importGeoJson('{nope').errors[0]!.code).toBe('parse-error');
    expect(importGeoJson('42').errors[0]!.code).toBe('not-geojson');
    expect(importGeoJson({ type: 'Topology' }).errors[0]!.code).toBe('not-geojson');
    const mixed = importGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name_zh: '白塔山' },
          geometry: { type: 'Point', coordinates: [103.82, 36.07] },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [500, 36] } },
        { type: 'Feature', properties: {}, geometry: null },
        null,
        {
          type: 'Feature',
          properties: { name: 'two' },
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [103.8, 36],
              [103.9, 36.1],
            ],
          },
        },
        { type: 'Feature', properties: { id: 'Not An Id!' }, geometry: { type: 'Point', coordinates: [103.7, 36.05] } },
      ],
    });
    expect(mixed.candidates).toEqual([
      { name: '白塔山', lon: 103.82, lat: 36.07 },
      { name: 'two', lon: 103.8, lat: 36 },
      { name: 'two', lon: 103.9, lat: 36.1 },
      { name: '', lon: 103.7, lat: 36.05 },
    ]);
    expect(mixed.errors.map((e) => [e.code, e.index])).toEqual([
      ['bad-coordinates', 1],
      ['unsupported-geometry', 2],
      ['not-geojson', 3],
    ]);
    const many = importGeoJson({
      type: 'MultiPoint',
      coordinates: Array.from({ length: MAX_IMPORT_STOPS + 5 }, (_, i) => [103 + i * 0.001, 36]),
    });
    expect(many.candidates).toHaveLength(MAX_IMPORT_STOPS);
    expect(many.errors.map((e) => e.code)).toEqual(['too-many']);
    expect(importGeoJson({ type: 'FeatureCollection', features: [] }).errors.map((e) => e.code)).toEqual(['no-stops']);
  });
});
