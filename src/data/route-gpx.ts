// Route export (GPX 1.1, GeoJSON) and import (GPX, GeoJSON) for the route planner ("Keep and share").
//
// GPX is written by @dwayneparton/geojson-to-gpx, which builds an XML DOM through a DOMImplementation: the
// browser passes `document.implementation` and `new XMLSerializer()`, Node tests pass @xmldom/xmldom's. GPX
// is read by @tmcw/togeojson from an already parsed Document (either DOM). Imports never throw: whatever
// cannot be used is listed in `errors` with the index of the offending item, and everything else is kept.
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import GeoJsonToGpx from '@dwayneparton/geojson-to-gpx';
import { gpx as gpxToGeoJson } from '@tmcw/togeojson';
import type {
  Document as XmldomDocument,
  DOMImplementation as XmldomImplementation,
  DOMParser as XmldomParser,
  XMLSerializer as XmldomSerializer,
} from '@xmldom/xmldom';
import type { LegKind, LegReason, RouteLeg, RouteStop } from '../analysis/route-legs';
import type { LayerId, Precision, TravelMode } from '../types';
import { SITE_ID_RE } from '../types';

/** The XML tools of the environment: the browser's DOM, or @xmldom/xmldom in Node. */
export interface XmlEnvironment {
  implementation: DOMImplementation | XmldomImplementation;
  serializer: XMLSerializer | XmldomSerializer;
}

/** The browser's XML tools (call only where `document` exists). */
export function browserXmlEnvironment(): XmlEnvironment {
  return { implementation: document.implementation, serializer: new XMLSerializer() };
}

export interface ExportableRoute {
  name: string;
  stops: readonly RouteStop[];
  legs: readonly RouteLeg[];
  mode?: TravelMode;
}

const CREATOR = 'Lanzhou Cultural Map';

export interface StopFeatureProperties {
  role: 'stop';
  /** 1-based position in the route. */
  number: number;
  id: string;
  name: string;
  layer: LayerId;
  precision: Precision;
}

export interface LegFeatureProperties {
  role: 'leg';
  number: number;
  from: string;
  to: string;
  kind: LegKind;
  straight: boolean;
  reason: LegReason;
  /** Metres, rounded to 0.1 m. */
  metres: number;
  approximate: boolean;
}

export type RouteExportFeature = Feature<Point, StopFeatureProperties> | Feature<LineString, LegFeatureProperties>;

/** GeoJSON FeatureCollection: one Point per stop (in order), then one LineString per leg. */
export function routeToGeoJson(
  route: ExportableRoute,
): FeatureCollection<Point | LineString, StopFeatureProperties | LegFeatureProperties> {
  const features: RouteExportFeature[] = [];
  route.stops.forEach((s, i) => {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [s.coordinates[0], s.coordinates[1]] },
      properties: {
        role: 'stop',
        number: i + 1,
        id: s.id,
        name: s.name ?? s.id,
        layer: s.layer,
        precision: s.precision,
      },
    });
  });
  route.legs.forEach((l, i) => {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: l.geometry.coordinates.map((c) => c.slice()) },
      properties: {
        role: 'leg',
        number: i + 1,
        from: l.from,
        to: l.to,
        kind: l.kind,
        straight: l.straight,
        reason: l.reason,
        metres: Math.round(l.metres * 10) / 10,
        approximate: l.approximate,
      },
    });
  });
  return { type: 'FeatureCollection', features };
}

/**
 * GPX 1.1 document: a <wpt> per stop (name = stop name, desc = stop id, type = layer) and one <trk> named after
 * the route with one <trkseg> per leg. Straight legs are straight in the file too; the metadata says so.
 */
export function routeToGpxDocument(route: ExportableRoute, env: XmlEnvironment): XMLDocument {
  const features: Array<Feature<Point | MultiLineString>> = route.stops.map((s) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [s.coordinates[0], s.coordinates[1]] },
    properties: { name: s.name ?? s.id, desc: s.id, type: s.layer },
  }));
  if (route.legs.length > 0) {
    features.push({
      type: 'Feature',
      geometry: {
        type: 'MultiLineString',
        coordinates: route.legs.map((l) => l.geometry.coordinates.map((c) => c.slice())),
      },
      properties: { name: route.name, type: route.mode ?? 'route' },
    });
  }
  const straight = route.legs.filter((l) => l.straight).length;
  return GeoJsonToGpx(
    { type: 'FeatureCollection', features },
    {
      creator: CREATOR,
      metadata: {
        name: route.name,
        desc: `${route.stops.length} stops, ${route.legs.length} legs, ${straight} drawn as straight lines (not paths).`,
      },
    },
    // Either DOM works at run time; the library is typed for the browser's.
    env.implementation as DOMImplementation,
  );
}

/** GPX 1.1 text (UTF-8 XML declaration included). */
export function routeToGpx(route: ExportableRoute, env: XmlEnvironment): string {
  const doc = routeToGpxDocument(route, env);
  return (env.serializer as XMLSerializer).serializeToString(doc);
}

// ---------------------------------------------------------------------------------------------------------
// Import

export interface StopCandidate {
  /** Name from the file, or '' when it has none (the UI labels it by number). */
  name: string;
  lon: number;
  lat: number;
  /** An id-shaped `desc` (GPX) or `id` (GeoJSON), e.g. from our own export: a hint to match our sites. */
  id?: string;
}

export type ImportErrorCode =
  'parse-error' | 'not-gpx' | 'not-geojson' | 'bad-coordinates' | 'unsupported-geometry' | 'no-stops' | 'too-many';

export interface ImportError {
  code: ImportErrorCode;
  /**
   * Index of the item in the file (GPX: among the waypoints togeojson could read, or among <rtept>s; GeoJSON:
   * among the features), or null for the whole file or a summary.
   */
  index: number | null;
  message: string;
}

export interface ImportResult {
  candidates: StopCandidate[];
  errors: ImportError[];
  /** Items deliberately not turned into stops (tracks, leg lines, polygons). */
  skipped: number;
}

/** More stops than this is not a route plan; the optimiser and the print page are sized for tens. */
export const MAX_IMPORT_STOPS = 100;
/** Same id shape as URLs (state/url-state.ts): kebab-case slugs. */

function validLonLat(lon: unknown, lat: unknown): lon is number {
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

function textProp(props: unknown, keys: readonly string[]): string | undefined {
  if (typeof props !== 'object' || props === null) return undefined;
  for (const k of keys) {
    const v = (props as Record<string, unknown>)[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return undefined;
}

class Collector {
  readonly result: ImportResult = { candidates: [], errors: [], skipped: 0 };
  add(index: number, lon: unknown, lat: unknown, name: string | undefined, idHint: string | undefined): void {
    if (!validLonLat(lon, lat)) {
      this.result.errors.push({
        code: 'bad-coordinates',
        index,
        message: `item ${index}: coordinates missing or out of range`,
      });
      return;
    }
    if (this.result.candidates.length >= MAX_IMPORT_STOPS) {
      if (!this.result.errors.some((e) => e.code === 'too-many')) {
        this.result.errors.push({
          code: 'too-many',
          index,
          message: `only the first ${MAX_IMPORT_STOPS} stops were kept`,
        });
      }
      return;
    }
    const c: StopCandidate = { name: name ?? '', lon, lat: lat as number };
    if (idHint && SITE_ID_RE.test(idHint)) c.id = idHint;
    this.result.candidates.push(c);
  }
  error(code: ImportErrorCode, index: number | null, message: string): ImportResult {
    this.result.errors.push({ code, index, message });
    return this.result;
  }
  done(): ImportResult {
    if (this.result.candidates.length === 0 && !this.result.errors.some((e) => e.code !== 'too-many')) {
      this.result.errors.push({ code: 'no-stops', index: null, message: 'the file has no points that could be stops' });
    }
    return this.result;
  }
}

type AnyDocument = Document | XmldomDocument;

/**
 * Stops from a parsed GPX document: its waypoints (<wpt>); if it has none, the points of its routes (<rtept>).
 * Tracks (<trk>) are recorded paths, not stops, and are counted in `skipped`.
 */
export function importGpx(doc: AnyDocument): ImportResult {
  const out = new Collector();
  try {
    // Browsers do not throw on bad XML: they return a document with a <parsererror> element, which Chromium
    // puts inside the (partial) root element, so look for it before looking at the root.
    if (doc.getElementsByTagName('parsererror').length > 0) {
      return out.error('parse-error', null, 'the file is not well-formed XML');
    }
    const root = doc.documentElement;
    const rootName = root ? (root.localName ?? root.nodeName) : null;
    if (rootName !== 'gpx') return out.error('not-gpx', null, `the root element is <${rootName ?? 'none'}>, not <gpx>`);
    const features = gpxToGeoJson(doc).features;
    let index = 0;
    for (const f of features) {
      if (f.geometry?.type === 'Point') {
        const [lon, lat] = f.geometry.coordinates;
        out.add(index, lon, lat, textProp(f.properties, ['name', 'desc', 'cmt']), textProp(f.properties, ['desc']));
        index++;
      } else {
        out.result.skipped++;
      }
    }
    // togeojson silently drops a <wpt> without numeric lat/lon; say how many went missing.
    const dropped = doc.getElementsByTagName('wpt').length - index;
    if (dropped > 0) {
      out.result.errors.push({
        code: 'bad-coordinates',
        index: null,
        message: `${dropped} waypoint(s) without readable lat/lon were left out`,
      });
    }
    if (out.result.candidates.length === 0 && index === 0) {
      // No waypoints: a <rte> is itself an ordered list of stops; togeojson keeps only its line, so read the points.
      const rtepts = doc.getElementsByTagName('rtept');
      for (let i = 0; i < rtepts.length; i++) {
        const el = rtepts.item(i);
        if (!el) continue;
        const nameEl = el.getElementsByTagName('name').item(0);
        const lat = Number.parseFloat(el.getAttribute('lat') ?? '');
        const lon = Number.parseFloat(el.getAttribute('lon') ?? '');
        out.add(i, lon, lat, nameEl?.textContent?.trim() || undefined, undefined);
      }
      // The route lines were counted as skipped above, but their points are now used.
      if (rtepts.length > 0)
        out.result.skipped = Math.max(0, out.result.skipped - doc.getElementsByTagName('rte').length);
    }
  } catch (e) {
    return out.error('parse-error', null, `could not read the GPX: ${e instanceof Error ? e.message : String(e)}`);
  }
  return out.done();
}

/** Parse GPX text with the given DOMParser (browser's or @xmldom/xmldom's), then importGpx. Never throws. */
export function importGpxText(text: string, parser: DOMParser | XmldomParser): ImportResult {
  let doc: AnyDocument;
  try {
    // xmldom 0.9 throws on fatal errors; the browser returns a document containing <parsererror>.
    doc = (parser as DOMParser).parseFromString(text, 'application/xml');
  } catch (e) {
    return {
      candidates: [],
      errors: [
        {
          code: 'parse-error',
          index: null,
          message: `not well-formed XML: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
      skipped: 0,
    };
  }
  return importGpx(doc);
}

/**
 * Stops from GeoJSON text or an already parsed value: Point and MultiPoint features (or bare geometries)
 * become candidates; lines and polygons (e.g. the legs of our own export) are counted in `skipped`.
 */
export function importGeoJson(input: string | unknown): ImportResult {
  const out = new Collector();
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return out.error('parse-error', null, 'the file is not valid JSON');
    }
  }
  if (typeof value !== 'object' || value === null) return out.error('not-geojson', null, 'not a GeoJSON object');
  const obj = value as Record<string, unknown>;
  let items: unknown[];
  if (obj.type === 'FeatureCollection') {
    if (!Array.isArray(obj.features))
      return out.error('not-geojson', null, 'FeatureCollection without a "features" array');
    items = obj.features;
  } else if (obj.type === 'Feature' || obj.type === 'Point' || obj.type === 'MultiPoint') {
    items = [obj];
  } else {
    return out.error('not-geojson', null, `unsupported GeoJSON type ${JSON.stringify(obj.type ?? null)}`);
  }
  items.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) {
      out.result.errors.push({ code: 'not-geojson', index, message: `item ${index} is not an object` });
      return;
    }
    const rec = item as Record<string, unknown>;
    const isFeature = rec.type === 'Feature';
    const geometry = (isFeature ? rec.geometry : rec) as Record<string, unknown> | null | undefined;
    const props = isFeature ? rec.properties : undefined;
    const name = textProp(props, ['name', 'name_zh', 'name_en', 'title']);
    const id = textProp(props, ['id']);
    if (typeof geometry !== 'object' || geometry === null) {
      out.result.errors.push({ code: 'unsupported-geometry', index, message: `item ${index} has no geometry` });
      return;
    }
    const coords = geometry.coordinates;
    if (geometry.type === 'Point') {
      const c = Array.isArray(coords) ? coords : [];
      out.add(index, c[0], c[1], name, id);
    } else if (geometry.type === 'MultiPoint' && Array.isArray(coords)) {
      for (const p of coords) {
        const c: unknown[] = Array.isArray(p) ? p : [];
        out.add(index, c[0], c[1], name, undefined);
      }
    } else if (
      typeof geometry.type === 'string' &&
      /^(Multi)?(LineString|Polygon)$|^GeometryCollection$/.test(geometry.type)
    ) {
      out.result.skipped++;
    } else {
      out.result.errors.push({ code: 'unsupported-geometry', index, message: `item ${index}: unsupported geometry` });
    }
  });
  return out.done();
}
