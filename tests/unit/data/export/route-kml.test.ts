// The route as KML (stops as numbered placemarks, legs as one line) and the route's GPX against the official
// GPX 1.1 schema (tests/fixtures/gpx-1.1/gpx.xsd) with xmllint from Debian's libxml2-utils
// (scripts/ensure-system-deps.sh installs it).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import type { LineString } from 'geojson';
import { computeRouteLegs, type RouteStop } from '../../../../src/analysis/route-legs';
import { routeToGpx, type ExportableRoute } from '../../../../src/data/route-gpx';
import { joinLegs, routeToKml } from '../../../../src/data/export/route-kml';
import { parseImport } from '../../../../src/data/import/parse-import';
import { parseXmlStrict } from '../../../../src/data/import/xmldom-parse';

// Test stops (arbitrary positions in central Lanzhou; names made up, one hostile).
const STOPS: RouteStop[] = [
  {
    id: 'stop-a',
    name: 'Test stop A 甲',
    coordinates: [103.8183, 36.0661],
    precision: 'exact',
    layer: 'heritage-units',
  },
  { id: 'stop-b', name: 'Test stop B', coordinates: [103.7717, 36.0664], precision: 'exact', layer: 'museums' },
  {
    id: 'stop-c',
    name: 'C & "park" <script>',
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
const ROUTE: ExportableRoute = { name: 'Test route <one>', stops: STOPS, legs, mode: 'walk' };
const WORDS = { line: 'Route', lineDescription: '3 stops, 2 legs', color: '#CC79A7' };

describe('route KML', () => {
  it('stops come back as placemarks named with their order, the legs as one line', () => {
    const kml = routeToKml(ROUTE, WORDS);
    const back = parseImport(kml, { fileName: 'route.kml', crs: 'WGS84', importNo: 1, parseXml: parseXmlStrict });
    expect(back.errors).toEqual([]);
    const names = back.features.map((f) => f.feature.properties.name_en);
    expect(names).toEqual(['1. Test stop A 甲', '2. Test stop B', '3. C & "park" <script>', 'Route']);
    back.features.slice(0, 3).forEach((f, i) => {
      expect(f.feature.geometry).toEqual({ type: 'Point', coordinates: STOPS[i]!.coordinates });
      expect(Object.fromEntries(f.fileProperties)).toMatchObject({ order: String(i + 1), id: STOPS[i]!.id });
    });
    const line = back.features[3]!.feature.geometry;
    expect(line?.type).toBe('LineString');
    expect(line?.type === 'LineString' ? line.coordinates : []).toEqual(joinLegs(ROUTE));
    // One line through every leg, the joint between legs not repeated.
    const total = legs.reduce((n, l) => n + l.geometry.coordinates.length, 0);
    expect(joinLegs(ROUTE).length).toBe(total - (legs.length - 1));
    expect(kml).toContain('<color>ffa779cc</color>');
  });

  it('a single stop has no line', () => {
    const kml = routeToKml({ name: 'one', stops: STOPS.slice(0, 1), legs: [] }, WORDS);
    expect(kml).not.toContain('<LineString>');
  });
});

describe('route GPX against the GPX 1.1 schema', () => {
  it('validates with xmllint --schema (official XSD)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lcm-gpx-'));
    try {
      const file = join(dir, 'route.gpx');
      writeFileSync(
        file,
        routeToGpx(ROUTE, { implementation: new DOMImplementation(), serializer: new XMLSerializer() }),
      );
      const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'tests/fixtures/gpx-1.1/gpx.xsd', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out).toBe('');
      // And the schema does reject a broken GPX, so the check is real.
      const bad = join(dir, 'bad.gpx');
      writeFileSync(bad, '<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1"><wpt lat="99" lon="1"/></gpx>');
      expect(() =>
        execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'tests/fixtures/gpx-1.1/gpx.xsd', bad], {
          stdio: 'pipe',
        }),
      ).toThrow(/fails to validate|creator|lat/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('route KML back into the route planner', () => {
  it('its stops come back in order with their ids; the line is not a stop', async () => {
    const { stopCandidates } = await import('../../../../src/data/import/route-stops');
    const back = parseImport(routeToKml(ROUTE, WORDS), {
      fileName: 'route.kml',
      crs: 'WGS84',
      importNo: 1,
      parseXml: parseXmlStrict,
    });
    const { candidates, skipped, tooMany } = stopCandidates(back);
    expect(candidates).toEqual(
      STOPS.map((s) => ({ name: s.name, lon: s.coordinates[0], lat: s.coordinates[1], id: s.id })),
    );
    expect(skipped).toBe(1);
    expect(tooMany).toBe(false);
  });
});
