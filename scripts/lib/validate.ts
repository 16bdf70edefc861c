// Validation of the shipped geodata. Pure: takes the parsed files (path relative to geodata/ → JSON value) and
// returns messages; scripts/validate-data.ts reads the files and sets the exit code.
//
// Every message names the file, the feature id (or #index) and the field:  "museums.geojson [lanzhou-city-museum] district: …"
//
// Checks, and why:
// - geojson-validation (trace on) for RFC 7946 structure; it does not range-check coordinates, so we do.
// - Coordinates in range (validate-features.ts), and inside the Lanzhou outline (points: within POINT_MARGIN_M of it; line vertices:
//   within the outline's bounding box plus LINE_MARGIN_DEG), so a swapped lon/lat or a GCJ-02 slip shows.
// - exact/approximate points inside the polygon of their declared `district`.
// - Required properties and enums per layer; ids kebab-case and unique across all files; `sources` non-empty.
// - No two different sites within 5 m unless they share a `position_source` (a museum inside a heritage site,
//   a site that is also a tourist-line stop: same point on purpose).
// - indicators.json against its schema; attribution.json and coverage-notes.json shape.
import GJV from 'geojson-validation';
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import type { MultiPolygon, Polygon } from 'geojson';
import { checkSchema } from '../../src/data/json-schema-lite';
import { INDICATORS_SCHEMA, checkIndicatorLinks } from '../../src/data/indicators-file';
import type { IndicatorsFile } from '../../src/data/indicators-file';
import { LAYER_IDS } from '../../src/types';
import {
  checkFeature,
  isObj,
  isStr,
  Report,
  ringsOf,
  type FileScope,
  type Located,
  type Obj,
  type Reference,
} from './validate-features';

export interface ValidationResult {
  errors: string[];
  warnings: string[];
}

/** Two different sites closer than this (metres) are suspicious unless they share a position_source. */
const MIN_SITE_SEPARATION_M = 5;

/** File (relative to geodata/) → the `layer` every feature in it must carry. */
export function layerForFile(file: string): string | null {
  const m = /^(base\/)?([a-z0-9-]+)\.geojson$/.exec(file);
  if (!m?.[2]) return null;
  return m[1] ? `base-${m[2]}` : m[2];
}

function referenceGeometry(files: Record<string, unknown>, r: Report): Reference {
  const outlineFc = files['base/municipality-outline.geojson'];
  const outline =
    isObj(outlineFc) && Array.isArray(outlineFc.features) && isObj(outlineFc.features[0])
      ? ((outlineFc.features[0] as Obj).geometry as Polygon | MultiPolygon | null)
      : null;
  if (!outline)
    r.err(
      'base/municipality-outline.geojson',
      '-',
      'geometry',
      'missing: the Lanzhou outline is needed for the range checks',
    );
  let box: Reference['box'] = null;
  if (outline) {
    const xs = ringsOf(outline).flat();
    box = [
      Math.min(...xs.map((p) => p[0] ?? NaN)),
      Math.min(...xs.map((p) => p[1] ?? NaN)),
      Math.max(...xs.map((p) => p[0] ?? NaN)),
      Math.max(...xs.map((p) => p[1] ?? NaN)),
    ];
  }
  const districts = new Map<string, Polygon | MultiPolygon>();
  const districtsFc = files['districts.geojson'];
  if (isObj(districtsFc) && Array.isArray(districtsFc.features)) {
    for (const f of districtsFc.features) {
      if (isObj(f) && isObj(f.properties) && isObj(f.geometry)) {
        districts.set(String(f.properties.name_zh), f.geometry as unknown as Polygon | MultiPolygon);
      }
    }
  } else r.err('districts.geojson', '-', 'file', 'missing or not a FeatureCollection');
  return { outline, box, districts };
}

/** Checks every GeoJSON file; returns the drawn points of the site layers for the separation rule. */
function checkGeojsonFiles(files: Record<string, unknown>, ref: Reference, r: Report): Located[] {
  const seenIds = new Map<string, string>();
  const located: Located[] = [];
  const geojsonFiles = Object.keys(files)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  for (const layer of LAYER_IDS) {
    if (!(`${layer}.geojson` in files)) r.err(`${layer}.geojson`, '-', 'file', 'missing');
  }
  for (const file of geojsonFiles) {
    const fc = files[file];
    const expectedLayer = layerForFile(file);
    for (const t of GJV.valid(fc, true)) r.err(file, '-', 'geojson', t);
    if (!isObj(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      r.err(file, '-', 'type', 'not a FeatureCollection');
      continue;
    }
    const isSiteLayer = (LAYER_IDS as readonly string[]).includes(expectedLayer ?? '');
    const scope: FileScope = { r, ref, file, expectedLayer, isSiteLayer, stopOrders: new Set(), seenIds, located };
    fc.features.forEach((f: unknown, i: number) => checkFeature(scope, f, i));
  }
  return located;
}

/** File-level counts: eight districts, and the tourist line itself next to its stops. */
function checkCounts(files: Record<string, unknown>, r: Report): void {
  const districtsFc = files['districts.geojson'];
  const districtCount = isObj(districtsFc) && Array.isArray(districtsFc.features) ? districtsFc.features.length : 0;
  if (districtCount !== 8) r.err('districts.geojson', '-', 'features', `expected 8 districts, found ${districtCount}`);
  const tl = files['tourist-line.geojson'];
  if (
    isObj(tl) &&
    Array.isArray(tl.features) &&
    !tl.features.some((f) => isObj(f) && isObj(f.properties) && f.properties.id === 'yellow-river-tourist-line')
  ) {
    r.err('tourist-line.geojson', 'yellow-river-tourist-line', 'id', 'the line feature is missing');
  }
}

/** The 5 m rule: two different sites that close share their position_source, or one of them is misplaced. */
function checkSeparation(located: readonly Located[], r: Report): void {
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i];
      const b = located[j];
      if (!a || !b) continue;
      const d = distance(point(a.coords), point(b.coords), { units: 'meters' });
      if (d < MIN_SITE_SEPARATION_M && (a.positionSource === null || a.positionSource !== b.positionSource)) {
        r.err(
          b.file,
          b.id,
          'geometry',
          `${d.toFixed(1)} m from ${a.file} [${a.id}] with a different position_source; same point only on purpose (share the source)`,
        );
      }
    }
  }
}

function checkIndicators(files: Record<string, unknown>, r: Report): void {
  if (!('indicators.json' in files)) {
    r.err('indicators.json', '-', 'file', 'missing');
    return;
  }
  const ind = files['indicators.json'];
  const schemaProblems = checkSchema(ind, INDICATORS_SCHEMA);
  for (const m of schemaProblems) r.err('indicators.json', '-', 'schema', m);
  if (schemaProblems.length === 0)
    for (const m of checkIndicatorLinks(ind as IndicatorsFile)) r.err('indicators.json', '-', 'links', m);
  if (isObj(ind) && Array.isArray(ind.indicators)) {
    const ids = new Set<string>();
    for (const x of ind.indicators) {
      if (isObj(x) && isStr(x.id)) {
        if (ids.has(x.id)) r.err('indicators.json', x.id, 'id', 'duplicate');
        ids.add(x.id);
        if (isObj(ind.sources) && !(String(x.source) in ind.sources))
          r.err('indicators.json', x.id, 'source', `"${String(x.source)}" not in sources`);
      }
    }
  }
  if (isObj(ind) && isObj(ind.swot) && Array.isArray(ind.swot.items)) {
    for (const it of ind.swot.items) {
      if (isObj(it) && it.quadrant === null && it.quadrant_stated_in_source !== false) {
        r.err('indicators.json', String(it.id), 'quadrant_stated_in_source', 'must be false when quadrant is null');
      }
    }
  }
}

function checkAttributionAndNotes(files: Record<string, unknown>, r: Report): void {
  const attribution = files['attribution.json'];
  if (
    !Array.isArray(attribution) ||
    attribution.length === 0 ||
    !attribution.every((a) => isObj(a) && isStr(a.text) && isStr(a.url))
  ) {
    r.err('attribution.json', '-', 'entries', 'must be a non-empty list of {text, url}');
  } else if (!attribution.some((a) => isObj(a) && String(a.text).includes('© OpenStreetMap contributors'))) {
    r.err('attribution.json', '-', 'entries', 'the OpenStreetMap credit is missing');
  }
  const notes = files['coverage-notes.json'];
  if (notes === undefined) return;
  if (!Array.isArray(notes)) r.err('coverage-notes.json', '-', 'entries', 'must be a list');
  else
    notes.forEach((n: unknown, i: number) => {
      if (!isObj(n) || !isStr(n.name_zh) || !isObj(n.reason) || !isStr(n.reason.zh) || !isStr(n.reason.en)) {
        r.err('coverage-notes.json', `#${i}`, 'reason', 'needs name_zh and reason {zh, en}');
      }
    });
}

export function validateGeodata(files: Record<string, unknown>): ValidationResult {
  const r = new Report();
  const ref = referenceGeometry(files, r);
  const located = checkGeojsonFiles(files, ref, r);
  checkCounts(files, r);
  checkSeparation(located, r);
  checkIndicators(files, r);
  checkAttributionAndNotes(files, r);
  return { errors: r.errors, warnings: r.warnings };
}
