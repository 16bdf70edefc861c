// `npm run basemap:extract`: cuts the Lanzhou municipality (its bounding box, zooms 0–15) out of a public
// Protomaps basemap build (OpenStreetMap data, ODbL) by HTTP range requests, into geodata/base/lanzhou.pmtiles.
// When that file exists the app's "Embedded (offline)" base map draws it with a quiet style (src/map/
// offline-style.ts) and the service worker keeps it for offline use. See geodata/SOURCES.md.
//
//   npm run basemap:extract                                   # yesterday's daily build
//   npm run basemap:extract -- --source https://build.protomaps.com/20251130.pmtiles
//   npm run basemap:extract -- --source URL --out file.pmtiles --maxzoom 14 --concurrency 8
//
// Daily builds are listed at https://maps.protomaps.com/builds/ and kept there for a limited time; pass one
// that exists. The extract is some tens of MB and takes a few tens of thousands of range requests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PMTiles } from 'pmtiles';
import type { FeatureCollection } from 'geojson';
import { extractPmtiles } from './lib/pmtiles-extract';
import type { Bbox } from './lib/pmtiles-extract';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = join(root, 'geodata', 'base', 'lanzhou.pmtiles');
const OUTLINE = join(root, 'geodata', 'base', 'municipality-outline.geojson');

/** The build of the day before `now` (UTC), e.g. https://build.protomaps.com/20251130.pmtiles. */
export function dailyBuildUrl(now: Date): string {
  const d = new Date(now.getTime() - 86_400_000);
  const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  return `https://build.protomaps.com/${ymd}.pmtiles`;
}

/** Bounding box of the municipality outline (WGS84). */
export function outlineBbox(fc: FeatureCollection): Bbox {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  if (!Number.isFinite(b[0])) throw new Error('the outline has no coordinates');
  return b;
}

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

export async function main(argv: readonly string[]): Promise<number> {
  const source = arg(argv, 'source') ?? dailyBuildUrl(new Date());
  const out = resolve(arg(argv, 'out') ?? DEFAULT_OUT);
  const minZoom = Number(arg(argv, 'minzoom') ?? 0);
  const maxZoom = Number(arg(argv, 'maxzoom') ?? 15);
  const concurrency = Number(arg(argv, 'concurrency') ?? 8);
  if (!/^https?:\/\//.test(source) || ![minZoom, maxZoom, concurrency].every(Number.isInteger)) {
    console.error(
      'usage: basemap-extract.ts [--source https://…/build.pmtiles] [--out file.pmtiles] [--minzoom 0] [--maxzoom 15] [--concurrency 8]',
    );
    return 2;
  }
  const bbox = outlineBbox(JSON.parse(readFileSync(OUTLINE, 'utf8')) as FeatureCollection);
  console.log(`extracting ${bbox.map((v) => v.toFixed(3)).join(',')} z${minZoom}–${maxZoom} from ${source}`);
  const t0 = performance.now();
  let last = 0;
  try {
    const result = await extractPmtiles(new PMTiles(source), {
      bbox,
      minZoom,
      maxZoom,
      concurrency,
      description: `Lanzhou municipality (bbox ${bbox.map((v) => v.toFixed(4)).join(', ')}), zooms ${minZoom}–${maxZoom}, cut from ${source}`,
      onProgress: (done, total) => {
        if (done === total || performance.now() - last > 5000) {
          last = performance.now();
          console.log(`  ${done}/${total} tiles`);
        }
      },
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, result.bytes);
    console.log(
      `${out}: ${(result.bytes.length / 1048576).toFixed(1)} MB, ${result.tiles} tiles (of ${result.requested} asked), ` +
        `z${result.minZoom}–${result.maxZoom}, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    return 0;
  } catch (e) {
    console.error(
      `could not extract from ${source}: ${e instanceof Error ? e.message : String(e)}\n` +
        'Pick a build that exists (https://maps.protomaps.com/builds/) and pass it with --source; the server must answer range requests.',
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
