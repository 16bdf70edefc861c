import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { OWN_SOURCE_LAYERS, buildStyle, clickableLayerIds, labelField, styleLayersOf } from '../../../src/map/style';
import { groupSamePlace } from '../../../src/analysis/same-place';
import { placeFeatures } from '../../../src/data/place-features';
import { DEFAULT_FILTERS } from '../../../src/data/filters';
import type { SiteFeature } from '../../../src/types';
import { LAYER_IDS } from '../../../src/types';
import type { LayerId } from '../../../src/types';
import { LAYER_COLOURS } from '../../../src/config/palette';
import {
  DENSE_ABOVE,
  DENSE_CLUSTER_MAX_ZOOM,
  PLACES_CLUSTER_MAX_ZOOM,
  PLACES_SOURCE,
  PLACE_LABEL_LAYER,
  labelAnchoring,
} from '../../../src/map/place-layers';
import type { SymbolLayerSpecification } from 'maplibre-gl';

const read = (p: string) =>
  JSON.parse(readFileSync(new URL(`../../../geodata/${p}`, import.meta.url), 'utf8')) as FeatureCollection;
const base = {
  context: read('base/context.geojson'),
  outline: read('base/municipality-outline.geojson'),
  districts: read('districts.geojson'),
  districtLabels: read('base/district-labels.geojson'),
  river: read('base/yellow-river.geojson'),
};
const thematic = Object.fromEntries(LAYER_IDS.map((l) => [l, read(`${l}.geojson`)])) as Record<
  LayerId,
  FeatureCollection
>;

const all = Object.values(thematic).flatMap((fc) => fc.features) as unknown as SiteFeature[];
const byId = new Map(all.map((f) => [f.properties.id, f]));

describe('embedded style', () => {
  const places = placeFeatures(groupSamePlace(all), (id) => byId.get(id), DEFAULT_FILTERS, 7);
  const style = buildStyle(base, thematic, places, 'zh');

  it('has no remote source, no glyphs and no sprite: it renders offline', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const [id, src] of Object.entries(style.sources)) {
      expect(src.type, id).toBe('geojson');
      const data = (src as { data: unknown }).data;
      expect(typeof data, `${id} carries its data inline`).toBe('object');
      expect(src, id).not.toHaveProperty('url');
      expect(src, id).not.toHaveProperty('tiles');
    }
    // (Feature properties may cite web sources; the style itself must point nowhere.)
    expect(JSON.stringify(style.layers)).not.toMatch(/https?:\/\//);
  });

  it('draws the lines with style layers of their own and every point from the places source; ids are unique', () => {
    for (const layer of OWN_SOURCE_LAYERS) expect(styleLayersOf(style, layer).length, layer).toBeGreaterThan(0);
    expect(styleLayersOf(style, 'places' as LayerId)).toEqual(
      expect.arrayContaining(['lcm-places-point', 'lcm-places-cluster', 'lcm-places-label']),
    );
    // One marker per place: no point is drawn twice.
    expect(places.features.length).toBeLessThan(all.filter((f) => f.geometry?.type === 'Point').length);
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of clickableLayerIds()) expect(ids).toContain(id);
  });

  it('labels follow the UI language', () => {
    expect(labelField('zh')).toEqual(['coalesce', ['get', 'name_zh'], ['get', 'name_en']]);
    expect(labelField('en')).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_zh']]);
    const en = buildStyle(base, thematic, places, 'en');
    const label = en.layers.find((l) => l.id === 'lcm-district-labels');
    expect(label?.type === 'symbol' ? label.layout?.['text-field'] : null).toEqual(labelField('en'));
  });

  it('today’s places: labels try four anchors, clusters only when zoomed out; dense places: one anchor, clusters to z14', () => {
    const label = (st: typeof style) => st.layers.find((l) => l.id === PLACE_LABEL_LAYER) as SymbolLayerSpecification;
    const today = label(style).layout!;
    expect(places.features.length).toBeLessThanOrEqual(DENSE_ABOVE);
    expect(today['text-variable-anchor']).toEqual(['top', 'bottom', 'right', 'left']);
    expect('text-anchor' in today).toBe(false);
    const many: FeatureCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: DENSE_ABOVE + 1 }, () => places.features[0]!),
    };
    const denseStyle = buildStyle(base, thematic, many, 'zh');
    const dense = label(denseStyle).layout!;
    // Dense places cluster up to street level; today's only when zoomed out.
    const clusterZoom = (st: typeof style) => (st.sources[PLACES_SOURCE] as { clusterMaxZoom?: number }).clusterMaxZoom;
    expect(clusterZoom(style)).toBe(PLACES_CLUSTER_MAX_ZOOM);
    expect(clusterZoom(denseStyle)).toBe(DENSE_CLUSTER_MAX_ZOOM);
    expect('text-variable-anchor' in dense).toBe(false);
    expect(dense['text-anchor']).toBe('top');
    expect(dense['text-justify']).toBe('center');
    // The runtime switch sets exactly the properties the style uses, resetting the others to their defaults.
    expect(Object.keys(labelAnchoring(1)).sort()).toEqual(Object.keys(labelAnchoring(DENSE_ABOVE + 1)).sort());
  });

  it('uses a distinct colour per thematic layer (Okabe–Ito)', () => {
    const colours = Object.values(LAYER_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('switches from the regional to the city river at the same zoom, so the river never vanishes', () => {
    const regional = style.layers.find((l) => l.id === 'lcm-river-regional');
    const city = style.layers.find((l) => l.id === 'lcm-river-city');
    expect(regional?.maxzoom).toBe(city?.minzoom);
    const scales = new Set(base.river.features.map((f) => f.properties?.['scale']));
    expect(scales.has('city')).toBe(true);
  });
});
