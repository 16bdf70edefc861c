// A track or line with a single position cannot be drawn as a line (GeoJSON needs two positions, and two
// identical positions draw nothing). It is turned into a point, and the caller warns. Works in place on
// parsed GeoJSON before validation, so such a file is imported instead of refused.
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPos = (p: unknown): p is number[] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
const key = (p: number[]) => `${p[0]},${p[1]}`;
const distinct = (ps: number[][]) => new Set(ps.map(key)).size;

/** Rewrites one geometry object; true when it changed. */
function collapse(g: Obj): boolean {
  const c = g.coordinates;
  if (g.type === 'LineString' && Array.isArray(c) && c.length > 0 && c.every(isPos) && distinct(c) === 1) {
    g.type = 'Point';
    g.coordinates = c[0];
    return true;
  }
  if (
    g.type === 'MultiLineString' &&
    Array.isArray(c) &&
    c.length > 0 &&
    c.every((l) => Array.isArray(l) && l.length > 0 && l.every(isPos))
  ) {
    const lines = c as number[][][];
    const good = lines.filter((l) => distinct(l) > 1);
    if (good.length === lines.length) return false;
    if (good.length > 0) {
      g.coordinates = good;
      return true;
    }
    const points = [...new Map(lines.flat().map((p) => [key(p), p])).values()];
    if (points.length === 1) {
      g.type = 'Point';
      g.coordinates = points[0];
    } else {
      g.type = 'MultiPoint';
      g.coordinates = points;
    }
    return true;
  }
  if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    return g.geometries.map((x) => (isObj(x) ? collapse(x) : false)).some(Boolean);
  }
  return false;
}

/** 1-based numbers of the features (or the bare geometry, as 1) that were changed. */
export function collapseSinglePositionLines(value: unknown): number[] {
  if (!isObj(value)) return [];
  const items: unknown[] =
    value.type === 'FeatureCollection' && Array.isArray(value.features) ? value.features : [value];
  const changed: number[] = [];
  items.forEach((item, i) => {
    if (!isObj(item)) return;
    const g = item.type === 'Feature' ? item.geometry : item;
    if (isObj(g) && collapse(g)) changed.push(i + 1);
  });
  return changed;
}
