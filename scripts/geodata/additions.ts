// Pass-3 additions (geodata/research/pass3/additions.csv): sites and designations missing from the earlier
// tables. A row becomes a feature when build/sites.csv gives it an id (its level is confirmed by its source);
// otherwise build/coverage_notes.csv must say why not. A row in neither stops the build.
import { parseSourceCell } from '../lib/source-refs';
import type { LayerId } from '../../src/types';
import { blankToNull, buildTable, cell, csv, districtOf, fact } from './common';
import { siteFeature, siteMeta, type SiteFeatureOut } from './sites';

const FILE = 'pass3/additions.csv';
const rows = csv(FILE);
const explained = new Set(buildTable('coverage_notes.csv').filter((r) => cell(r, 'research_file') === FILE).map((r) => cell(r, 'name_zh')));

function heritageAddition(r: (typeof rows)[number], id: string, nameEn: string): SiteFeatureOut {
  const sources = parseSourceCell(cell(r, 'source_url'));
  return siteFeature({
    id,
    layer: 'heritage-units',
    name_zh: cell(r, 'name_zh'),
    name_en: nameEn,
    aliases: [],
    district: districtOf(cell(r, 'district')),
    address: blankToNull(cell(r, 'address')),
    pos: null,
    facts: [fact('资料称其为甘肃省文物保护单位，批次与编号未见。', 'Named as a Gansu provincial cultural-relic protection unit; batch and number not found.', sources)],
    sources,
    notes: [
      'Added in the third research pass. It is a different place from the martyrs’ memorial tower and the campaign memorial hall. The source is a travel directory, not an official notice, so the batch and number are still to be confirmed; 沈家岭 may straddle the 城关区/七里河区 boundary, and the district is the one the source gives.',
    ],
    extra: { level: 'provincial', batch: null, year_listed: null, national_number: null, category: null, category_zh: null, era: null, era_start: null, era_end: null },
  });
}

function designationAddition(r: (typeof rows)[number], meta: { id: string; en: string; district?: string | null; status: string; statusZh: string }): SiteFeatureOut {
  const sources = parseSourceCell(cell(r, 'source_url'));
  const isBlock = cell(r, 'level_or_grade').startsWith('甘肃省历史文化街区');
  const desZh = isBlock ? '甘肃省历史文化街区' : '省级旅游度假区';
  const year = /(\d{4})-\d{2}-\d{2}/.exec(cell(r, 'batch_or_year'))?.[1];
  return siteFeature({
    id: meta.id,
    layer: 'designations',
    name_zh: cell(r, 'name_zh'),
    name_en: meta.en,
    aliases: [],
    district: meta.district !== undefined ? meta.district : districtOf(cell(r, 'district')),
    address: null,
    pos: null,
    facts: [
      isBlock
        ? fact(`${desZh}（${meta.statusZh}）。`, 'Gansu provincial historic and cultural block (2nd batch, announced 4 January 2020).', sources)
        : fact(`${desZh}（${meta.statusZh}）。`, 'Rated a Gansu provincial tourist resort (date not found).', sources),
    ],
    sources,
    notes: [
      isBlock
        ? 'Added in the third research pass. Source: a copy of the zh.wikipedia list of Gansu historic and cultural blocks, which cites 中国甘肃网; 22 blocks province-wide in the 2nd batch, five of them in Lanzhou. The list gives the city only, not the district.'
        : 'Added in the third research pass, from a 兰州新区报 report reposted on cttv.co. The report names its core sights: 西部恐龙园, 中川小镇, 秦王川国家湿地公园, 栖霞湖, 长城西部影视城 and 西部恐龙水乐园 (the last is in the scenic-spots layer).',
    ],
    extra: {
      designation: isBlock ? 'historic-cultural-block' : 'tourist-resort',
      designation_zh: desZh,
      designation_level: 'provincial',
      status: meta.status,
      year: year ? Number(year) : null,
    },
  });
}

/** Features for the additions of one layer, in table order. */
export function buildAdditions(layer: LayerId): SiteFeatureOut[] {
  const meta = siteMeta(layer);
  const out: SiteFeatureOut[] = [];
  for (const r of rows.filter((x) => cell(x, 'layer') === layer)) {
    const name = cell(r, 'name_zh');
    const m = meta.get(name);
    if (!m) {
      if (!explained.has(name)) throw new Error(`${FILE}: ${name} is neither given an id (build/sites.csv) nor explained (build/coverage_notes.csv)`);
      continue;
    }
    out.push(layer === 'heritage-units' ? heritageAddition(r, m.id, m.en) : designationAddition(r, m));
  }
  return out;
}

/** Rows of layers no builder takes (museums candidates) must be explained too. */
export function checkAdditionsExplained(layers: readonly LayerId[]): void {
  for (const r of rows) {
    if (!layers.includes(cell(r, 'layer') as LayerId) && !explained.has(cell(r, 'name_zh'))) throw new Error(`${FILE}: ${cell(r, 'name_zh')} is not explained`);
  }
}
