// The same-style floor for `npm run bench`: MapLibre alone drawing the same data as the app, with no UI,
// no store, no catalogue, no search index. It fetches the same geodata files and builds the same style
// (src/map/style.ts), so the map has the same sources and style layers at start (the app adds its overlays on first
// use, src/map/overlays.ts); the bench reports both counts. body[data-map-ready] = "true" on the first idle, as in
// the app.
// With ?pmtiles=1 it also adds the PMTiles demo layer on load, exactly as the app's ?demo=pmtiles does, and sets
// body[data-demo-ready] when that layer has been drawn.
// With ?plain=1 it is the plainer floor instead (bench/plain-style.ts): the same shipped files as
// GeoJSON sources loaded by MapLibre's worker from their URLs, one plain layer per geometry kind, no overlays.
// Performance marks (lcm:*) are set at the same steps as in the app, for the bench's start-up breakdown.
performance.mark('lcm:script');
import { groupSamePlace } from '../../src/analysis/same-place';
import { placeFeatures } from '../../src/data/place-features';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import type { SiteFeature } from '../../src/types';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { buildStyle } from '../../src/map/style';
import type { ThematicData } from '../../src/map/style';
import { LAYER_FILES } from '../../src/data/load-layers';
import { LAYER_IDS } from '../../src/types';
import { plainStyle } from '../plain-style';
import type { GeometryKind } from '../plain-style';

/** Geometry kinds of every shipped GeoJSON file, computed at build time (bench/bare/vite.config.ts). */
declare const __PLAIN_KINDS__: Record<string, GeometryKind[]>;

setWorkerUrl(workerUrl);

const layerUrls = import.meta.glob<string>('../../geodata/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});
const baseUrls = import.meta.glob<string>('../../geodata/base/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function get(url: string | undefined): Promise<FeatureCollection> {
  if (!url) throw new Error('file not bundled');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as FeatureCollection;
}

const base = (name: string) => get(baseUrls[`../../geodata/base/${name}.geojson`]);

const OPENING = { center: [103.79, 36.06] as [number, number], zoom: 11.6 }; // src/map/map-view.ts OPENING_VIEW

function ready(map: MapLibreMap): void {
  map.once('load', () => performance.mark('lcm:map-load'));
  map.once('idle', () => {
    performance.mark('lcm:map-idle');
    document.body.dataset.mapReady = 'true';
  });
}

function startPlain(): void {
  const url = (name: string) => {
    const u = name.startsWith('base/')
      ? baseUrls[`../../geodata/${name}.geojson`]
      : layerUrls[`../../geodata/${name}.geojson`];
    if (!u) throw new Error(`${name}: file not bundled`);
    return new URL(u, document.baseURI).href;
  };
  const files = Object.entries(__PLAIN_KINDS__).map(([name, kinds]) => ({ name, url: url(name), kinds }));
  const map = new MapLibreMap({ container: 'map', style: plainStyle(files), ...OPENING, attributionControl: false });
  performance.mark('lcm:map-created');
  window.__map = map;
  ready(map);
}

async function start(): Promise<void> {
  const [thematicList, context, outline, districtLabels, river, districts] = await Promise.all([
    Promise.all(LAYER_IDS.map((l) => get(layerUrls[`../../geodata/${LAYER_FILES[l]}`]))),
    base('context'),
    base('municipality-outline'),
    base('district-labels'),
    base('yellow-river'),
    get(layerUrls['../../geodata/districts.geojson']),
  ]);
  performance.mark('lcm:data');
  const thematic = Object.fromEntries(LAYER_IDS.map((l, i) => [l, thematicList[i]!])) as ThematicData;
  // The same one-marker-per-place source as the app, so the baseline draws what the app draws.
  const all = thematicList.flatMap((fc) => fc.features) as unknown as SiteFeature[];
  const byId = new Map(all.map((f) => [f.properties.id, f]));
  const stops = all.filter(
    (f) => f.properties.layer === 'tourist-line' && typeof f.properties.stop_order === 'number',
  ).length;
  const places = placeFeatures(groupSamePlace(all), (id) => byId.get(id), DEFAULT_FILTERS, stops);
  const style = buildStyle({ context, outline, districts, districtLabels, river }, thematic, places, 'zh');
  // Same opening view as the app (src/map/map-view.ts OPENING_VIEW).
  const map = new MapLibreMap({ container: 'map', style, ...OPENING, attributionControl: false });
  performance.mark('lcm:map-created');
  window.__map = map;
  map.once('load', () => {
    if (new URLSearchParams(location.search).get('pmtiles') === '1') {
      const url = new URL('demo/synthetic-100k.pmtiles', document.baseURI).href;
      // Loaded lazily, as in the app, so the plain bare page does not pay for `pmtiles`.
      void import('../../src/map/pmtiles-layer')
        .then(({ addPmtilesPointLayer }) => addPmtilesPointLayer(map, url, 'synthetic', 'lcm-transport-line'))
        .then(
          () => map.once('idle', () => (document.body.dataset.demoReady = 'true')),
          () => (document.body.dataset.demoReady = 'error'),
        );
    }
  });
  ready(map);
}

if (new URLSearchParams(location.search).get('plain') === '1') startPlain();
else void start();
