// One list of records, three files: GeoJSON (RFC 7946), KML (Google Earth, My Maps) and CSV (spreadsheets,
// GIS). Positions are WGS84 longitude/latitude in degrees, as stored. In CSV a point is its lon and lat;
// a line or area has blank lon/lat and its shape as WKT (QGIS and most GIS read a WKT column).
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CsvCell } from './csv-write';
import { writeCsv } from './csv-write';
import type { KmlStyle } from './kml-write';
import { writeKml } from './kml-write';

export interface ExportRecord {
  name: string;
  /** Plain text for KML's description. */
  description?: string | null;
  geometry: Geometry | null;
  /** Named values, in column order (same keys in every record of one export, gaps allowed). */
  columns: Array<[string, CsvCell]>;
}

export function recordsToGeoJson(records: readonly ExportRecord[]): string {
  const fc: FeatureCollection<Geometry | null> = {
    type: 'FeatureCollection',
    features: records.map((r): Feature<Geometry | null> => ({
      type: 'Feature',
      geometry: r.geometry,
      properties: {
        name: r.name,
        ...(r.description ? { description: r.description } : {}),
        ...Object.fromEntries(r.columns.filter(([, v]) => v !== undefined)),
      },
    })),
  };
  return JSON.stringify(fc, null, 1) + '\n';
}

export function recordsToKml(records: readonly ExportRecord[], docName: string, style?: KmlStyle): string {
  return writeKml({
    name: docName,
    styles: style ? [style] : [],
    placemarks: records.map((r) => ({
      name: r.name,
      description: r.description ?? null,
      geometry: r.geometry,
      data: r.columns.map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]),
      ...(style ? { styleId: style.id } : {}),
    })),
  });
}

const pos = (p: Position) => `${p[0] ?? 0} ${p[1] ?? 0}`;
const ring = (ps: Position[]) => `(${ps.map(pos).join(', ')})`;

/** Well-known text of a geometry (OGC Simple Features), for the CSV of lines and areas. */
export function toWkt(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `POINT (${pos(g.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT (${g.coordinates.map((p) => `(${pos(p)})`).join(', ')})`;
    case 'LineString':
      return `LINESTRING ${ring(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING (${g.coordinates.map(ring).join(', ')})`;
    case 'Polygon':
      return `POLYGON (${g.coordinates.map(ring).join(', ')})`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${g.coordinates.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${g.geometries.map(toWkt).join(', ')})`;
  }
}

export function recordsToCsv(records: readonly ExportRecord[]): string {
  const keys: string[] = [];
  for (const r of records) for (const [k] of r.columns) if (!keys.includes(k)) keys.push(k);
  const hasShapes = records.some((r) => r.geometry !== null && r.geometry.type !== 'Point');
  const hasDescription = records.some((r) => r.description);
  const fields = [
    'name',
    ...(hasDescription ? ['description'] : []),
    ...keys.filter((k) => k !== 'name'),
    'lon',
    'lat',
    ...(hasShapes ? ['wkt'] : []),
  ];
  const rows = records.map((r) => {
    const byKey = new Map(r.columns);
    const point = r.geometry?.type === 'Point' ? r.geometry.coordinates : null;
    return [
      r.name,
      ...(hasDescription ? [r.description ?? null] : []),
      ...keys.filter((k) => k !== 'name').map((k) => byKey.get(k)),
      point ? (point[0] ?? null) : null,
      point ? (point[1] ?? null) : null,
      ...(hasShapes ? [r.geometry && r.geometry.type !== 'Point' ? toWkt(r.geometry) : null] : []),
    ];
  });
  return writeCsv(fields, rows);
}

export type FileFormat = 'geojson' | 'kml' | 'csv';
const MIME: Record<FileFormat, string> = {
  geojson: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
  csv: 'text/csv',
};

/** The file text, its media type and a file name `<base>.<ext>` for one of the three formats. */
export function recordsToFile(
  records: readonly ExportRecord[],
  format: FileFormat,
  base: string,
  docName: string,
): { text: string; mime: string; fileName: string } {
  const text =
    format === 'geojson'
      ? recordsToGeoJson(records)
      : format === 'kml'
        ? recordsToKml(records, docName)
        : recordsToCsv(records);
  return { text, mime: MIME[format], fileName: `${base}.${format}` };
}
