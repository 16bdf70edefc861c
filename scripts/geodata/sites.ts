// Feature assembly shared by the point layers: the curated site table (geodata/research/build/sites.csv: id,
// aliases, position key, district override and the facts attached to each research row) and the one function
// that turns what a builder knows about a site into a contract feature.
import type { Feature, Geometry } from 'geojson';
import type { CsvRow } from '../lib/csv-read';
import { join } from 'node:path';
import { mergeSources, parseSourceCell, titleForUrl } from '../lib/source-refs';
import type { Fact, LayerId, SiteProperties } from '../../src/types';
import { buildTable, cell, csv, fact, r6, RESEARCH } from './common';
import { positionFor, type Pos } from './positions';
import { describeRowSource, latestPerSite, readContributionRows, type ContributionRow } from '../lib/contributions-table';

export type SiteFeatureOut = Feature<Geometry | null, SiteProperties>;

export interface SiteMeta {
  id: string;
  /** English name from the curated table (scenic spots), used when the research row has none. */
  en: string;
  aliases: string[];
  pos: Pos | null;
  /** undefined: take the district from the research row; null or a name: the curated table overrides it. */
  district?: string | null;
  status: string;
  statusZh: string;
  districtSource: string;
  /** site_facts.csv facts, then build/extra_facts.csv facts, in table order. */
  extraFacts: Fact[];
}

const siteFacts = csv('site_facts.csv');
const extraFactRows = buildTable('extra_facts.csv');

/** site_facts.csv rows for one `site` key, as Fact objects. */
export function siteFactsFor(site: string): Fact[] {
  return siteFacts
    .filter((r) => cell(r, 'site') === site)
    .map((r) => fact(cell(r, 'fact_zh'), cell(r, 'fact_en'), parseSourceCell(cell(r, 'source'))));
}

function metaOf(r: CsvRow): SiteMeta {
  const id = cell(r, 'id');
  const d = cell(r, 'district');
  const split = (s: string): string[] => (s === '' ? [] : s.split('|').map((x) => x.trim()));
  return {
    id,
    en: cell(r, 'name_en'),
    aliases: split(cell(r, 'aliases')),
    pos: positionFor(cell(r, 'position')),
    ...(d === '' ? {} : { district: d === 'none' ? null : d }),
    status: cell(r, 'status'),
    statusZh: cell(r, 'status_zh'),
    districtSource: cell(r, 'district_source'),
    extraFacts: [
      ...split(cell(r, 'site_facts')).flatMap(siteFactsFor),
      ...extraFactRows.filter((x) => cell(x, 'id') === id).map((x) => fact(cell(x, 'fact_zh'), cell(x, 'fact_en'), parseSourceCell(cell(x, 'source')))),
    ],
  };
}

const SITE_ROWS = buildTable('sites.csv');

/** Research-row key (as the layer's research table names it) → curated metadata, for one layer. */
export function siteMeta(layer: LayerId): ReadonlyMap<string, SiteMeta> {
  return new Map(SITE_ROWS.filter((r) => cell(r, 'layer') === layer).map((r) => [cell(r, 'key'), metaOf(r)]));
}

/** The metadata for a research row; a row with no entry in build/sites.csv stops the build (no silent drop). */
export function requireMeta(table: ReadonlyMap<string, SiteMeta>, key: string, what: string): SiteMeta {
  const m = table.get(key);
  if (!m) throw new Error(`no id for ${what} ${key} (add it to geodata/research/build/sites.csv)`);
  return m;
}

type Extra = Partial<SiteProperties>;

/** What the builder knows of a site before assembly: the contract's own fields, plus position and notes. */
export type SiteInput = Pick<SiteProperties, 'id' | 'layer' | 'name_zh' | 'name_en' | 'aliases' | 'district' | 'address' | 'facts' | 'sources'> & {
  pos: Pos | null;
  notes: string[];
  extra: Extra;
};

function dropStaleCoordinateSentences(text: string): string {
  return text.replace(/[^.]*\bno (?:reliable )?coordinate[^.]*\.\s*/gi, '').trim();
}

/** Accepted contributions (research/contributions.csv), latest per site: they replace the research position. */
const CONTRIBUTIONS = latestPerSite(readContributionRows(join(RESEARCH, 'contributions.csv')));
/** Addresses contributors gave as their source: classed "travel-other" unless the domain table knows them. */
export const CONTRIBUTED_URLS: ReadonlySet<string> = new Set([...CONTRIBUTIONS.values()].map((c) => c.source_url).filter((u) => u !== ''));

function contributedPos(c: ContributionRow): Pos {
  const lon = Number(c.lon);
  const lat = Number(c.lat);
  const who = c.contributor || 'anonymous';
  const note = c.note ? ` Contributor’s note: “${c.note}”.` : '';
  return {
    coords: [r6(lon), r6(lat)],
    precision: c.precision === 'exact' ? 'exact' : 'approximate',
    position_source: `Contributed by ${who} (${c.created.slice(0, 10)}), source: ${describeRowSource(c)}; reviewed with npm run data:contribute`,
    crs_original: 'WGS84',
    position_original: [lon, lat],
    // An on-site visit has no address to cite; it stays in position_source and geodata/research/contributions.csv.
    sources: c.source_kind === 'url' ? [{ title: `Position source given by ${who}: ${titleForUrl(c.source_url)}`, url: c.source_url }] : [],
    osm_id: null,
    note: `placed by ${who} on ${c.created.slice(0, 10)} (${c.precision}), from ${describeRowSource(c)}.${note}`,
    uncertainty_m: c.uncertainty_m === '' ? null : Number(c.uncertainty_m),
  };
}

export function siteFeature(input: SiteInput): SiteFeatureOut {
  const contribution = CONTRIBUTIONS.get(input.id);
  const s: SiteInput = contribution ? { ...input, pos: contributedPos(contribution), extra: { ...input.extra, contributed_by: contribution.contributor || 'anonymous' } } : input;
  const sources = mergeSources(s.sources, s.pos?.sources ?? [], ...s.facts.map((f) => f.sources));
  if (sources.length === 0) throw new Error(`${s.layer}/${s.id}: no source`);
  // Research notes written before later passes found positions say "No coordinate found"; the Position note
  // added here is the current truth, so those sentences are dropped.
  const notes = [...s.notes.map(dropStaleCoordinateSentences), ...(s.pos ? [`Position: ${s.pos.note}`] : ['Position: no sourced position; not drawn.'])]
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const props: SiteProperties = {
    id: s.id,
    layer: s.layer,
    name_zh: s.name_zh,
    name_en: s.name_en,
    aliases: s.aliases ?? [],
    district: s.district,
    address: s.address,
    precision: s.pos ? s.pos.precision : 'unknown',
    position_source: s.pos ? s.pos.position_source : null,
    crs_original: s.pos ? s.pos.crs_original : null,
    position_original: s.pos ? s.pos.position_original : null,
    uncertainty_m: s.pos?.uncertainty_m ?? null,
    osm_id: s.pos?.osm_id ?? null,
    wikidata: null,
    ...s.extra,
    facts: s.facts,
    sources,
    notes: notes.join(' '),
  };
  return {
    type: 'Feature',
    id: s.id,
    properties: props,
    geometry: s.pos ? { type: 'Point', coordinates: s.pos.coords } : null,
  };
}
