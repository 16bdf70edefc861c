import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyUpdates,
  candidatesFromOverpass,
  candidatesFromWikidata,
  matchRefresh,
  normaliseName,
  type RefreshReport,
} from '../../../scripts/lib/refresh-match';
import { validateGeodata } from '../../../scripts/lib/validate';
import { GEODATA, readLayers } from '../data/geodata-files';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'refresh');
const overpass = JSON.parse(readFileSync(join(FIX, 'overpass.json'), 'utf8')) as unknown;
const wikidata = JSON.parse(readFileSync(join(FIX, 'wikidata.json'), 'utf8')) as unknown;

describe('parsing recorded responses', () => {
  it('reads Overpass elements with lat/lon or center, and skips unnamed ones', () => {
    const c = candidatesFromOverpass(overpass);
    expect(c.map((x) => x.ref)).not.toContain('node/900000007');
    const bridge = c.find((x) => x.ref === 'way/223253546');
    expect(bridge).toMatchObject({ coords: [103.8146, 36.0647], precision: 'exact', wikidata: 'Q13406268' });
    // A park several hundred metres across: its centre only stands for the area.
    expect(c.find((x) => x.ref === 'way/405316034')?.precision).toBe('approximate');
  });
  it('reads SPARQL JSON bindings, merging rows of one item', () => {
    const c = candidatesFromWikidata(wikidata);
    expect(c.map((x) => x.ref)).toEqual(['Q13406268', 'Q15397819', 'Q4115189']);
    expect(c.find((x) => x.ref === 'Q4115189')?.names).toEqual(['明肃王墓', 'Tombs of the Ming Princes of Su']);
    expect(c.find((x) => x.ref === 'Q13406268')?.osm).toBe('way/223253546');
  });
  it('rejects responses in the wrong shape', () => {
    expect(() => candidatesFromOverpass({})).toThrow(/elements/);
    expect(() => candidatesFromWikidata({ head: {} })).toThrow(/bindings/);
  });
  it('normalises names', () => {
    expect(normaliseName('兰州黄河铁桥 (中山桥)')).toBe('兰州黄河铁桥');
    expect(normaliseName('金城关·黄河古渡')).toBe('金城关黄河古渡');
    expect(normaliseName('Zhongshan Bridge')).toBe('zhongshanbridge');
  });
});

describe('matchRefresh on the fixtures', () => {
  const layers = readLayers();
  const report: RefreshReport = matchRefresh(layers, [
    ...candidatesFromOverpass(overpass),
    ...candidatesFromWikidata(wikidata),
  ]);
  const upd = (id: string) => report.updates.find((u) => u.id === id);

  it('places unplaced features by OSM name, and upgrades an approximate village point by Wikidata label', () => {
    expect(upd('ming-prince-su-tombs')).toMatchObject({ kind: 'upgraded', matchedBy: 'name', candidate: 'Q4115189' });
    expect(upd('ming-prince-su-tombs')?.to).toMatchObject({
      precision: 'exact',
      position_source: 'Wikidata Q4115189',
      wikidata: 'Q4115189',
    });
    expect(upd('jintian-temple')).toMatchObject({ kind: 'placed', candidate: 'node/900000006' });
  });

  it('matches by OSM id first and refines an exact position within 100 m', () => {
    const u = upd('zhongshan-bridge');
    expect(u).toMatchObject({ kind: 'refined', matchedBy: 'osm', candidate: 'way/223253546', movedM: 18 });
    expect(u?.to.position_source).toBe('OpenStreetMap way/223253546');
    // The tourist-line stop at the same bridge gets the same position and source.
    expect(upd('tourist-line-stop-zhongshan-bridge')?.to).toEqual(u?.to);
  });

  it('upgrades approximate positions and reports moves over 100 m', () => {
    expect(upd('baita-mountain-buildings')).toMatchObject({ kind: 'upgraded', movedM: 338 });
    expect(report.moved.map((m) => m.id).sort()).toEqual([
      'baita-mountain-buildings',
      'baita-mountain-park',
      'ming-prince-su-tombs',
      'tourist-line-stop-baita-mountain',
    ]);
  });

  it('never lowers precision', () => {
    expect(upd('wuquan-mountain-park')).toBeUndefined();
    expect(report.unchanged).toContainEqual({
      layer: 'scenic-spots',
      id: 'wuquan-mountain-park',
      candidate: 'way/405316034',
      reason: 'result is approximate, ours is exact',
    });
  });

  it('reports conflicts instead of guessing', () => {
    expect(report.conflicts.map((c) => c.id).sort()).toEqual(['lanzhou-city-god-temple', 'qingcheng-ancient-town']);
    expect(upd('lanzhou-city-god-temple')).toBeUndefined();
  });

  it('adds nothing silently: unmatched results are listed as new', () => {
    expect(report.new.map((n) => n.ref)).toEqual(['node/900000004', 'Q15397819']);
    const applied = applyUpdates(layers, report.updates);
    for (const [layer, fc] of Object.entries(layers))
      expect(applied[layer as keyof typeof applied]?.features.length).toBe(fc.features.length);
  });

  it('applies updates to copies that still validate', () => {
    const applied = applyUpdates(layers, report.updates);
    const f = applied['heritage-units']?.features.find((x) => x.properties.id === 'jintian-temple');
    expect(f?.geometry).toEqual({ type: 'Point', coordinates: [103.768748, 35.965153] });
    expect(f?.properties.precision).toBe('exact');
    expect(f?.properties.sources.at(-1)?.url).toBe('https://www.openstreetmap.org/node/900000006');
    // the input is untouched
    expect(layers['heritage-units'].features.find((x) => x.properties.id === 'jintian-temple')?.geometry).toBeNull();
  });
});

describe('scripts/data-refresh.ts on the fixtures', () => {
  it('writes a report, and with --write updates a copy of geodata that still validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refresh-'));
    cpSync(GEODATA, join(dir, 'geodata'), { recursive: true });
    const gd = join(dir, 'geodata');
    const args = [
      'tsx',
      'scripts/data-refresh.ts',
      '--overpass-file',
      join(FIX, 'overpass.json'),
      '--wikidata-file',
      join(FIX, 'wikidata.json'),
      '--geodata',
      gd,
    ];
    execFileSync('npx', args, { cwd: join(GEODATA, '..'), stdio: 'pipe' });
    const md = readFileSync(join(gd, 'refresh', 'refresh-report.md'), 'utf8');
    expect(md).toContain('- proposed updates: 8 (moved > 100 m: 4)');
    expect(md).toContain('## Conflicts (not applied)');
    expect(existsSync(join(gd, 'refresh', 'accepted-updates.json'))).toBe(false);
    const before = readFileSync(join(gd, 'heritage-units.geojson'), 'utf8');
    execFileSync('npx', [...args, '--write'], { cwd: join(GEODATA, '..'), stdio: 'pipe' });
    expect(readFileSync(join(gd, 'heritage-units.geojson'), 'utf8')).not.toBe(before);
    expect(existsSync(join(gd, 'refresh', 'accepted-updates.json'))).toBe(true);
    const files: Record<string, unknown> = {};
    for (const n of [
      'heritage-units',
      'scenic-spots',
      'museums',
      'ich-items',
      'designations',
      'tourist-line',
      'transport',
      'districts',
    ]) {
      files[`${n}.geojson`] = JSON.parse(readFileSync(join(gd, `${n}.geojson`), 'utf8')) as unknown;
    }
    for (const n of ['indicators.json', 'attribution.json', 'coverage-notes.json'])
      files[n] = JSON.parse(readFileSync(join(gd, n), 'utf8')) as unknown;
    for (const n of ['municipality-outline', 'context', 'yellow-river', 'district-labels']) {
      files[`base/${n}.geojson`] = JSON.parse(readFileSync(join(gd, 'base', `${n}.geojson`), 'utf8')) as unknown;
    }
    expect(validateGeodata(files).errors).toEqual([]);
  }, 60_000);
});
