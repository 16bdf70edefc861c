// Writing the generated files: one serializer for every layer file (scripts/lib/serialize.ts), and the positions
// accepted from an OSM/Wikidata refresh (scripts/data-refresh.ts --write) re-applied so they survive rebuilds.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { serializeCollection } from '../lib/serialize';
import { applyUpdates, type ProposedUpdate } from '../lib/refresh-match';
import type { LayerId, SiteCollection, SiteProperties } from '../../src/types';
import { OUT } from './common';
import { withSourceQuality } from './source-quality';

export function writeCollection(rel: string, features: readonly object[]): void {
  mkdirSync(join(OUT, rel, '..'), { recursive: true });
  writeFileSync(join(OUT, rel), serializeCollection(features));
}

/** Positions accepted from an OSM/Wikidata refresh (scripts/data-refresh.ts --write) survive rebuilds. */
export function withAcceptedUpdates(layer: LayerId, features: Feature<Geometry | null, SiteProperties>[]): Feature<Geometry | null, SiteProperties>[] {
  const path = join(OUT, 'refresh/accepted-updates.json');
  if (!existsSync(path)) return features;
  const updates = (JSON.parse(readFileSync(path, 'utf8')) as ProposedUpdate[]).filter((u) => u.layer === layer);
  if (updates.length === 0) return features;
  const fc = { type: 'FeatureCollection', features } as SiteCollection;
  return (applyUpdates({ [layer]: fc }, updates)[layer]?.features ?? features) as Feature<Geometry | null, SiteProperties>[];
}

/** Every feature's sources classified and its weak-only facts marked (scripts/geodata/source-quality.ts). */
export function withQuality<F extends Feature<Geometry | null, { id: string; sources: SiteProperties['sources']; facts: SiteProperties['facts'] }>>(features: readonly F[]): F[] {
  return features.map((f) => ({ ...f, properties: withSourceQuality(f.properties) }));
}
