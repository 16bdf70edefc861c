// The map's one marker per place: a GeoJSON point per place (src/analysis/same-place.ts) whose members pass
// the filters, with what the style needs to draw and rank it. Built in JS (not with per-layer MapLibre
// filters) because a place belongs to several layers: it is drawn while any of its members is shown, in the
// colour of the first shown member, and all places cluster together in one source.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../analysis/same-place';
import type { Filters } from './filters';
import { isLocated, matchesFilters } from './filters';
import type { SiteFeature } from '../types';

export interface PlaceMarkerProps {
  /** The place's id (its primary member); a click opens this. */
  id: string;
  /** Layer of the first shown member: the marker's colour. */
  layer: string;
  /** Layer of the second shown member, if any: the marker's outer ring. */
  layer2: string | null;
  name_zh: string;
  name_en: string;
  /** How many designations the place has (shown members). */
  n: number;
  /** Every shown member's layer, comma-separated (what a layer toggle or a test matches against). */
  layers: string;
  /** Every shown member as "layer:id", comma-separated (which sites this marker stands for). */
  members: string;
  /** Label priority: lower is placed first when labels collide. */
  rank: number;
  precision: string;
  /** Stop of the tourist line as "4/7" (order west to east / all stops, located or not), or absent. */
  stop?: string;
}

/** Importance of one feature for labelling: 0 is the most important. */
export function featureRank(f: SiteFeature): number {
  const p = f.properties;
  switch (p.layer) {
    case 'scenic-spots':
      return ({ '5A': 0, '4A': 1, '3A': 3, '2A': 4, '1A': 5 } as Record<string, number>)[p.grade ?? ''] ?? 5;
    case 'heritage-units':
      return ({ national: 1, provincial: 3, municipal: 4, county: 5 } as Record<string, number>)[p.level ?? ''] ?? 5;
    case 'museums':
      return 2;
    case 'tourist-line':
      return 3;
    default:
      return 5;
  }
}

export function placeFeatures(
  places: readonly Place[],
  byId: (id: string) => SiteFeature | undefined,
  filters: Filters,
  stopTotal: number,
): FeatureCollection<Point, PlaceMarkerProps> {
  const out: Array<Feature<Point, PlaceMarkerProps>> = [];
  for (const place of places) {
    const members = place.members.map(byId).filter((f): f is SiteFeature => f !== undefined);
    const shown = members.filter((f) => f.geometry?.type === 'Point' && isLocated(f) && matchesFilters(f, filters));
    const first = shown[0];
    if (!first || first.geometry?.type !== 'Point') continue;
    // The marker sits where the primary is, unless the primary is filtered out: then where the first shown is.
    const primary = members[0]!;
    const name = shown.includes(primary) ? primary : first;
    const layers = [...new Set(shown.map((f) => f.properties.layer))];
    const stopMember = shown.find(
      (f) => f.properties.layer === 'tourist-line' && typeof f.properties.stop_order === 'number',
    );
    const rank = Math.min(...shown.map(featureRank)) - 0.5 * (layers.length - 1);
    const props: PlaceMarkerProps = {
      id: place.id,
      layer: layers[0]!,
      layer2: layers[1] ?? null,
      name_zh: name.properties.name_zh,
      name_en: name.properties.name_en,
      n: layers.length,
      layers: layers.join(','),
      members: shown.map((f) => `${f.properties.layer}:${f.properties.id}`).join(','),
      rank,
      precision: name.properties.precision,
      ...(stopMember ? { stop: `${stopMember.properties.stop_order}/${stopTotal}` } : {}),
    };
    out.push({ type: 'Feature', id: place.id, geometry: name.geometry as Point, properties: props });
  }
  return { type: 'FeatureCollection', features: out };
}
