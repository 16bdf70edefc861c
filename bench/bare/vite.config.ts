// Builds the bench's bare MapLibre page (bench/bare/) into dist-bench-bare/, with the same build settings as the
// app (target, maplibre-gl in its own chunk) so the two are compared like for like.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { geometryKinds } from '../plain-style.ts';
import type { GeometryKind } from '../plain-style.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const geodata = fileURLToPath(new URL('../../geodata/', import.meta.url));

/** Geometry kinds of every shipped GeoJSON file ("museums", "base/context" → kinds), read at build time. */
function plainKinds(): Record<string, GeometryKind[]> {
  const out: Record<string, GeometryKind[]> = {};
  for (const dir of ['', 'base/']) {
    for (const f of readdirSync(geodata + dir)
      .filter((n) => n.endsWith('.geojson'))
      .sort()) {
      out[dir + f.replace(/\.geojson$/, '')] = geometryKinds(
        JSON.parse(readFileSync(geodata + dir + f, 'utf8')) as FeatureCollection,
      );
    }
  }
  return out;
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  // The plain page (?plain=1) needs each file's geometry kinds before it builds its style, without fetching.
  define: { __PLAIN_KINDS__: JSON.stringify(plainKinds()) },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench-bare', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } },
    },
  },
});
