// Small pure helpers behind the analysis UI: which features can be a buffer source (grouped as the source
// picker shows them), the density choropleth built from the per-district indicator, and the stop-to-stop
// distances of the tourist line. No DOM, no MapLibre.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { SiteFeature } from '../types';
import { isLocated, pointOf } from './features';
import { isLineGeometry } from './line-distance';
import type { DistrictFeature, DistrictRow } from './indicators';
import { TOURIST_LINE_ID } from './indicators';
import { alongLineDistance } from './lengths';
import type { AlongLineDistance } from './lengths';

export interface BufferSourceGroups {
  /** The tourist line itself, then its located stops in stop order. */
  touristLine: SiteFeature[];
  /** Located railway stations. */
  stations: SiteFeature[];
  /** Located railway / high-speed-railway lines. */
  railways: SiteFeature[];
  /** Every other located feature (heritage units, museums, scenic spots, the airport …). */
  sites: SiteFeature[];
}

const isRailway = (f: SiteFeature): boolean =>
  f.properties.layer === 'transport' && (f.properties.kind === 'railway' || f.properties.kind === 'high-speed-railway');
const isStation = (f: SiteFeature): boolean => f.properties.layer === 'transport' && f.properties.kind === 'station';

/**
 * Located features that can be a buffer source, in the picker's groups. Features with unknown position are
 * left out (a buffer around nothing cannot be drawn); each group keeps the input order except the tourist-line
 * group (line first, then stops by stop_order).
 */
export function bufferSourceGroups(features: readonly SiteFeature[]): BufferSourceGroups {
  const out: BufferSourceGroups = { touristLine: [], stations: [], railways: [], sites: [] };
  for (const f of features) {
    if (!isLocated(f)) continue;
    if (f.properties.layer === 'tourist-line') out.touristLine.push(f);
    else if (isStation(f)) out.stations.push(f);
    else if (isRailway(f)) out.railways.push(f);
    else out.sites.push(f);
  }
  const order = (f: SiteFeature): number =>
    f.properties.id === TOURIST_LINE_ID ? -1 : (f.properties.stop_order ?? Infinity);
  out.touristLine.sort((a, b) => order(a) - order(b));
  return out;
}

/**
 * The per-district density as a choropleth: one polygon per district row (matched by name_zh), `value` = that
 * district's sites per 1,000 km² divided by the largest (0–1; all 0 when every district has 0), `label` from
 * the caller, `density` the raw figure. Districts without a row are left out.
 */
export function densityChoropleth(
  rows: readonly DistrictRow[],
  districts: readonly DistrictFeature[],
  label: (row: DistrictRow) => string,
): FeatureCollection<Polygon | MultiPolygon> {
  const max = rows.reduce((m, r) => Math.max(m, r.perThousandKm2), 0);
  const byName = new Map(rows.map((r) => [r.name_zh, r]));
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const d of districts) {
    const row = byName.get(d.properties.name_zh);
    if (!row) continue;
    features.push({
      type: 'Feature',
      geometry: d.geometry,
      properties: {
        name_zh: row.name_zh,
        value: max > 0 ? row.perThousandKm2 / max : 0,
        density: row.perThousandKm2,
        label: label(row),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export interface StopDistance {
  stop: SiteFeature;
  along: AlongLineDistance;
}

/**
 * From one located stop of the tourist line to every other located stop (stop order): distance along the line
 * (Turf lineSlice + length) and straight-line distance. [] when the stop or the line has no usable position.
 */
export function stopDistances(
  stop: SiteFeature,
  line: SiteFeature | undefined,
  stops: readonly SiteFeature[],
): StopDistance[] {
  const from = pointOf(stop);
  if (!from || !line || !isLocated(line) || !isLineGeometry(line.geometry)) return [];
  const lineInput = {
    type: 'Feature' as const,
    properties: { precision: line.properties.precision },
    geometry: line.geometry,
  };
  const out: StopDistance[] = [];
  const ordered = [...stops].sort(
    (a, b) => (a.properties.stop_order ?? Infinity) - (b.properties.stop_order ?? Infinity),
  );
  for (const other of ordered) {
    if (other.properties.id === stop.properties.id) continue;
    const to = pointOf(other);
    if (!to) continue;
    out.push({ stop: other, along: alongLineDistance(lineInput, from, to) });
  }
  return out;
}
