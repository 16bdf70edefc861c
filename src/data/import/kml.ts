// KML (Google Earth, My Maps) through @tmcw/togeojson, which reads Placemarks with Point, LineString, Polygon,
// MultiGeometry, gx:Track and gx:MultiTrack, ExtendedData (Data and SchemaData/SimpleData) and styles. Around
// it we:
//   - count positions first (a hostile file is refused before objects are built);
//   - turn a LineString of a single position into a Point (togeojson would drop its geometry) and warn, as for
//     one-position gx:Tracks, which togeojson already makes points;
//   - leave out GroundOverlays (images), NetworkLinks (remote files we never fetch) and Photo/ScreenOverlays,
//     and say they were not drawn;
//   - make descriptions plain text (they are often HTML).
import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { MAX_POSITIONS } from './limits';
import type { ImportError, ImportWarning } from './outcome';
import { htmlToText, looksLikeHtml } from './html-text';
import type { AnyDocument, AnyElement } from './xml-dom';

const KML_NS = 'http://www.opengis.net/kml/2.2';

function tuples(text: string | null | undefined): string[] {
  return (text ?? '')
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
}

function countPositions(doc: AnyDocument): number {
  let n = 0;
  const coords = doc.getElementsByTagName('coordinates');
  for (let i = 0; i < coords.length && n <= MAX_POSITIONS; i++) n += tuples(coords.item(i)?.textContent).length;
  return n + doc.getElementsByTagName('gx:coord').length;
}

function placemarkOf(el: AnyElement | null): AnyElement | null {
  let p = el?.parentNode ?? null;
  while (p && p.nodeType === 1) {
    if (((p as AnyElement).localName ?? p.nodeName) === 'Placemark') return p as AnyElement;
    p = p.parentNode;
  }
  return null;
}

/** Rewrites one-position LineStrings as Points in the DOM; returns the Placemarks touched. */
function pointsFromSinglePositionLines(doc: AnyDocument): Set<AnyElement> {
  const touched = new Set<AnyElement>();
  const lines = Array.from({ length: doc.getElementsByTagName('LineString').length }, (_, i) =>
    doc.getElementsByTagName('LineString').item(i),
  );
  for (const line of lines) {
    if (!line) continue;
    const coords = line.getElementsByTagName('coordinates').item(0);
    const ts = tuples(coords?.textContent);
    if (ts.length === 0 || new Set(ts).size !== 1) continue;
    const point = (doc as Document).createElementNS(line.namespaceURI ?? KML_NS, 'Point');
    const c = (doc as Document).createElementNS(line.namespaceURI ?? KML_NS, 'coordinates');
    c.textContent = ts[0] ?? '';
    point.appendChild(c);
    line.parentNode?.replaceChild(point as never, line as never);
    const pm = placemarkOf(point as unknown as AnyElement);
    if (pm) touched.add(pm);
  }
  for (const tag of ['gx:Track', 'gx:MultiTrack']) {
    const tracks = doc.getElementsByTagName(tag);
    for (let i = 0; i < tracks.length; i++) {
      const t = tracks.item(i);
      if (t && t.getElementsByTagName('gx:coord').length === 1) {
        const pm = placemarkOf(t);
        if (pm) touched.add(pm);
      }
    }
  }
  return touched;
}

function plainDescription(d: unknown): string | null {
  const raw =
    typeof d === 'string'
      ? d
      : typeof d === 'object' && d !== null && typeof (d as { value?: unknown }).value === 'string'
        ? (d as { value: string }).value
        : null;
  if (raw === null) return null;
  return looksLikeHtml(raw) ? htmlToText(raw) : raw.trim();
}

export function readKmlDocument(
  doc: AnyDocument,
): { value: FeatureCollection; warnings: ImportWarning[] } | { error: ImportError } {
  if (countPositions(doc) > MAX_POSITIONS) return { error: { code: 'too-many-positions', max: MAX_POSITIONS } };
  const placemarks = Array.from({ length: doc.getElementsByTagName('Placemark').length }, (_, i) =>
    doc.getElementsByTagName('Placemark').item(i),
  );
  const touched = pointsFromSinglePositionLines(doc);
  const all = kmlToGeoJson(doc as Document).features;
  const features: Feature<Geometry | null>[] = [];
  for (const f of all) {
    const kind = f.properties?.['@geometry-type'];
    if (kind === 'groundoverlay' || kind === 'networklink') continue;
    const props = { ...(f.properties ?? {}) };
    const description = plainDescription(props.description);
    if (description === null) delete props.description;
    else props.description = description;
    features.push({ type: 'Feature', geometry: f.geometry, properties: props });
  }
  const warnings: ImportWarning[] = [];
  // Placemarks are the features, in document order, so a placemark's number is its feature number.
  const single = placemarks.flatMap((p, i) => (p && touched.has(p) ? [i + 1] : []));
  if (single.length > 0)
    warnings.push({ code: 'single-position', count: single.length, examples: single.slice(0, 10), unit: 'placemark' });
  const networkLinks = doc.getElementsByTagName('NetworkLink').length;
  const groundOverlays = doc.getElementsByTagName('GroundOverlay').length;
  const otherOverlays =
    doc.getElementsByTagName('PhotoOverlay').length + doc.getElementsByTagName('ScreenOverlay').length;
  if (networkLinks + groundOverlays + otherOverlays > 0)
    warnings.push({ code: 'not-drawable', networkLinks, groundOverlays, otherOverlays });
  return { value: { type: 'FeatureCollection', features: features as FeatureCollection['features'] }, warnings };
}
