// ich-items.geojson: intangible cultural heritage items (ich_full.csv) and the curated ids and facts in build/.
// No source places an ICH item at a point, so none has a geometry.
import { parseSourceCell } from '../lib/source-refs';
import { batchOf, blankToNull, cell, csv, districtOf, fact, yearOf } from './common';
import { requireMeta, siteFeature, siteMeta, type SiteFeatureOut } from './sites';

const ICH_CATEGORY: Record<string, string> = {
  传统舞蹈: 'traditional-dance',
  传统技艺: 'traditional-craftsmanship',
  曲艺: 'quyi-storytelling',
  传统戏剧: 'traditional-drama',
  民俗: 'folk-custom',
};

export function buildIch(): SiteFeatureOut[] {
  const ichFull = csv('ich_full.csv');
  const META = siteMeta('ich-items');
  const ichFeatures: SiteFeatureOut[] = [];
  for (const r of ichFull) {
    const name = cell(r, 'name_zh');
    const meta = requireMeta(META, name, 'ICH item');
    const level = cell(r, 'level') as 'national' | 'provincial';
    const batchText = cell(r, 'batch');
    const batch = batchOf(batchText);
    const extension = batchText.includes('extension');
    const year = yearOf(cell(r, 'year'));
    const catText = cell(r, 'category');
    const catZh = Object.keys(ICH_CATEGORY).find((k) => catText.startsWith(k)) ?? null;
    const code = /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+-\d+$/.test(cell(r, 'code')) ? cell(r, 'code') : null;
    const levelZh = level === 'national' ? '国家级' : '甘肃省省级';
    const listing = fact(
      `${batch !== null ? `列入第${batch}批` : '列入（批次未见）'}${levelZh}非物质文化遗产代表性项目名录${extension ? '（扩展项目）' : ''}${year ? `（${year}年）` : ''}${code ? `，编号${code}` : ''}。`,
      `${level === 'national' ? 'National' : 'Gansu provincial'} intangible cultural heritage item${batch !== null ? `, batch ${batch}` : ', batch not stated'}${extension ? ' (extension list)' : ''}${year ? ` (${year})` : ''}${code ? `, code ${code}` : ''}.`,
      parseSourceCell(cell(r, 'source')),
    );
    ichFeatures.push(
      siteFeature({
        id: meta.id,
        layer: 'ich-items',
        name_zh: name,
        name_en: cell(r, 'name_en'),
        aliases: meta.aliases,
        district: districtOf(cell(r, 'county_district')),
        address: null,
        pos: null, // No source places an ICH item at a point.
        facts: [listing, ...meta.extraFacts],
        sources: parseSourceCell(cell(r, 'source')),
        notes: [
          batchText !== '' && batchText !== String(batch) ? `Batch as written: ${batchText}.` : '',
          catText && catText !== catZh ? `Category as written: ${catText}.` : '',
          cell(r, 'year') && year === null ? `Year as written: ${cell(r, 'year')}.` : '',
          cell(r, 'notes'),
        ],
        extra: {
          level,
          batch,
          year_listed: year,
          category: catZh ? (ICH_CATEGORY[catZh] ?? null) : null,
          category_zh: catZh,
          code,
          place: blankToNull([cell(r, 'county_district'), cell(r, 'town_or_place')].filter((x) => x).join('; ')),
        },
      }),
    );
  }
  return ichFeatures;
}
