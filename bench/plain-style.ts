// The bench's second floor: the plainest MapLibre page that draws the app's shipped GeoJSON files —
// one GeoJSON source per file, loaded by MapLibre's worker from the file's URL, and one plain layer per geometry
// kind the file holds (fill for polygons, line for lines, circle plus a text label for points). No clustering,
// no data-driven styling, no UI. Pure: the geometry kinds are read from the files at build time
// (bench/bare/vite.config.ts) and the style is built in the page (bench/bare/bare.ts).
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export type GeometryKind = 'polygon' | 'line' | 'point';

export interface PlainFile {
  /** Short name, e.g. "heritage-units" or "base/context"; used in source and layer ids. */
  name: string;
  /** Absolute URL of the shipped file (MapLibre's worker fetches it). */
  url: string;
  kinds: readonly GeometryKind[];
}

const KIND_OF: Record<string, GeometryKind> = {
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
  LineString: 'line',
  MultiLineString: 'line',
  Point: 'point',
  MultiPoint: 'point',
};

/** Geometry kinds present in a collection, in drawing order (polygons under lines under points). */
export function geometryKinds(fc: FeatureCollection): GeometryKind[] {
  const seen = new Set<GeometryKind>();
  for (const f of fc.features) {
    const k = f.geometry ? KIND_OF[f.geometry.type] : undefined;
    if (k) seen.add(k);
  }
  return (['polygon', 'line', 'point'] as const).filter((k) => seen.has(k));
}

const GEOMETRY_FILTER: Record<GeometryKind, ExpressionSpecification> = {
  polygon: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
  line: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
  point: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
};

/**
 * One source per file (a file with no geometry still gets its source, so the page loads every file the app
 * loads) and, per kind, one layer; points also get a Chinese-first text label, as the app's default language.
 * Layers are ordered polygons, then lines, then points, then labels, across all files.
 */
export function plainStyle(files: readonly PlainFile[]): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  const byKind: Record<GeometryKind | 'label', LayerSpecification[]> = { polygon: [], line: [], point: [], label: [] };
  for (const file of files) {
    const source = `plain:${file.name}`;
    sources[source] = { type: 'geojson', data: file.url };
    for (const kind of file.kinds) {
      const filter = GEOMETRY_FILTER[kind];
      const id = `plain:${file.name}:${kind}`;
      if (kind === 'polygon')
        byKind.polygon.push({
          id,
          type: 'fill',
          source,
          filter,
          paint: { 'fill-color': '#d8e2dc', 'fill-opacity': 0.6 },
        });
      if (kind === 'line')
        byKind.line.push({ id, type: 'line', source, filter, paint: { 'line-color': '#0072b2', 'line-width': 2 } });
      if (kind === 'point') {
        byKind.point.push({
          id,
          type: 'circle',
          source,
          filter,
          paint: { 'circle-radius': 6, 'circle-color': '#d55e00' },
        });
        byKind.label.push({
          id: `${id}:label`,
          type: 'symbol',
          source,
          filter,
          layout: {
            'text-field': ['coalesce', ['get', 'name_zh'], ['get', 'name_en']],
            'text-font': ['sans-serif'],
            'text-size': 12,
            'text-offset': [0, 1.1],
            'text-anchor': 'top',
          },
        });
      }
    }
  }
  return {
    version: 8,
    name: 'bench plain page',
    sources,
    layers: [...byKind.polygon, ...byKind.line, ...byKind.point, ...byKind.label],
  };
}
