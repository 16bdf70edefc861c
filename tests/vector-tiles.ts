// Cuts GeoJSON layers (points, lines, polygons) into Mapbox Vector Tiles with geojson-vt and @maplibre/vt-pbf.
// A test helper: builds small tile sets for the tests (a stand-in for an online base map, a local PMTiles archive to
// extract from); the real base map comes from a published build (scripts/basemap-extract.ts).
import GeoJSONVT from 'geojson-vt';
import type { LegacyFeature } from 'geojson-vt';
import { fromVectorTileJs } from '@maplibre/vt-pbf';
import type { VectorTileFeatureLike, VectorTileLayerLike, VectorTileLike } from '@maplibre/vt-pbf';
import Point from '@mapbox/point-geometry';
import type { FeatureCollection } from 'geojson';

const EXTENT = 4096;

function asLayer(name: string, features: LegacyFeature[]): VectorTileLayerLike {
  return {
    version: 2,
    name,
    extent: EXTENT,
    length: features.length,
    feature(i: number): VectorTileFeatureLike {
      const f = features[i]!;
      const properties: Record<string, string | number | boolean> = {};
      for (const [k, v] of Object.entries(f.tags ?? {})) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') properties[k] = v;
      }
      const rings: Point[][] =
        f.type === 1
          ? [f.geometry.map(([x, y]) => new Point(x, y))]
          : f.geometry.map((ring) => ring.map(([x, y]) => new Point(x, y)));
      return {
        id: typeof f.id === 'number' ? f.id : undefined,
        type: f.type,
        properties,
        extent: EXTENT,
        loadGeometry: () => rings,
      };
    },
  };
}

/** A tile source over several named layers: `tile(z, x, y)` is the MVT bytes (uncompressed), or null if empty. */
export function vectorTileSource(
  layers: Record<string, FeatureCollection>,
  maxZoom: number,
): (z: number, x: number, y: number) => Uint8Array | null {
  const indexes = Object.entries(layers).map(
    ([name, fc]) =>
      [name, new GeoJSONVT(fc, { maxZoom, indexMaxZoom: Math.min(maxZoom, 5), extent: EXTENT, buffer: 64 })] as const,
  );
  return (z, x, y) => {
    const tile: VectorTileLike = { layers: {} };
    for (const [name, index] of indexes) {
      const t = index.getTile(z, x, y);
      if (t && t.features.length) tile.layers[name] = asLayer(name, t.features);
    }
    return Object.keys(tile.layers).length ? fromVectorTileJs(tile) : null;
  };
}
