// What a click or a hover on the map does. A click on a cluster zooms in; on one place opens it; on several
// different places at once (markers that touch on screen) asks which one (the caller shows a chooser), so no
// site is ever hidden under another; a point wins over a line beneath it. With a mouse, hovering a marker
// shows its name in the UI language.
import { Popup } from 'maplibre-gl';
import type { MapGeoJSONFeature, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Lang } from '../types';
import { PLACE_POINT_LAYER } from './place-layers';

export interface PlaceInteractionOptions {
  clusterLayers: readonly string[];
  /** Clickable point layers, top first. */
  pointLayers: readonly string[];
  /** Clickable line layers (used only when no point is hit). */
  lineLayers: readonly string[];
  zoomIntoCluster: (cluster: MapGeoJSONFeature) => void;
  onSite: (id: string) => void;
  /** Several different places under one click, top first, and the click's position in container pixels. */
  onStack: (ids: string[], at: { x: number; y: number }) => void;
  lang: () => Lang;
  /** True while clicks belong to something else (placing a suggested position): they then open nothing. */
  paused: () => boolean;
}

/** Pixels around a click that still count as hitting a marker (a fingertip is wider than a mouse pointer). */
const SLOP_PX = 3;

export function installPlaceInteractions(map: MapLibreMap, o: PlaceInteractionOptions): void {
  map.on('click', (e) => {
    if (o.paused()) return;
    const { x, y } = e.point;
    const box: [PointLike, PointLike] = [
      [x - SLOP_PX, y - SLOP_PX],
      [x + SLOP_PX, y + SLOP_PX],
    ];
    const layers = (ids: readonly string[]) => ids.filter((id) => map.getLayer(id));
    const clusters = map.queryRenderedFeatures(box, { layers: layers(o.clusterLayers) });
    if (clusters[0]) {
      o.zoomIntoCluster(clusters[0]);
      return;
    }
    const ids: string[] = [];
    for (const f of map.queryRenderedFeatures(box, { layers: layers(o.pointLayers) })) {
      const id = f.properties?.['id'];
      if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) {
      const line = map.queryRenderedFeatures(box, { layers: layers(o.lineLayers) })[0]?.properties?.['id'];
      if (typeof line === 'string') ids.push(line);
    }
    if (ids.length === 1) o.onSite(ids[0]!);
    else if (ids.length > 1) o.onStack(ids, { x, y });
  });
  for (const id of [...o.pointLayers, ...o.lineLayers, ...o.clusterLayers]) {
    map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
  }

  // Hover names only where there is a real hover (a mouse); on touch the tap opens the card instead.
  const canHover = matchMedia('(hover: hover) and (pointer: fine)');
  const tip = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'hover-tip',
    offset: 14,
    maxWidth: '240px',
  });
  let shown: string | null = null;
  map.on('mousemove', PLACE_POINT_LAYER, (e) => {
    const f = e.features?.[0];
    if (!canHover.matches || !f || f.geometry.type !== 'Point') return;
    const id = String(f.properties?.['id']);
    if (shown === id) return;
    shown = id;
    const p = f.properties ?? {};
    const name = String((o.lang() === 'zh' ? p['name_zh'] || p['name_en'] : p['name_en'] || p['name_zh']) ?? '');
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    tip.setLngLat([lon, lat]).setText(name).addTo(map);
  });
  map.on('mouseleave', PLACE_POINT_LAYER, () => {
    shown = null;
    tip.remove();
  });
}
