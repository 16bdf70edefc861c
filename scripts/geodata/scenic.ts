// scenic-spots.geojson: A-class scenic spots (a_class_list.csv) with pass-1 attributes (scenic_spots.csv), the
// rejected-coordinate notes (coords_scenic.csv) and the curated ids, positions and facts in build/.
import { mergeSources, parseSourceCell } from '../lib/source-refs';
import type { SiteProperties } from '../../src/types';
import { cell, csv, districtOf, fact, yearOf } from './common';
import { requireMeta, siteFeature, siteMeta, type SiteFeatureOut } from './sites';

function gradeStatus(gradeText: string): string {
  if (/proposed/i.test(gradeText)) return 'proposed (public notice)';
  if (/public notice/i.test(gradeText)) return 'public notice, then reported as rated';
  if (/Qunar only/i.test(gradeText)) return 'qunar-only';
  return 'confirmed';
}

export function buildScenic(): SiteFeatureOut[] {
  const aClass = csv('a_class_list.csv');
  const scenicPass1 = csv('scenic_spots.csv');
  const coordsScenic = csv('coords_scenic.csv');
  const META = siteMeta('scenic-spots');
  const scenicFeatures: SiteFeatureOut[] = [];
  for (const r of aClass) {
    const name = cell(r, 'name_zh');
    const meta = requireMeta(META, name, 'scenic spot');
    const gradeText = cell(r, 'grade');
    const grade = /^([1-5]A)/.exec(gradeText)?.[1] as SiteProperties['grade'];
    const status = gradeStatus(gradeText);
    const yearRated = yearOf(cell(r, 'year_rated'));
    const baseName = name.replace(/\s*\(.*\)$/, '');
    const p1 = scenicPass1.find((x) => cell(x, 'name_zh').replace(/\s*[(（].*$/, '') === baseName.replace(/\s*[(（].*$/, ''));
    const coordRow = coordsScenic.find((x) => cell(x, 'name_zh').replace(/\s*[(（].*$/, '') === baseName.replace(/\s*[(（].*$/, ''));
    const sources = mergeSources(parseSourceCell(cell(r, 'source')), parseSourceCell(cell(p1, 'attr_source')));
    const gradeFact = fact(
      `国家${grade}级旅游景区${yearRated ? `（${yearRated}年评定）` : ''}${status === 'confirmed' ? '' : `；状态：${status === 'qunar-only' ? '仅见于去哪儿网抓取数据' : status === 'proposed (public notice)' ? '仅见公示名单' : '先公示、后见报道'}`}。`,
      `A-class scenic spot, grade ${grade}${yearRated ? ` (rated ${yearRated})` : ''}${status === 'confirmed' ? '' : `; status: ${status}`}.`,
      parseSourceCell(cell(r, 'source')),
    );
    scenicFeatures.push(
      siteFeature({
        id: meta.id,
        layer: 'scenic-spots',
        name_zh: baseName,
        name_en: cell(p1, 'name_en') || meta.en,
        aliases: meta.aliases,
        district: meta.district !== undefined ? meta.district : districtOf(cell(r, 'district')),
        address: null,
        pos: meta.pos,
        facts: [gradeFact, ...meta.extraFacts],
        sources,
        notes: [
          gradeText !== grade ? `Grade as written: ${gradeText}.` : '',
          cell(r, 'year_rated') && yearRated === null ? `Rating year as written: ${cell(r, 'year_rated')}.` : '',
          cell(r, 'district') !== districtOf(cell(r, 'district')) ? `District as written: ${cell(r, 'district')}.` : '',
          cell(p1, 'notes'),
          // Rejected candidate coordinates stay in the research table, not in user-facing notes.
          !meta.pos && /Rejected/.test(cell(coordRow, 'notes'))
            ? 'Candidate coordinates of unknown provenance or CRS were found and rejected (see geodata/research/coords_scenic.csv).'
            : '',
        ],
        extra: { grade, status, year_rated: yearRated },
      }),
    );
  }
  return scenicFeatures;
}
