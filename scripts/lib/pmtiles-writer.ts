// A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md). The `pmtiles`
// package on npm only reads, so this lays the archive out itself:
//   127-byte header | root directory | JSON metadata | leaf directories | tile data
// Directories and metadata are gzip'd ("internal compression" 2); tiles are passed in already compressed.
// Tiles are written in tile-id order (clustered), identical tile contents are stored once (dedup by SHA-256),
// runs of consecutive tile ids with the same content become one entry with a run length, and when the root
// directory would not fit in the first 16 KiB the entries move to leaf directories.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export const HEADER_BYTES = 127;
/** Readers fetch the first 16 KiB in one request: header + root directory must fit in it. */
export const FIRST_FETCH_BYTES = 16_384;

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** Tile bytes exactly as stored (already compressed if `tileCompression` says so). */
  data: Uint8Array;
}

export interface PmtilesOptions {
  /** 1 = MVT (the only type written here). */
  tileType?: 1;
  /** Compression of the tile bytes given in: 1 none, 2 gzip. */
  tileCompression: 1 | 2;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in WGS84 degrees. */
  bounds: [number, number, number, number];
  /** [lon, lat, zoom]. */
  center: [number, number, number];
  /** JSON metadata (TileJSON-like: name, description, attribution, vector_layers). */
  metadata: Record<string, unknown>;
  /** Upper limit for header + compressed root directory; lower it only to test leaf directories. */
  maxRootBytes?: number;
}

export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  /** 0 = the entry points at a leaf directory. */
  runLength: number;
}

export interface PmtilesStats {
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  leafDirectories: number;
  rootDirectoryBytes: number;
  bytes: number;
}

/** Unsigned LEB128 varint for integers up to 2^53 (tile ids and offsets exceed 32 bits, so no bit ops). */
function pushVarint(out: number[], n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`varint out of range: ${n}`);
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** Serialises a directory as the spec orders it: count, delta ids, run lengths, lengths, offsets. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry's bytes"; otherwise offset + 1.
    if (prev && e.offset === prev.offset + prev.length) pushVarint(out, 0);
    else pushVarint(out, e.offset + 1);
  });
  return Uint8Array.from(out);
}

const gzip = (b: Uint8Array): Uint8Array => new Uint8Array(gzipSync(b, { level: 9 }));

function buildDirectories(
  entries: Entry[],
  maxRootBytes: number,
): { root: Uint8Array; leaves: Uint8Array; leafCount: number } {
  const root = gzip(serializeDirectory(entries));
  if (HEADER_BYTES + root.length <= maxRootBytes) return { root, leaves: new Uint8Array(0), leafCount: 0 };
  // Too big: split entries into leaf directories, growing the leaf size until the root of pointers fits.
  let leafSize = Math.max(1, Math.min(4096, Math.ceil(entries.length / 64)));
  for (;;) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const bytes = gzip(serializeDirectory(chunk));
      rootEntries.push({ tileId: chunk[0]!.tileId, offset, length: bytes.length, runLength: 0 });
      leafParts.push(bytes);
      offset += bytes.length;
    }
    const rootBytes = gzip(serializeDirectory(rootEntries));
    if (HEADER_BYTES + rootBytes.length <= maxRootBytes || rootEntries.length === 1) {
      if (HEADER_BYTES + rootBytes.length > maxRootBytes)
        throw new Error('root directory cannot fit even with one leaf');
      return { root: rootBytes, leaves: concat(leafParts), leafCount: leafParts.length };
    }
    leafSize = Math.ceil(leafSize * 1.5);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Degrees → the spec's int32 of degrees × 10^7. */
const e7 = (deg: number) => Math.round(deg * 1e7);

export function writePmtiles(
  tiles: readonly TileInput[],
  opts: PmtilesOptions,
): { bytes: Uint8Array; stats: PmtilesStats } {
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.id - b.id);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`duplicate tile id ${sorted[i]!.id}`);
  }

  const byHash = new Map<string, { offset: number; length: number }>();
  const dataParts: Uint8Array[] = [];
  let dataLength = 0;
  const entries: Entry[] = [];
  for (const t of sorted) {
    const hash = createHash('sha256').update(t.data).digest('hex');
    let where = byHash.get(hash);
    if (!where) {
      where = { offset: dataLength, length: t.data.length };
      byHash.set(hash, where);
      dataParts.push(t.data);
      dataLength += t.data.length;
    }
    const last = entries[entries.length - 1];
    // A run: the next tile id with the very same bytes extends the previous entry.
    if (last && last.offset === where.offset && last.tileId + last.runLength === t.id) last.runLength++;
    else entries.push({ tileId: t.id, offset: where.offset, length: where.length, runLength: 1 });
  }

  const metadata = gzip(new TextEncoder().encode(JSON.stringify(opts.metadata)));
  const { root, leaves, leafCount } = buildDirectories(entries, opts.maxRootBytes ?? FIRST_FETCH_BYTES);

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leafOffset = metadataOffset + metadata.length;
  const dataOffset = leafOffset + leaves.length;

  const header = new Uint8Array(HEADER_BYTES);
  const v = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  v.setUint8(7, 3);
  const u64 = (at: number, n: number) => v.setBigUint64(at, BigInt(n), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leafOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, byHash.size); // tile contents
  v.setUint8(96, 1); // clustered: tile data is in tile-id order
  v.setUint8(97, 2); // internal compression: gzip
  v.setUint8(98, opts.tileCompression);
  v.setUint8(99, opts.tileType ?? 1);
  v.setUint8(100, opts.minZoom);
  v.setUint8(101, opts.maxZoom);
  v.setInt32(102, e7(opts.bounds[0]), true);
  v.setInt32(106, e7(opts.bounds[1]), true);
  v.setInt32(110, e7(opts.bounds[2]), true);
  v.setInt32(114, e7(opts.bounds[3]), true);
  v.setUint8(118, Math.round(opts.center[2]));
  v.setInt32(119, e7(opts.center[0]), true);
  v.setInt32(123, e7(opts.center[1]), true);

  const bytes = concat([header, root, metadata, leaves, ...dataParts]);
  return {
    bytes,
    stats: {
      addressedTiles: sorted.length,
      tileEntries: entries.length,
      tileContents: byHash.size,
      leafDirectories: leafCount,
      rootDirectoryBytes: root.length,
      bytes: bytes.length,
    },
  };
}
