// tourist-line.geojson: the Yellow River Custom Tourist Line (黄河风情线) as a line drawn along the river, and its
// stops (tourist_line.csv) with the curated ids, positions and facts in build/.
import lineSlice from '@turf/line-slice';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { mergeSources, parseSourceCell } from '../lib/source-refs';
import type { SiteProperties, SourceRef } from '../../src/types';
import { buildTable, cell, csv, districtOf, fact, geo, roundCoords } from './common';
import { districtsSrc } from './transport';
import { requireMeta, siteFeature, siteMeta, type SiteFeatureOut } from './sites';

const tourRows = csv('tourist_line.csv');

export function buildStops(): SiteFeatureOut[] {
  const META = siteMeta('tourist-line');
  const stopFeatures: SiteFeatureOut[] = [];
  tourRows.forEach((r, idx) => {
    const name = cell(r, 'stop_zh');
    const meta = requireMeta(META, name, 'stop');
    const evidence = parseSourceCell(cell(r, 'order_evidence'));
    stopFeatures.push(
      siteFeature({
        id: meta.id,
        layer: 'tourist-line',
        name_zh: name.replace(/\s*\(.*\)$/, ''),
        name_en: cell(r, 'stop_en'),
        aliases: meta.aliases,
        district: districtOf(cell(r, 'district')),
        address: null,
        pos: meta.pos,
        facts: [
          fact(
            `黄河风情线站点，自西向东第${idx + 1}个（原表编号${cell(r, 'order_w_to_e')}，${cell(r, 'bank') === 'north' ? '北岸' : cell(r, 'bank') === 'south' ? '南岸' : cell(r, 'bank') === 'crossing' ? '跨河' : '岸别未说明'}）。`,
            `Stop ${idx + 1} from west to east on the Yellow River Custom Tourist Line (table label ${cell(r, 'order_w_to_e')}; bank: ${cell(r, 'bank') || 'not stated'}).`,
            evidence,
          ),
          ...meta.extraFacts,
        ],
        sources: evidence,
        notes: [cell(r, 'notes'), 'Order from textual neighbour relations in the sources (research NOTES §4).'],
        extra: { stop_order: idx + 1, stop_label: cell(r, 'order_w_to_e') },
      }),
    );
  });
  return stopFeatures;
}

/** The line: OSM river from the westernmost located stop to the OSM stretch's east end, then NE 10m to the easternmost located stop. */
interface Segment {
  from_lon: number;
  to_lon: number;
  geometry_source: string;
  precision: 'approximate';
  uncertainty_m: number | null;
}

/** The point where a river line, followed downstream, leaves a district polygon (bisection on the crossing edge;
 *  ≈ 1 cm after 30 steps). Null when the line never leaves it. */
function exitPoint(line: Position[], district: Feature<Polygon | MultiPolygon>): Position | null {
  const inside = (c: Position): boolean => booleanPointInPolygon(point(c), district);
  for (let i = line.length - 2; i >= 0; i--) {
    const a = line[i] as Position;
    const b = line[i + 1] as Position;
    if (!inside(a) || inside(b)) continue;
    let lo = a;
    let hi = b;
    for (let k = 0; k < 30; k++) {
      const mid: Position = [((lo[0] ?? 0) + (hi[0] ?? 0)) / 2, ((lo[1] ?? 0) + (hi[1] ?? 0)) / 2];
      if (inside(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  }
  return null;
}

const slice = (from: Position, to: Position, line: Position[]): Position[] => {
  const c = lineSlice(point(from), point(to), lineString(line)).geometry.coordinates.map(roundCoords);
  return (c[0]?.[0] ?? 0) > (c[c.length - 1]?.[0] ?? 0) ? c.reverse() : c;
};

/**
 * The line, west to east, along the river: Natural Earth 10m from where the river leaves the district of the
 * line's sourced west end (build/tourist_line_extent.csv) to the OSM stretch, the OSM centre line (way 166825103)
 * over its whole length, then Natural Earth 10m to the easternmost located stop. One LineString (route planning
 * follows it), with `segments` giving each part's geometry source and precision.
 */
export function buildTouristLine(stopFeatures: readonly SiteFeatureOut[]): Feature<LineString, SiteProperties>[] {
  const osm = (geo('pass2/yellow_river_central_osm.geojson').features[0] as Feature<LineString>).geometry.coordinates;
  const ne = (geo('yellow_river_ne10m.geojson').features[0] as Feature<LineString>).geometry.coordinates;
  const extent = buildTable('tourist_line_extent.csv');
  const westEnd = extent.find((r) => cell(r, 'end') === 'west');
  const eastEnd = extent.find((r) => cell(r, 'end') === 'east');
  const westDistrict = districtsSrc.find((d) => String(d.properties?.name) === cell(westEnd, 'district'));
  const from = westDistrict ? exitPoint(ne, westDistrict) : null;
  if (!westEnd || !eastEnd || !westDistrict || !from) throw new Error('tourist line: west end district not found on the river');
  const located = stopFeatures.filter((f) => f.geometry?.type === 'Point');
  const lons = located.map((f) => ((f.geometry as { coordinates: Position }).coordinates[0] ?? NaN));
  const east = located[lons.indexOf(Math.max(...lons))];
  if (!east?.geometry || east.geometry.type !== 'Point') throw new Error('tourist line needs a located stop');
  const osmStart = osm[0] as Position;
  const osmEnd = osm[osm.length - 1] as Position;
  const west = slice(from, osmStart, ne);
  const central = osm.map(roundCoords);
  const eastPart = slice(osmEnd, east.geometry.coordinates, ne);
  const coords = [...west, ...central, ...eastPart];
  const gap = (p: Position): number => Math.round(distance(point(p), nearestPointOnLine(lineString(ne), point(p)), { units: 'meters' }));
  const NE = 'Natural Earth 10m rivers_lake_centerlines (about 1 km off the channel at city scale)';
  const segments: Segment[] = [
    { from_lon: west[0]?.[0] ?? NaN, to_lon: west[west.length - 1]?.[0] ?? NaN, geometry_source: NE, precision: 'approximate', uncertainty_m: 1000 },
    { from_lon: central[0]?.[0] ?? NaN, to_lon: central[central.length - 1]?.[0] ?? NaN, geometry_source: 'OpenStreetMap way 166825103 (river centre line, simplified)', precision: 'approximate', uncertainty_m: null },
    { from_lon: eastPart[0]?.[0] ?? NaN, to_lon: eastPart[eastPart.length - 1]?.[0] ?? NaN, geometry_source: NE, precision: 'approximate', uncertainty_m: 1000 },
  ];
  const evidence = mergeSources(...tourRows.map((r) => parseSourceCell(cell(r, 'order_evidence'))));
  const extentSources = parseSourceCell(cell(westEnd, 'source'));
  const riverSources: SourceRef[] = [
    { title: 'OpenStreetMap way 166825103 (Yellow River), simplified copy in GitHub lachlanchen/LazyTravel: data/maps/lanzhou/lanzhou-valley-orientation.geojson @ b8ad250db51a', url: 'https://www.openstreetmap.org/way/166825103' },
    { title: 'Natural Earth 10m rivers_lake_centerlines ("Huang"), via GitHub martynafford/natural-earth-geojson @ 0b9a6ceb0a70', url: 'https://github.com/martynafford/natural-earth-geojson' },
  ];
  const props: SiteProperties = {
    id: 'yellow-river-tourist-line',
    layer: 'tourist-line',
    name_zh: '黄河风情线',
    name_en: 'Yellow River Custom Tourist Line',
    aliases: ['百里黄河风情线', '黄河风情旅游线'],
    district: null,
    address: null,
    precision: 'approximate',
    position_source: 'derived: Natural Earth 10m Yellow River + OpenStreetMap way 166825103 + Natural Earth 10m',
    crs_original: 'WGS84',
    position_original: null,
    osm_id: 'way/166825103',
    wikidata: null,
    derived_from: `Drawn along the river, not along the riverside roads, in three parts (see segments): the Natural Earth 10m river from where it leaves ${cell(westEnd, 'district')} (the line's west end, ${cell(westEnd, 'place_zh')}, lies in that district, at a point no source gives, so the line continues further west than drawn) to the start of the OSM stretch; the OSM centre line (way 166825103, simplified) over its whole length; then the Natural Earth river to the point nearest the easternmost located stop (${east.properties.name_zh}). The Natural Earth parts lie about 1 km off the channel; the joins jump about ${gap(osmStart)} m (west) and ${gap(osmEnd)} m (east).`,
    facts: [
      fact(
        `据市政府的规划，黄河风情线西起${cell(westEnd, 'district')}${cell(westEnd, 'place_zh')}，东至${cell(eastEnd, 'district')}${cell(eastEnd, 'place_zh')}，东西长约40公里。`,
        `As the city government planned it, the line runs from ${cell(westEnd, 'place_zh')} (${cell(westEnd, 'district')}) in the west to ${cell(eastEnd, 'place_zh')} (${cell(eastEnd, 'district')}) in the east, about 40 km east–west.`,
        extentSources,
      ),
      fact(
        '站点自西向东依次为：黄河母亲雕塑、水车园、中山桥（北岸白塔山与金城关·黄河古渡）、水车博览园、什川古梨园。河口古镇与青城古镇未见资料称其在本线上。',
        'Stops from west to east: Yellow River Mother, the old Waterwheel Garden, Zhongshan Bridge (with Baita Mountain and Jinchengguan on the north bank), the Waterwheel Expo Park, and Shichuan pear orchard. No source read puts Hekou or Qingcheng on the line.',
        evidence,
      ),
    ],
    sources: mergeSources(evidence, extentSources, riverSources),
    notes: `Line position is approximate (within about 2 km): it follows the river centre line, and outside 103.735–103.872°E only the coarse Natural Earth line exists. The planning source ends the line at ${cell(eastEnd, 'place_zh')} (${cell(eastEnd, 'district')}), while the stop list places ${east.properties.name_zh} further east on it; the line is drawn to the stop.`,
    stop_order: null,
    segments,
  };
  return [{ type: 'Feature', id: props.id, properties: props, geometry: { type: 'LineString', coordinates: coords } }];
}
