// Builds a PMTiles archive (vector tiles, one layer) from a GeoJSON point layer, in Node, with no native tools:
// geojson-vt slices, @maplibre/vt-pbf encodes, gzip, and scripts/lib/pmtiles-writer.ts lays out the archive.
// For national data (polygons, millions of features) use tippecanoe instead; see docs/scaling-up.md.
//
//   npx tsx scripts/build-pmtiles.ts --in layer.geojson --layer sites --out public/demo/sites.pmtiles
//   npx tsx scripts/build-pmtiles.ts --synthetic 100000 --out public/demo/synthetic-100k.pmtiles
//
// --synthetic N writes N SYNTHETIC points (seeded, uniform in Lanzhou's bounding box): test data for the
// large-data demo (`?demo=pmtiles`), not places. They are labelled so in the archive's metadata and in the app.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { writePmtiles } from './lib/pmtiles-writer';
import type { PmtilesStats } from './lib/pmtiles-writer';
import { pointTiles } from './lib/point-tiles';
import type { PointTileStats } from './lib/point-tiles';
import { LANZHOU_BBOX, mulberry32 } from '../bench/synthetic-sites';

export const SYNTHETIC_LAYER = 'synthetic';
export const SYNTHETIC_SEED = 20_240_609;

/** n synthetic points, uniform in lon/lat inside Lanzhou's bounding box (seeded, so every build is identical). */
export function syntheticPoints(n: number, seed = SYNTHETIC_SEED): FeatureCollection {
  const rnd = mulberry32(seed);
  const [x0, y0, x1, y1] = LANZHOU_BBOX;
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature' as const,
      id: i,
      geometry: { type: 'Point' as const, coordinates: [x0 + rnd() * (x1 - x0), y0 + rnd() * (y1 - y0)] },
      properties: { synthetic: true },
    })),
  };
}

export interface BuildOptions {
  layerName: string;
  name: string;
  description: string;
  attribution: string;
  minZoom?: number;
  maxZoom?: number;
  keep?: readonly string[];
  maxRootBytes?: number;
}

export interface BuildResult {
  bytes: Uint8Array;
  stats: PmtilesStats & PointTileStats & { buildMs: number };
}

export function buildPointPmtiles(fc: FeatureCollection, opts: BuildOptions): BuildResult {
  const t0 = performance.now();
  const minZoom = opts.minZoom ?? 6;
  const maxZoom = opts.maxZoom ?? 13;
  const keep = opts.keep ?? [];
  const { tiles, stats: tileStats, bbox } = pointTiles(fc, { layerName: opts.layerName, minZoom, maxZoom, keep });
  const { bytes, stats } = writePmtiles(tiles, {
    tileCompression: 2,
    minZoom,
    maxZoom,
    bounds: bbox,
    center: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2, Math.min(maxZoom, 10)],
    metadata: {
      name: opts.name,
      description: opts.description,
      attribution: opts.attribution,
      format: 'pbf',
      generator: 'lanzhou-cultural-map scripts/build-pmtiles.ts (geojson-vt + @maplibre/vt-pbf)',
      vector_layers: [
        {
          id: opts.layerName,
          minzoom: minZoom,
          maxzoom: maxZoom,
          fields: Object.fromEntries(keep.map((k) => [k, 'String'])),
        },
      ],
    },
    ...(opts.maxRootBytes ? { maxRootBytes: opts.maxRootBytes } : {}),
  });
  return { bytes, stats: { ...stats, ...tileStats, buildMs: performance.now() - t0 } };
}

export const SYNTHETIC_META = {
  layerName: SYNTHETIC_LAYER,
  name: 'SYNTHETIC test points (not real places)',
  description:
    'Seeded random points, uniform in the Lanzhou bounding box, for the large-data demo and the bench. Not data.',
  attribution: 'Synthetic test data · 合成测试数据',
} as const;

/** Builds the synthetic demo archive and writes it to `out` (directories created). */
export function writeSyntheticPmtiles(out: string, n = 100_000): BuildResult {
  const result = buildPointPmtiles(syntheticPoints(n), SYNTHETIC_META);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.bytes);
  return result;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = arg('out');
  const synthetic = arg('synthetic');
  const input = arg('in');
  if (!out || (!synthetic && !input)) {
    console.error(
      'usage: build-pmtiles.ts (--in layer.geojson --layer NAME | --synthetic N) --out file.pmtiles [--minzoom 6] [--maxzoom 13] [--keep id,name_zh]',
    );
    process.exit(2);
  }
  let result: BuildResult;
  if (synthetic) {
    result = writeSyntheticPmtiles(out, Number(synthetic));
  } else {
    const fc = JSON.parse(readFileSync(input!, 'utf8')) as FeatureCollection;
    const layerName = arg('layer') ?? 'points';
    result = buildPointPmtiles(fc, {
      layerName,
      name: layerName,
      description: `Built from ${input}`,
      attribution: arg('attribution') ?? '',
      minZoom: Number(arg('minzoom') ?? 6),
      maxZoom: Number(arg('maxzoom') ?? 13),
      keep: (arg('keep') ?? '').split(',').filter(Boolean),
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.bytes);
  }
  const s = result.stats;
  console.log(
    `${out}: ${(s.bytes / 1024).toFixed(0)} KiB, ${s.addressedTiles} tiles (${s.tileContents} distinct), ` +
      `${s.leafDirectories} leaf directories, root ${s.rootDirectoryBytes} B, largest tile ${(s.maxTileBytes / 1024).toFixed(1)} KiB, ` +
      `points per zoom ${s.pointsPerZoom.join('/')}, ${(s.buildMs / 1000).toFixed(1)} s`,
  );
}
