// museums.geojson: museums_full.csv with pass-1 attributes (museums.csv) and the curated ids, positions and
// facts in build/.
import { mergeSources, parseSourceCell } from '../lib/source-refs';
import type { Fact } from '../../src/types';
import { blankToNull, cell, csv, districtOf, fact, yearOf } from './common';
import { requireMeta, siteFeature, siteMeta, type SiteFeatureOut } from './sites';

export function buildMuseums(): SiteFeatureOut[] {
  const museumsFull = csv('museums_full.csv');
  const museumsPass1 = csv('museums.csv');
  const META = siteMeta('museums');
  const museumFeatures: SiteFeatureOut[] = [];
  for (const r of museumsFull) {
    const name = cell(r, 'name_zh');
    const meta = requireMeta(META, name, 'museum');
    const opening = yearOf(cell(r, 'opening_year'));
    const p1 = museumsPass1.find((x) => cell(x, 'name_zh').replace(/\s*\(.*\)$/, '') === name.replace(/\s*\(.*\)$/, ''));
    const facts: Fact[] = [];
    if (opening !== null) {
      facts.push(fact(`开放（建馆）年份：${opening}年。`, `Opening year: ${opening} (${cell(r, 'opening_year')}).`, parseSourceCell(cell(r, 'source'))));
    }
    facts.push(...meta.extraFacts);
    museumFeatures.push(
      siteFeature({
        id: meta.id,
        layer: 'museums',
        name_zh: name.replace(/\s*\(.*\)$/, ''),
        name_en: cell(r, 'name_en'),
        aliases: meta.aliases,
        district: districtOf(cell(r, 'district')),
        address: blankToNull(cell(r, 'address')),
        pos: meta.pos,
        facts,
        sources: mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source'))),
        notes: [
          opening === null && cell(r, 'opening_year') !== 'not found' ? `Opening year as written: ${cell(r, 'opening_year')}.` : '',
          cell(r, 'notes'),
        ],
        extra: { museum_type: blankToNull(cell(r, 'type')), opening_year: opening },
      }),
    );
  }
  return museumFeatures;
}
