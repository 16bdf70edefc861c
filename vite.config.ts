import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { OFFLINE_BASEMAP_CACHE, onlineBasemapOrigins } from './src/config/basemaps.ts';
import { STARTUP_FILES } from './src/data/load-layers.ts';
import { benchSitesPlugin, searchIndexPlugin } from './scripts/lib/search-index-plugin.ts';
import { syntheticAppSites } from './bench/synthetic-app-sites.ts';
import { firstLoadGuard } from './scripts/lib/first-load-guard.ts';
import { fileURLToPath } from 'node:url';

// Content-Security-Policy for the built app: no inline scripts, no eval. MapLibre 6's self-hosted module
// worker needs only worker-src 'self'. The online base maps' hosts (src/config/basemaps.ts: OpenFreeMap's style,
// tiles, glyphs and sprite; OpenStreetMap's raster tiles) are the only others, for fetches and images.
// Applied at build time only: the dev server injects inline styles for hot reload.
function contentSecurityPolicy(): Plugin {
  const tiles = onlineBasemapOrigins().join(' ');
  // A routing server (OSRM HTTP API) on another origin must be allowed at build time, e.g.
  // LCM_CONNECT_SRC="https://router.example.org" npm run build. Only http(s) origins are accepted.
  const extra = (process.env.LCM_CONNECT_SRC ?? '')
    .split(/\s+/)
    .filter((o) => /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o))
    .join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${tiles}`,
    `connect-src 'self' ${tiles} ${extra}`.trim(),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  return {
    name: 'lcm-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' },
    ],
  };
}

// <link rel="preload" as="fetch"> for the geodata every start fetches: the browser downloads it while the
// script downloads and runs, instead of after (the app's fetch() then takes the preloaded response).
// crossorigin="anonymous" matches fetch()'s default same-origin CORS mode, so the preload is reused.
function preloadStartupData(): Plugin {
  const wanted = new Set(STARTUP_FILES.map((f) => `geodata/${f}`));
  return {
    name: 'lcm-preload-startup-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.values(ctx.bundle ?? {})
          .filter((a) => a.type === 'asset' && a.originalFileNames.some((n) => wanted.has(n)))
          .map((a) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${a.fileName}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

const BENCH_SITES = process.env.VITE_BENCH_SITES === '1';

// Packages allowed in the JavaScript of a first visit (scripts/lib/first-load-guard.ts fails the build on any
// other): everything else is loaded on first use (src/app/lazy.ts).
const FIRST_LOAD_PACKAGES = [
  'maplibre-gl', // the map
  'lucide', // the icons of the header and panels (only those used)
  // Point in polygon (with its own dependencies): which district a position is in, for the place check of
  // the Suggest flow (src/analysis/place-of-point.ts), about 5 kB.
  '@turf/boolean-point-in-polygon',
  '@turf/helpers',
  '@turf/invariant',
  'point-in-polygon-hao',
  'robust-predicates',
  // Saved suggestions are read at start and checked by the contribution file's validator (src/state/suggestions.ts).
  'geojson-validation',
  // WGS84 → GCJ-02 for the place card's directions links to Chinese map apps (src/data/directions.ts).
  'gcoord',
];

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    // maplibre-gl alone is ~1 MB raw; it is split into its own chunk and that is expected.
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The PWA plugin's closeBundle (precaching every file) is most of the build's JavaScript time; Rolldown's
      // timing warning about it gives a newcomer nothing to act on.
      checks: { pluginTimings: false },
      output: {
        // MapLibre in a chunk of its own (named maplibre-gl-*.js): it changes less often than the app, so it
        // stays cached across releases, and `npm run bench` measures the app's first-load JS against it.
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  // The import worker (src/data/import/import-worker.ts) is a module worker; emit it as one ES module file.
  worker: { format: 'es' },
  plugins: [
    contentSecurityPolicy(),
    firstLoadGuard(FIRST_LOAD_PACKAGES),
    preloadStartupData(),
    // The search index, built here over the shipped data instead of in the browser on first focus. A bench
    // build (VITE_BENCH_SITES=1, made by `npm run bench` in dist-bench-app/) also carries the 10,000 synthetic
    // sites of its scale scenario, and indexes them; no other build does.
    searchIndexPlugin(fileURLToPath(new URL('.', import.meta.url)), BENCH_SITES ? syntheticAppSites : undefined),
    benchSitesPlugin(BENCH_SITES ? syntheticAppSites : null),
    // Offline after the first visit: a generated service worker precaches the app, MapLibre's module
    // worker (.mjs, not in the default globs: stack notes G5) and the geodata. Registered by an external
    // registerSW.js (injectRegister 'script'), so the CSP needs no inline script. workbox-build runs locally:
    // the build needs no network.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: '兰州文化地图 · Lanzhou Cultural Map',
        short_name: '兰州文化地图',
        description:
          'Heritage, scenic spots, museums, intangible heritage and the Yellow River tourist line of Lanzhou, offline.',
        lang: 'zh-Hans',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0072b2',
        icons: [{ src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,geojson,json,webmanifest}'],
        // A bench build's synthetic sites and their search index (several MB) are not for offline use.
        globIgnores: BENCH_SITES ? ['**/bench-synthetic-sites-*.geojson', '**/search-index-*.json'] : [],
        // The MapLibre chunk is ~1.1 MB; 4 MiB leaves room as it grows (workbox's default is 2 MiB).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Take control of the page on the first visit too, so it is offline-ready without a second load.
        clientsClaim: true,
        skipWaiting: true,
        // The offline base map archive (geodata/base/lanzhou.pmtiles, tens of MB) is not precached: the page
        // stores it whole in this cache once (src/app/install-basemap.ts) and the worker answers MapLibre's
        // range requests by slicing it (rangeRequests), also offline. Range answers (206) are never stored.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith('.pmtiles'),
            handler: 'CacheFirst',
            options: { cacheName: OFFLINE_BASEMAP_CACHE, rangeRequests: true, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
