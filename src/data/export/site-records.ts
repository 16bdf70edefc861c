// Our sites as export records: the main properties a planner needs in a spreadsheet or GIS, with their
// sources (every site carries them; an export without them would lose where a fact came from).
import type { SiteFeature } from '../../types';
import type { ExportRecord } from './feature-export';

export function siteRecords(features: readonly SiteFeature[], lang: 'zh' | 'en'): ExportRecord[] {
  return features.map((f) => {
    const p = f.properties;
    const name = (lang === 'zh' ? p.name_zh || p.name_en : p.name_en || p.name_zh) || p.id;
    const sources = p.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; ');
    return {
      name,
      geometry: f.geometry,
      columns: [
        ['id', p.id],
        ['name_zh', p.name_zh],
        ['name_en', p.name_en],
        ['layer', p.layer],
        ['district', p.district],
        ['address', p.address],
        ['era', p.era ?? null],
        ['level', p.level ?? null],
        ['grade', p.grade ?? null],
        ['category', p.category ?? null],
        ['precision', p.precision],
        ['position_source', p.position_source],
        ['sources', sources],
      ],
    };
  });
}
