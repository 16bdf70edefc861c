// Great-circle distance matrix for the route planner's "Optimise order".
//
// Distances are haversine distances in metres from @turf/distance (sphere of radius 6,371,008.8 m, the
// same as src/analysis/geodesy.ts). They are straight-line distances, not path lengths: good enough to
// choose an order for a city walk, and the only thing we can compute offline without a road graph.
import distance from '@turf/distance';

/** [lon, lat] in degrees, WGS84. */
export type LonLatPair = readonly [number, number];

/** Haversine distance in metres between two [lon, lat] points. */
export function haversineMetres(a: LonLatPair, b: LonLatPair): number {
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'meters' });
}

/** Symmetric n×n matrix of haversine distances in metres; the diagonal is 0. */
export function distanceMatrix(points: readonly LonLatPair[]): number[][] {
  const n = points.length;
  const m: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dij = haversineMetres(points[i] as LonLatPair, points[j] as LonLatPair);
      (m[i] as number[])[j] = dij;
      (m[j] as number[])[i] = dij;
    }
  }
  return m;
}
