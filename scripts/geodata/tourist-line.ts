// tourist-line.geojson: the Yellow River Custom Tourist Line (黄河风情线) as a line drawn along the river, and its
// stops (tourist_line.csv) with the curated ids, positions and facts in build/.
import lineSlice from '@turf/line-slice';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import type { Feature, LineString, Position } from 'geojson';
import { mergeSources, parseSourceCell } from '../../src/data/source-refs';
import type { SiteProperties, SourceRef } from '../../src/types';
import { cell, csv, districtOf, fact, geo, roundCoords } from './common';
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
export function buildTouristLine(stopFeatures: readonly SiteFeatureOut[]): Feature<LineString, SiteProperties> {
  const osmRiver = geo('pass2/yellow_river_central_osm.geojson').features[0] as Feature<LineString>;
  const neRiver = geo('yellow_river_ne10m.geojson').features[0] as Feature<LineString>;
  const located = stopFeatures.filter((f) => f.geometry?.type === 'Point');
  const lons = located.map((f) => ((f.geometry as { coordinates: Position }).coordinates[0] ?? NaN));
  const west = located[lons.indexOf(Math.min(...lons))];
  const east = located[lons.indexOf(Math.max(...lons))];
  if (!west?.geometry || !east?.geometry || west.geometry.type !== 'Point' || east.geometry.type !== 'Point') {
    throw new Error('tourist line needs two located stops');
  }
  const osmCoords = osmRiver.geometry.coordinates;
  const osmEnd = osmCoords[osmCoords.length - 1] as Position;
  const city = lineSlice(point(west.geometry.coordinates), point(osmEnd), lineString(osmCoords));
  let coords: Position[] = city.geometry.coordinates.map(roundCoords);
  const eastLon = east.geometry.coordinates[0] ?? NaN;
  if (eastLon > (osmEnd[0] ?? NaN)) {
    // Beyond the OSM stretch only Natural Earth is available (about 1 km off at city scale).
    const region = lineSlice(point(osmEnd), point(east.geometry.coordinates), lineString(neRiver.geometry.coordinates));
    let rc = region.geometry.coordinates.map(roundCoords);
    if ((rc[0]?.[0] ?? 0) > (rc[rc.length - 1]?.[0] ?? 0)) rc = rc.reverse();
    coords = coords.concat(rc);
  }
  if ((coords[0]?.[0] ?? 0) > (coords[coords.length - 1]?.[0] ?? 0)) coords.reverse();
  const joinGap = distance(point(osmEnd), nearestPointOnLine(lineString(neRiver.geometry.coordinates), point(osmEnd)), { units: 'meters' });
  const evidence = mergeSources(...tourRows.map((r) => parseSourceCell(cell(r, 'order_evidence'))));
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
    position_source: 'derived: OpenStreetMap way 166825103 + Natural Earth 10m Yellow River',
    crs_original: 'WGS84',
    position_original: null,
    osm_id: 'way/166825103',
    wikidata: null,
    derived_from: `Drawn along the river, not along the riverside roads: the OSM Yellow River centre line (way 166825103, simplified, 103.735–103.872°E) from the point nearest the westernmost located stop (${west.properties.name_zh}) to the end of the OSM stretch, then the Natural Earth 10m river (about 1 km off at city scale) to the point nearest the easternmost located stop (${east.properties.name_zh}). The join between the two sources jumps about ${Math.round(joinGap)} m. The westernmost stops (黄河母亲, 水车园) have no sourced position, so the line starts at 白塔山/中山桥 and is shorter in the west than the real line.`,
    facts: [
      fact(
        '站点自西向东依次为：黄河母亲雕塑、水车园、中山桥（北岸白塔山与金城关·黄河古渡）、水车博览园、什川古梨园。河口古镇与青城古镇未见资料称其在本线上。',
        'Stops from west to east: Yellow River Mother, the old Waterwheel Garden, Zhongshan Bridge (with Baita Mountain and Jinchengguan on the north bank), the Waterwheel Expo Park, and Shichuan pear orchard. No source read puts Hekou or Qingcheng on the line.',
        evidence,
      ),
    ],
    sources: mergeSources(evidence, riverSources),
    notes: 'Line position is approximate (within about 2 km): it follows the river centre line, and east of 103.872°E only the coarse Natural Earth line exists.',
    stop_order: null,
  };
  return { type: 'Feature', id: props.id, properties: props, geometry: { type: 'LineString', coordinates: coords } };
}
