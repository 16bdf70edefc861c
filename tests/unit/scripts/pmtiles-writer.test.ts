// The PMTiles writer is checked by reading its output back with the `pmtiles` reader (the same library the app
// uses) and decoding tiles with @mapbox/vector-tile, as MapLibre would.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Compression, PMTiles, TileType, tileIdToZxy } from 'pmtiles';
import type { RangeResponse, Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { HEADER_BYTES, writePmtiles } from '../../../scripts/lib/pmtiles-writer';
import { mercator, thinningMinZoom } from '../../../scripts/lib/point-tiles';
import { buildPointPmtiles, syntheticPoints, SYNTHETIC_META } from '../../../scripts/build-pmtiles';
import { LANZHOU_BBOX } from '../../../bench/synthetic-sites';

/** A pmtiles Source over bytes in memory (the reader asks for ranges, as it would over HTTP). */
class BufferSource implements Source {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly key = 'memory',
  ) {}
  getKey(): string {
    return this.key;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

function decode(data: ArrayBuffer): VectorTile {
  return new VectorTile(new PbfReader(new Uint8Array(data)));
}

/** Points of the synthetic set that fall inside tile z/x/y proper (not its buffer). */
function pointsInTile(coords: Array<[number, number]>, z: number, x: number, y: number): number {
  const n = 2 ** z;
  return coords.filter(([lon, lat]) => {
    const [mx, my] = mercator(lon, lat);
    return Math.floor(mx * n) === x && Math.floor(my * n) === y;
  }).length;
}

const N = 3000;
const fc = syntheticPoints(N, 7);
const coords = fc.features.map(
  (f) =>
    (f.geometry.type === 'Point' ? [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] : [0, 0]) as [
      number,
      number,
    ],
);

describe('PMTiles writer', () => {
  const built = buildPointPmtiles(fc, { ...SYNTHETIC_META, minZoom: 6, maxZoom: 12 });

  it('writes a v3 header the reader accepts, with our zooms, bounds, compression and counts', async () => {
    const p = new PMTiles(new BufferSource(built.bytes));
    const h = await p.getHeader();
    expect(h.specVersion).toBe(3);
    expect(h.tileType).toBe(TileType.Mvt);
    expect(h.tileCompression).toBe(Compression.Gzip);
    expect(h.internalCompression).toBe(Compression.Gzip);
    expect([h.minZoom, h.maxZoom]).toEqual([6, 12]);
    expect(h.clustered).toBe(true);
    expect(h.rootDirectoryOffset).toBe(HEADER_BYTES);
    expect(h.rootDirectoryLength + HEADER_BYTES).toBeLessThanOrEqual(16_384);
    expect(h.numAddressedTiles).toBe(built.stats.addressedTiles);
    expect(h.numTileContents).toBe(built.stats.tileContents);
    // Bounds are the data's own extent, inside the generator's box (1e-7° rounding).
    expect(h.minLon).toBeGreaterThanOrEqual(LANZHOU_BBOX[0] - 1e-7);
    expect(h.maxLat).toBeLessThanOrEqual(LANZHOU_BBOX[3] + 1e-7);
    const meta = (await p.getMetadata()) as { name: string; vector_layers: Array<{ id: string }> };
    expect(meta.name).toMatch(/SYNTHETIC/);
    expect(meta.vector_layers.map((l) => l.id)).toEqual(['synthetic']);
  });

  it('holds every point at maxZoom: the tiles decode to exactly the points inside them', async () => {
    const p = new PMTiles(new BufferSource(built.bytes));
    const z = 12;
    // Three tiles of the data's area, checked against a count made directly from the coordinates.
    const [mx, my] = mercator(103.8, 36.06);
    const centre = { x: Math.floor(mx * 2 ** z), y: Math.floor(my * 2 ** z) };
    let total = 0;
    for (const { x, y } of [centre, { x: centre.x + 1, y: centre.y }, { x: centre.x, y: centre.y + 1 }]) {
      const res = await p.getZxy(z, x, y);
      const expected = pointsInTile(coords, z, x, y);
      if (!res) {
        expect(expected).toBe(0);
        continue;
      }
      const layer = decode(res.data).layers['synthetic'];
      expect(layer).toBeDefined();
      let inside = 0;
      for (let i = 0; i < layer!.length; i++) {
        const f = layer!.feature(i);
        expect(f.type).toBe(1);
        for (const ring of f.loadGeometry())
          for (const pt of ring) if (pt.x >= 0 && pt.x < 4096 && pt.y >= 0 && pt.y < 4096) inside++;
      }
      expect(inside).toBe(expected);
      total += inside;
    }
    expect(total).toBeGreaterThan(0);
  });

  it('thins at low zoom: fewer points per zoom going out, and never a point that vanishes when zooming in', () => {
    const per = built.stats.pointsPerZoom;
    expect(per[per.length - 1]).toBe(N);
    for (let i = 1; i < per.length; i++) expect(per[i]!).toBeGreaterThanOrEqual(per[i - 1]!);
    expect(per[0]!).toBeLessThan(N / 5);
    const minz = thinningMinZoom(coords, 6, 12, 32);
    // The rule: at each zoom, the first point of a cell is drawn. Check it directly at zoom 8.
    const cells = 2 ** 8 * 32;
    const seen = new Set<number>();
    coords.forEach(([lon, lat], i) => {
      const [x, y] = mercator(lon, lat);
      const key = Math.floor(x * cells) * cells + Math.floor(y * cells);
      expect(minz[i]! <= 8).toBe(!seen.has(key));
      seen.add(key);
    });
  });

  it('moves entries to leaf directories when the root would be too big, and tiles still read back identically', async () => {
    const small = buildPointPmtiles(fc, {
      ...SYNTHETIC_META,
      minZoom: 6,
      maxZoom: 12,
      maxRootBytes: HEADER_BYTES + 120,
    });
    expect(small.stats.leafDirectories).toBeGreaterThan(1);
    const a = new PMTiles(new BufferSource(built.bytes, 'a'));
    const b = new PMTiles(new BufferSource(small.bytes, 'b'));
    const hb = await b.getHeader();
    expect(hb.leafDirectoryLength).toBeGreaterThan(0);
    expect(hb.rootDirectoryLength).toBeLessThanOrEqual(120);
    // Every tile of zoom 10 and 12 around the centre reads the same from both archives.
    for (const z of [10, 12]) {
      const [mx, my] = mercator(103.8, 36.06);
      const cx = Math.floor(mx * 2 ** z),
        cy = Math.floor(my * 2 ** z);
      for (let dx = -2; dx <= 2; dx++) {
        for (let dy = -2; dy <= 2; dy++) {
          const [ra, rb] = await Promise.all([a.getZxy(z, cx + dx, cy + dy), b.getZxy(z, cx + dx, cy + dy)]);
          expect(rb === undefined).toBe(ra === undefined);
          if (ra && rb) expect(new Uint8Array(rb.data)).toEqual(new Uint8Array(ra.data));
        }
      }
    }
  });

  it('stores identical tiles once and folds consecutive identical tiles into one run', async () => {
    const same = new Uint8Array([1, 2, 3, 4]);
    const other = new Uint8Array([9, 9]);
    // Zoom-2 tiles with ids 5, 6 (consecutive on the Hilbert curve: one run), 7, and 12 (same bytes, apart).
    const at = (id: number) => {
      const [z, x, y] = tileIdToZxy(id);
      return { z, x, y };
    };
    const tiles = [
      { ...at(5), data: same },
      { ...at(6), data: same },
      { ...at(7), data: other },
      { ...at(12), data: same },
    ];
    const { bytes, stats } = writePmtiles(tiles, {
      tileCompression: 1,
      minZoom: 2,
      maxZoom: 2,
      bounds: [-180, -85, 180, 85],
      center: [0, 0, 2],
      metadata: { name: 't' },
    });
    expect(stats).toMatchObject({ addressedTiles: 4, tileEntries: 3, tileContents: 2 });
    const p = new PMTiles(new BufferSource(bytes));
    const h = await p.getHeader();
    expect(h.tileDataLength).toBe(same.length + other.length);
    for (const t of tiles) expect(new Uint8Array((await p.getZxy(t.z, t.x, t.y))!.data)).toEqual(t.data);
    const missing = at(13);
    expect(await p.getZxy(missing.z, missing.x, missing.y)).toBeUndefined();
  });

  it('gzips directories (internal compression) as the header says', () => {
    const view = new DataView(built.bytes.buffer, built.bytes.byteOffset);
    const rootLen = Number(view.getBigUint64(16, true));
    const root = gunzipSync(built.bytes.subarray(HEADER_BYTES, HEADER_BYTES + rootLen));
    // First varint of a directory is its entry count: the tile entries (no leaves for this size).
    let n = 0,
      shift = 1,
      i = 0;
    for (;;) {
      const b = root[i++]!;
      n += (b & 0x7f) * shift;
      if (b < 0x80) break;
      shift *= 0x80;
    }
    expect(n).toBe(built.stats.tileEntries);
  });
});
