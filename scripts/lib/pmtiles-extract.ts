// Cuts an area out of a (remote) PMTiles archive: every tile of zooms minZoom..maxZoom that touches a bbox is
// read with HTTP range requests through the `pmtiles` reader (directories cached, a few requests at a time) and
// written to a new archive with scripts/lib/pmtiles-writer.ts. Tiles keep their bytes; they are re-gzipped
// because the reader hands them out decompressed.
import { gzipSync } from 'node:zlib';
import type { PMTiles } from 'pmtiles';
import type { TileInput } from './pmtiles-writer';
import { writePmtiles } from './pmtiles-writer';

export type Bbox = [number, number, number, number];

export interface ExtractOptions {
  /** WGS84 degrees: west, south, east, north. */
  bbox: Bbox;
  minZoom: number;
  maxZoom: number;
  /** Range requests in flight at once. */
  concurrency?: number;
  /** Text for the archive's metadata (the source's attribution is kept). */
  description: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractResult {
  bytes: Uint8Array;
  tiles: number;
  requested: number;
  minZoom: number;
  maxZoom: number;
}

/** Web Mercator x/y in 0..1 for WGS84 degrees. */
function mercator(lon: number, lat: number): [number, number] {
  const s = Math.sin((Math.max(-85.05112878, Math.min(85.05112878, lat)) * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** Every tile z/x/y touching `bbox`, zoom by zoom. */
export function tilesInBbox(bbox: Bbox, minZoom: number, maxZoom: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const [mx0, my1] = mercator(bbox[0], bbox[1]);
  const [mx1, my0] = mercator(bbox[2], bbox[3]);
  for (let z = minZoom; z <= maxZoom; z++) {
    const n = 2 ** z;
    const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
    for (let x = clamp(mx0); x <= clamp(mx1); x++) for (let y = clamp(my0); y <= clamp(my1); y++) out.push([z, x, y]);
  }
  return out;
}

export async function extractPmtiles(archive: PMTiles, opts: ExtractOptions): Promise<ExtractResult> {
  const header = await archive.getHeader();
  if (header.tileType !== 1) throw new Error(`the source holds tile type ${header.tileType}, not vector tiles (MVT)`);
  const metadata = (await archive.getMetadata()) as Record<string, unknown>;
  const minZoom = Math.max(opts.minZoom, header.minZoom);
  const maxZoom = Math.min(opts.maxZoom, header.maxZoom);
  if (minZoom > maxZoom)
    throw new Error(
      `the source has zooms ${header.minZoom}–${header.maxZoom}, none of ${opts.minZoom}–${opts.maxZoom}`,
    );
  const wanted = tilesInBbox(opts.bbox, minZoom, maxZoom);
  const tiles: TileInput[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const [z, x, y] = wanted[next++]!;
      const res = await archive.getZxy(z, x, y);
      // A tile the source does not have (open sea, empty land) is simply absent here too.
      if (res && res.data.byteLength > 0)
        tiles.push({ z, x, y, data: new Uint8Array(gzipSync(new Uint8Array(res.data), { level: 9 })) });
      opts.onProgress?.(++done, wanted.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 8) }, worker));
  if (tiles.length === 0) throw new Error('the source has no tiles in this area');
  const [w, s, e, n] = opts.bbox;
  const { bytes } = writePmtiles(tiles, {
    tileCompression: 2,
    minZoom,
    maxZoom,
    bounds: opts.bbox,
    center: [(w + e) / 2, (s + n) / 2, Math.min(maxZoom, 10)],
    metadata: {
      ...metadata,
      description: opts.description,
      generator: 'lanzhou-cultural-map scripts/basemap-extract.ts (pmtiles reader + scripts/lib/pmtiles-writer.ts)',
    },
  });
  return { bytes, tiles: tiles.length, requested: wanted.length, minZoom, maxZoom };
}
