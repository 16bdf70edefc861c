// One physical place, many designations. The sources list 白塔山 three times (a 3A scenic spot, a national
// protection unit and a tourist-line stop) at the same coordinates; drawn separately they stack into one muddy
// dot and only the top one can be clicked. This groups such features into places, so the map draws one marker
// and the card lists every designation.
//
// Two located points are the same place when
//   - they lie within `nearM` metres (great-circle, WGS84) and their Chinese names share a stem
//     (白塔山景区 / 白塔山建筑群 / 白塔山公园 → 白塔山), or
//   - they lie within `aliasM` metres and one's name is, exactly, a name or alias of the other
//     (五泉山建筑群 lists 五泉山公园 as an alias; the two points are ~140 m apart inside the same park), or
//   - the data says so explicitly with `same_place_as` (a list of feature ids; distance is not checked).
// Grouping is transitive (union–find). Features without a point (lines, unknown positions) only join a place
// through `same_place_as`.
import type { Feature, Geometry } from 'geojson';
import { EARTH_RADIUS_M, haversineM } from './geodesy';

/** The properties grouping reads; every site feature has them (same_place_as is optional). */
export interface PlaceInputProps {
  id: string;
  layer: string;
  name_zh: string;
  aliases?: readonly string[] | null;
  same_place_as?: readonly string[] | null;
}

export interface Place {
  /** The id of the place's primary member (the first of `members`); a site permalink uses it. */
  id: string;
  /** Member feature ids, primary first, then in `layerOrder`, then by id. */
  members: string[];
  /** WGS84 [lon, lat] of the primary member, or null when no member has a point. */
  position: [number, number] | null;
}

export interface SamePlaceOptions {
  /** Stem match distance in metres (default 50: "a few tens of metres"). */
  nearM?: number;
  /** Exact name/alias match distance in metres (default 200). */
  aliasM?: number;
  /** Which layer's feature names the place, most visitor-facing first; unknown layers go last. */
  layerOrder?: readonly string[];
}

export const DEFAULT_LAYER_ORDER: readonly string[] = [
  'scenic-spots',
  'museums',
  'heritage-units',
  'tourist-line',
  'ich-items',
  'designations',
  'transport',
];

// Words that say what kind of thing a name is, not which place: stripped to find the stem.
const PREFIXES = ['甘肃省', '甘肃', '兰州市', '兰州'];
const SUFFIXES = [
  '风景名胜区',
  '旅游景区',
  '风景区',
  '景区',
  '景点',
  '公园',
  '建筑群',
  '古建筑群',
  '旧址',
  '遗址',
  '纪念馆',
  '博物馆',
  '陈列馆',
  '站点',
  '文化园',
  '博览园',
];

/** The stem of a Chinese name: brackets, spaces, a city prefix and kind suffixes removed (白塔山景区 → 白塔山). */
export function nameStem(name: string): string {
  let s = name.replace(/[(（][^)）]*[)）]/g, '').replace(/\s+/g, '');
  for (const p of PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 2) {
      s = s.slice(p.length);
      break;
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const suf of SUFFIXES) {
      if (s.endsWith(suf) && s.length - suf.length >= 2) {
        s = s.slice(0, -suf.length);
        changed = true;
      }
    }
  }
  return s;
}

/** True when two stems name the same place: equal, or one begins with the other (at least 2 characters). */
export function stemsMatch(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function namesOf(p: PlaceInputProps): string[] {
  return [p.name_zh, ...(p.aliases ?? [])].filter((n) => n.length > 0);
}

function sharesStem(a: PlaceInputProps, b: PlaceInputProps): boolean {
  const sa = namesOf(a).map(nameStem);
  const sb = namesOf(b).map(nameStem);
  return sa.some((x) => sb.some((y) => stemsMatch(x, y)));
}

function namesEachOther(a: PlaceInputProps, b: PlaceInputProps): boolean {
  const na = new Set(namesOf(a));
  const nb = new Set(namesOf(b));
  return na.has(b.name_zh) || nb.has(a.name_zh);
}

function pointOf(f: Feature<Geometry | null, PlaceInputProps>): [number, number] | null {
  const g = f.geometry;
  if (g?.type !== 'Point') return null;
  const [lon, lat] = g.coordinates;
  return lon === undefined || lat === undefined ? null : [lon, lat];
}

/**
 * Groups features into places. Every input feature is a member of exactly one place; a feature that matches
 * nothing is a place of its own. Places come out in the order of their first member in the input.
 */
export function groupSamePlace(
  features: ReadonlyArray<Feature<Geometry | null, PlaceInputProps>>,
  options: SamePlaceOptions = {},
): Place[] {
  const nearM = options.nearM ?? 50;
  const aliasM = options.aliasM ?? 200;
  const order = options.layerOrder ?? DEFAULT_LAYER_ORDER;
  const rank = (layer: string) => {
    const i = order.indexOf(layer);
    return i < 0 ? order.length : i;
  };
  const index = new Map<string, number>();
  features.forEach((f, i) => index.set(f.properties.id, i));
  const parent = features.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  for (let i = 0; i < features.length; i++) {
    for (const other of features[i]!.properties.same_place_as ?? []) {
      const j = index.get(other);
      if (j !== undefined) union(i, j);
    }
  }
  // Pairs of located points within `aliasM`, found by a sweep in latitude: the great-circle distance is at least
  // the meridian distance R·|Δφ|, so once two points differ by more than aliasM/R radians of latitude no later
  // point in latitude order can be near. Same pairs as comparing every two points, in O(n·k) instead of O(n²):
  // at 10,000 sites (the bench's scale scenario) 50 million distances were ~3 s of the start.
  const located = features
    .map((f, i) => ({ i, p: pointOf(f) }))
    .filter((x): x is { i: number; p: [number, number] } => x.p !== null)
    .sort((x, y) => x.p[1] - y.p[1]);
  // Degrees of latitude, widened a hair so rounding never drops a pair at exactly aliasM.
  const band = ((aliasM / EARTH_RADIUS_M) * 180) / Math.PI + 1e-9;
  for (let a = 0; a < located.length; a++) {
    const A = located[a]!;
    for (let b = a + 1; b < located.length; b++) {
      const B = located[b]!;
      if (B.p[1] - A.p[1] > band) break;
      const d = haversineM(A.p[0], A.p[1], B.p[0], B.p[1]);
      if (d > aliasM) continue;
      const pa = features[A.i]!.properties;
      const pb = features[B.i]!.properties;
      if ((d <= nearM && sharesStem(pa, pb)) || namesEachOther(pa, pb)) union(A.i, B.i);
    }
  }

  const groups = new Map<number, number[]>();
  features.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const places: Array<Place & { first: number }> = [];
  for (const members of groups.values()) {
    // A located member names the place before an unlocated one, so the marker and its name agree.
    members.sort((x, y) => {
      const lx = pointOf(features[x]!) ? 0 : 1;
      const ly = pointOf(features[y]!) ? 0 : 1;
      if (lx !== ly) return lx - ly;
      const rx = rank(features[x]!.properties.layer);
      const ry = rank(features[y]!.properties.layer);
      if (rx !== ry) return rx - ry;
      return features[x]!.properties.id < features[y]!.properties.id ? -1 : 1;
    });
    const primary = features[members[0]!]!;
    places.push({
      id: primary.properties.id,
      members: members.map((m) => features[m]!.properties.id),
      position: pointOf(primary),
      first: Math.min(...members),
    });
  }
  places.sort((a, b) => a.first - b.first);
  return places.map(({ first: _first, ...p }) => p);
}

/** Feature id → its place, for the card, search and the map. */
export function placeLookup(places: readonly Place[]): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const p of places) for (const m of p.members) out.set(m, p);
  return out;
}

/**
 * One item per place, in the given order (so the first, e.g. the nearest or best-ranked, stands for its place),
 * leaving out the places in `skip`. Search results and Nearby both list places this way.
 */
export function firstPerPlace<T>(items: readonly T[], placeOf: (item: T) => string, skip: Iterable<string> = []): T[] {
  const seen = new Set(skip);
  const out: T[] = [];
  for (const item of items) {
    const key = placeOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
