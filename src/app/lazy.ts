// One way to load a feature's code on first use (dynamic import()): the first call starts the load, later calls
// share it, and a failed load (a chunk that could not be fetched on a flaky connection) is forgotten, so the next
// call tries again instead of failing forever.
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}

/** The message of anything thrown, for a notice. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The export file writers (GeoJSON, KML, and CSV through papaparse), shared by the site list's and the imported
 * layers' Export buttons: loaded on the first export, not with the first page (tests/unit/app/first-load.test.ts).
 */
export const loadFeatureExport = lazy(() => import('../data/export/feature-export'));
