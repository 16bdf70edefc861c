// Which features a collection holds, as one string, so a caller can tell "the same features as last time"
// without comparing geometries: for data whose geometry and properties are fixed per id (the catalogue's sites,
// the rings around approximate ones), the same ids in the same order are the same data.
import type { Feature, Geometry } from 'geojson';

/** The features' ids in order (feature `id`, else `properties.id`; a feature with neither makes the key unique). */
export function featureIdsKey(features: ReadonlyArray<Pick<Feature<Geometry | null>, 'id' | 'properties'>>): string {
  let key = `${features.length}`;
  for (const f of features) {
    const id = f.id ?? (f.properties as { id?: unknown } | null)?.['id'];
    // No id: nothing proves two such collections equal, so the key never matches another.
    key += id === undefined || id === null ? `\n${Math.random()}` : `\n${String(id)}`;
  }
  return key;
}
