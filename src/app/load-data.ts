// Everything the app needs before it can draw: the thematic layers, the base files, the districts and the
// attribution lines, fetched together from geodata/ (a failure of any one is reported by the root).
import type { FeatureCollection } from 'geojson';
import { Catalogue } from '../data/catalogue';
import { fetchBase, fetchDistricts, fetchGeodataJson, fetchLayers } from '../data/fetch-geodata';
import type { BaseData } from '../map/style';

interface Attribution {
  text: string;
  /** "embedded-base": credited only while the embedded base map is drawn (an online one has its own credits). */
  only?: string;
}

export interface AppData {
  catalogue: Catalogue;
  base: BaseData;
  districts: FeatureCollection;
  /** The credits line shown in the map's attribution control (HTML from our own attribution.json). */
  attribution: string;
  /** Credits for the embedded base map, shown only while it is drawn. */
  baseAttribution: string;
}

export async function loadData(): Promise<AppData> {
  const [fetched, base, districts, attributions] = await Promise.all([
    fetchLayers(),
    fetchBase(['context', 'municipality-outline', 'district-labels', 'yellow-river']),
    fetchDistricts(),
    fetchGeodataJson('attribution.json').then((a) => (Array.isArray(a) ? (a as Attribution[]) : [])),
  ]);
  // Bench builds only (VITE_BENCH_SITES=1): ?synthetic=1 adds 10,000 synthetic sites. A constant false in
  // every other build, so the branch and the module it loads are left out.
  const layers =
    import.meta.env.VITE_BENCH_SITES === '1'
      ? await (await import('../../bench/in-app/bench-sites')).withBenchSites(fetched, location.search)
      : fetched;
  return {
    catalogue: new Catalogue(layers),
    base: {
      context: base['context']!,
      outline: base['municipality-outline']!,
      districts,
      districtLabels: base['district-labels']!,
      river: base['yellow-river']!,
    },
    districts,
    attribution: attributions
      .filter((a) => a.only !== 'embedded-base')
      .map((a) => a.text)
      .join(' · '),
    baseAttribution: attributions
      .filter((a) => a.only === 'embedded-base')
      .map((a) => a.text)
      .join(' · '),
  };
}

/** The start-up message becomes an alert that the data could not be loaded (the map is never created then). */
export function showLoadError(loading: HTMLElement, text: string): void {
  loading.textContent = text;
  loading.classList.add('error');
  loading.setAttribute('role', 'alert');
}
