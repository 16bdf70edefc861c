// What an import answers: structured errors and warnings (worded by src/ui/import/messages.ts in zh or en),
// and the features to draw. Errors block the import (nothing is added); warnings do not.
import type { Crs, SiteFeature } from '../../types';

export type ImportFormat = 'geojson' | 'gpx' | 'kml' | 'kmz' | 'tcx' | 'csv';

/** 1-based numbers (features, or rows of a CSV file when `unit` is 'row'), at most MAX_EXAMPLES, and how many in all. */
export interface Examples {
  count: number;
  examples: number[];
  unit?: 'feature' | 'row' | 'placemark';
}

/** Which CSV columns hold longitude, latitude and the name (header texts as in the file). */
export interface CsvColumnChoice {
  lon: string;
  lat: string;
  name?: string | null;
}

export type ImportError =
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'empty' }
  | { code: 'json-syntax'; line: number; column: number; detail: string }
  | { code: 'xml-syntax'; format: ImportFormat | null; detail: string }
  | { code: 'not-gpx'; root: string }
  | { code: 'xml-root'; root: string }
  | { code: 'not-geojson'; trace: string[] }
  | { code: 'too-many-features'; count: number; max: number }
  | { code: 'too-many-positions'; max: number }
  | ({ code: 'out-of-range' } & Examples)
  | { code: 'no-features' }
  | { code: 'unknown-format' }
  | { code: 'not-utf8' }
  | { code: 'kmz-broken'; detail: string }
  | { code: 'kmz-no-kml'; entries: number }
  | { code: 'csv-syntax'; row: number; detail: string }
  | { code: 'csv-columns'; headers: string[]; lon: string | null; lat: string | null; name: string | null }
  | ({ code: 'csv-no-valid-rows' } & Examples)
  | { code: 'internal'; detail: string };

export type ImportWarning =
  | ({ code: 'far-outside' } & Examples)
  | ({ code: 'null-geometry' } & Examples)
  | ({ code: 'single-position' } & Examples)
  | ({ code: 'csv-bad-rows' } & Examples)
  | { code: 'csv-columns-used'; lon: string; lat: string; name: string | null }
  | { code: 'decoded-gbk' }
  | { code: 'not-drawable'; networkLinks: number; groundOverlays: number; otherOverlays: number };

/** One imported feature: what the map and details panel use, plus the file's own properties as text. */
export interface ImportedFeature {
  feature: SiteFeature;
  /** The feature's own properties as [key, text] pairs (objects as JSON), capped; shown only as text. */
  fileProperties: Array<[string, string]>;
  /** A colour from the file's own style (KML), as #rrggbb, or absent. */
  color?: string;
}

export interface ImportOutcome {
  fileName: string;
  format: ImportFormat | null;
  crs: Crs;
  errors: ImportError[];
  warnings: ImportWarning[];
  /** Empty whenever `errors` is not. */
  features: ImportedFeature[];
}
