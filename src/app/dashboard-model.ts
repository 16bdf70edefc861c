// Everything the dashboard and the coverage view show, computed once on first open (lazy-loaded with the
// dashboard: it pulls in the Turf-based indicators). The paper's figures come from indicators.json, the
// coverage from coverage.ts, the spatial indicators from analysis/indicators.ts.
import type { FeatureCollection } from 'geojson';
import { computeIndicators } from '../analysis/indicators';
import type { DistrictFeature, Indicators } from '../analysis/indicators';
import { unintegratedSites } from '../analysis/integration';
import type { Unintegrated } from '../analysis/integration';
import type { Catalogue } from '../data/catalogue';
import { computeCoverage, notesOutsideLayers } from '../data/coverage';
import type { CoverageNote, LayerCoverage } from '../data/coverage';
import { fetchGeodataJson } from '../data/fetch-geodata';
import { INDICATORS_SCHEMA } from '../data/indicators-file';
import type { IndicatorsFile } from '../data/indicators-file';
import { checkSchema } from '../data/json-schema-lite';
import { LAYER_IDS } from '../types';
import type { SiteCollection } from '../types';

export interface DashboardModel {
  indicators: IndicatorsFile;
  coverage: LayerCoverage[];
  otherNotes: CoverageNote[];
  spatial: Indicators;
  unintegrated: Unintegrated;
  /** Railway lines in the transport layer without a known position (not in the length). */
  railwaysExcludedUnknown: number;
}

export async function loadDashboardModel(catalogue: Catalogue, districts: FeatureCollection): Promise<DashboardModel> {
  const [rawIndicators, rawNotes] = await Promise.all([
    fetchGeodataJson('indicators.json'),
    fetchGeodataJson('coverage-notes.json'),
  ]);
  const problems = checkSchema(rawIndicators, INDICATORS_SCHEMA);
  if (problems.length > 0) throw new Error(`indicators.json: ${problems.slice(0, 3).join('; ')}`);
  if (!Array.isArray(rawNotes)) throw new Error('coverage-notes.json: not a list');
  const indicators = rawIndicators as IndicatorsFile;
  const notes = rawNotes as CoverageNote[];
  const layers = Object.fromEntries(
    LAYER_IDS.map((l) => [l, { type: 'FeatureCollection', features: catalogue.layers[l] } satisfies SiteCollection]),
  );
  const all = catalogue.all();
  const polygons = districts.features.filter(
    (d) => d.geometry?.type === 'Polygon' || d.geometry?.type === 'MultiPolygon',
  ) as unknown as DistrictFeature[];
  return {
    indicators,
    coverage: computeCoverage(layers, indicators, notes),
    otherNotes: notesOutsideLayers(notes),
    spatial: computeIndicators(all, polygons),
    unintegrated: unintegratedSites(all),
    railwaysExcludedUnknown: catalogue.layers.transport.filter(
      (f) =>
        (f.properties.kind === 'railway' || f.properties.kind === 'high-speed-railway') &&
        (f.geometry === null || f.properties.precision === 'unknown'),
    ).length,
  };
}
