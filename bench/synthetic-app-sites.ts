// Ten thousand SYNTHETIC sites for the bench's scale scenario. Seeded (mulberry32), so every build
// makes the same ones. Every one is labelled synthetic (id, English name, `notes`), carries no facts and no
// sources, and none is ever shipped: only a bench build (VITE_BENCH_SITES=1, dist-bench-app/) contains the file.
// Positions cluster around the city centre (a normal spread, ~15 km) so the opening view holds thousands of them,
// as a national heritage list or OpenStreetMap points would.
import type { LayerId, SiteFeature } from '../src/types';
import { mulberry32 } from '../src/analysis/tour-order.ts';

export const SYNTHETIC_SITES = 10_000;
export const SYNTHETIC_SEED = 20261201;

// One syllable each, with its toneless pinyin, for names that search can find by Chinese, pinyin and initials.
const SYLLABLES: Array<[string, string]> = [
  ['兰', 'lan'],
  ['州', 'zhou'],
  ['金', 'jin'],
  ['城', 'cheng'],
  ['黄', 'huang'],
  ['河', 'he'],
  ['白', 'bai'],
  ['塔', 'ta'],
  ['五', 'wu'],
  ['泉', 'quan'],
  ['西', 'xi'],
  ['固', 'gu'],
  ['安', 'an'],
  ['宁', 'ning'],
  ['红', 'hong'],
  ['古', 'gu'],
  ['七', 'qi'],
  ['里', 'li'],
  ['雁', 'yan'],
  ['滩', 'tan'],
  ['新', 'xin'],
  ['华', 'hua'],
  ['东', 'dong'],
  ['方', 'fang'],
  ['青', 'qing'],
  ['岗', 'gang'],
  ['马', 'ma'],
  ['家', 'jia'],
  ['柳', 'liu'],
  ['树', 'shu'],
  ['龙', 'long'],
  ['山', 'shan'],
];
const SUFFIXES: Array<[string, string]> = [
  ['寺', 'Temple'],
  ['桥', 'Bridge'],
  ['公园', 'Park'],
  ['博物馆', 'Museum'],
  ['遗址', 'Site'],
  ['古城', 'Ancient City'],
  ['老街', 'Old Street'],
  ['塔', 'Pagoda'],
  ['墓群', 'Tombs'],
  ['村', 'Village'],
];
const LAYERS: readonly LayerId[] = ['heritage-units', 'museums', 'scenic-spots'];
const DISTRICTS = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'];
const LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
const GRADES = ['5A', '4A', '3A', '2A', '1A'] as const;
const CATEGORIES = [
  'archaeological-site',
  'ancient-tomb',
  'ancient-building',
  'cave-temple-stone-carving',
  'modern-historic',
] as const;
const CENTRE: [number, number] = [103.79, 36.06]; // the opening view (src/map/map-view.ts)

export function syntheticAppSites(n = SYNTHETIC_SITES, seed = SYNTHETIC_SEED): SiteFeature[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  // Box–Muller: a normal spread of `sd` degrees.
  const normal = (sd: number) => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd()) * sd;
  const out: SiteFeature[] = [];
  for (let i = 0; i < n; i++) {
    const syl = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES));
    const [sfxZh, sfxEn] = pick(SUFFIXES);
    const py = syl.map(([, p]) => p).join('');
    const layer = LAYERS[i % LAYERS.length] as LayerId;
    const lon = CENTRE[0] + normal(0.15);
    const lat = CENTRE[1] + normal(0.1);
    const eraStart = Math.round(-2000 + rnd() * 3950);
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] },
      properties: {
        id: `synthetic-${i}`,
        layer,
        // Names shaped like real ones (so search has realistic work); the English name and the notes say synthetic.
        name_zh: `${syl.map(([z]) => z).join('')}${sfxZh}`,
        name_en: `${py.charAt(0).toUpperCase()}${py.slice(1)} ${sfxEn} (synthetic)`,
        district: pick(DISTRICTS),
        address: null,
        precision: i % 10 === 0 ? 'approximate' : 'exact',
        position_source: null,
        crs_original: null,
        position_original: null,
        facts: [],
        sources: [],
        notes: 'Synthetic site made for the performance bench; not a real place.',
        era_start: eraStart,
        era_end: eraStart + Math.round(rnd() * 300),
        ...(layer === 'heritage-units' ? { level: pick(LEVELS), category: pick(CATEGORIES) } : {}),
        ...(layer === 'scenic-spots' ? { grade: pick(GRADES) } : {}),
      },
    });
  }
  return out;
}
