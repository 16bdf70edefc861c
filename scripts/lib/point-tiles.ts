// Cuts a GeoJSON point layer into gzip'd Mapbox Vector Tiles for every zoom from minZoom to maxZoom, with
// geojson-vt (slicing) and @maplibre/vt-pbf (encoding), and thins points at low zoom so a tile never holds
// more than about one point per grid cell (like tippecanoe's "drop densest as needed").
//
// Thinning: a point is visible from zoom `minzoom(p)`, the first zoom at which it is the first point (in input
// order) of its grid cell, with `cellsPerTile`² cells per tile. A point that wins its cell at zoom z also wins
// at z+1 (cells only get smaller), so points never disappear when zooming in. At maxZoom every point is kept.
// Put the most important points first in the input if some should survive longer than others.
import { gzipSync } from 'node:zlib';
import GeoJSONVT from 'geojson-vt';
import type { LegacyFeature, LegacyTile } from 'geojson-vt';
import { fromVectorTileJs } from '@maplibre/vt-pbf';
import type { VectorTileFeatureLike, VectorTileLayerLike, VectorTileLike } from '@maplibre/vt-pbf';
// @mapbox/point-geometry is vt-pbf's own dependency; its Point is the type vt-pbf reads geometry as.
import Point from '@mapbox/point-geometry';
import type { Feature, FeatureCollection, Point as GeoPoint } from 'geojson';
import type { TileInput } from './pmtiles-writer';

export interface PointTileOptions {
  layerName: string;
  minZoom: number;
  maxZoom: number;
  /** Grid cells per tile side used for thinning below maxZoom (32 → one point per 8 px on a 256 px tile). */
  cellsPerTile?: number;
  /** Properties copied into the tiles (others are dropped to keep tiles small). */
  keep?: readonly string[];
}

export interface PointTileStats {
  tiles: number;
  /** Points drawn at each zoom (after thinning), minZoom first. */
  pointsPerZoom: number[];
  /** Largest tile (gzip bytes). */
  maxTileBytes: number;
}

const EXTENT = 4096;

/** Web-Mercator x, y in [0, 1) for WGS84 lon/lat degrees. */
export function mercator(lon: number, lat: number): [number, number] {
  const s = Math.sin((lat * Math.PI) / 180);
  return [lon / 360 + 0.5, 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI];
}

/** minzoom per point (index-aligned); see the header for the rule. */
export function thinningMinZoom(
  coords: ReadonlyArray<readonly [number, number]>,
  minZoom: number,
  maxZoom: number,
  cellsPerTile = 32,
): Int8Array {
  const minz = new Int8Array(coords.length).fill(maxZoom);
  const merc = coords.map(([lon, lat]) => mercator(lon, lat));
  for (let z = maxZoom - 1; z >= minZoom; z--) {
    const cells = 2 ** z * cellsPerTile;
    const taken = new Set<number>();
    merc.forEach(([x, y], i) => {
      const key = Math.floor(x * cells) * cells + Math.floor(y * cells);
      if (taken.has(key)) return;
      taken.add(key);
      minz[i] = z;
    });
  }
  return minz;
}

/**
 * A geojson-vt tile wrapped as the VectorTileLike that vt-pbf encodes (points only, tile coordinates).
 * Not `fromGeojsonVt`: its parameter type is @maplibre/geojson-vt's tile, whose feature typing does not accept
 * geojson-vt 5's tiles although the data is the same; wrapping keeps the types honest without a cast.
 */
function asVectorTile(layerName: string, features: LegacyFeature[]): VectorTileLike {
  const layer: VectorTileLayerLike = {
    version: 2,
    name: layerName,
    extent: EXTENT,
    length: features.length,
    feature(i: number): VectorTileFeatureLike {
      const f = features[i]!;
      const pts = f.type === 1 ? f.geometry : [];
      const properties: Record<string, string | number | boolean> = {};
      for (const [k, v] of Object.entries(f.tags ?? {})) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') properties[k] = v;
      }
      return {
        id: typeof f.id === 'number' ? f.id : undefined,
        type: 1,
        properties,
        extent: EXTENT,
        // Points go in one part: vt-pbf writes it as a single MoveTo with a count, as the MVT spec asks.
        loadGeometry: () => [pts.map(([x, y]) => new Point(x, y))],
      };
    },
  };
  return { layers: { [layerName]: layer } };
}

/** Tile x/y range covering a bbox at zoom z. */
function tileRange(
  bbox: readonly [number, number, number, number],
  z: number,
): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const [mx0, my1] = mercator(bbox[0], bbox[1]);
  const [mx1, my0] = mercator(bbox[2], bbox[3]);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
  return { x0: clamp(mx0), x1: clamp(mx1), y0: clamp(my0), y1: clamp(my1) };
}

export function pointTiles(
  fc: FeatureCollection,
  opts: PointTileOptions,
): { tiles: TileInput[]; stats: PointTileStats; bbox: [number, number, number, number] } {
  const points = fc.features.filter((f): f is Feature<GeoPoint> => f.geometry?.type === 'Point');
  if (points.length === 0) throw new Error('no point features');
  const coords = points.map((f) => [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0] as const);
  const minz = thinningMinZoom(coords, opts.minZoom, opts.maxZoom, opts.cellsPerTile ?? 32);
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of coords) {
    bbox[0] = Math.min(bbox[0], lon);
    bbox[1] = Math.min(bbox[1], lat);
    bbox[2] = Math.max(bbox[2], lon);
    bbox[3] = Math.max(bbox[3], lat);
  }
  const keep = opts.keep ?? [];
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: points.map((f, i) => ({
      type: 'Feature',
      id: typeof f.id === 'number' ? f.id : i,
      geometry: f.geometry,
      // `_minzoom` only steers thinning here; it is stripped before encoding.
      properties: {
        ...Object.fromEntries(keep.map((k) => [k, f.properties?.[k] ?? null]).filter(([, v]) => v !== null)),
        _minzoom: minz[i],
      },
    })),
  };
  // tolerance 0: points are not simplified; buffer 64 of 4096 keeps symbols at tile edges from being clipped.
  const index = new GeoJSONVT(input, {
    maxZoom: opts.maxZoom,
    indexMaxZoom: 5,
    tolerance: 0,
    extent: EXTENT,
    buffer: 64,
  });

  const tiles: TileInput[] = [];
  const pointsPerZoom: number[] = [];
  let maxTileBytes = 0;
  for (let z = opts.minZoom; z <= opts.maxZoom; z++) {
    let drawn = 0;
    const r = tileRange(bbox, z);
    for (let x = r.x0; x <= r.x1; x++) {
      for (let y = r.y0; y <= r.y1; y++) {
        const tile: LegacyTile | null = index.getTile(z, x, y);
        if (!tile) continue;
        const features: LegacyFeature[] = [];
        for (const f of tile.features) {
          const tags = { ...(f.tags ?? {}) };
          const mz = Number(tags['_minzoom']);
          delete tags['_minzoom'];
          if (mz > z) continue;
          features.push({ ...f, tags });
          // Count points inside the tile proper (not its buffer) so each point is counted once per zoom.
          if (f.type === 1)
            drawn += f.geometry.filter(([px, py]) => px >= 0 && px < EXTENT && py >= 0 && py < EXTENT).length;
        }
        if (features.length === 0) continue;
        const pbf = fromVectorTileJs(asVectorTile(opts.layerName, features));
        const data = new Uint8Array(gzipSync(pbf, { level: 9 }));
        maxTileBytes = Math.max(maxTileBytes, data.length);
        tiles.push({ z, x, y, data });
      }
    }
    pointsPerZoom.push(drawn);
  }
  return { tiles, stats: { tiles: tiles.length, pointsPerZoom, maxTileBytes }, bbox };
}
