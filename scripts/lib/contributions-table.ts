// geodata/research/contributions.csv: the contributed positions a maintainer accepted with
// `npm run data:contribute -- <file> --write`. One row per accepted contribution, with the contributor's own
// source; the build (scripts/geodata/sites.ts) applies the latest row per site. Rows are kept sorted by site id,
// then time, so a re-run with the same rows writes the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv, type CsvRow } from './csv-read';
import { describeContributionSource, type ContributionFeature } from '../../src/data/contribution';
import { formatCsv } from './csv-write';

export const CONTRIBUTION_COLUMNS = [
  'site_id',
  'lon',
  'lat',
  'precision',
  'uncertainty_m',
  'source_kind',
  'source_url',
  'visit_date',
  'note',
  'contributor',
  'app_version',
  'created',
] as const;

export type ContributionRow = Record<(typeof CONTRIBUTION_COLUMNS)[number], string>;

export function rowFromFeature(f: ContributionFeature): ContributionRow {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  return {
    site_id: p.site_id,
    lon: String(lon),
    lat: String(lat),
    precision: p.precision,
    uncertainty_m: p.uncertainty_m === null ? '' : String(p.uncertainty_m),
    source_kind: p.source.kind,
    source_url: p.source.kind === 'url' ? p.source.url : '',
    visit_date: p.source.kind === 'site-visit' ? p.source.date : '',
    note: p.note ?? '',
    contributor: p.contributor ?? '',
    app_version: p.app_version,
    created: p.created,
  };
}

const asRow = (r: CsvRow): ContributionRow =>
  Object.fromEntries(CONTRIBUTION_COLUMNS.map((c) => [c, (r[c] ?? '').trim()])) as ContributionRow;

export function readContributionRows(path: string): ContributionRow[] {
  return existsSync(path) ? parseCsv(readFileSync(path, 'utf8')).map(asRow) : [];
}

/** Same position, claim, source and time: the same contribution (so a re-run adds nothing). */
export const sameContribution = (a: ContributionRow, b: ContributionRow): boolean =>
  CONTRIBUTION_COLUMNS.every((c) => a[c] === b[c]);

export function sortRows(rows: readonly ContributionRow[]): ContributionRow[] {
  return [...rows].sort((a, b) => a.site_id.localeCompare(b.site_id, 'en') || a.created.localeCompare(b.created, 'en'));
}

export const formatContributionRows = (rows: readonly ContributionRow[]): string =>
  formatCsv(CONTRIBUTION_COLUMNS, sortRows(rows));

/** The row that counts for each site: the latest by `created` (ties: the later row in sorted order). */
export function latestPerSite(rows: readonly ContributionRow[]): Map<string, ContributionRow> {
  const out = new Map<string, ContributionRow>();
  for (const r of sortRows(rows)) out.set(r.site_id, r);
  return out;
}

export function describeRowSource(r: ContributionRow): string {
  return r.source_kind === 'url'
    ? describeContributionSource({ kind: 'url', url: r.source_url })
    : describeContributionSource({ kind: 'site-visit', date: r.visit_date });
}
