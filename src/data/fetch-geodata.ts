// Fetches the shipped geodata (bundled by Vite as hashed static files, so the service worker can precache
// them) and narrows each file to our types once. A failure names the file so the app can say what broke.
import type { FeatureCollection } from 'geojson';
import type { LayerId, SiteCollection } from '../types';
import { LAYER_IDS } from '../types';
import { LAYER_FILES, narrowCollection } from './load-layers';

const layerUrls = import.meta.glob<string>('../../geodata/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});
const baseUrls = import.meta.glob<string>('../../geodata/base/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});
const jsonUrls = import.meta.glob<string>('../../geodata/*.json', { query: '?url', import: 'default', eager: true });

export class GeodataLoadError extends Error {
  constructor(
    readonly file: string,
    cause: string,
  ) {
    super(`${file}: ${cause}`);
  }
}

async function fetchJson(file: string, url: string | undefined): Promise<unknown> {
  if (!url) throw new GeodataLoadError(file, 'not bundled');
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new GeodataLoadError(file, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new GeodataLoadError(file, `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch (e) {
    throw new GeodataLoadError(file, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

export async function fetchLayers(): Promise<Record<LayerId, SiteCollection>> {
  const entries = await Promise.all(
    LAYER_IDS.map(async (layer) => {
      const file = LAYER_FILES[layer];
      const raw = await fetchJson(file, layerUrls[`../../geodata/${file}`]);
      return [layer, narrowCollection(layer, raw)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<LayerId, SiteCollection>;
}

/** Base-map files by name (without extension), e.g. "outline" → its FeatureCollection. */
export async function fetchBase(names: readonly string[]): Promise<Record<string, FeatureCollection>> {
  const out: Record<string, FeatureCollection> = {};
  await Promise.all(
    names.map(async (name) => {
      const file = `base/${name}.geojson`;
      const raw = await fetchJson(file, baseUrls[`../../geodata/${file}`]);
      if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'FeatureCollection') {
        throw new GeodataLoadError(file, 'not a GeoJSON FeatureCollection');
      }
      out[name] = raw as FeatureCollection;
    }),
  );
  return out;
}

/** The 8 county-level districts (polygons with name_zh, name_en, adcode). */
export async function fetchDistricts(): Promise<FeatureCollection> {
  const raw = await fetchJson('districts.geojson', layerUrls['../../geodata/districts.geojson']);
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'FeatureCollection') {
    throw new GeodataLoadError('districts.geojson', 'not a GeoJSON FeatureCollection');
  }
  return raw as FeatureCollection;
}

export async function fetchGeodataJson(name: string): Promise<unknown> {
  return fetchJson(name, jsonUrls[`../../geodata/${name}`]);
}
