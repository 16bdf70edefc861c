// Bench builds only: src/main.ts imports this when built with VITE_BENCH_SITES=1 (`npm run bench` makes such a
// build in dist-bench-app/); in a production build the import is a dead branch and this file is not emitted.
// With ?synthetic=1 the app adds the 10,000 synthetic sites of bench/synthetic-app-sites.ts, fetched as a GeoJSON
// file like the shipped layers and narrowed by the same code, so they take the real path: catalogue, filters,
// list, search (the index file of a bench build includes them), clustering.
import { benchSitesUrl } from 'virtual:lcm-bench-sites';
import type { LayerId, SiteCollection } from '../../src/types';
import { LAYER_IDS } from '../../src/types';
import { narrowCollection } from '../../src/data/load-layers';

export async function withBenchSites(
  layers: Record<LayerId, SiteCollection>,
  search: string,
): Promise<Record<LayerId, SiteCollection>> {
  if (new URLSearchParams(search).get('synthetic') !== '1' || !benchSitesUrl) return layers;
  const res = await fetch(benchSitesUrl);
  if (!res.ok) throw new Error(`bench sites: HTTP ${res.status}`);
  const raw = (await res.json()) as { features: Array<{ properties: { layer: string } }> };
  const out = { ...layers };
  for (const l of LAYER_IDS) {
    const mine = narrowCollection(l, {
      type: 'FeatureCollection',
      features: raw.features.filter((f) => f.properties.layer === l),
    });
    out[l] = { type: 'FeatureCollection', features: [...layers[l].features, ...mine.features] };
  }
  return out;
}
