// Unplaced sites on the map, at the precision we have (issue "every site visible somewhere"): a hollow, dashed
// marker per district for the sites there without a known position ("12 sites in 城关区 without a known
// position"), following the layer toggles and the filters; activating one opens the List filtered to that
// district and to "position unknown". Approximate points get a dashed ring of their uncertainty radius.
import type { FeatureCollection } from 'geojson';
import type { AppContext } from './context';
import { applyFilters } from '../data/filters';
import { labelPoints, unplacedByDistrict } from '../data/unplaced-markers';
import type { SiteFeature } from '../types';
import { uncertaintyRings } from '../analysis/uncertainty';
import { featureIdsKey } from '../analysis/feature-ids';
import type { UncertainPoint } from '../analysis/uncertainty';
import { tSuggest } from '../i18n/suggest';
import { bilingualDistrictName } from './district-names';

/** Approximate Point sites as rings: the data's `uncertainty_m` when it has one, else the class bound (2 km). */
function uncertainPoints(features: readonly SiteFeature[]): UncertainPoint[] {
  const out: UncertainPoint[] = [];
  for (const f of features) {
    if (f.properties.precision !== 'approximate' || f.geometry?.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    out.push({ id: f.properties.id, position: [lon, lat], radiusM: f.properties.uncertainty_m ?? null });
  }
  return out;
}

export function installUnplaced(ctx: AppContext, districtLabels: FeatureCollection, onOpenList: () => void): void {
  const labels = labelPoints(districtLabels.features as Parameters<typeof labelPoints>[0]);
  const districtName = bilingualDistrictName(ctx.districts);

  const activate = (district: string) => {
    const filters = ctx.store.get().filters;
    ctx.store.update({ filters: { ...filters, districts: [district], positionUnknown: true }, listOpen: true });
    onOpenList();
  };

  let ringsKey = '';
  const render = () => {
    const lang = ctx.lang();
    const filters = ctx.store.get().filters;
    const { markers } = unplacedByDistrict(ctx.catalogue.all(), filters, labels);
    ctx.map.setDistrictMarkers(
      markers.map((m) => ({
        key: m.district,
        position: m.position,
        count: m.count,
        label: tSuggest(lang, m.count === 1 ? 'markerLabelOne' : 'markerLabel', {
          n: m.count,
          district: districtName(m.district, lang),
        }),
      })),
      activate,
    );
    // A ring's shape follows from its site's id (position and radius are the catalogue's), so the same sites
    // are the same rings: a language switch or a filter that keeps them leaves the overlay alone (1,000 rings
    // at the bench's 10,000 sites are laid out again on every setData).
    const points = uncertainPoints(applyFilters(ctx.catalogue.all(), filters));
    const key = featureIdsKey(points.map((p) => ({ id: p.id, properties: null })));
    if (key === ringsKey) return;
    ringsKey = key;
    ctx.map.setOverlay('uncertainty', uncertaintyRings(points));
  };

  ctx.store.subscribe((_s, changed) => {
    if (changed.has('filters') || changed.has('lang')) render();
  });
  render();
}
