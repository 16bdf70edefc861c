// TCX (Garmin Training Center: activities and courses). Read from the DOM here rather than with togeojson's
// tcx(), which joins every <Course> of a file into one line and drops laps of a single position. An activity
// lap becomes a line named "<activity id> · lap N"; a course becomes one line with its <Name>, and its
// <CoursePoint>s become named points. A lap or course with one position becomes a point (with a warning).
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { MAX_POSITIONS } from './limits';
import type { ImportError, ImportWarning } from './outcome';
import type { AnyDocument, AnyElement } from './xml-dom';
import { childText, ownChildText } from './xml-dom';

const list = (el: AnyElement | AnyDocument, tag: string): AnyElement[] => {
  const c = el.getElementsByTagName(tag);
  return Array.from({ length: c.length }, (_, i) => c.item(i)).filter((x): x is NonNullable<typeof x> => x !== null);
};

function position(el: AnyElement): Position | null {
  const pos = el.getElementsByTagName('Position').item(0);
  if (!pos) return null;
  const lat = Number.parseFloat(childText(pos, 'LatitudeDegrees') ?? '');
  const lon = Number.parseFloat(childText(pos, 'LongitudeDegrees') ?? '');
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : null;
}

function geometryOf(ps: Position[]): Geometry | null {
  if (ps.length === 0) return null;
  if (new Set(ps.map((p) => `${p[0]},${p[1]}`)).size === 1) return { type: 'Point', coordinates: ps[0] ?? [0, 0] };
  return { type: 'LineString', coordinates: ps };
}

const num = (s: string | null): number | null => {
  const n = s === null ? NaN : Number(s);
  return Number.isFinite(n) ? n : null;
};

export function readTcxDocument(
  doc: AnyDocument,
): { value: FeatureCollection; warnings: ImportWarning[] } | { error: ImportError } {
  if (doc.getElementsByTagName('Trackpoint').length + doc.getElementsByTagName('CoursePoint').length > MAX_POSITIONS) {
    return { error: { code: 'too-many-positions', max: MAX_POSITIONS } };
  }
  const features: Array<Feature<Geometry | null>> = [];
  const single: number[] = [];
  const push = (ps: Position[], properties: Record<string, unknown>, track: boolean) => {
    const geometry = geometryOf(ps);
    features.push({ type: 'Feature', geometry, properties });
    if (track && geometry?.type === 'Point') single.push(features.length);
  };
  for (const activity of list(doc, 'Activity')) {
    const id = ownChildText(activity, 'Id');
    const sport = activity.getAttribute('Sport');
    list(activity, 'Lap').forEach((lap, i) => {
      const ps = list(lap, 'Trackpoint')
        .map(position)
        .filter((p): p is Position => p !== null);
      push(
        ps,
        {
          name: `${id ?? sport ?? 'Activity'} · lap ${i + 1}`,
          sport,
          activity: id,
          start: lap.getAttribute('StartTime'),
          seconds: num(ownChildText(lap, 'TotalTimeSeconds')),
          metres: num(ownChildText(lap, 'DistanceMeters')),
        },
        true,
      );
    });
  }
  for (const course of list(doc, 'Course')) {
    const name = ownChildText(course, 'Name');
    const ps = list(course, 'Trackpoint')
      .map(position)
      .filter((p): p is Position => p !== null);
    push(ps, { name, kind: 'course' }, true);
    for (const cp of list(course, 'CoursePoint')) {
      const p = position(cp);
      if (p)
        push(
          [p],
          { name: ownChildText(cp, 'Name'), kind: 'course point', type: ownChildText(cp, 'PointType'), course: name },
          false,
        );
    }
  }
  const warnings: ImportWarning[] =
    single.length > 0
      ? [{ code: 'single-position', count: single.length, examples: single.slice(0, 10), unit: 'feature' }]
      : [];
  return { value: { type: 'FeatureCollection', features: features as FeatureCollection['features'] }, warnings };
}
