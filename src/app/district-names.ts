// District names for messages planners read ("12 sites in Chengguan District (城关区) without a known position"):
// in English the English name with the Chinese beside it, since the Chinese is what the data, the filters and
// local people use. Chinese alone in Chinese. English names come from districts.geojson.
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../types';

export function bilingualDistrictName(districts: FeatureCollection): (zh: string, lang: Lang) => string {
  const en = new Map<string, string>();
  for (const d of districts.features) {
    const zh = d.properties?.['name_zh'];
    const name = d.properties?.['name_en'];
    if (typeof zh === 'string' && typeof name === 'string') en.set(zh, name);
  }
  return (zh, lang) => (lang === 'zh' || !en.has(zh) ? zh : `${en.get(zh)} (${zh})`);
}
