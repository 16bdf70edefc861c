// The route as KML for Google Earth and My Maps: one placemark per stop, named "1. <name>" in route order
// (the order is also in ExtendedData), and the legs joined into one line. Legs drawn straight (no path was
// available) stay straight in the file, and the line's description says how many.
import type { Position } from 'geojson';
import type { ExportableRoute } from '../route-gpx';
import { writeKml } from './kml-write';

export interface RouteKmlWords {
  /** Name of the line placemark, e.g. "Route" / "路线". */
  line: string;
  /** Description of the line, e.g. "3 stops, 2 legs, 1 drawn as a straight line". */
  lineDescription: string;
  /** #rrggbb for the line and the stop icons. */
  color: string;
}

/** The legs' positions end to end, without repeating the position where one leg meets the next. */
export function joinLegs(route: ExportableRoute): Position[] {
  const out: Position[] = [];
  for (const leg of route.legs) {
    for (const p of leg.geometry.coordinates) {
      const last = out[out.length - 1];
      if (last && last[0] === p[0] && last[1] === p[1]) continue;
      out.push([p[0] ?? 0, p[1] ?? 0]);
    }
  }
  return out;
}

export function routeToKml(route: ExportableRoute, words: RouteKmlWords): string {
  const line = joinLegs(route);
  return writeKml({
    name: route.name,
    styles: [
      { id: 'stop', iconColor: words.color },
      { id: 'legs', lineColor: words.color, lineWidth: 4 },
    ],
    placemarks: [
      ...route.stops.map((s, i) => ({
        name: `${i + 1}. ${s.name ?? s.id}`,
        styleId: 'stop',
        geometry: { type: 'Point' as const, coordinates: [s.coordinates[0], s.coordinates[1]] },
        data: [
          ['order', i + 1],
          ['id', s.id],
          ['layer', s.layer],
          ['precision', s.precision],
        ] as Array<[string, string | number]>,
      })),
      ...(line.length >= 2
        ? [
            {
              name: words.line,
              description: words.lineDescription,
              styleId: 'legs',
              geometry: { type: 'LineString' as const, coordinates: line },
            },
          ]
        : []),
    ],
  });
}
