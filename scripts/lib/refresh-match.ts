// Pure matching of OpenStreetMap (Overpass JSON) and Wikidata (SPARQL JSON results) to our features, for
// `npm run data:refresh`. Nothing here touches the network or the disk.
//
// Rules (see scripts/queries/README.md):
// - match by Wikidata id, then OSM id, then exact normalised name/alias; ICH items and lines are never matched;
// - a proposal never lowers precision, never moves an exact position by more than MOVE_LIMIT_M (conflict),
//   and never creates a feature (unmatched results are reported as "new");
// - two candidates for one feature more than MOVE_LIMIT_M apart are a conflict, not a guess.
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import type { LayerId, Precision, SiteCollection, SiteFeature, SourceRef } from '../../src/types';

/** Distance (metres) above which a move is reported, and above which an exact position is not replaced. */
export const MOVE_LIMIT_M = 100;
/** OSM ways/relations whose bounding-box diagonal is at most this (metres) count as exact; larger ones are areas. */
export const SMALL_AREA_M = 500;

export interface Candidate {
  service: 'osm' | 'wikidata';
  /** "node/1", "way/2", "relation/3" or "Q123". */
  ref: string;
  names: string[];
  label: string;
  coords: [number, number] | null;
  precision: Exclude<Precision, 'unknown'>;
  osm: string | null;
  wikidata: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Overpass API JSON (`[out:json]`, elements with lat/lon or center, optional bounds and tags). */
export function candidatesFromOverpass(json: unknown): Candidate[] {
  if (!isObj(json) || !Array.isArray(json.elements)) throw new Error('Overpass response: no "elements" array');
  const out: Candidate[] = [];
  for (const el of json.elements) {
    if (!isObj(el) || typeof el.type !== 'string' || typeof el.id !== 'number') continue;
    const tags: Record<string, string> = isObj(el.tags) ? (el.tags as Record<string, string>) : {};
    const names = ['name', 'name:zh', 'name:zh-Hans', 'name:en', 'alt_name', 'official_name', 'old_name']
      .flatMap((k) => (tags[k] ? tags[k].split(';') : []))
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (names.length === 0) continue;
    let coords: [number, number] | null = null;
    if (typeof el.lat === 'number' && typeof el.lon === 'number') coords = [el.lon, el.lat];
    else if (isObj(el.center) && typeof el.center.lat === 'number' && typeof el.center.lon === 'number')
      coords = [el.center.lon, el.center.lat];
    let precision: Candidate['precision'] = 'exact';
    if (el.type !== 'node') {
      const b = isObj(el.bounds) ? el.bounds : null;
      const diag =
        b &&
        typeof b.minlat === 'number' &&
        typeof b.minlon === 'number' &&
        typeof b.maxlat === 'number' &&
        typeof b.maxlon === 'number'
          ? distance(point([b.minlon, b.minlat]), point([b.maxlon, b.maxlat]), { units: 'meters' })
          : Infinity; // no bounds: size unknown, so the centre may only stand for an area
      if (diag > SMALL_AREA_M) precision = 'approximate';
    }
    out.push({
      service: 'osm',
      ref: `${el.type}/${el.id}`,
      names,
      label: names[0] ?? '',
      coords,
      precision,
      osm: `${el.type}/${el.id}`,
      wikidata: tags.wikidata && /^Q\d+$/.test(tags.wikidata) ? tags.wikidata : null,
    });
  }
  return out;
}

const WKT_POINT = /^Point\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/i;

/** SPARQL 1.1 JSON results (head.vars, results.bindings) from the query in scripts/queries/wikidata-heritage.rq. */
export function candidatesFromWikidata(json: unknown): Candidate[] {
  if (!isObj(json) || !isObj(json.results) || !Array.isArray(json.results.bindings)) {
    throw new Error('Wikidata response: no results.bindings array');
  }
  const byItem = new Map<string, Candidate>();
  for (const b of json.results.bindings) {
    if (!isObj(b)) continue;
    const val = (k: string): string | null =>
      isObj(b[k]) && typeof (b[k] as Obj).value === 'string' ? ((b[k] as Obj).value as string) : null;
    const q = /\/entity\/(Q\d+)$/.exec(val('item') ?? '')?.[1];
    if (!q) continue;
    const m = WKT_POINT.exec(val('coord') ?? '');
    const names = [val('itemLabel'), val('enLabel')].filter((s): s is string => !!s && s !== q);
    const osm = val('osmNode')
      ? `node/${val('osmNode')}`
      : val('osmWay')
        ? `way/${val('osmWay')}`
        : val('osmRelation')
          ? `relation/${val('osmRelation')}`
          : null;
    const prev = byItem.get(q);
    if (prev) {
      // One row per heritage designation: merge names, keep the first coordinate.
      for (const n of names) if (!prev.names.includes(n)) prev.names.push(n);
      continue;
    }
    byItem.set(q, {
      service: 'wikidata',
      ref: q,
      names,
      label: names[0] ?? q,
      coords: m?.[1] && m[2] ? [Number(m[1]), Number(m[2])] : null,
      precision: 'exact',
      osm,
      wikidata: q,
    });
  }
  return [...byItem.values()].sort((a, b) => a.ref.localeCompare(b.ref));
}

/** Names compare without brackets, spaces and separators, case-insensitively ("兰州黄河铁桥 (中山桥)" → "兰州黄河铁桥"). */
export function normaliseName(s: string): string {
  return s
    .replace(/\([^)]*\)|（[^）]*）/g, '')
    .replace(/[\s·•・,，.。'’"“”-]/g, '')
    .toLowerCase();
}

export type UpdateKind = 'placed' | 'upgraded' | 'refined';

export interface ProposedUpdate {
  layer: LayerId;
  id: string;
  name_zh: string;
  kind: UpdateKind;
  matchedBy: 'wikidata' | 'osm' | 'name';
  candidate: string;
  candidateLabel: string;
  from: { precision: Precision; coords: [number, number] | null; position_source: string | null };
  to: {
    precision: Exclude<Precision, 'unknown'>;
    coords: [number, number];
    position_source: string;
    osm_id: string | null;
    wikidata: string | null;
  };
  /** Metres moved, or null when the feature had no position. */
  movedM: number | null;
}

export interface Conflict {
  layer: LayerId;
  id: string;
  name_zh: string;
  reason: string;
  candidates: { ref: string; label: string; coords: [number, number] | null; distanceM: number | null }[];
}

export interface RefreshReport {
  updates: ProposedUpdate[];
  /** Updates that move a position by more than MOVE_LIMIT_M (also in `updates`). */
  moved: ProposedUpdate[];
  conflicts: Conflict[];
  /** Matched but nothing to do (same or lower precision, or no coordinate). */
  unchanged: { layer: LayerId; id: string; candidate: string; reason: string }[];
  /** Results that match no feature: never added, listed for a person to decide. */
  new: { ref: string; label: string; coords: [number, number] | null }[];
}

const MATCHED_LAYERS: readonly LayerId[] = [
  'heritage-units',
  'scenic-spots',
  'museums',
  'designations',
  'tourist-line',
  'transport',
];
const RANK: Record<Precision, number> = { unknown: 0, approximate: 1, exact: 2 };

function pointOf(f: SiteFeature): [number, number] | null {
  if (f.geometry?.type !== 'Point') return null;
  const [x, y] = f.geometry.coordinates;
  return typeof x === 'number' && typeof y === 'number' ? [x, y] : null;
}

function metres(a: [number, number], b: [number, number]): number {
  return distance(point(a), point(b), { units: 'meters' });
}

export function matchRefresh(
  layers: Partial<Record<LayerId, SiteCollection>>,
  candidates: readonly Candidate[],
): RefreshReport {
  const report: RefreshReport = { updates: [], moved: [], conflicts: [], unchanged: [], new: [] };
  const used = new Set<string>();
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const n of c.names) {
      const key = normaliseName(n);
      if (!key) continue;
      const list = byName.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      byName.set(key, list);
    }
  }

  for (const layer of MATCHED_LAYERS) {
    const fc = layers[layer];
    if (!fc) continue;
    for (const f of fc.features) {
      const p = f.properties;
      // Only point features (or unplaced ones) are matched; the tourist line and railway lines are not.
      if (f.geometry !== null && f.geometry.type !== 'Point') continue;
      let matchedBy: ProposedUpdate['matchedBy'] = 'name';
      let found: Candidate[] = [];
      if (p.wikidata) found = candidates.filter((c) => c.wikidata === p.wikidata);
      if (found.length > 0) matchedBy = 'wikidata';
      else if (p.osm_id) {
        found = candidates.filter((c) => c.osm === p.osm_id);
        if (found.length > 0) matchedBy = 'osm';
      }
      if (found.length === 0) {
        const keys = new Set([p.name_zh, p.name_en, ...(p.aliases ?? [])].map(normaliseName).filter((k) => k !== ''));
        const set = new Set<Candidate>();
        for (const k of keys) for (const c of byName.get(k) ?? []) set.add(c);
        found = [...set].sort((a, b) => a.ref.localeCompare(b.ref));
      }
      if (found.length === 0) continue;
      for (const c of found) used.add(c.ref);

      const withCoords = found.filter((c) => c.coords !== null);
      if (withCoords.length === 0) {
        report.unchanged.push({
          layer,
          id: p.id,
          candidate: found.map((c) => c.ref).join(', '),
          reason: 'no coordinate in the result',
        });
        continue;
      }
      // Several candidates must agree within MOVE_LIMIT_M, else a person decides.
      const spread = Math.max(
        0,
        ...withCoords.flatMap((a) =>
          withCoords.map((b) => metres(a.coords as [number, number], b.coords as [number, number])),
        ),
      );
      const current = pointOf(f);
      if (spread > MOVE_LIMIT_M) {
        report.conflicts.push({
          layer,
          id: p.id,
          name_zh: p.name_zh,
          reason: `${withCoords.length} results for one feature lie up to ${Math.round(spread)} m apart`,
          candidates: withCoords.map((c) => ({
            ref: c.ref,
            label: c.label,
            coords: c.coords,
            distanceM: current && c.coords ? Math.round(metres(current, c.coords)) : null,
          })),
        });
        continue;
      }
      // Prefer an exact result, then OSM (it also has the object's extent), then the lowest ref for determinism.
      const best = [...withCoords].sort(
        (a, b) =>
          RANK[b.precision] - RANK[a.precision] ||
          (a.service === b.service ? a.ref.localeCompare(b.ref) : a.service === 'osm' ? -1 : 1),
      )[0] as Candidate;
      const to = best.coords as [number, number];
      const moved = current ? metres(current, to) : null;
      if (RANK[best.precision] < RANK[p.precision]) {
        report.unchanged.push({
          layer,
          id: p.id,
          candidate: best.ref,
          reason: `result is ${best.precision}, ours is ${p.precision}`,
        });
        continue;
      }
      if (p.precision === 'exact' && moved !== null && moved > MOVE_LIMIT_M) {
        report.conflicts.push({
          layer,
          id: p.id,
          name_zh: p.name_zh,
          reason: `our exact position and ${best.ref} are ${Math.round(moved)} m apart`,
          candidates: [{ ref: best.ref, label: best.label, coords: best.coords, distanceM: Math.round(moved) }],
        });
        continue;
      }
      const kind: UpdateKind =
        current === null ? 'placed' : RANK[best.precision] > RANK[p.precision] ? 'upgraded' : 'refined';
      const update: ProposedUpdate = {
        layer,
        id: p.id,
        name_zh: p.name_zh,
        kind,
        matchedBy,
        candidate: best.ref,
        candidateLabel: best.label,
        from: { precision: p.precision, coords: current, position_source: p.position_source },
        to: {
          precision: best.precision,
          coords: [Math.round(to[0] * 1e6) / 1e6, Math.round(to[1] * 1e6) / 1e6],
          position_source: best.service === 'osm' ? `OpenStreetMap ${best.ref}` : `Wikidata ${best.ref}`,
          osm_id: best.osm ?? p.osm_id ?? null,
          wikidata: best.wikidata ?? p.wikidata ?? null,
        },
        movedM: moved === null ? null : Math.round(moved),
      };
      report.updates.push(update);
      if (moved !== null && moved > MOVE_LIMIT_M) report.moved.push(update);
    }
  }
  report.new = candidates
    .filter((c) => !used.has(c.ref))
    .map((c) => ({ ref: c.ref, label: c.label, coords: c.coords }));
  return report;
}

function sourceFor(u: ProposedUpdate): SourceRef {
  return u.to.position_source.startsWith('OpenStreetMap')
    ? {
        title: `${u.to.position_source} (© OpenStreetMap contributors, ODbL)`,
        url: `https://www.openstreetmap.org/${u.candidate}`,
      }
    : { title: u.to.position_source, url: `https://www.wikidata.org/wiki/${u.candidate}` };
}

/** Applies updates to copies of the layers (the inputs are not changed). */
export function applyUpdates(
  layers: Partial<Record<LayerId, SiteCollection>>,
  updates: readonly ProposedUpdate[],
): Partial<Record<LayerId, SiteCollection>> {
  const out: Partial<Record<LayerId, SiteCollection>> = {};
  for (const [layer, fc] of Object.entries(layers) as [LayerId, SiteCollection][]) {
    out[layer] = {
      ...fc,
      features: fc.features.map((f) => {
        const u = updates.find((x) => x.layer === layer && x.id === f.properties.id);
        if (!u) return f;
        const src = sourceFor(u);
        const was = u.from.coords
          ? `${u.from.precision} at ${u.from.coords.join(', ')} from ${u.from.position_source ?? 'unknown'}`
          : 'no position';
        return {
          ...f,
          geometry: { type: 'Point', coordinates: u.to.coords },
          properties: {
            ...f.properties,
            precision: u.to.precision,
            position_source: u.to.position_source,
            crs_original: 'WGS84',
            position_original: u.to.coords,
            osm_id: u.to.osm_id,
            wikidata: u.to.wikidata,
            sources: f.properties.sources.some((s) => s.url === src.url)
              ? f.properties.sources
              : [...f.properties.sources, src],
            notes:
              `${f.properties.notes ?? ''} Refreshed from ${u.to.position_source} (matched by ${u.matchedBy}; was ${was}).`.trim(),
          },
        };
      }),
    };
  }
  return out;
}
