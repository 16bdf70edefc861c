// A small KML 2.2 writer: placemarks with a name, a plain-text description, ExtendedData and any GeoJSON
// geometry (collections become MultiGeometry). No KML writer on npm is both small and maintained, so this is
// ours; every text and attribute is escaped, and characters XML 1.0 forbids are dropped. Round trips through
// our own importer (togeojson) are tested in tests/unit/data/export/kml-write.test.ts.
// Coordinates are written as given (WGS84 lon,lat in degrees, shortest exact decimal form), as KML requires.
import type { Geometry, Position } from 'geojson';

export interface KmlPlacemark {
  name: string;
  description?: string | null;
  geometry: Geometry | null;
  /** ExtendedData entries, in order; empty values are left out. */
  data?: Array<[string, string | number | null | undefined]>;
  /** Id of a <Style> in the document (without '#'). */
  styleId?: string;
}

export interface KmlStyle {
  id: string;
  /** #rrggbb */
  lineColor?: string;
  lineWidth?: number;
  iconColor?: string;
}

export interface KmlDocument {
  name: string;
  description?: string | null;
  styles?: KmlStyle[];
  placemarks: KmlPlacemark[];
}

// XML 1.0 allows tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD and supplementary planes (as surrogate pairs).
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** KML colours are aabbggrr. */
export function kmlColor(hex: string, alpha = 'ff'): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return `${alpha}ffffff`;
  return `${alpha}${m[3]}${m[2]}${m[1]}`.toLowerCase();
}

const coord = (p: Position) => `${p[0] ?? 0},${p[1] ?? 0}`;
const coords = (ps: Position[]) => `<coordinates>${ps.map(coord).join(' ')}</coordinates>`;
const ring = (ps: Position[]) => `<LinearRing>${coords(ps)}</LinearRing>`;

function polygon(rings: Position[][]): string {
  const [outer, ...inner] = rings;
  return `<Polygon><outerBoundaryIs>${ring(outer ?? [])}</outerBoundaryIs>${inner.map((r) => `<innerBoundaryIs>${ring(r)}</innerBoundaryIs>`).join('')}</Polygon>`;
}

export function geometryToKml(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `<Point>${coords([g.coordinates])}</Point>`;
    case 'LineString':
      return `<LineString><tessellate>1</tessellate>${coords(g.coordinates)}</LineString>`;
    case 'Polygon':
      return polygon(g.coordinates);
    case 'MultiPoint':
      return `<MultiGeometry>${g.coordinates.map((p) => `<Point>${coords([p])}</Point>`).join('')}</MultiGeometry>`;
    case 'MultiLineString':
      return `<MultiGeometry>${g.coordinates.map((l) => `<LineString><tessellate>1</tessellate>${coords(l)}</LineString>`).join('')}</MultiGeometry>`;
    case 'MultiPolygon':
      return `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`;
    case 'GeometryCollection':
      return `<MultiGeometry>${g.geometries.map(geometryToKml).join('')}</MultiGeometry>`;
  }
}

function placemark(p: KmlPlacemark): string {
  const data = (p.data ?? []).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return [
    '<Placemark>',
    `<name>${escapeXml(p.name)}</name>`,
    p.description ? `<description>${escapeXml(p.description)}</description>` : '',
    p.styleId ? `<styleUrl>#${escapeXml(p.styleId)}</styleUrl>` : '',
    data.length > 0
      ? `<ExtendedData>${data.map(([k, v]) => `<Data name="${escapeXml(k)}"><value>${escapeXml(String(v))}</value></Data>`).join('')}</ExtendedData>`
      : '',
    p.geometry ? geometryToKml(p.geometry) : '',
    '</Placemark>',
  ].join('');
}

function style(s: KmlStyle): string {
  return [
    `<Style id="${escapeXml(s.id)}">`,
    s.iconColor ? `<IconStyle><color>${kmlColor(s.iconColor)}</color></IconStyle>` : '',
    s.lineColor
      ? `<LineStyle><color>${kmlColor(s.lineColor)}</color><width>${s.lineWidth ?? 3}</width></LineStyle>`
      : '',
    '</Style>',
  ].join('');
}

/** A complete KML 2.2 document (UTF-8), one placemark per line. */
export function writeKml(doc: KmlDocument): string {
  return (
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<kml xmlns="http://www.opengis.net/kml/2.2">',
      '<Document>',
      `<name>${escapeXml(doc.name)}</name>`,
      doc.description ? `<description>${escapeXml(doc.description)}</description>` : '',
      ...(doc.styles ?? []).map(style),
      ...doc.placemarks.map(placemark),
      '</Document>',
      '</kml>',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n'
  );
}
