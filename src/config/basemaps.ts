// Base maps the user can choose. The default is an online vector map (OpenFreeMap, keyless MapLibre styles
// built on OpenMapTiles); when it cannot be reached the app falls back to the embedded base map, drawn from
// geodata/base/ with nothing from outside. Chinese commercial tiles (AutoNavi, Baidu) are left out on purpose:
// they are in GCJ-02/BD-09 and would sit 300–600 m off our WGS84 data.
export interface BasemapName {
  zh: string;
  en: string;
}

/** An online MapLibre style (vector tiles, glyphs, sprite) drawn under the thematic layers. */
export interface VectorStyleBasemap {
  kind: 'vector-style';
  id: string;
  name: BasemapName;
  /** The style document; every URL in it must be on `hosts`. */
  styleUrl: string;
  /** The only hosts this base map may contact (style, TileJSON, tiles, glyphs, sprite). */
  hosts: readonly string[];
  /** Credits shown while this base map is drawn (HTML, as MapLibre's attribution control takes it). */
  attribution: string;
}

/** XYZ raster tiles, WGS84 Web Mercator like our data. */
export interface RasterBasemap {
  kind: 'raster';
  id: string;
  name: BasemapName;
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  hosts: readonly string[];
  attribution: string;
}

export type OnlineBasemap = VectorStyleBasemap | RasterBasemap;

export const EMBEDDED_BASEMAP = 'embedded';
/**
 * Cache of the service worker that keeps the offline base map archive (geodata/base/lanzhou.pmtiles): the page
 * stores the whole file once, and the worker answers MapLibre's range requests from it (vite.config.ts).
 */
export const OFFLINE_BASEMAP_CACHE = 'lcm-offline-basemap';

const OPENFREEMAP_ATTRIBUTION =
  '<a href="https://openfreemap.org" target="_blank" rel="noopener">OpenFreeMap</a> ' +
  '<a href="https://www.openmaptiles.org/" target="_blank" rel="noopener">© OpenMapTiles</a> ' +
  'Data from <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>';

export const ONLINE_BASEMAPS: readonly OnlineBasemap[] = [
  {
    kind: 'vector-style',
    id: 'liberty',
    name: { zh: '街道地图（在线，OpenFreeMap）', en: 'Streets (online, OpenFreeMap)' },
    styleUrl: 'https://tiles.openfreemap.org/styles/liberty',
    hosts: ['tiles.openfreemap.org'],
    attribution: OPENFREEMAP_ATTRIBUTION,
  },
  {
    kind: 'vector-style',
    id: 'positron',
    name: { zh: '浅色地图（在线，OpenFreeMap）', en: 'Light (online, OpenFreeMap)' },
    styleUrl: 'https://tiles.openfreemap.org/styles/positron',
    hosts: ['tiles.openfreemap.org'],
    attribution: OPENFREEMAP_ATTRIBUTION,
  },
  {
    kind: 'raster',
    id: 'osm',
    name: { zh: 'OpenStreetMap（在线）', en: 'OpenStreetMap (online)' },
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
    hosts: ['tile.openstreetmap.org'],
    attribution:
      '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
  },
];

/** What a first visit shows: the online street map, or the embedded one when it cannot be reached. */
export const DEFAULT_BASEMAP = 'liberty';

export function findOnlineBasemap(id: string): OnlineBasemap | undefined {
  return ONLINE_BASEMAPS.find((b) => b.id === id);
}

/** Whether `id` names a base map the app knows (a stored or linked id may be stale). */
export function isKnownBasemap(id: string): boolean {
  return id === EMBEDDED_BASEMAP || findOnlineBasemap(id) !== undefined;
}

/** https origins the Content-Security-Policy must allow for the online options (and only those). */
export function onlineBasemapOrigins(): string[] {
  return [...new Set(ONLINE_BASEMAPS.flatMap((b) => b.hosts.map((h) => `https://${h}`)))];
}

/**
 * Whether `url` may be requested for base map `b`: https on one of its hosts. Everything else a provider's
 * style might name (another CDN, a tracker, http) is refused, so only the chosen provider is ever contacted.
 */
export function isBasemapUrl(url: string, b: Pick<OnlineBasemap, 'hosts'>): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' && u.port === '' && u.username === '' && u.password === '' && b.hosts.includes(u.hostname)
  );
}

/**
 * Whether `url` belongs to any online base map (the e2e network guard and the CSP use the same list).
 * @public Used by the browser tests' network guard (tests/e2e/browser.ts), which the dead-code check does not read.
 */
export function isAnyBasemapUrl(url: string): boolean {
  return ONLINE_BASEMAPS.some((b) => isBasemapUrl(url, b));
}
