// Evidence for the SWOT item "insufficient integration of cultural resources": heritage units that are neither
// within 1 km of the Yellow River tourist line nor within 2 km of a railway station (the radii of src/analysis/indicators.ts).
// Distances are great-circle metres (geometryDistanceM, Turf's sphere). Units without a known position cannot
// be measured; they are counted in `excludedUnknown`, never guessed.
import type { LayerId, SiteFeature } from '../types';
import { isLocated } from './features';
import { STATION_RADIUS_M, TOURIST_LINE_ID, TOURIST_LINE_RADIUS_M, stationsOf } from './indicators';
import { geometryDistanceM, isLineGeometry } from './line-distance';

export interface UnintegratedSite {
  feature: SiteFeature;
  /** Metres to the tourist line (Infinity when there is no located line). */
  lineM: number;
  /** Metres to the nearest located station (Infinity when there is none). */
  stationM: number;
}

export interface Unintegrated {
  sites: UnintegratedSite[];
  /** Located units of the layer that were measured. */
  n: number;
  /** Units of the layer with unknown position, left out. */
  excludedUnknown: number;
  /** False when the tourist line is missing or unlocated: then only the station test applied. */
  lineAvailable: boolean;
  stations: number;
}

export function unintegratedSites(
  features: readonly SiteFeature[],
  layer: LayerId = 'heritage-units',
  lineRadiusM = TOURIST_LINE_RADIUS_M,
  stationRadiusM = STATION_RADIUS_M,
): Unintegrated {
  const line = features.find((f) => f.properties.id === TOURIST_LINE_ID);
  const lineGeom = line && isLocated(line) && isLineGeometry(line.geometry) ? line.geometry : null;
  const stations = stationsOf(features);
  const sites: UnintegratedSite[] = [];
  let n = 0;
  let excludedUnknown = 0;
  for (const f of features) {
    if (f.properties.layer !== layer) continue;
    if (!isLocated(f)) {
      excludedUnknown++;
      continue;
    }
    n++;
    const lineM = lineGeom ? geometryDistanceM(f.geometry, lineGeom) : Infinity;
    if (lineM <= lineRadiusM) continue;
    let stationM = Infinity;
    for (const s of stations) {
      if (s.geometry) stationM = Math.min(stationM, geometryDistanceM(f.geometry, s.geometry));
    }
    if (stationM <= stationRadiusM) continue;
    sites.push({ feature: f, lineM, stationM });
  }
  return { sites, n, excludedUnknown, lineAvailable: lineGeom !== null, stations: stations.length };
}
