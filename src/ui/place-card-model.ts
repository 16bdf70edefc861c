// What the place card says about a place, in the UI language: its designations (badges), a summary, the key
// facts and the provenance. Pure (no DOM), so it is unit-tested; src/ui/place-card.ts draws it.
// A place is one or more features at the same spot (src/analysis/same-place.ts); the primary comes first.
import type { Fact, SiteFeature, SourceRef } from '../types';
import type { Lang } from '../types';
import type { StringKey } from '../i18n/strings';
import { t, tEnum } from '../i18n/strings';
import { enumLabel, museumTypeLabel, tCard } from '../i18n/card';

export interface Namers {
  /** District name in the UI language (the data stores Chinese names). */
  district: (zh: string, lang: Lang) => string;
  /** Era text in the UI language (the data stores Chinese dynasty names). */
  era: (zh: string, lang: Lang) => string;
  /** Stops of the tourist line, located or not ("stop 4 of 7"). */
  stopTotal?: number;
}

export interface Badge {
  text: string;
  layer: SiteFeature['properties']['layer'];
}

export interface FactRow {
  label: string;
  value: string;
  /** Language of the value when it is not the UI language (a Chinese address in the English UI). */
  lang?: 'zh' | 'en';
}

/** The designation one feature gives its place ("3A级景区", "全国重点文物保护单位", "风情线站点"). */
export function badgeOf(lang: Lang, f: SiteFeature): string | null {
  const p = f.properties;
  switch (p.layer) {
    case 'scenic-spots':
      return p.grade ? `${p.grade}${t(lang, 'scenicGradeSuffix')}` : tEnum(lang, 'layer', p.layer);
    case 'heritage-units':
      return p.level ? tEnum(lang, 'level', p.level) : tEnum(lang, 'layer', p.layer);
    case 'museums':
      return tCard(lang, 'museum');
    case 'ich-items':
      return p.level ? tEnum(lang, 'ich_level', p.level) : tCard(lang, 'ichItem');
    case 'tourist-line':
      return p.stop_order === undefined || p.stop_order === null ? t(lang, 'tourist_line_route') : tCard(lang, 'stop');
    case 'designations': {
      if (lang === 'zh' && p.designation_zh) return p.designation_zh;
      return (p.designation ? enumLabel(lang, 'des', p.designation) : null) ?? tCard(lang, 'designation');
    }
    case 'transport':
      return p.kind ? tEnum(lang, 'kind', p.kind) : tEnum(lang, 'layer', p.layer);
    default:
      return null;
  }
}

export function badges(lang: Lang, members: readonly SiteFeature[]): Badge[] {
  const seen = new Set<string>();
  const out: Badge[] = [];
  for (const f of members) {
    const text = badgeOf(lang, f);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, layer: f.properties.layer });
  }
  return out;
}

/**
 * The summary: the first descriptive fact of the place, in the UI language. A point feature's first fact
 * restates its designation ("A-class scenic spot, grade 4A"), which the badges already show, so it is
 * skipped; a line's first fact describes it. Null when we hold no such fact: nothing is made up.
 */
export function summaryFact(members: readonly SiteFeature[]): Fact | null {
  for (const f of members) {
    const skip = f.geometry?.type === 'Point' || f.geometry === null ? 1 : 0;
    const fact = f.properties.facts?.[skip];
    if (fact && fact.zh && fact.en) return fact;
  }
  return null;
}

/** Every fact of the place except the summary, in member order, without repeats (members share facts). */
export function otherFacts(members: readonly SiteFeature[], summary: Fact | null): Fact[] {
  const seen = new Set<string>(summary ? [summary.en] : []);
  const out: Fact[] = [];
  for (const f of members) {
    for (const fact of f.properties.facts ?? []) {
      if (seen.has(fact.en)) continue;
      seen.add(fact.en);
      out.push(fact);
    }
  }
  return out;
}

/** Address and key facts as label–value rows, every value in the UI language (untranslatable ones left out). */
export function factRows(lang: Lang, members: readonly SiteFeature[], names: Namers): FactRow[] {
  const rows: FactRow[] = [];
  const seen = new Set<string>();
  // A place with several designations says which one a batch or a year belongs to: "公布年份（省级文物保护单位）".
  let of: string | null = null;
  const add = (key: StringKey, value: string | number | null | undefined, valueLang?: 'zh' | 'en') => {
    if (value === undefined || value === null || value === '') return;
    const row: FactRow = {
      label: of ? tCard(lang, 'factOf', { fact: t(lang, key), designation: of }) : t(lang, key),
      value: String(value),
      ...(valueLang && valueLang !== lang ? { lang: valueLang } : {}),
    };
    const k = `${row.label}\u0000${row.value}`;
    if (seen.has(k)) return;
    seen.add(k);
    rows.push(row);
  };
  const primary = members[0];
  if (!primary) return rows;
  add('address', primary.properties.address, 'zh');
  const district = members.map((m) => m.properties.district).find((d) => d);
  add('district', district ? names.district(district, lang) : null);
  for (const f of members) {
    const p = f.properties;
    if (p.layer === 'tourist-line' && p.stop_order !== null && p.stop_order !== undefined) {
      rows.push({
        label: tCard(lang, 'stop'),
        value: tCard(lang, 'stopNumber', { n: p.stop_order, total: names.stopTotal ?? '?' }),
      });
    }
    of = null;
    add('era', p.era ? names.era(p.era, lang) : null);
    of = members.length > 1 ? badgeOf(lang, f) : null;
    if (p.layer === 'heritage-units') {
      add('category', p.category ? tEnum(lang, 'cat', p.category) : null);
      add('yearListed', p.year_listed);
      add('batch', p.batch);
      add('nationalNumber', p.national_number);
    }
    if (p.layer === 'scenic-spots') add('yearRated', p.year_rated);
    if (p.layer === 'museums') {
      add('museumType', p.museum_type ? museumTypeLabel(lang, p.museum_type) : null);
      add('openingYear', p.opening_year);
    }
    if (p.layer === 'ich-items') {
      add('category', p.category ? enumLabel(lang, 'ich', p.category) : null);
      add('code', p.code);
      // Where an item is practised is written in Chinese only; in English it would be an untranslated value.
      if (lang === 'zh') add('place', p.place);
    }
    if (p.layer === 'designations') add('year', p.year);
  }
  return rows;
}

export interface Provenance {
  name: string;
  precision: string;
  positionFrom: string;
  original: string | null;
  derivedFrom: string | null;
  /** Research notes are written in English; they are shown in the English UI only. */
  notes: string | null;
}

export function provenance(lang: Lang, f: SiteFeature, name: string): Provenance {
  const p = f.properties;
  let positionFrom: string;
  if (!f.geometry) positionFrom = tCard(lang, 'positionFromNone');
  else if (lang === 'en' && p.position_source) positionFrom = p.position_source;
  else if (p.crs_original && p.crs_original !== 'WGS84')
    positionFrom = tCard(lang, 'positionFromCrs', { crs: p.crs_original });
  else if (p.osm_id) positionFrom = tCard(lang, 'positionFromOsm', { osm: p.osm_id });
  else positionFrom = tCard(lang, 'positionFromWgs');
  return {
    name,
    precision: t(lang, `precision_${p.precision}`),
    positionFrom,
    original: p.crs_original && p.position_original ? `${p.crs_original} (${p.position_original.join(', ')})` : null,
    derivedFrom: lang === 'en' ? (p.derived_from ?? null) : null,
    notes: lang === 'en' ? (p.notes ?? null) : null,
  };
}

/** The sources of every member, each once (by URL), in member order. */
export function allSources(members: readonly SiteFeature[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const f of members) {
    for (const s of f.properties.sources ?? []) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      out.push(s);
    }
  }
  return out;
}

/** Longest source title the card shows in full; a longer one is cut at a word and ends with "…". */
const SOURCE_TITLE_MAX = 70;

/**
 * A source's title as a visitor reads it: a repository file cited as "GitHub owner/repo: path/to/file.json @ 0dbd96e"
 * becomes "GitHub owner/repo · file.json" (commit hashes and folders left out), and a long title is cut at a word.
 * The full title stays available (the link's tooltip) and the link is unchanged.
 */
export function shortSourceTitle(title: string, url: string): string {
  let s = (title || url)
    .replace(/\s*@\s*[0-9a-f]{7,40}\b/gi, '')
    .replace(/\s*\(commit [0-9a-f]{7,40}\)/gi, '')
    .trim();
  const repoFile = /^GitHub ([\w.-]+\/[\w.-]+): (\S+)(.*)$/.exec(s);
  if (repoFile) s = `GitHub ${repoFile[1]} · ${repoFile[2]!.split('/').pop()}${repoFile[3]}`;
  if (s.length <= SOURCE_TITLE_MAX) return s;
  const cut = s.slice(0, SOURCE_TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > SOURCE_TITLE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:·(]+$/, '')}…`;
}
