// designations.geojson: special designations (special_designations.csv: rural-tourism villages, night-time
// clusters, leisure blocks, resorts) and the curated ids, statuses and districts in build/.
import { mergeSources, parseSourceCell } from '../lib/source-refs';
import { blankToNull, cell, csv, districtOf, fact, leftOut } from './common';
import { requireMeta, siteFeature, siteMeta, type SiteFeatureOut } from './sites';

const DESIGNATION_KIND: Record<string, string> = {
  全国乡村旅游重点村: 'rural-tourism-key-village',
  国家级夜间文化和旅游消费集聚区: 'night-time-cluster',
  国家级旅游休闲街区: 'tourism-leisure-block',
  国家工业旅游示范基地: 'industrial-tourism-base',
  省级旅游度假区: 'tourist-resort',
};

export function buildDesignations(): SiteFeatureOut[] {
  const designationRows = csv('special_designations.csv');
  const META = siteMeta('designations');
  const designationFeatures: SiteFeatureOut[] = [];
  for (const r of designationRows) {
    const name = cell(r, 'name_zh');
    const src = cell(r, 'source');
    if (src === '') {
      leftOut(
        'designations',
        name,
        'special_designations.csv',
        '论文提到的国家工业旅游示范基地“读者印象”在所读资料中均未找到，不设占位要素。',
        'The paper’s national industrial-tourism base “读者印象” was not found in any source read; no placeholder feature is made.',
        'http://byxmsc.com/culture/system/2022/03/29/012735490.shtml',
      );
      continue;
    }
    const meta = requireMeta(META, name, 'designation');
    const desZh = cell(r, 'designation_zh').replace(/\s*\(per paper\)$/, '');
    const kind = DESIGNATION_KIND[desZh];
    if (!kind) throw new Error(`unknown designation ${desZh}`);
    const batchText = cell(r, 'batch_or_year');
    const year = /(\d{4})/.exec(batchText)?.[1];
    const districtSources = meta.districtSource ? parseSourceCell(meta.districtSource) : [];
    designationFeatures.push(
      siteFeature({
        id: meta.id,
        layer: 'designations',
        name_zh: name,
        name_en: cell(r, 'name_en'),
        aliases: [],
        district: meta.district !== undefined ? meta.district : districtOf(cell(r, 'district')),
        address: blankToNull(cell(r, 'location_detail')),
        pos: null, // No source gives a coordinate for any designation.
        facts: [
          fact(
            `${desZh}（${meta.statusZh}）。`,
            `${cell(r, 'designation_en')}${batchText ? ` (${batchText})` : ''}.`,
            parseSourceCell(src),
          ),
          ...(meta.districtSource
            ? [fact('位于七里河区马滩。', 'Located at Matan, Qilihe District.', districtSources)]
            : []),
        ],
        sources: mergeSources(parseSourceCell(src), districtSources),
        notes: [cell(r, 'status_notes')],
        extra: {
          designation: kind,
          designation_zh: desZh,
          designation_level: blankToNull(cell(r, 'level')),
          status: meta.status,
          year: year ? Number(year) : null,
        },
      }),
    );
  }
  return designationFeatures;
}
