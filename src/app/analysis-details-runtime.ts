// Lazily loaded: the computations behind the "Nearby" and "Length" details sections. One spatial index over
// every located point feature, built once; lengths with Turf (src/analysis/lengths.ts).
import type { AppContext } from './context';
import type { Lang, SiteFeature } from '../types';
import { PointIndex } from '../analysis/spatial-index';
import { nearbySites } from '../analysis/nearby';
import { isLocated } from '../analysis/features';
import { isLineGeometry } from '../analysis/line-distance';
import { lengthWithinAreasKm, lineLengthKm } from '../analysis/lengths';
import type { AreaInput } from '../analysis/lengths';
import { stopDistances } from '../analysis/analysis-model';
import { TOURIST_LINE_ID } from '../analysis/indicators';
import { lengthSection, nearbySection } from '../ui/analysis/details-sections';
import { placeIndex } from './places';
import { firstPerPlace } from '../analysis/same-place';
import type { LengthView } from '../ui/analysis/details-sections';

export interface DetailsRuntime {
  nearbySection: (f: SiteFeature, lang: Lang) => HTMLElement;
  lengthSection: (f: SiteFeature, lang: Lang) => HTMLElement | null;
}

const isRailway = (f: SiteFeature) =>
  f.properties.layer === 'transport' && (f.properties.kind === 'railway' || f.properties.kind === 'high-speed-railway');

export function createDetailsRuntime(ctx: AppContext): DetailsRuntime {
  const all = ctx.catalogue.all();
  const index = PointIndex.ofFeatures(all);
  const areas: AreaInput[] = ctx.districts.features.flatMap((d) =>
    d.geometry.type === 'Polygon' || d.geometry.type === 'MultiPolygon' ? [d.geometry] : [],
  );
  // Default 1 km; the choice is kept while the app is open (not in the URL).
  let radius = 1000;
  // Length within the municipality samples every 100 m: cache per railway id.
  const withinCache = new Map<string, { km: number; approximate: boolean }>();

  const lengthView = (f: SiteFeature): LengthView | null => {
    const p = f.properties;
    if (p.layer === 'tourist-line' && p.id !== TOURIST_LINE_ID && p.stop_order != null) {
      const line = ctx.catalogue.get(TOURIST_LINE_ID);
      const lineOk = !!line && isLocated(line) && isLineGeometry(line.geometry);
      const stops = ctx.catalogue.layers['tourist-line'].filter((s) => s.properties.stop_order != null);
      const rows = stopDistances(f, line, stops).map((d) => ({
        stop: d.stop,
        alongKm: d.along.alongKm,
        straightKm: d.along.straightKm,
        offsetM: d.along.toOffsetM,
      }));
      return {
        kind: 'stop',
        rows,
        located: isLocated(f),
        lineOk,
        lineApproximate: line?.properties.precision === 'approximate',
      };
    }
    if (!isLocated(f) || !isLineGeometry(f.geometry)) return null;
    const input = { type: 'Feature' as const, properties: { precision: p.precision }, geometry: f.geometry };
    const len = lineLengthKm(input);
    if (!isRailway(f)) return { kind: 'line', km: len.km, approximate: len.approximate };
    let within = withinCache.get(p.id);
    if (!within) {
      const r = lengthWithinAreasKm(input, areas);
      within = { km: r.km, approximate: r.approximate };
      withinCache.set(p.id, within);
    }
    return { kind: 'line', km: len.km, approximate: len.approximate, withinKm: within };
  };

  // Nearby lists places, like the map and search: not the opened place's own members (they are 0 m away), and
  // one row per other place (its nearest member stands for it, under the place's primary name).
  const places = placeIndex(ctx.catalogue);
  const nearbyPlaces = (f: SiteFeature, metres: number) => {
    const placeOf = (id: string) => places.of(id)?.id ?? id;
    const hits = firstPerPlace(nearbySites(f, index, metres, { limit: 40 }), (n) => placeOf(n.id), [
      placeOf(f.properties.id),
    ]);
    return hits
      .slice(0, 10)
      .map((n) => ({
        feature: ctx.catalogue.get(placeOf(n.id)) ?? n.feature,
        distanceM: n.distanceM,
        approximate: n.approximate,
      }));
  };

  return {
    nearbySection: (f, lang) =>
      nearbySection({
        lang,
        compute: isLocated(f) ? (metres) => nearbyPlaces(f, metres) : null,
        radius,
        onRadius: (m) => {
          radius = m;
        },
        onOpen: (id) => ctx.store.update({ selected: id }),
      }),
    lengthSection: (f, lang) => {
      const v = lengthView(f);
      return v ? lengthSection(lang, v) : null;
    },
  };
}
