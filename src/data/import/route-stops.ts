// Route stops from a file read by the import worker (KML, KMZ, CSV, TCX): its points, in file order, as stop
// candidates for the route planner (which matches them to our sites). Lines and areas are not stops. A point
// named "3. …" (our own route KML) loses the number; an id-shaped `id` property (also ours) is a match hint.
import type { ImportOutcome } from './outcome';
import type { StopCandidate } from '../route-gpx';
import { MAX_IMPORT_STOPS } from '../route-gpx';

const ID_RE = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function stopCandidates(o: ImportOutcome): { candidates: StopCandidate[]; skipped: number; tooMany: boolean } {
  const candidates: StopCandidate[] = [];
  let skipped = 0;
  let tooMany = false;
  for (const { feature, fileProperties } of o.features) {
    const g = feature.geometry;
    const points = g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : [];
    if (points.length === 0) {
      skipped++;
      continue;
    }
    const name = feature.properties.name_en.replace(/^\d+\.\s+/, '');
    const id = fileProperties.find(([k]) => k === 'id')?.[1];
    for (const [lon = 0, lat = 0] of points) {
      if (candidates.length >= MAX_IMPORT_STOPS) {
        tooMany = true;
        break;
      }
      candidates.push({ name, lon, lat, ...(id && ID_RE.test(id) && points.length === 1 ? { id } : {}) });
    }
  }
  return { candidates, skipped, tooMany };
}
