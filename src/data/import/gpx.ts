// GPX through @tmcw/togeojson, plus what it leaves out: a track or route with a single position (an OsmAnd
// "track" of one fix) is dropped by togeojson because a GeoJSON line needs two positions; we import it as a
// point and say so.
import { gpx as gpxToGeoJson } from '@tmcw/togeojson';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { MAX_POSITIONS } from './limits';
import type { ImportError, ImportWarning } from './outcome';
import type { AnyDocument, AnyElement } from './xml-dom';
import { ownChildText } from './xml-dom';

function pointsOf(el: AnyElement, tag: string): Position[] {
  const out: Position[] = [];
  const pts = el.getElementsByTagName(tag);
  for (let i = 0; i < pts.length; i++) {
    const p = pts.item(i);
    const lat = Number.parseFloat(p?.getAttribute('lat') ?? '');
    const lon = Number.parseFloat(p?.getAttribute('lon') ?? '');
    if (Number.isFinite(lat) && Number.isFinite(lon)) out.push([lon, lat]);
  }
  return out;
}

const distinct = (ps: Position[]) => new Set(ps.map((p) => `${p[0]},${p[1]}`)).size;

export function readGpxDocument(
  doc: AnyDocument,
): { value: FeatureCollection; warnings: ImportWarning[] } | { error: ImportError } {
  // Count points before togeojson builds objects for them.
  const points = ['wpt', 'trkpt', 'rtept'].reduce((n, tag) => n + doc.getElementsByTagName(tag).length, 0);
  if (points > MAX_POSITIONS) return { error: { code: 'too-many-positions', max: MAX_POSITIONS } };
  // togeojson's types name the browser Document; xmldom's implements the part it uses (see route-gpx.ts).
  const value = gpxToGeoJson(doc as Document) as FeatureCollection;
  const single: number[] = [];
  for (const [tag, pt] of [
    ['trk', 'trkpt'],
    ['rte', 'rtept'],
  ] as const) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length; i++) {
      const el = els.item(i);
      if (!el) continue;
      const ps = pointsOf(el, pt);
      // togeojson keeps a track if any segment has two positions; only whole one-position tracks are missing.
      if (ps.length === 0 || distinct(ps) !== 1 || hasLongSegment(el, tag)) continue;
      const [lon = 0, lat = 0] = ps[0] ?? [];
      const f: Feature = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: { name: ownChildText(el, 'name'), _gpxType: tag },
      };
      value.features.push(f);
      single.push(value.features.length);
    }
  }
  const warnings: ImportWarning[] =
    single.length > 0
      ? [{ code: 'single-position', count: single.length, examples: single.slice(0, 10), unit: 'feature' }]
      : [];
  return { value, warnings };
}

function hasLongSegment(el: AnyElement, tag: 'trk' | 'rte'): boolean {
  if (tag === 'rte') return pointsOf(el, 'rtept').length >= 2;
  const segs = el.getElementsByTagName('trkseg');
  for (let i = 0; i < segs.length; i++) {
    const s = segs.item(i);
    if (s && pointsOf(s, 'trkpt').length >= 2) return true;
  }
  return false;
}
