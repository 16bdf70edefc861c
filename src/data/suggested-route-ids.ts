// The suggested routes of the route planner, as lists of our own site ids. Nothing here is a
// position or a fact: the ids are resolved against the loaded layers (analysis/route-stops.ts), so a
// suggestion only ever contains sites that exist in geodata/ with a position, and every stop shows its sources.
//
// "Five name cards" (五张名片) is the paper's phrase for Lanzhou's emblems: a bowl of beef noodles, a bridge,
// a river, a book and a drama. Each card lists the sites of ours that stand for it; a card with no located
// site is reported as such in the panel (ids are never invented to fill a card):
//  - noodles: the national ICH item 兰州牛肉拉面制作技艺 (ich-items, no position in our sources);
//  - bridge:  兰州黄河铁桥 / Zhongshan Bridge (heritage-units, exact position);
//  - river:   the Yellow River — 黄河母亲塑像 (no position) and the tourist line itself, which is a line, not a
//             place to stand (the tourist-line walk below follows it);
//  - book:    《读者》 — 读者博物馆 (museums, no position); "读者印象" was not found in any source (coverage notes);
//  - drama:   丝路花雨 / 大梦敦煌 are dance dramas, not places (coverage notes): no site.
import type { SuggestedRouteSpec } from '../analysis/route-stops';

export type NameCard = 'noodles' | 'bridge' | 'river' | 'book' | 'drama';

export interface NameCardSpec {
  card: NameCard;
  /** Our site ids that stand for the card (possibly none). */
  ids: readonly string[];
}

export const NAME_CARDS: readonly NameCardSpec[] = [
  { card: 'noodles', ids: ['beef-noodle-making'] },
  { card: 'bridge', ids: ['zhongshan-bridge'] },
  { card: 'river', ids: ['yellow-river-mother-sculpture', 'yellow-river-tourist-line'] },
  { card: 'book', ids: ['duzhe-museum'] },
  { card: 'drama', ids: [] },
];

export const NAME_CARDS_ROUTE: SuggestedRouteSpec = {
  id: 'five-name-cards',
  title_zh: '五张名片',
  title_en: 'The five name cards',
  stopIds: NAME_CARDS.flatMap((c) => c.ids),
};

/**
 * A walk along the tourist line: its named stops west to east (stop_order 1–6 in tourist-line.geojson, from
 * geodata/research/tourist_line.csv). Stop 7, 什川古梨园, is left out: it lies about 20 km downstream of the
 * city-centre stops, a separate trip rather than part of a walk.
 */
export const TOURIST_LINE_WALK: SuggestedRouteSpec = {
  id: 'tourist-line-walk',
  title_zh: '沿黄河风情线步行',
  title_en: 'A walk along the Yellow River tourist line',
  stopIds: [
    'tourist-line-stop-yellow-river-mother',
    'tourist-line-stop-waterwheel-garden',
    'tourist-line-stop-zhongshan-bridge',
    'tourist-line-stop-baita-mountain',
    'tourist-line-stop-jinchengguan',
    'tourist-line-stop-waterwheel-expo-park',
  ],
};

export const SUGGESTED_ROUTES: readonly SuggestedRouteSpec[] = [NAME_CARDS_ROUTE, TOURIST_LINE_WALK];
