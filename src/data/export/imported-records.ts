// Imported features as export records: the file's own name and description, its other properties as columns,
// and the geometry as drawn (WGS84; a GCJ-02 or BD-09 file was converted on import).
import type { ImportedFeature } from '../import/outcome';
import type { ExportRecord } from './feature-export';

export function importedRecords(features: readonly ImportedFeature[]): ExportRecord[] {
  return features.map(({ feature, fileProperties }) => {
    const description = fileProperties.find(([k]) => k === 'description')?.[1] ?? null;
    return {
      name: feature.properties.name_en,
      description,
      geometry: feature.geometry,
      columns: fileProperties.filter(([k]) => k !== 'name' && k !== 'description'),
    };
  });
}
