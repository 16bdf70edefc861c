import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { onlineBasemapOrigins } from './src/map/basemaps';

// Content-Security-Policy for the built app: no inline scripts, no eval. MapLibre 6's self-hosted module
// worker needs only worker-src 'self'. Online base-map hosts are allowed only for images (raster tiles).
// Applied at build time only: the dev server injects inline styles for hot reload.
function contentSecurityPolicy(): Plugin {
  const tiles = onlineBasemapOrigins().join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${tiles}`,
    `connect-src 'self' ${tiles}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  return {
    name: 'lcm-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    // maplibre-gl alone is ~1 MB raw; it is split into its own chunk and that is expected.
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own (named maplibre-gl-*.js): it changes less often than the app, so it
        // stays cached across releases, and `npm run bench` measures the app's first-load JS against it.
        codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  plugins: [contentSecurityPolicy()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
