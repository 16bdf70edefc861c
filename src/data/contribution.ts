// The contribution file: a position for a site, placed by someone who knows Lanzhou, with their own source.
// The app writes it ("Export suggestions") and reads it back ("import"); maintainers merge it with
// `npm run data:contribute -- <file> [--write]` (scripts/data-contribute.ts). Documented in geodata/SOURCES.md
// ("Contribution files") and docs/contribution-file.md.
//
// Pure: no DOM, no file system, no Turf. Checks that need the map data (does the site exist, is the point in
// the municipality and in the site's district) live in contribution-review.ts.
//
// Shape (RFC 7946 FeatureCollection; `format` and `version` are foreign members, which RFC 7946 allows):
// {
//   "type": "FeatureCollection", "format": "lanzhou-cultural-map/contribution", "version": 1,
//   "features": [{
//     "type": "Feature",
//     "geometry": { "type": "Point", "coordinates": [103.8269, 36.0611] },      // WGS84 lon, lat (degrees)
//     "properties": {
//       "site_id": "lanzhou-city-museum",            // id of a site in the layer files
//       "precision": "exact",                        // claimed: "exact" (≤ 100 m) or "approximate" (≤ 2 km)
//       "uncertainty_m": null,                       // optional radius in metres (approximate only), 1–2000
//       "source": { "kind": "url", "url": "https://…" }  |  { "kind": "site-visit", "date": "2026-11-30" },
//       "note": "Entrance on the east side",         // optional, ≤ 1000 characters
//       "contributor": "Li Hua",                     // optional, ≤ 100 characters
//       "app_version": "0.1.0",
//       "created": "2026-11-30T08:15:00Z"            // ISO 8601, UTC
//     }
//   }]
// }
import GJV from 'geojson-validation';
import type { Feature, FeatureCollection, Point } from 'geojson';

export const CONTRIBUTION_FORMAT = 'lanzhou-cultural-map/contribution';
export const CONTRIBUTION_VERSION = 1;
/** Largest radius a contributor may claim; beyond it the position is not "approximate" (docs/data-and-sources.md: approximate means ≤ 2 km). */
export const MAX_UNCERTAINTY_M = 2000;
export const MAX_NOTE_CHARS = 1000;
export const MAX_CONTRIBUTOR_CHARS = 100;

/** Where the contributor learned the position: a web page, or their own visit on a given day. */
export type ContributionSource = { kind: 'url'; url: string } | { kind: 'site-visit'; date: string };

export interface ContributionProperties {
  /** Id of an existing site in the layer files (kebab-case, e.g. "lanzhou-city-museum"). */
  site_id: string;
  /** The precision the contributor claims; "unknown" is not a position and is never accepted. */
  precision: 'exact' | 'approximate';
  /** Radius of the claimed uncertainty in metres, for an approximate position; null when not stated. */
  uncertainty_m: number | null;
  source: ContributionSource;
  note: string | null;
  contributor: string | null;
  /** package.json version of the app that wrote the file. */
  app_version: string;
  /** When the suggestion was made, ISO 8601 in UTC ("2026-11-30T08:15:00Z"). */
  created: string;
}

export type ContributionFeature = Feature<Point, ContributionProperties>;
/** @public The whole file as a type: the schema docs/contribution-file.md describes (serializeContributionFile writes it). */
export interface ContributionFile extends FeatureCollection<Point, ContributionProperties> {
  format: typeof CONTRIBUTION_FORMAT;
  version: typeof CONTRIBUTION_VERSION;
}

/** Machine-readable reason, so the app can show its own bilingual message; `message` is English for the CLI. */
export type ContributionIssueCode =
  | 'not-json'
  | 'not-a-contribution-file'
  | 'unsupported-version'
  | 'invalid-geojson'
  | 'bad-geometry'
  | 'out-of-range'
  | 'bad-site-id'
  | 'bad-precision'
  | 'bad-uncertainty'
  | 'missing-source'
  | 'bad-source'
  | 'bad-text'
  | 'bad-app-version'
  | 'bad-timestamp'
  | 'duplicate-site';

export interface ContributionIssue {
  /** Index of the feature in the file, or null for the file as a whole. */
  index: number | null;
  code: ContributionIssueCode;
  message: string;
}

export interface ContributionParse {
  /** Features that passed every schema check, in file order. */
  accepted: ContributionFeature[];
  /** Index in the file of each accepted feature (parallel to `accepted`). */
  acceptedIndex: number[];
  issues: ContributionIssue[];
}

const SITE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A calendar date "YYYY-MM-DD" that exists (2026-02-30 does not). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function optionalText(p: Obj, key: string, max: number, problems: string[]): string | null {
  const v = p[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') {
    problems.push(`${key} must be text or null`);
    return null;
  }
  const t = v.trim();
  if (t.length > max) problems.push(`${key} is ${t.length} characters; at most ${max}`);
  return t === '' ? null : t;
}

function parseSource(
  v: unknown,
  created: string | null,
): { source: ContributionSource | null; code?: ContributionIssueCode; message?: string } {
  if (v === undefined || v === null || (isObj(v) && Object.keys(v).length === 0)) {
    return {
      source: null,
      code: 'missing-source',
      message: 'source is required: a web address, or an on-site visit with its date',
    };
  }
  if (!isObj(v))
    return {
      source: null,
      code: 'bad-source',
      message: 'source must be {"kind":"url","url":…} or {"kind":"site-visit","date":"YYYY-MM-DD"}',
    };
  if (v.kind === 'url') {
    const url = typeof v.url === 'string' ? v.url.trim() : '';
    if (url === '') return { source: null, code: 'missing-source', message: 'source.url is empty' };
    if (!isHttpUrl(url))
      return { source: null, code: 'bad-source', message: `source.url "${url}" is not an http(s) web address` };
    return { source: { kind: 'url', url } };
  }
  if (v.kind === 'site-visit') {
    const date = typeof v.date === 'string' ? v.date.trim() : '';
    if (date === '')
      return { source: null, code: 'missing-source', message: 'an on-site visit needs its date (YYYY-MM-DD)' };
    if (!isCalendarDate(date))
      return { source: null, code: 'bad-source', message: `source.date "${date}" is not a date (YYYY-MM-DD)` };
    if (created !== null && date > created.slice(0, 10)) {
      return {
        source: null,
        code: 'bad-source',
        message: `the visit (${date}) is after the suggestion was made (${created.slice(0, 10)})`,
      };
    }
    return { source: { kind: 'site-visit', date } };
  }
  return {
    source: null,
    code: 'bad-source',
    message: `source.kind must be "url" or "site-visit", not ${JSON.stringify(v.kind)}`,
  };
}

/** Checks one feature; returns the cleaned feature or the issues found (all of them, not just the first). */
function parseFeature(f: unknown, index: number): { feature: ContributionFeature | null; issues: ContributionIssue[] } {
  const issues: ContributionIssue[] = [];
  const add = (code: ContributionIssueCode, message: string): void => {
    issues.push({ index, code, message });
  };
  if (!isObj(f) || f.type !== 'Feature')
    return { feature: null, issues: [{ index, code: 'invalid-geojson', message: 'not a GeoJSON Feature' }] };
  const g = f.geometry;
  let coords: [number, number] | null = null;
  if (!isObj(g) || g.type !== 'Point' || !Array.isArray(g.coordinates) || g.coordinates.length !== 2) {
    add('bad-geometry', 'geometry must be a Point with [longitude, latitude]');
  } else {
    const [lon, lat] = g.coordinates as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      add('bad-geometry', 'coordinates must be two numbers');
    } else if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      add(
        'out-of-range',
        `coordinates [${lon}, ${lat}] are outside longitude −180…180 / latitude −90…90 (is the order lon, lat?)`,
      );
    } else coords = [lon, lat];
  }
  const p = isObj(f.properties) ? f.properties : {};
  if (!isObj(f.properties)) add('invalid-geojson', 'properties missing');
  const siteId = typeof p.site_id === 'string' ? p.site_id.trim() : '';
  if (!SITE_ID.test(siteId))
    add('bad-site-id', `site_id ${JSON.stringify(p.site_id ?? null)} is not a site id (kebab-case)`);
  const precision = p.precision;
  if (precision !== 'exact' && precision !== 'approximate')
    add('bad-precision', `precision must be "exact" or "approximate", not ${JSON.stringify(precision ?? null)}`);
  let uncertainty: number | null = null;
  if (p.uncertainty_m !== undefined && p.uncertainty_m !== null) {
    const u = p.uncertainty_m;
    if (typeof u !== 'number' || !Number.isFinite(u) || u < 1 || u > MAX_UNCERTAINTY_M)
      add('bad-uncertainty', `uncertainty_m must be 1–${MAX_UNCERTAINTY_M} metres`);
    else if (precision === 'exact' && u > 100)
      add('bad-uncertainty', `an exact position is within 100 m; uncertainty_m is ${u}`);
    else uncertainty = Math.round(u);
  }
  const created = typeof p.created === 'string' ? p.created.trim() : '';
  const createdOk =
    TIMESTAMP.test(created) && isCalendarDate(created.slice(0, 10)) && !Number.isNaN(Date.parse(created));
  if (!createdOk)
    add(
      'bad-timestamp',
      `created ${JSON.stringify(p.created ?? null)} is not an ISO 8601 UTC timestamp (2026-11-30T08:15:00Z)`,
    );
  const src = parseSource(p.source, createdOk ? created : null);
  if (src.code && src.message) add(src.code, src.message);
  const appVersion = typeof p.app_version === 'string' ? p.app_version.trim() : '';
  if (appVersion === '' || appVersion.length > 40)
    add('bad-app-version', 'app_version must be the version of the app that wrote the file');
  const textProblems: string[] = [];
  const note = optionalText(p, 'note', MAX_NOTE_CHARS, textProblems);
  const contributor = optionalText(p, 'contributor', MAX_CONTRIBUTOR_CHARS, textProblems);
  for (const t of textProblems) add('bad-text', t);
  if (issues.length > 0 || !coords || !src.source || (precision !== 'exact' && precision !== 'approximate'))
    return { feature: null, issues };
  return {
    feature: {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: coords },
      properties: {
        site_id: siteId,
        precision,
        uncertainty_m: uncertainty,
        source: src.source,
        note,
        contributor,
        app_version: appVersion,
        created,
      },
    },
    issues,
  };
}

/**
 * Checks a parsed JSON value against the schema. Never throws. A feature with any problem is left out of
 * `accepted` and each problem is listed; a second feature for the same site is a duplicate (the first wins).
 */
export function parseContributionFile(value: unknown): ContributionParse {
  if (!isObj(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return {
      accepted: [],
      acceptedIndex: [],
      issues: [{ index: null, code: 'not-a-contribution-file', message: 'not a GeoJSON FeatureCollection' }],
    };
  }
  if (value.format !== CONTRIBUTION_FORMAT) {
    return {
      accepted: [],
      acceptedIndex: [],
      issues: [{ index: null, code: 'not-a-contribution-file', message: `"format" must be "${CONTRIBUTION_FORMAT}"` }],
    };
  }
  if (value.version !== CONTRIBUTION_VERSION) {
    return {
      accepted: [],
      acceptedIndex: [],
      issues: [
        {
          index: null,
          code: 'unsupported-version',
          message: `version ${JSON.stringify(value.version ?? null)} is not supported (expected ${CONTRIBUTION_VERSION})`,
        },
      ],
    };
  }
  const issues: ContributionIssue[] = [];
  const trace = GJV.valid(value, true);
  if (Array.isArray(trace) && trace.length > 0) {
    for (const t of trace.slice(0, 20))
      issues.push({ index: null, code: 'invalid-geojson', message: `GeoJSON: ${String(t)}` });
  }
  const accepted: ContributionFeature[] = [];
  const acceptedIndex: number[] = [];
  const firstIndex = new Map<string, number>();
  value.features.forEach((f, i) => {
    const r = parseFeature(f, i);
    issues.push(...r.issues);
    if (!r.feature) return;
    const first = firstIndex.get(r.feature.properties.site_id);
    if (first !== undefined) {
      issues.push({
        index: i,
        code: 'duplicate-site',
        message: `a second position for ${r.feature.properties.site_id} (the first is feature #${first})`,
      });
      return;
    }
    firstIndex.set(r.feature.properties.site_id, i);
    accepted.push(r.feature);
    acceptedIndex.push(i);
  });
  return { accepted, acceptedIndex, issues };
}

/** Parses file text (the app's import and the CLI both start from text); a JSON syntax error is an issue, not a throw. */
export function parseContributionText(text: string): ContributionParse {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    return {
      accepted: [],
      acceptedIndex: [],
      issues: [{ index: null, code: 'not-json', message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
  return parseContributionFile(value);
}

/** Coordinates are written with 6 decimals (≈ 0.1 m), far below any claimed precision. */
const r6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Builds one feature with the keys in schema order (so exports are stable and diff well). */
export function contributionFeature(coords: readonly [number, number], p: ContributionProperties): ContributionFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [r6(coords[0]), r6(coords[1])] },
    properties: {
      site_id: p.site_id,
      precision: p.precision,
      uncertainty_m: p.uncertainty_m,
      source:
        p.source.kind === 'url' ? { kind: 'url', url: p.source.url } : { kind: 'site-visit', date: p.source.date },
      note: p.note,
      contributor: p.contributor,
      app_version: p.app_version,
      created: p.created,
    },
  };
}

/** The file the app exports: features sorted by site id, then time, one feature per line. */
export function serializeContributionFile(features: readonly ContributionFeature[]): string {
  const sorted = [...features]
    .map((f) => contributionFeature(f.geometry.coordinates as [number, number], f.properties))
    .sort(
      (a, b) =>
        a.properties.site_id.localeCompare(b.properties.site_id, 'en') ||
        a.properties.created.localeCompare(b.properties.created, 'en'),
    );
  const body = sorted.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","format":"${CONTRIBUTION_FORMAT}","version":${CONTRIBUTION_VERSION},"features":[\n${body}\n]}\n`;
}

/** One-line description of a source, for review tables and provenance strings. */
export function describeContributionSource(s: ContributionSource): string {
  return s.kind === 'url' ? s.url : `on-site visit, ${s.date}`;
}
