// The route planner's files and links: export the route as GPX or GeoJSON (a download), import a GPX or GeoJSON
// route (matched to our sites by id, then by name and position), and copy the page's permalink. The GPX code
// (src/data/route-gpx.ts) loads only when a file is exported or imported.
import type { RouteComputation } from '../analysis/route-view-model';
import { matchImportedPoints } from '../analysis/route-plan';
import { formatLength } from '../ui/analysis/format';
import type { RouteStringKey } from '../i18n/route';
import type { Lang, SiteFeature, TravelMode } from '../types';
import { OKABE_ITO } from '../config/palette';
import { tInterop } from '../i18n/interop';
import type { ImportResult } from '../data/route-gpx';
import { ImportWorkerClient } from '../data/import/worker-client';
import { describeImportError } from '../ui/import/messages';
import { downloadText } from '../ui/download';
import type { Vars } from '../i18n/translate';

/** Largest file the importer reads (bytes): a route of 100 stops is a few tens of KB; this stops a huge track. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Translate = (k: RouteStringKey, v?: Vars) => string;

export async function exportRoute(
  format: 'gpx' | 'geojson' | 'kml',
  c: RouteComputation,
  mode: TravelMode,
  nameOf: (id: string) => string,
  t: Translate,
  lang: Lang,
): Promise<void> {
  if (c.stops.length === 0) return;
  const gpx = await import('../data/route-gpx');
  const route = {
    name: c.stops.map((s) => nameOf(s.id)).join(' → ') || t('defaultRouteName'),
    stops: c.stops.map((s) => ({ ...s, name: nameOf(s.id) })),
    legs: c.legs,
    mode,
  };
  const base = `lanzhou-route-${c.stops.length}-stops`;
  if (format === 'gpx') {
    const text = gpx.routeToGpx(route, gpx.browserXmlEnvironment());
    downloadText(text, `${base}.gpx`, 'application/gpx+xml');
  } else if (format === 'kml') {
    const { routeToKml } = await import('../data/export/route-kml');
    const straight = route.legs.filter((l) => l.straight).length;
    const text = routeToKml(route, {
      line: tInterop(lang, 'routeKmlLegs'),
      lineDescription: tInterop(lang, 'routeKmlDescription', {
        stops: route.stops.length,
        legs: route.legs.length,
        straight,
      }),
      color: OKABE_ITO.reddishPurple,
    });
    downloadText(text, `${base}.kml`, 'application/vnd.google-earth.kml+xml');
  } else {
    const text = JSON.stringify(gpx.routeToGeoJson(route), null, 2);
    downloadText(text, `${base}.geojson`, 'application/geo+json');
  }
}

export interface ImportedRoute {
  /** The matched stops in file order; empty when nothing could be used (the route then stays as it was). */
  ids: string[];
  /** What could not be used, worded for the panel's alert. */
  errors: string[];
}

/** One import worker for the planner's lifetime, created on the first KML/KMZ/CSV/TSV/TCX route import. */
let importClient: ImportWorkerClient | null = null;

export async function importRoute(
  file: File,
  sites: readonly SiteFeature[],
  t: Translate,
  lang: Lang,
): Promise<ImportedRoute> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ids: [],
      errors: [t('importReadFailed', { detail: `${file.size} B > ${MAX_IMPORT_BYTES} B` }), t('importNothing')],
    };
  }
  const gpx = await import('../data/route-gpx');
  let result: ImportResult;
  if (/\.(kml|kmz|csv|tsv|tcx)$/i.test(file.name)) {
    // Read by the import worker like any imported file (WGS84: a route file from GPS tools or our own export).
    importClient ??= new ImportWorkerClient();
    const outcome = await importClient.run(file, 'WGS84', 0);
    if (outcome.errors.length > 0) {
      return { ids: [], errors: [...outcome.errors.map((e) => describeImportError(lang, e)), t('importNothing')] };
    }
    const { stopCandidates } = await import('../data/import/route-stops');
    const stops = stopCandidates(outcome);
    result = {
      candidates: stops.candidates,
      skipped: stops.skipped,
      errors: stops.tooMany ? [{ code: 'too-many', index: null, message: '' }] : [],
    };
  } else {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return {
        ids: [],
        errors: [t('importReadFailed', { detail: e instanceof Error ? e.message : String(e) }), t('importNothing')],
      };
    }
    const isGpx = /\.gpx$/i.test(file.name) || text.trimStart().startsWith('<');
    result = isGpx ? gpx.importGpxText(text, new DOMParser()) : gpx.importGeoJson(text);
  }
  const errors: string[] = [];
  for (const e of result.errors) {
    const key = `importErr_${e.code.replaceAll('-', '_')}` as RouteStringKey;
    errors.push(`${e.index !== null ? t('importItem', { i: e.index + 1 }) : ''}${t(key)}`);
  }
  const match = matchImportedPoints(result.candidates, sites);
  for (const m of match.matches) {
    if (m.id !== null) continue;
    errors.push(
      m.nearestM === null
        ? t('importUnmatchedFar', { i: m.index + 1, name: m.name })
        : t('importUnmatched', { i: m.index + 1, name: m.name, d: formatLength(lang, m.nearestM) }),
    );
  }
  // Nothing usable: the current route stays exactly as it was.
  if (match.ids.length === 0) errors.push(t('importNothing'));
  return { ids: match.ids, errors };
}

/** Copies the page's permalink; where the clipboard is unavailable, `say` shows it for copying by hand. */
export function copyLink(say: (text: string) => void, t: Translate): void {
  const href = location.href;
  const manual = () => say(`${t('linkManual')} ${href}`);
  if (!navigator.clipboard) return manual();
  navigator.clipboard.writeText(href).then(() => say(t('linkCopied')), manual);
}
