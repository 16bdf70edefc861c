// Narrows a parsed layer file to our types once, at load. Anything that is not a FeatureCollection of
// features with an `id` property fails loudly here, naming the layer and file, instead of deep inside the map.
// Pure: no DOM, no fetch (src/data/fetch-geodata.ts does the fetching).
import type { BaseLayerId, LayerId, SiteCollection, SiteFeature } from '../types';

/** Thematic layer id → file name in geodata/. */
export const LAYER_FILES: Record<LayerId, string> = {
  'tourist-line': 'tourist-line.geojson',
  'scenic-spots': 'scenic-spots.geojson',
  'heritage-units': 'heritage-units.geojson',
  museums: 'museums.geojson',
  'ich-items': 'ich-items.geojson',
  designations: 'designations.geojson',
  transport: 'transport.geojson',
};

/** Base-map layer id → file name in geodata/ (the embedded base map). */
export const BASE_FILES: Record<BaseLayerId, string> = {
  'base-municipality-outline': 'base/municipality-outline.geojson',
  'base-context': 'base/context.geojson',
  'base-yellow-river': 'base/yellow-river.geojson',
  'base-district-labels': 'base/district-labels.geojson',
};

/** Other data files the app reads. */
export const DATA_FILES = {
  districts: 'districts.geojson',
  indicators: 'indicators.json',
  attribution: 'attribution.json',
  coverageNotes: 'coverage-notes.json',
} as const;

/**
 * Files every start fetches (paths under geodata/). The build preloads them from index.html
 * (vite.config.ts) so their download overlaps the script's, instead of starting after it has run.
 */
export const STARTUP_FILES: readonly string[] = [
  ...Object.values(LAYER_FILES),
  DATA_FILES.districts,
  ...Object.values(BASE_FILES),
  DATA_FILES.attribution,
];

export function narrowCollection(layer: LayerId, raw: unknown): SiteCollection {
  const file = LAYER_FILES[layer];
  if (typeof raw !== 'object' || raw === null) throw new Error(`layer ${layer} (${file}): not a JSON object`);
  const fc = raw as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`layer ${layer} (${file}): not a GeoJSON FeatureCollection`);
  }
  const features: SiteFeature[] = [];
  fc.features.forEach((f: unknown, i: number) => {
    const feat = f as { type?: unknown; properties?: { id?: unknown; layer?: unknown } | null; geometry?: unknown };
    if (feat?.type !== 'Feature' || typeof feat.properties !== 'object' || feat.properties === null) {
      throw new Error(`layer ${layer} (${file}): feature ${i} is not a Feature with a properties object`);
    }
    if (typeof feat.properties.id !== 'string') {
      throw new Error(`layer ${layer} (${file}): feature ${i} has no string "id" property`);
    }
    if (feat.geometry !== null && (typeof feat.geometry !== 'object' || feat.geometry === undefined)) {
      throw new Error(`layer ${layer} (${file}): feature ${feat.properties.id} has neither a geometry object nor null`);
    }
    // The layer is the file's: a feature cannot claim another layer.
    features.push({
      ...(feat as SiteFeature),
      properties: { ...(feat.properties as SiteFeature['properties']), layer },
    });
  });
  return { type: 'FeatureCollection', features };
}
