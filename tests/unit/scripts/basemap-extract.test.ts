// The base-map extract against a small archive served by this test over 127.0.0.1 with HTTP range support,
// as the public builds are (they cannot be reached from here): the cut keeps exactly the tiles touching the
// area, byte for byte, and the CLI writes a readable archive.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PMTiles } from 'pmtiles';
import type { Source, RangeResponse } from 'pmtiles';
import type { FeatureCollection } from 'geojson';
import { writePmtiles } from '../../../scripts/lib/pmtiles-writer';
import type { TileInput } from '../../../scripts/lib/pmtiles-writer';
import { vectorTileSource } from '../../vector-tiles';
import { extractPmtiles, tilesInBbox } from '../../../scripts/lib/pmtiles-extract';
import type { Bbox } from '../../../scripts/lib/pmtiles-extract';
import { dailyBuildUrl, main, outlineBbox } from '../../../scripts/basemap-extract';

/** A made-up test pattern in Protomaps' layer names (earth, water, roads, places) over a wide area, z0–8. */
function sourceArchive(): { bytes: Uint8Array; tiles: TileInput[] } {
  const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
  const tile = vectorTileSource(
    {
      earth: fc([
        {
          type: 'Feature',
          properties: { kind: 'earth' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [100, 33],
                [107, 33],
                [107, 39],
                [100, 39],
                [100, 33],
              ],
            ],
          },
        },
      ]),
      water: fc([
        {
          type: 'Feature',
          properties: { kind: 'river' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [101, 35.5],
              [103.8, 36.06],
              [106, 37.5],
            ],
          },
        },
      ]),
      places: fc([
        {
          type: 'Feature',
          properties: { kind: 'locality', name: '兰州市', 'name:en': 'Lanzhou' },
          geometry: { type: 'Point', coordinates: [103.83, 36.06] },
        },
      ]),
    },
    8,
  );
  const tiles: TileInput[] = [];
  for (const [z, x, y] of tilesInBbox([100, 33, 107, 39], 0, 8)) {
    const mvt = tile(z, x, y);
    if (mvt) tiles.push({ z, x, y, data: new Uint8Array(gzipSync(mvt)) });
  }
  const { bytes } = writePmtiles(tiles, {
    tileCompression: 2,
    minZoom: 0,
    maxZoom: 8,
    bounds: [100, 33, 107, 39],
    center: [103.8, 36.06, 6],
    metadata: {
      name: 'test pattern',
      attribution: '© OpenStreetMap contributors (test pattern)',
      vector_layers: [{ id: 'earth' }, { id: 'water' }, { id: 'places' }],
    },
  });
  return { bytes, tiles };
}

/** An in-memory archive for reading results back. */
class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

let server: Server;
let url = '';
let source: { bytes: Uint8Array; tiles: TileInput[] };
const ranges: string[] = [];

beforeAll(async () => {
  source = sourceArchive();
  server = createServer((req, res) => {
    const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
    if (req.url !== '/build.pmtiles') return void res.writeHead(404).end();
    if (!m) return void res.writeHead(200, { 'content-length': source.bytes.length }).end(Buffer.from(source.bytes));
    ranges.push(m[0]);
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), source.bytes.length - 1);
    res.writeHead(206, {
      'content-range': `bytes ${start}-${end}/${source.bytes.length}`,
      'content-length': end - start + 1,
    });
    res.end(Buffer.from(source.bytes.subarray(start, end + 1)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/build.pmtiles`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const LANZHOU: Bbox = [102.6, 35.57, 104.57, 37.0];

describe('basemap extract', () => {
  it('keeps exactly the tiles that touch the area, with their bytes, over range requests', async () => {
    ranges.length = 0;
    const result = await extractPmtiles(new PMTiles(url), {
      bbox: LANZHOU,
      minZoom: 0,
      maxZoom: 8,
      concurrency: 4,
      description: 'test cut',
    });
    expect(ranges.length).toBeGreaterThan(0); // read by ranges, never the whole file
    const wanted = new Set(tilesInBbox(LANZHOU, 0, 8).map((t) => t.join('/')));
    const expected = source.tiles.filter((t) => wanted.has(`${t.z}/${t.x}/${t.y}`));
    expect(result.tiles).toBe(expected.length);
    expect(result.tiles).toBeLessThan(source.tiles.length);

    const out = new PMTiles(new BytesSource(result.bytes));
    const header = await out.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([0, 8]);
    expect(header.minLon).toBeCloseTo(LANZHOU[0], 5);
    expect(header.maxLat).toBeCloseTo(LANZHOU[3], 5);
    for (const t of expected) {
      const got = await out.getZxy(t.z, t.x, t.y);
      expect(Buffer.from(new Uint8Array(got!.data)).equals(gunzipSync(t.data)), `${t.z}/${t.x}/${t.y}`).toBe(true);
    }
    // A tile outside the area is not in the cut.
    const outside = source.tiles.find((t) => t.z === 8 && !wanted.has(`${t.z}/${t.x}/${t.y}`))!;
    expect(await out.getZxy(outside.z, outside.x, outside.y)).toBeUndefined();
    const meta = (await out.getMetadata()) as Record<string, unknown>;
    expect(meta['attribution']).toContain('OpenStreetMap');
    expect(meta['description']).toBe('test cut');
  });

  it('clamps the zooms to what the source has, and says so when none overlap', async () => {
    const r = await extractPmtiles(new PMTiles(url), { bbox: LANZHOU, minZoom: 5, maxZoom: 15, description: 'x' });
    expect([r.minZoom, r.maxZoom]).toEqual([5, 8]);
    await expect(
      extractPmtiles(new PMTiles(url), { bbox: LANZHOU, minZoom: 10, maxZoom: 15, description: 'x' }),
    ).rejects.toThrow(/zooms 0–8/);
  });

  it('the CLI writes the archive; a source that is not there fails with advice, not a stack', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lcm-extract-')), 'lanzhou.pmtiles');
    const log: string[] = [];
    const spies = [vi.spyOn(console, 'log'), vi.spyOn(console, 'error')];
    for (const s of spies) s.mockImplementation((m: unknown) => void log.push(String(m)));
    try {
      expect(await main(['--source', url, '--out', out, '--maxzoom', '7'])).toBe(0);
      expect(await main(['--source', url.replace('build', 'missing'), '--out', out])).toBe(1);
      expect(await main(['--source', 'file:///etc/passwd'])).toBe(2);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    const header = await new PMTiles(new BytesSource(new Uint8Array(readFileSync(out)))).getHeader();
    expect(header.maxZoom).toBe(7);
    expect(log.join('\n')).toMatch(/maps\.protomaps\.com\/builds/);
  });

  it('cuts the municipality’s bounding box, from the build of the day before', () => {
    const outline = JSON.parse(readFileSync('geodata/base/municipality-outline.geojson', 'utf8')) as FeatureCollection;
    const b = outlineBbox(outline);
    expect(b[0]).toBeGreaterThan(102.5);
    expect(b[2]).toBeLessThan(104.7);
    expect(dailyBuildUrl(new Date('2026-12-01T03:00:00Z'))).toBe('https://build.protomaps.com/20261130.pmtiles');
  });
});
