// heritage-units.geojson: national units (national_units_full.csv) and provincial units (provincial_units.csv),
// with pass-1 attributes (heritage_units.csv) and the curated ids, aliases, positions and facts in build/.
import { mergeSources, parseSourceCell } from '../lib/source-refs';
import { eraRange } from '../../src/data/era';
import type { Fact, HeritageCategory } from '../../src/types';
import type { CsvRow } from '../lib/csv-read';
import { batchOf, blankToNull, cell, csv, districtOf, fact, leftOut, yearOf } from './common';
import { requireMeta, siteFeature, siteMeta, type SiteFeatureOut } from './sites';

const HERITAGE_CATEGORY: Record<string, HeritageCategory> = {
  古遗址: 'archaeological-site',
  古墓葬: 'ancient-tomb',
  古建筑: 'ancient-building',
  石窟寺及石刻: 'cave-temple-stone-carving',
  近现代重要史迹及代表性建筑: 'modern-historic',
};
const CATEGORY_BY_DIGIT: Record<string, HeritageCategory> = {
  '1': 'archaeological-site',
  '2': 'ancient-tomb',
  '3': 'ancient-building',
  '4': 'cave-temple-stone-carving',
  '5': 'modern-historic',
};
const CATEGORY_EN: Record<HeritageCategory, string> = {
  'archaeological-site': 'archaeological site',
  'ancient-tomb': 'ancient tomb',
  'ancient-building': 'ancient building',
  'cave-temple-stone-carving': 'cave temple / stone carving',
  'modern-historic': 'modern historic site or representative building',
};

/** Official category text, else the 3rd segment of the national number ("6-1070-5-197" → 5). */
function heritageCategory(text: string, nationalNumber: string | null): HeritageCategory | null {
  const t = text.trim();
  if (t && !/not stated/i.test(t)) {
    for (const [zh, cat] of Object.entries(HERITAGE_CATEGORY)) if (t.startsWith(zh)) return cat;
  }
  const digit = nationalNumber?.split('-')[2];
  return digit ? (CATEGORY_BY_DIGIT[digit] ?? null) : null;
}

type Meta = ReturnType<typeof siteMeta>;

export function buildHeritage(): SiteFeatureOut[] {
  const heritagePass1 = csv('heritage_units.csv');
  const META = siteMeta('heritage-units');
  const national = csv('national_units_full.csv').map((r) => nationalUnit(r, META, heritagePass1));
  const provincial = csv('provincial_units.csv').map((r) => provincialUnit(r, META, heritagePass1));
  return [...national, ...provincial].filter((f): f is SiteFeatureOut => f !== null);
}

/** A national unit of the research table, or null (recorded as left out) when no source confirms it. */
function nationalUnit(r: CsvRow, META: Meta, heritagePass1: CsvRow[]): SiteFeatureOut | null {
  const name = cell(r, 'name_zh');
  if (cell(r, 'status') !== 'confirmed') {
    leftOut(
      'heritage-units',
      name,
      'national_units_full.csv',
      '论文称兰州有10处全国重点文物保护单位，但我们掌握的资料只能确认9处；第10处未被任何资料指明，因此不设占位要素。',
      'The paper counts 10 national units; the sources we hold name only 9. The 10th is not identified by any source, so no placeholder feature is made.',
      cell(r, 'source'),
    );
    return null;
  }
  const meta = requireMeta(META, name, 'national unit');
  const p1 = heritagePass1.find((x) => cell(x, 'name_zh') === name);
  const no = blankToNull(cell(r, 'national_no'));
  const category = heritageCategory(cell(r, 'official_category'), no);
  const era = blankToNull(cell(r, 'era_in_list'));
  const range = eraRange(era);
  const batch = Number(cell(r, 'batch'));
  const year = yearOf(cell(r, 'batch_year'));
  const rowSources = mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source')));
  const nameZh = name.replace(/\s*\(.*\)$/, '');
  const facts: Fact[] = [
    fact(
      `${year}年列为第${batch}批全国重点文物保护单位（编号${no}${cell(r, 'official_category') ? `，${cell(r, 'official_category')}` : ''}）。`,
      `Listed in ${year} as a national key cultural-relic protection unit (batch ${batch}, no. ${no}${category ? `, ${CATEGORY_EN[category]}` : ''}).`,
      parseSourceCell(cell(r, 'source')),
    ),
    ...meta.extraFacts,
  ];
  return siteFeature({
    id: meta.id,
    layer: 'heritage-units',
    name_zh: nameZh,
    name_en: cell(r, 'name_en'),
    aliases: meta.aliases,
    district: districtOf(cell(r, 'district')),
    address: blankToNull(cell(r, 'location_detail')),
    pos: meta.pos,
    facts,
    sources: rowSources,
    // Pass-1 notes on national units are superseded by pass 2 (numbers, categories); their still-useful
    // statements are carried as facts in geodata/research/build/extra_facts.csv.
    notes: [cell(r, 'notes')],
    extra: {
      level: 'national',
      batch,
      year_listed: year,
      national_number: no,
      category,
      category_zh: blankToNull(cell(r, 'official_category')),
      era,
      era_start: range?.start ?? null,
      era_end: range?.end ?? null,
    },
  });
}

/** A provincial unit, or null (recorded as left out with the reason) when it is not one, or not yet shown. */
function provincialUnit(r: CsvRow, META: Meta, heritagePass1: CsvRow[]): SiteFeatureOut | null {
  const name = cell(r, 'name_zh');
  const status = cell(r, 'current_status');
  if (!status.startsWith('provincial')) {
    const why: Record<string, [string, string]> = {
      upgraded: ['已升为全国重点文物保护单位，见国家级要素。', 'Upgraded to a national unit; shown as the national feature.'],
      merged: ['已并入省保单位“白衣寺塔及白衣菩萨殿”，作为其别名。', 'Merged into the provincial unit 白衣寺塔及白衣菩萨殿; kept as an alias there.'],
      unverified: ['资料措辞为“省级文物保护区”，级别未核实。', 'The only source says “provincial protection area”; the status is unverified.'],
    };
    const key = status.startsWith('upgraded') ? 'upgraded' : status.startsWith('merged') ? 'merged' : 'unverified';
    const [zh, en] = why[key] ?? ['', ''];
    leftOut('heritage-units', name, 'provincial_units.csv', zh, en, cell(r, 'source'));
    return null;
  }
  if (status.includes('low-quality')) {
    leftOut(
      'heritage-units',
      name,
      'provincial_units.csv',
      '仅有一个问答类网页称其为省级文物保护单位，展示前需核实。',
      'Only a Q&A-style page calls it a provincial unit; it needs checking before it is shown.',
      cell(r, 'source'),
    );
    return null;
  }
  const meta = requireMeta(META, name, 'provincial unit');
  const p1 = heritagePass1.find((x) => cell(x, 'name_zh') === name.replace(/\s*\(.*\)$/, '') || cell(x, 'name_zh') === name);
  const batchText = cell(r, 'prov_batch');
  const batch = batchOf(batchText);
  const year = yearOf(cell(r, 'batch_year'));
  const era = blankToNull(cell(r, 'era'));
  const range = eraRange(era);
  const category = heritageCategory(cell(r, 'category'), null);
  const sources = mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source')));
  const listingZh =
    batch !== null
      ? `列为甘肃省第${batch}批省级文物保护单位${batchText.includes('inferred') ? '（批次为推断）' : ''}${year ? `（${year}年）` : ''}。`
      : `资料称其为甘肃省省级文物保护单位${year ? `（${year}年公布）` : ''}，批次未见。`;
  const listingEn =
    batch !== null
      ? `Gansu provincial protected unit, batch ${batch}${batchText.includes('inferred') ? ' (batch inferred)' : ''}${year ? ` (${year})` : ''}.`
      : `Named as a Gansu provincial protected unit${year ? ` (listed ${year})` : ''}; batch not found.`;
  const nameZh = name.replace(/\s*\(.*\)$/, '');
  return siteFeature({
    id: meta.id,
    layer: 'heritage-units',
    name_zh: nameZh,
    name_en: cell(r, 'name_en'),
    aliases: meta.aliases,
    district: districtOf(cell(r, 'district')),
    address: blankToNull(cell(r, 'location_detail')),
    pos: meta.pos,
    facts: [fact(listingZh, listingEn, parseSourceCell(cell(r, 'source'))), ...meta.extraFacts],
    sources,
    notes: [
      batchText !== '' && batchText !== String(batch) ? `Batch as written: ${batchText}.` : '',
      cell(r, 'batch_year') !== '' && String(year) !== cell(r, 'batch_year') ? `Listing year as written: ${cell(r, 'batch_year')}.` : '',
      cell(r, 'notes'),
      status !== 'provincial' ? `Status as written in the research table: ${status}.` : '',
    ],
    extra: {
      level: 'provincial',
      batch,
      year_listed: year,
      national_number: null,
      category,
      category_zh: blankToNull(cell(r, 'category')),
      era,
      era_start: range?.start ?? null,
      era_end: range?.end ?? null,
    },
  });
}
