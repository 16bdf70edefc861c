// Vite plugin: builds the search index over the shipped data at build time and emits it as a hashed JSON asset
// (src/data/search-index-file.ts is the format). The app imports its URL from `virtual:lcm-search-index` and
// reads it on the first focus of the search box; in the dev server the URL is null and the app builds the
// index live, as it also does whenever the file does not match the data it shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { SearchableFeature } from '../../src/data/search-index.ts';
import { buildSearchIndex } from '../../src/data/search-build.ts';
import { searchInputs, serializeSearchIndex } from '../../src/data/search-index-file.ts';
import { BASE_FILES, DATA_FILES, LAYER_FILES, narrowCollection } from '../../src/data/load-layers.ts';
import { LAYER_IDS } from '../../src/types.ts';

const VIRTUAL = 'virtual:lcm-search-index';

/** The same inputs the app indexes, read from geodata/ (plus `extraSites`, e.g. the bench's synthetic sites). */
export function shippedSearchInputs(root: string, extraSites: readonly SearchableFeature[] = []): SearchableFeature[] {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(root, 'geodata', file), 'utf8'));
  const features = (file: string) => (read(file) as { features: SearchableFeature[] }).features;
  // Per layer, the shipped sites then the extra ones of that layer: the order of the app's catalogue.
  const sites = LAYER_IDS.flatMap((l) => [
    ...(narrowCollection(l, read(LAYER_FILES[l])).features as SearchableFeature[]),
    ...extraSites.filter((f) => f.properties.layer === l),
  ]);
  return searchInputs(sites, features(BASE_FILES['base-municipality-outline']), features(DATA_FILES.districts));
}

export function searchIndexPlugin(root: string, extraSites: () => readonly SearchableFeature[] = () => []): Plugin {
  let build = false;
  return {
    name: 'lcm-search-index',
    configResolved: (c) => {
      build = c.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      if (!build) return 'export const searchIndexUrl = null;';
      const inputs = shippedSearchInputs(root, extraSites());
      const source = JSON.stringify(serializeSearchIndex(buildSearchIndex(inputs), inputs));
      const ref = this.emitFile({ type: 'asset', name: 'search-index.json', source });
      return `export const searchIndexUrl = import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/**
 * Bench builds only (VITE_BENCH_SITES=1): emits the synthetic sites as a GeoJSON asset for
 * `virtual:lcm-bench-sites`; in every other build that module's URL is null and nothing is emitted.
 */
export function benchSitesPlugin(sites: (() => readonly SearchableFeature[]) | null): Plugin {
  const VIRTUAL_SITES = 'virtual:lcm-bench-sites';
  let build = false;
  return {
    name: 'lcm-bench-sites',
    configResolved: (c) => {
      build = c.command === 'build';
    },
    resolveId: (id) => (id === VIRTUAL_SITES ? `\0${VIRTUAL_SITES}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_SITES}`) return undefined;
      if (!build || !sites) return 'export const benchSitesUrl = null;';
      const source = JSON.stringify({ type: 'FeatureCollection', features: sites() });
      const ref = this.emitFile({ type: 'asset', name: 'bench-synthetic-sites.geojson', source });
      return `export const benchSitesUrl = import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
