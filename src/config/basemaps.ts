// Base maps the user can choose. "embedded" is drawn from geodata/base/ and needs nothing outside the app.
// Online options are contacted only when the user picks one. Chinese commercial tiles (AutoNavi, Baidu) are
// left out on purpose: they are in GCJ-02/BD-09 and would sit 300–600 m off our WGS84 data.
export interface OnlineBasemap {
  id: string;
  name: { zh: string; en: string };
  /** XYZ raster tile template, WGS84 Web Mercator like our data. */
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  attribution: string;
}

export const EMBEDDED_BASEMAP = 'embedded';

export const ONLINE_BASEMAPS: readonly OnlineBasemap[] = [
  {
    id: 'osm',
    name: { zh: 'OpenStreetMap（在线）', en: 'OpenStreetMap (online)' },
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
    attribution: '© OpenStreetMap contributors',
  },
];

/** Hosts the Content-Security-Policy must allow for the online options (and only those). */
export function onlineBasemapOrigins(): string[] {
  return [...new Set(ONLINE_BASEMAPS.flatMap((b) => b.tiles.map((u) => new URL(u.replace(/\{[xyz]\}/g, '0')).origin)))];
}
